import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { resourceKind, weighResources } from '../../src/lib/bench/page-weight.ts';

const origin = 'http://127.0.0.1:4321';

describe('resourceKind', () => {
	test.each([
		['/jurisdictions/us/', 'text/html; charset=utf-8', 'HTML'],
		['/_astro/page.css', 'text/css; charset=utf-8', 'CSS'],
		['/_astro/page.js', 'text/javascript; charset=utf-8', 'JavaScript'],
		['/_astro/page.js', 'application/javascript', 'JavaScript'],
		['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'Pagefind'],
		['/pagefind/index/en_1.pf_index', 'application/octet-stream', 'Pagefind'],
		['/pagefind/pagefind-entry.json?ts=1', 'application/json', 'Pagefind'],
		['/favicon.svg', 'image/svg+xml', 'other'],
		['/data.json', 'application/json', 'other'],
	])('%s (%s) is %s', (pathname, contentType, kind) => {
		expect(resourceKind(`${origin}${pathname}`, contentType)).toBe(kind);
	});

	test('falls back on the extension when there is no content type', () => {
		expect(resourceKind(`${origin}/a/`, undefined)).toBe('HTML');
		expect(resourceKind(`${origin}/a.css`, undefined)).toBe('CSS');
		expect(resourceKind(`${origin}/a.mjs`, undefined)).toBe('JavaScript');
		expect(resourceKind(`${origin}/a.woff2`, undefined)).toBe('other');
	});
});

describe('weighResources', () => {
	test('adds up bodies by kind, raw and gzip level 9, and in all', () => {
		const html = Buffer.from('<p>hello</p>'.repeat(100));
		const css = Buffer.from('p { color: red }\n'.repeat(50));
		const pagefind = Buffer.from('binary-ish index');
		const weight = weighResources([
			{ url: `${origin}/`, contentType: 'text/html', body: html },
			{ url: `${origin}/a.css`, contentType: 'text/css', body: css },
			{ url: `${origin}/b.css`, contentType: 'text/css', body: css },
			{ url: `${origin}/pagefind/x.pf_index`, contentType: undefined, body: pagefind },
		]);
		const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
		expect(weight.byKind.HTML).toEqual({ raw: html.length, gzip: gz(html) });
		expect(weight.byKind.CSS).toEqual({ raw: 2 * css.length, gzip: 2 * gz(css) });
		expect(weight.byKind.Pagefind).toEqual({ raw: pagefind.length, gzip: gz(pagefind) });
		expect(weight.byKind.JavaScript).toEqual({ raw: 0, gzip: 0 });
		expect(weight.byKind.other).toEqual({ raw: 0, gzip: 0 });
		expect(weight.total).toEqual({
			raw: html.length + 2 * css.length + pagefind.length,
			gzip: gz(html) + 2 * gz(css) + gz(pagefind),
		});
		expect(weight.responses).toBe(4);
		expect(weight.byKind.HTML.gzip).toBeLessThan(weight.byKind.HTML.raw);
	});
});
