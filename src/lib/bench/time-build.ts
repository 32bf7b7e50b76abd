import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** One timed run of `scripts/build.ts`. */
export interface BuildTiming {
	/** Whether the build succeeded (exit status 0). */
	ok: boolean;
	/** The exit status, or the signal that ended the build. */
	exit: number | string | null;
	/** Wall clock from start to exit, in seconds. */
	seconds: number;
	/**
	 * Wall clock until the build printed its check summary (its first output), in seconds: Node's
	 * start-up, reading the content and every rule.
	 */
	checkSeconds: number;
	/** The rest of the wall clock: Astro (with Pagefind) and the swap of the build into place. */
	astroSeconds: number;
	/** What the build printed, stdout then stderr, colours removed. */
	output: string;
	/** Astro's and Pagefind's own figures, when the output has them. */
	reported: ReportedTimes;
	/** HTML files in the built site; 0 when the build failed. */
	pages: number;
}

/** The figures Astro and Pagefind print about a build. */
export interface ReportedTimes {
	/** `N page(s) built in 4.62s`: Astro's own build time, in seconds. */
	astroSeconds?: number;
	/** The N of `N page(s) built`. */
	astroPages?: number;
	/** `Finished building search index in 241ms`: Pagefind's time, in seconds. */
	pagefindSeconds?: number;
}

/**
 * Runs `scripts/build.ts` under `root` in a child process, as `npm run build` would (see
 * {@link buildEnv}), building the content in `contentDir` into `dist`; times it by the wall
 * clock, splits the time at the build's first line of output (the check summary, printed just
 * before Astro starts) and counts the HTML files it wrote. Never throws for a failed build:
 * `ok` is false and `output` says why.
 */
export async function timeBuild({
	root,
	contentDir,
	dist,
}: {
	root: string;
	contentDir: string;
	dist: string;
}): Promise<BuildTiming> {
	const env = buildEnv(process.env, { ATLAS_CONTENT_DIR: contentDir, ATLAS_DIST: dist });
	const start = performance.now();
	let firstOutput: number | undefined;
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	const child = spawn(process.execPath, [path.join(root, 'scripts/build.ts')], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.on('data', (chunk: Buffer) => {
		firstOutput ??= performance.now();
		stdout.push(chunk);
	});
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	const exit = await new Promise<number | string | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? signal));
	});
	const end = performance.now();
	const split = firstOutput ?? end;
	const output = stripAnsi(
		`${Buffer.concat(stdout).toString('utf8')}${Buffer.concat(stderr).toString('utf8')}`,
	);
	const ok = exit === 0;
	return {
		ok,
		exit,
		seconds: (end - start) / 1000,
		checkSeconds: (split - start) / 1000,
		astroSeconds: (end - split) / 1000,
		output,
		reported: parseBuildOutput(output),
		pages: ok ? await countHtmlFiles(dist) : 0,
	};
}

/**
 * The environment for a production build from a process that may be a test runner: `env`
 * without NODE_ENV, TEST, VITEST and VITEST_* (NODE_ENV=test makes Vite bundle for
 * development, and Starlight's search then loads no Pagefind), with telemetry off and `extra`
 * added.
 */
export function buildEnv(
	env: NodeJS.ProcessEnv,
	extra: Record<string, string>,
): Record<string, string> {
	const kept = Object.entries(env).filter(
		(entry): entry is [string, string] =>
			entry[1] !== undefined &&
			!['NODE_ENV', 'TEST', 'VITEST'].includes(entry[0]) &&
			!entry[0].startsWith('VITEST_'),
	);
	return { ...Object.fromEntries(kept), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Reads Astro's `N page(s) built in T` and Pagefind's `… search index in T` from a build's output. */
export function parseBuildOutput(output: string): ReportedTimes {
	const text = stripAnsi(output);
	const reported: ReportedTimes = {};
	const built = /(\d+) page\(s\) built in (\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(text);
	if (built) {
		reported.astroPages = Number(built[1]);
		reported.astroSeconds = toSeconds(built[2]!, built[3]!);
	}
	const pagefind = /search index in (\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(text);
	if (pagefind) reported.pagefindSeconds = toSeconds(pagefind[1]!, pagefind[2]!);
	return reported;
}

/** How many `.html` files there are below `dir`, at any depth. */
export async function countHtmlFiles(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

function toSeconds(value: string, unit: string): number {
	return unit === 'ms' ? Number(value) / 1000 : Number(value);
}

function stripAnsi(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}
