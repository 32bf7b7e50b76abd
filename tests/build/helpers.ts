import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** Runs `scripts/build.ts` with the given environment, as `npm run build` would. */
export function runBuild(env: Record<string, string>): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		timeout: 240_000,
	});
}
