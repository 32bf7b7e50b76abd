import type { Counts } from '../check/format-findings.ts';

/** One knowledge base's benchmark figures. */
export interface BenchRow {
	/** How many times the real knowledge base it is (1 for the real one). */
	factor: number;
	/** What was done to the copy besides multiplying it (`every review due`); none for a plain copy. */
	variant?: string;
	files: number;
	/** Sources, claims, jurisdictions, roles, permissions, risks and risk categories. */
	entities: number;
	errors: number;
	warnings: number;
	/** Every timed check's wall clock, in seconds, in the order run. */
	runs: readonly number[];
	/** Every timed check's processor time, in seconds, in the order run. */
	cpu: readonly number[];
}

/** The kinds of entity a benchmark counts; guide pages are left out. */
const entityKinds = [
	'sources',
	'claims',
	'jurisdictions',
	'roles',
	'permissions',
	'risks',
	'risk categories',
] as const;

/** Counts the entities a check result says it checked, leaving out guide pages. */
export function countEntities(counts: Counts): number {
	return entityKinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
}

/** A row's fastest run by the wall clock, in seconds. */
export function bestOf(row: Pick<BenchRow, 'runs'>): number {
	return Math.min(...row.runs);
}

/** A row's least processor time, in seconds. */
function leastCpu(row: Pick<BenchRow, 'cpu'>): number {
	return Math.min(...row.cpu);
}

/**
 * Formats benchmark rows as a table (knowledge base, files, entities, errors, warnings, the
 * fastest run's seconds, the least processor time, entities per second, every run's seconds);
 * then, for the plain copies, the
 * size ratio, the time ratio and the ratio of time per entity of each against the first (the
 * real base) and against the one before it; then whether the largest plain copy checked
 * within `aimSeconds`; then how much longer each variant took than its plain copy, by the
 * wall clock and in processor time (which a busy machine disturbs less).
 */
export function formatBench(rows: readonly BenchRow[], aimSeconds: number): string {
	const header = [
		'knowledge base',
		'files',
		'entities',
		'errors',
		'warnings',
		'seconds',
		'cpu s',
		'entities/s',
		'runs (s)',
	];
	const body = rows.map((row) => [
		nameOf(row),
		String(row.files),
		String(row.entities),
		String(row.errors),
		String(row.warnings),
		bestOf(row).toFixed(3),
		leastCpu(row).toFixed(3),
		String(Math.round(row.entities / bestOf(row))),
		row.runs.map((s) => s.toFixed(2)).join(' '),
	]);
	const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]!.length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) =>
				i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
			)
			.join('  ')
			.trimEnd();
	const lines = [line(header), ...body.map(line), ''];
	const plain = rows.filter((row) => row.variant === undefined);
	const base = plain[0];
	if (base) {
		for (const row of plain.slice(1)) lines.push(compare(row, base));
		// Against the real base, fixed costs flatter the larger ones; neighbours show the growth.
		for (let i = 2; i < plain.length; i++) lines.push(compare(plain[i]!, plain[i - 1]!));
	}
	const largest = plain.at(-1);
	if (largest) {
		const met = bestOf(largest) < aimSeconds;
		lines.push(
			`Aim: the ${largest.factor}× base checks in < ${aimSeconds} s: ${met ? 'met' : 'NOT met'} (${bestOf(largest).toFixed(3)} s; ${leastCpu(largest).toFixed(3)} s of processor time).`,
		);
	}
	const signed = (seconds: number) => `${seconds < 0 ? '−' : '+'}${Math.abs(seconds).toFixed(3)} s`;
	for (const row of rows.filter((r) => r.variant !== undefined)) {
		const same = plain.find((r) => r.factor === row.factor);
		if (!same) continue;
		lines.push(
			`${row.factor}× with ${row.variant}, against the plain copy: ${signed(bestOf(row) - bestOf(same))} by the wall clock, ${signed(leastCpu(row) - leastCpu(same))} of processor time.`,
		);
	}
	return lines.join('\n');
}

function nameOf(row: BenchRow): string {
	const name = row.factor === 1 ? 'real (1×)' : `synthetic ${row.factor}×`;
	return row.variant === undefined ? name : `${name}, ${row.variant}`;
}

function compare(row: BenchRow, base: BenchRow): string {
	const size = row.entities / base.entities;
	const time = bestOf(row) / bestOf(base);
	return `${row.factor}× vs ${base.factor}×: size ${size.toFixed(1)}×, time ${time.toFixed(1)}×, time per entity at ${row.factor}× / at ${base.factor}× ${(time / size).toFixed(2)} (linear growth keeps this ≤ ~1.2)`;
}
