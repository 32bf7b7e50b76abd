import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/**
 * Makes a new folder for a test's build below the project's `.build/` (ignored everywhere).
 * Astro writes a build's server chunks beside its out folder only when that folder is inside
 * the project; for one outside (a system temporary folder) it writes them to the project's
 * `.astro/`, where two builds at once overwrite each other's.
 */
export async function makeBuildDir(prefix: string): Promise<string> {
	await mkdir(path.join(root, '.build'), { recursive: true });
	return mkdtemp(path.join(root, '.build', prefix));
}

/**
 * Runs `scripts/build.ts` with the given environment, as `npm run build` would: without the
 * variables Vitest sets, so the site is the production build visitors get.
 */
export function runBuild(env: Record<string, string>): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: buildEnv(env),
		timeout: 240_000,
	});
}

/** The environment of a build: this one without the variables Vitest sets, and `env`. */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
	// NODE_ENV=test makes Vite bundle for development: Starlight's search, for one, then
	// loads no Pagefind and only says it works in production builds.
	const outside = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !['NODE_ENV', 'TEST', 'VITEST'].includes(name) && !name.startsWith('VITEST_'),
		),
	);
	return { ...outside, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** The one build of the real content that the build and browser tests share. */
export interface SiteBuild {
	/** The built site. */
	dist: string;
	status: number | null;
	stdout: string;
	stderr: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Provided by `tests/browser/global-setup.ts`. */
		siteBuild: SiteBuild;
	}
}
