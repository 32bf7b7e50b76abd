import { spawnSync } from 'node:child_process';
import { todayIso } from '../text/today.ts';

/** Which version of the site a build is: the commit it was built from, and the day. */
export interface SiteVersion {
	/** The full commit hash; undefined outside a Git checkout. */
	commit?: string;
	/** True when the working tree differed from the commit. */
	modified: boolean;
	/** The build date, `YYYY-MM-DD`. */
	built: string;
}

/**
 * Reads the site's version at build time: `ATLAS_COMMIT` or Git's `HEAD` in `cwd`, and the
 * build date (`ATLAS_TODAY` pins it).
 */
export function readSiteVersion(
	cwd: string = process.cwd(),
	env: Record<string, string | undefined> = process.env,
): SiteVersion {
	const built = todayIso(env);
	if (env.ATLAS_COMMIT) return { commit: env.ATLAS_COMMIT, modified: false, built };
	const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
	if (head.status !== 0 || !/^[0-9a-f]{40}$/.test(head.stdout.trim())) {
		return { modified: false, built };
	}
	const diff = spawnSync('git', ['diff', '--quiet', 'HEAD', '--'], { cwd });
	return { commit: head.stdout.trim(), modified: diff.status === 1, built };
}
