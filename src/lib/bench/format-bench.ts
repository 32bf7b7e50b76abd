import type { Counts } from '../check/format-findings.ts';

/** One knowledge base's benchmark figures. */
export interface BenchRow {
	/** How many times the real knowledge base it is (1 for the real one). */
	factor: number;
	files: number;
	/** Sources, claims, jurisdictions, roles, permissions, risks and risk categories. */
	entities: number;
	errors: number;
	warnings: number;
	/** The fastest full check, in seconds. */
	seconds: number;
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

/**
 * Formats benchmark rows, smallest first, as a table (knowledge base, files, entities, errors,
 * warnings, seconds, entities per second); then the size ratio, the time ratio and the ratio
 * of time per entity of each row against the first (the real base) and against the row
 * before it; then whether the largest base checked within `aimSeconds`.
 */
export function formatBench(rows: readonly BenchRow[], aimSeconds: number): string {
	const header = [
		'knowledge base',
		'files',
		'entities',
		'errors',
		'warnings',
		'seconds',
		'entities/s',
	];
	const body = rows.map((row) => [
		row.factor === 1 ? 'real (1×)' : `synthetic ${row.factor}×`,
		String(row.files),
		String(row.entities),
		String(row.errors),
		String(row.warnings),
		row.seconds.toFixed(3),
		String(Math.round(row.entities / row.seconds)),
	]);
	const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]!.length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	const lines = [line(header), ...body.map(line), ''];
	const base = rows[0];
	if (base) {
		for (const row of rows.slice(1)) lines.push(compare(row, base));
		// Against the real base, fixed costs flatter the larger ones; neighbours show the growth.
		for (let i = 2; i < rows.length; i++) lines.push(compare(rows[i]!, rows[i - 1]!));
	}
	const largest = rows.at(-1);
	if (largest) {
		const met = largest.seconds < aimSeconds;
		lines.push(
			`Aim: the ${largest.factor}× base checks in < ${aimSeconds} s: ${met ? 'met' : 'NOT met'} (${largest.seconds.toFixed(3)} s).`,
		);
	}
	return lines.join('\n');
}

function compare(row: BenchRow, base: BenchRow): string {
	const size = row.entities / base.entities;
	const time = row.seconds / base.seconds;
	return `${row.factor}× vs ${base.factor}×: size ${size.toFixed(1)}×, time ${time.toFixed(1)}×, time per entity at ${row.factor}× / at ${base.factor}× ${(time / size).toFixed(2)} (linear growth keeps this ≤ ~1.2)`;
}
