import { describe, expect, test } from 'vitest';
import {
	formatBuildBench,
	formatPageWeights,
	kb,
	type BuildRow,
	type PageWeightRow,
} from '../../src/lib/bench/format-site-bench.ts';
import type { PageWeight, ResourceKind } from '../../src/lib/bench/page-weight.ts';

describe('formatBuildBench', () => {
	const real: BuildRow = {
		factor: 1,
		files: 48,
		pages: 100,
		seconds: 5,
		checkSeconds: 0.5,
		astroSeconds: 4.5,
		pagefindSeconds: 0.25,
	};

	test('prints the table, the ratio of time per page and the split of each build', () => {
		const big: BuildRow = { ...real, factor: 10, files: 345, pages: 1000, seconds: 20 };
		const text = formatBuildBench([real, big]);
		expect(text).toContain('ms/page');
		expect(text).toMatch(/real \(1×\)\s+48\s+100\s+5\.00\s+0\.50\s+4\.50\s+0\.25\s+50\.0/);
		expect(text).toMatch(/synthetic 10×\s+345\s+1000\s+20\.00/);
		expect(text).toContain(
			'Time per page at 10× / at 1×: 0.40 (20.0 ms / 50.0 ms; pages 10.0×, time 4.0×). Aim ≤ 1, no worse per page: met.',
		);
		expect(text).toContain(
			'Each page added from 1× to 10× cost 16.7 ms (time added / pages added, so the fixed start-up is left out).',
		);
		expect(text).toContain(
			'real (1×): check 0.50 s (10%), Astro 4.50 s (90%), of which Pagefind 0.25 s.',
		);
	});

	test('says NOT met when a page costs more at the larger size', () => {
		const big: BuildRow = { ...real, factor: 10, pages: 1000, seconds: 60 };
		expect(formatBuildBench([real, big])).toContain('Aim ≤ 1, no worse per page: NOT met.');
	});

	test('shows a dash when Pagefind gave no time', () => {
		expect(formatBuildBench([{ ...real, pagefindSeconds: undefined }])).toMatch(
			/4\.50\s+–\s+50\.0/,
		);
	});
});

describe('formatPageWeights', () => {
	const weight = (raw: Partial<Record<ResourceKind, number>>): PageWeight => {
		const byKind = Object.fromEntries(
			(['HTML', 'CSS', 'JavaScript', 'Pagefind', 'other'] as const).map((kind) => [
				kind,
				{ raw: raw[kind] ?? 0, gzip: Math.round((raw[kind] ?? 0) / 4) },
			]),
		) as PageWeight['byKind'];
		const total = Object.values(byKind).reduce(
			(sum, bytes) => ({ raw: sum.raw + bytes.raw, gzip: sum.gzip + bytes.gzip }),
			{ raw: 0, gzip: 0 },
		);
		return { byKind, total, responses: 3 };
	};
	const summary = {
		contentPage: '/a/',
		searchBefore: '/search/',
		searchAfter: '/search/?q=x',
		aimBytes: 60_000,
	};

	test('prints raw and gzip lines by kind, the Pagefind bytes of a query and the aim', () => {
		const rows: PageWeightRow[] = [
			{ label: '(a) content', path: '/a/', weight: weight({ HTML: 40_000, CSS: 40_000 }) },
			{ label: '(d) search', path: '/search/', weight: weight({ Pagefind: 40_000 }) },
			{ label: '(e) query', path: '/search/?q=x', weight: weight({ Pagefind: 200_000 }) },
		];
		const text = formatPageWeights(rows, summary);
		expect(text).toMatch(
			/\(a\) content \/a\/\s+raw\s+40\.0\s+40\.0\s+0\.0\s+0\.0\s+0\.0\s+80\.0\s+3/,
		);
		expect(text).toMatch(/\n\s+gzip\s+10\.0\s+10\.0\s+0\.0\s+0\.0\s+0\.0\s+20\.0\n/);
		expect(text).toContain(
			'Pagefind bytes fetched for one query (/search/?q=x less /search/): 160.0 KB raw, 40.0 KB gzip.',
		);
		expect(text).toContain('/a/ is 20.0 KB gzip (80.0 KB raw): met.');
	});

	test('says NOT met when the content page is 60 KB or more gzip', () => {
		const rows = [{ label: 'content', path: '/a/', weight: weight({ HTML: 240_000 }) }];
		expect(formatPageWeights(rows, summary)).toContain(
			'/a/ is 60.0 KB gzip (240.0 KB raw): NOT met.',
		);
	});
});

test('kb is thousands of bytes to one decimal', () => {
	expect(kb(20_949)).toBe('20.9');
});
