import { describe, expect, test } from 'vitest';
import { readLinkScheme } from '../../src/lib/text/safe-url.ts';

describe('readLinkScheme', () => {
	const allowed: [string, string][] = [
		['https://example.org/', 'https:'],
		['HTTP://example.org/', 'http:'],
		['mailto:corrections@example.org', 'mailto:'],
		['MailTo:someone@example.org', 'mailto:'],
		[' https://example.org/ ', 'https:'],
	];
	test.each(allowed)('returns %j as allowed, with the scheme %j', (href, scheme) => {
		expect(readLinkScheme(href)).toEqual({ scheme, allowed: true });
	});

	const relative = [
		'/jurisdictions/us-tx/',
		'#claim-a',
		'?q=1',
		'guides/',
		'../roles/',
		'//evil.example/path',
		'',
		// A colon after a character no scheme may hold: a relative path.
		'1http:x',
		'java script:alert(1)',
		'java\u0000script:alert(1)',
		'\u00a0javascript:alert(1)',
		'&amp;javascript:alert(1)',
		'&#x6Aavascript:alert(1)',
	];
	test.each(relative)('returns %j as relative, so allowed', (href) => {
		expect(readLinkScheme(href)).toEqual({ scheme: undefined, allowed: true });
	});

	const refused: [string, string][] = [
		['javascript:alert(1)', 'javascript:'],
		['JAVASCRIPT:alert(1)', 'javascript:'],
		[' javascript:alert(1)', 'javascript:'],
		['\u0000javascript:alert(1)', 'javascript:'],
		['\u001f\u0001 javascript:alert(1)', 'javascript:'],
		['java\tscript:alert(1)', 'javascript:'],
		['java\nscr\ript:alert(1)', 'javascript:'],
		['java&#x09;script:alert(1)', 'javascript:'],
		['java&#9;script:alert(1)', 'javascript:'],
		['java&Tab;script:alert(1)', 'javascript:'],
		['java&NewLine;script:alert(1)', 'javascript:'],
		['&#106;avascript:alert(1)', 'javascript:'],
		['&#0000106;avascript:alert(1)', 'javascript:'],
		['&#106avascript:alert(1)', 'javascript:'],
		['&#x6A;avascript:alert(1)', 'javascript:'],
		['&#X6a;avascript:alert(1)', 'javascript:'],
		['javascript&colon;alert(1)', 'javascript:'],
		['javascript&#58;alert(1)', 'javascript:'],
		['&#32;javascript:alert(1)', 'javascript:'],
		['&#1;javascript:alert(1)', 'javascript:'],
		['data:text/html,<script>alert(1)</script>', 'data:'],
		['vbscript:msgbox(1)', 'vbscript:'],
		['file:///C:/rules.pdf', 'file:'],
		['ftp://example.org/', 'ftp:'],
		['tel:+33100000000', 'tel:'],
		['view-source:https://example.org/', 'view-source:'],
		['a+b.c-d:x', 'a+b.c-d:'],
		['x&period;y&plus;z:w', 'x.y+z:'],
		['&fjlig;avascript:x', 'fjavascript:'],
	];
	test.each(refused)('returns %j as refused, with the scheme %j', (href, scheme) => {
		expect(readLinkScheme(href)).toEqual({ scheme, allowed: false });
	});

	test('leaves an unknown or out-of-range reference as a character no scheme holds', () => {
		expect(readLinkScheme('&constructor;javascript:x').scheme).toBeUndefined();
		expect(readLinkScheme('&#0;javascript:x').scheme).toBeUndefined();
		expect(readLinkScheme('&#xD800;javascript:x').scheme).toBeUndefined();
		expect(readLinkScheme('&#x110000;javascript:x').scheme).toBeUndefined();
		expect(readLinkScheme('&#99999999999999999999;javascript:x').scheme).toBeUndefined();
	});

	test('agrees with the URL parser on every case without a character reference', () => {
		const hrefs = [...allowed.map(([href]) => href), ...relative, ...refused.map(([href]) => href)];
		for (const href of hrefs.filter((h) => !h.includes('&'))) {
			const protocol = new URL(href, 'https://atlas.example/').protocol;
			expect([href, readLinkScheme(href).scheme ?? 'https:']).toEqual([href, protocol]);
		}
	});
});
