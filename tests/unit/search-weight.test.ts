import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pagefindPart, weighSearch } from '../../src/lib/bench/search-weight.ts';

const origin = 'http://127.0.0.1:4321';

describe('pagefindPart', () => {
	test.each([
		['/pagefind/pagefind.js', 'start-up'],
		['/pagefind/pagefind-worker.js', 'start-up'],
		['/pagefind/pagefind-entry.json?ts=1', 'start-up'],
		['/pagefind/pagefind.en_1a2b3c.pf_meta', 'start-up'],
		['/pagefind/wasm.en.pagefind', 'start-up'],
		['/pagefind/filter/en_4d5e.pf_filter', 'start-up'],
		['/pagefind/index/en_6f7a.pf_index', 'index'],
		['/pagefind/fragment/en_8b9c.pf_fragment', 'fragments'],
	])('%s is %s', (pathname, part) => {
		expect(pagefindPart(`${origin}${pathname}`)).toBe(part);
	});

	test('returns undefined outside /pagefind/', () => {
		expect(pagefindPart(`${origin}/search/?q=pagefind`)).toBeUndefined();
		expect(pagefindPart(`${origin}/_astro/pagefind.js`)).toBeUndefined();
	});
});

describe('weighSearch', () => {
	test('adds up Pagefind responses by part, raw and gzip, counts fragments, leaves out the rest', () => {
		const script = Buffer.from('export const x = 1;\n'.repeat(50));
		const chunk = Buffer.from('index chunk');
		const fragment = Buffer.from('{"url":"/a/"}');
		const weight = weighSearch('nurse', [
			{ url: `${origin}/search/`, contentType: 'text/html', body: Buffer.from('<p>page</p>') },
			{ url: `${origin}/pagefind/pagefind.js`, contentType: undefined, body: script },
			{ url: `${origin}/pagefind/index/en_1.pf_index`, contentType: undefined, body: chunk },
			{
				url: `${origin}/pagefind/fragment/en_2.pf_fragment`,
				contentType: undefined,
				body: fragment,
			},
			{
				url: `${origin}/pagefind/fragment/en_3.pf_fragment`,
				contentType: undefined,
				body: fragment,
			},
		]);
		const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
		expect(weight.query).toBe('nurse');
		expect(weight.byPart['start-up']).toEqual({ raw: script.length, gzip: gz(script) });
		expect(weight.byPart.index).toEqual({ raw: chunk.length, gzip: gz(chunk) });
		expect(weight.byPart.fragments).toEqual({ raw: 2 * fragment.length, gzip: 2 * gz(fragment) });
		expect(weight.total).toEqual({
			raw: script.length + chunk.length + 2 * fragment.length,
			gzip: gz(script) + gz(chunk) + 2 * gz(fragment),
		});
		expect(weight.fragments).toBe(2);
	});
});
