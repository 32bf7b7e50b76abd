import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildFolder } from './build-folders.ts';

/**
 * Replaces `target` with the finished build in `staging`, so that a kill at any instant leaves
 * a complete site in `target`, the old one or the new one. Throws, leaving `target` as it was,
 * when `staging` lacks any of `required` (paths relative to it).
 *
 * A folder cannot replace another in one step, so it takes three renames on the same file
 * system: the old site aside (to `previous`), the new one in, the old one to `discarded`, which
 * is then deleted. All of it is synchronous: Node runs a signal's handler only between tasks,
 * so SIGINT, SIGTERM or SIGHUP finds the old site in place or the new one, never the moment
 * between the first two renames. Only SIGKILL or a power cut can fall in that moment, and the
 * next build, before anything else, moves `previous` back when `target` is missing
 * (`clearStaleBuildFolders`).
 */
export function publishDist(
	staging: string,
	target: string,
	required: readonly string[] = ['index.html'],
): void {
	for (const file of required) {
		if (!existsSync(path.join(staging, file))) {
			throw new Error(`The build in ${staging} has no ${file}; ${target} was left as it was.`);
		}
	}
	const previous = buildFolder(target, 'previous');
	const discarded = buildFolder(target, 'discarded');
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, previous);
	try {
		renameSync(staging, target);
	} catch (error) {
		if (hadTarget) renameSync(previous, target);
		throw error;
	}
	if (!hadTarget) return;
	renameSync(previous, discarded);
	rmSync(discarded, { recursive: true, force: true });
}
