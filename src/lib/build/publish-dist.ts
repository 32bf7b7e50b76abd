import { access, rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the finished build in `staging`, so readers never see a half-built
 * site: the old folder is moved aside, the new one renamed into place (one rename on the same
 * file system), and only then is the old one deleted. Throws, leaving `target` as it was,
 * when `staging` lacks any of `required` (paths relative to it).
 */
export async function publishDist(
	staging: string,
	target: string,
	required: readonly string[] = ['index.html'],
): Promise<void> {
	for (const file of required) {
		try {
			await access(`${staging}/${file}`);
		} catch {
			throw new Error(`The build in ${staging} has no ${file}; ${target} was left as it was.`);
		}
	}
	const old = `${target}.old-${process.pid}`;
	const hadTarget = await access(target).then(
		() => true,
		() => false,
	);
	if (hadTarget) await rename(target, old);
	try {
		await rename(staging, target);
	} catch (error) {
		if (hadTarget) await rename(old, target);
		throw error;
	}
	if (hadTarget) await rm(old, { recursive: true, force: true });
}
