import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

describe('the search index of the real content', () => {
	// Built once for the whole run by tests/browser/global-setup.ts.
	const { dist } = inject('siteBuild');
	const page = (route: string) => readFile(path.join(dist, route, 'index.html'), 'utf8');

	test('comes in small chunks, so a search fetches little of it', async () => {
		// PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (astro.config.mjs); Pagefind's own chunks are ~25 KB.
		const dir = path.join(dist, 'pagefind/index');
		const files = await readdir(dir);
		const sizes = await Promise.all(
			files.map(async (file) => (await stat(path.join(dir, file))).size),
		);
		expect(files.length).toBeGreaterThan(10);
		// A word found on most pages fills a chunk of its own however small chunks are set, and
		// grows with the number of pages (31 KB at 2,043 pages), so the bound is on the typical
		// chunk, with the largest held near Pagefind's own size.
		const sorted = [...sizes].sort((a, b) => a - b);
		expect(sorted[Math.floor(sorted.length / 2)], 'the median index chunk, in bytes').toBeLessThan(
			10_000,
		);
		expect(Math.max(...sizes), 'the largest index chunk, in bytes').toBeLessThan(40_000);
	});

	test('gives entity pages, and no others, the names that lift them in search', async () => {
		expect(await page('roles/registered-nurse')).toMatch(
			/data-pagefind-meta="names:Registered nurse \/ RN \//,
		);
		expect(await page('jurisdictions/ca-on')).toContain('data-pagefind-meta="names:Ontario"');
		expect(await page('risks/thyrotoxicosis')).toContain(
			'data-pagefind-meta="names:Thyrotoxicosis"',
		);
		expect(await page('claims/has-no-legal-framework')).not.toContain('data-pagefind-meta="names:');
	});
});
