import { performance } from 'node:perf_hooks';
import { runCheck, type CheckResult } from '../check/run-check.ts';
import { readContentDir } from '../content/read-content-dir.ts';

/** How long a full check took, and what it found. */
export interface CheckTiming {
	/** The fastest run, in seconds. */
	seconds: number;
	/** How many files the check read. */
	files: number;
	/** The last run's result. */
	result: CheckResult;
}

/**
 * Times a full check exactly as `npm run check` runs it: reading every file below `contentDir`
 * from disk, then every rule. Runs `warmups` untimed runs first (so the JIT and the file cache
 * are warm), then keeps the fastest of `runs` timed runs.
 */
export async function timeCheck(
	contentDir: string,
	projectRoot: string,
	today: string,
	{ runs = 3, warmups = 1 }: { runs?: number; warmups?: number } = {},
): Promise<CheckTiming> {
	if (runs < 1) throw new RangeError(`timeCheck needs at least one timed run, not ${runs}.`);
	let best = Infinity;
	let last: { files: number; result: CheckResult } | undefined;
	for (let run = 0; run < warmups + runs; run++) {
		const start = performance.now();
		const files = await readContentDir(contentDir, projectRoot);
		const result = runCheck(files, today);
		const seconds = (performance.now() - start) / 1000;
		if (run >= warmups) best = Math.min(best, seconds);
		last = { files: files.length, result };
	}
	return { seconds: best, ...last! };
}
