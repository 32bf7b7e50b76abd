import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Finding } from '../check/finding.ts';
import type { Counts } from '../check/format-findings.ts';

/** What `npm run check -- --format json` prints. */
export interface CheckReport {
	errors: number;
	warnings: number;
	counts: Counts;
	findings: Finding[];
}

/** How long full checks took, each in a fresh process, and what the last one found. */
export interface CheckTiming {
	/** Every run's wall clock, from starting Node to its exit, in seconds, in the order run. */
	runs: number[];
	/**
	 * Every run's processor time (user and system, all threads) in seconds: on a machine busy
	 * with other work, it stays near what the wall clock would show on an idle one.
	 */
	cpu: number[];
	/** The last run's report. */
	report: CheckReport;
}

/**
 * Times `node scripts/check.ts` under `root` on `contentDir`, exactly as `npm run check` runs
 * it, cold: each of `runs` runs is a fresh Node process (start-up, loading the checker's
 * modules, reading every file, every rule, printing), timed by the wall clock and by the
 * processor time the process reports as it exits. `today` is passed on, so that dates are
 * judged against it. Throws when the check cannot run at all (an exit status other than 0,
 * passed, or 1, failed).
 */
export async function timeCheck({
	root,
	contentDir,
	today,
	runs = 3,
}: {
	root: string;
	contentDir: string;
	today: string;
	runs?: number;
}): Promise<CheckTiming> {
	if (runs < 1) throw new RangeError(`timeCheck needs at least one run, not ${runs}.`);
	const seconds: number[] = [];
	const cpu: number[] = [];
	let report: CheckReport | undefined;
	for (let run = 0; run < runs; run++) {
		const args = ['--content', contentDir, '--today', today, '--format', 'json'];
		const start = performance.now();
		const { exit, stdout, stderr } = await runNode(root, [
			'--import',
			reportCpuOnExit,
			path.join(root, 'scripts/check.ts'),
			...args,
		]);
		seconds.push((performance.now() - start) / 1000);
		if (exit !== 0 && exit !== 1) {
			throw new Error(`\`node scripts/check.ts ${args.join(' ')}\` ended with ${exit}:\n${stderr}`);
		}
		cpu.push(Number(new RegExp(`^${cpuMarker} (\\S+)$`, 'm').exec(stderr)?.[1] ?? NaN));
		report = JSON.parse(stdout) as CheckReport;
	}
	return { runs: seconds, cpu, report: report! };
}

const cpuMarker = 'bench-cpu-seconds';

/** A module that, loaded first, prints the process's processor time to stderr as it exits. */
const reportCpuOnExit = `data:text/javascript,${encodeURIComponent(
	`process.on('exit', () => { const { user, system } = process.cpuUsage(); process.stderr.write('\\n${cpuMarker} ' + (user + system) / 1e6 + '\\n'); });`,
)}`;

/** Runs the Node that runs this script on `args`, collecting what it prints. */
async function runNode(
	cwd: string,
	args: string[],
): Promise<{ exit: number | string | null; stdout: string; stderr: string }> {
	const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	const exit = await new Promise<number | string | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? signal));
	});
	return {
		exit,
		stdout: Buffer.concat(stdout).toString('utf8'),
		stderr: Buffer.concat(stderr).toString('utf8'),
	};
}
