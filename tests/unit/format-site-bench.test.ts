import { describe, expect, test } from 'vitest';
import {
	formatBuildBench,
	formatPageWeights,
	formatSearchWeights,
	kb,
	type BuildRow,
	type PageWeightRow,
} from '../../src/lib/bench/format-site-bench.ts';
import type { PageWeight, ResourceKind } from '../../src/lib/bench/page-weight.ts';
import type { SearchWeight } from '../../src/lib/bench/search-weight.ts';

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
	const summary = { contentPage: '/a/', aimBytes: 60_000 };

	test('prints raw and gzip lines by kind and the aim', () => {
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
		expect(text).toContain('/a/ is 20.0 KB gzip (80.0 KB raw): met.');
	});

	test('says NOT met when the content page is 60 KB or more gzip', () => {
		const rows = [{ label: 'content', path: '/a/', weight: weight({ HTML: 240_000 }) }];
		expect(formatPageWeights(rows, summary)).toContain(
			'/a/ is 60.0 KB gzip (240.0 KB raw): NOT met.',
		);
	});
});

describe('formatSearchWeights', () => {
	const search = (query: string, startUp: number, index: number, fragments: number) => {
		const bytes = (gzip: number) => ({ raw: gzip * 2, gzip });
		const weight: SearchWeight = {
			query,
			byPart: { 'start-up': bytes(startUp), index: bytes(index), fragments: bytes(fragments) },
			total: bytes(startUp + index + fragments),
			fragments: fragments > 0 ? 10 : 0,
		};
		return weight;
	};
	const aims = { firstBytes: 120_000, laterBytes: 60_000 };

	test('prints each search by part, then the first against its aim and the later ones against theirs', () => {
		const text = formatSearchWeights(
			[search('nurse', 77_100, 7_300, 20_800), search('botox', 0, 7_300, 8_300)],
			aims,
		);
		expect(text).toMatch(
			/search\s+start-up\s+index\s+fragments\s+total\s+raw total\s+results loaded/,
		);
		expect(text).toMatch(/1\. “nurse”\s+77\.1\s+7\.3\s+20\.8\s+105\.2\s+210\.4\s+10\n/);
		expect(text).toMatch(/2\. “botox”\s+0\.0\s+7\.3\s+8\.3\s+15\.6\s+31\.2\s+10/);
		expect(text).toContain(
			"First search (“nurse”): 105.2 KB gzip, of which Pagefind's start-up 77.1 KB. Aim ≤ 120 KB: met.",
		);
		expect(text).toContain(
			'Later searches: 15.6 KB gzip (at most 15.6 KB). Aim ≤ 60 KB each: met.',
		);
	});

	test('says NOT met when the first search or any later one is over its aim', () => {
		const text = formatSearchWeights(
			[
				search('nurse', 89_600, 23_700, 59_200),
				search('texas aesthetician', 0, 44_700, 7_700),
				search('botox', 0, 28_600, 40_400),
			],
			aims,
		);
		expect(text).toContain(
			"172.5 KB gzip, of which Pagefind's start-up 89.6 KB. Aim ≤ 120 KB: NOT met.",
		);
		expect(text).toContain(
			'Later searches: 52.4, 69.0 KB gzip (at most 69.0 KB). Aim ≤ 60 KB each: NOT met.',
		);
	});
});

test('kb is thousands of bytes to one decimal', () => {
	expect(kb(20_949)).toBe('20.9');
});
