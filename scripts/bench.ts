/**
 * `npm run bench [-- --factor N] [-- --content DIR]`: times the checker on the real knowledge
 * base and on synthetic ones 10 and N (default 100) times its size, each written to a temporary
 * folder and checked as `npm run check` does it (read from disk, then every rule; best of 3
 * runs after a warm-up). Prints a table, the size and time ratios, and whether the largest base
 * met the aim of a check in under 3 s. Exits 1 when a synthetic base has check errors.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countEntities, formatBench, type BenchRow } from '../src/lib/bench/format-bench.ts';
import { synthesizeKnowledgeBase } from '../src/lib/bench/synthesize-knowledge-base.ts';
import { timeCheck } from '../src/lib/bench/time-check.ts';
import { writeContentDir } from '../src/lib/bench/write-content-dir.ts';
import { formatFindingsText } from '../src/lib/check/format-findings.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { todayIso } from '../src/lib/text/today.ts';

const aimSeconds = 3;

const { values } = parseArgs({
	options: {
		factor: { type: 'string', default: '100' },
		content: { type: 'string', default: 'content' },
	},
});

const factor = Number(values.factor);
if (!Number.isInteger(factor) || factor < 1) {
	console.error(`--factor must be a whole number of at least 1, not \`${values.factor}\`.`);
	process.exit(2);
}

const today = todayIso();
const real = await readContentDir(path.resolve(values.content));
const factors = [...new Set([1, 10, factor])].filter((f) => f <= factor).sort((a, b) => a - b);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'meso-atlas-bench-'));
const rows: BenchRow[] = [];
const failures: string[] = [];
try {
	console.log(
		`Checking the real knowledge base and synthetic copies (${factors.map((f) => `${f}×`).join(', ')}), each as \`npm run check\` does: read from disk, then every rule; best of 3 runs after a warm-up.\n`,
	);
	for (const f of factors) {
		const root = path.join(tmp, `${f}x`);
		await writeContentDir(
			f === 1 ? real : synthesizeKnowledgeBase(real, f),
			path.join(root, 'content'),
		);
		const { seconds, files, result } = await timeCheck(path.join(root, 'content'), root, today);
		const errors = result.findings.filter((finding) => finding.severity === 'error');
		rows.push({
			factor: f,
			files,
			entities: countEntities(result.counts),
			errors: errors.length,
			warnings: result.findings.length - errors.length,
			seconds,
		});
		if (errors.length > 0 && (f === 1 || rows[0]!.errors === 0)) {
			const why =
				f === 1
					? 'The real knowledge base has check errors, so its synthetic copies have them too. Run `npm run check` and fix them first.'
					: `The synthetic ${f}× knowledge base has check errors though the real one has none, so the synthesizer (src/lib/bench/synthesize-knowledge-base.ts) built an invalid copy.`;
			failures.push(
				`${why} The first of them:\n\n${formatFindingsText(errors.slice(0, 5), result.counts)}`,
			);
		}
	}
} finally {
	await rm(tmp, { recursive: true, force: true });
}

console.log(formatBench(rows, aimSeconds));
if (failures.length > 0) {
	console.error(`\n${failures.join('\n\n')}`);
	process.exitCode = 1;
}
