import { describe, expect, test } from 'vitest';
import { countEntities, formatBench, type BenchRow } from '../../src/lib/bench/format-bench.ts';

const row = (factor: number, runs: number[], extra: Partial<BenchRow> = {}): BenchRow => ({
	factor,
	cpu: runs.map((s) => s * 0.9),
	files: 246 * factor,
	entities: 474 * factor,
	errors: 0,
	warnings: 0,
	runs,
	...extra,
});

describe('formatBench', () => {
	test('returns the table, the ratios, the aim and what each variant added', () => {
		const rows = [
			row(1, [0.45, 0.41, 0.43]),
			row(10, [0.92, 0.9, 0.95]),
			row(100, [2.9, 2.6, 2.7]),
			row(100, [3.1, 3.05, 3.2], { variant: 'every review due', warnings: 24_700 }),
			row(100, [2.9, 2.95, 3], { variant: '1,000 unknown ids', errors: 1000 }),
		];
		expect(formatBench(rows, 3)).toMatchInlineSnapshot(`
			"knowledge base                     files  entities  errors  warnings  seconds  cpu s  entities/s  runs (s)
			real (1×)                            246       474       0         0    0.410  0.369        1156  0.45 0.41 0.43
			synthetic 10×                       2460      4740       0         0    0.900  0.810        5267  0.92 0.90 0.95
			synthetic 100×                     24600     47400       0         0    2.600  2.340       18231  2.90 2.60 2.70
			synthetic 100×, every review due   24600     47400       0     24700    3.050  2.745       15541  3.10 3.05 3.20
			synthetic 100×, 1,000 unknown ids  24600     47400    1000         0    2.900  2.610       16345  2.90 2.95 3.00

			10× vs 1×: size 10.0×, time 2.2×, time per entity at 10× / at 1× 0.22 (linear growth keeps this ≤ ~1.2)
			100× vs 1×: size 100.0×, time 6.3×, time per entity at 100× / at 1× 0.06 (linear growth keeps this ≤ ~1.2)
			100× vs 10×: size 10.0×, time 2.9×, time per entity at 100× / at 10× 0.29 (linear growth keeps this ≤ ~1.2)
			Aim: the 100× base checks in < 3 s: met (2.600 s; 2.340 s of processor time).
			100× with every review due, against the plain copy: +0.450 s by the wall clock, +0.405 s of processor time.
			100× with 1,000 unknown ids, against the plain copy: +0.300 s by the wall clock, +0.270 s of processor time."
		`);
	});

	test('says when the aim is not met', () => {
		expect(formatBench([row(1, [0.5]), row(100, [9.4, 9.8, 10])], 3)).toContain(
			'Aim: the 100× base checks in < 3 s: NOT met (9.400 s; 8.460 s of processor time).',
		);
	});
});

describe('countEntities', () => {
	test('counts every kind of entity but guide pages', () => {
		expect(countEntities({ sources: 2, claims: 5, 'risk categories': 1, pages: 13 })).toBe(8);
	});
});
