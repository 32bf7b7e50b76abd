/**
 * The folders a build works in, beside the site folder it replaces (`dist/`), and their
 * clean-up. All are hidden and named `.build-<site folder>-<pid>…`, so that one pattern,
 * `.build-*`, keeps Git, Prettier, ESLint, Vitest, TypeScript and Astro out of them.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build folder holds. */
export type BuildFolderRole =
	/** The new site, as Astro writes it. */
	| 'staging'
	/** The last site, moved aside for the instant before the new one is moved in. */
	| 'previous'
	/** The last site, replaced, while it is deleted. */
	| 'discarded';

/** A build folder found beside a site folder. */
export interface BuildFolder {
	path: string;
	/** The process that made it. */
	pid: number;
	role: BuildFolderRole;
}

const suffixes: Record<BuildFolderRole, string> = {
	staging: '',
	previous: '-previous',
	discarded: '-discarded',
};

/**
 * The folder of each role for a build of `dist` by process `pid`.
 * @example buildFolder('/p/dist', 'staging', 41) // '/p/.build-dist-41'
 * @example buildFolder('/p/dist', 'previous', 41) // '/p/.build-dist-41-previous'
 */
export function buildFolder(
	dist: string,
	role: BuildFolderRole,
	pid: number = process.pid,
): string {
	return path.join(path.dirname(dist), `.build-${path.basename(dist)}-${pid}${suffixes[role]}`);
}

/**
 * Which build folder of `dist` a name beside it is, or undefined for any other name. Also
 * reads the name the previous version of the build gave the last site while it swapped one in
 * (`dist.old-<pid>`), as `previous`.
 * @example parseBuildFolder('dist', '.build-dist-41-discarded') // { pid: 41, role: 'discarded' }
 * @example parseBuildFolder('dist', 'dist.old-41') // { pid: 41, role: 'previous' }
 */
export function parseBuildFolder(
	distName: string,
	name: string,
): Omit<BuildFolder, 'path'> | undefined {
	const escaped = distName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const current = new RegExp(`^\\.build-${escaped}-(\\d+)(-previous|-discarded)?$`).exec(name);
	if (current) {
		const role = current[2] === '-previous' ? 'previous' : current[2] ? 'discarded' : 'staging';
		return { pid: Number(current[1]), role };
	}
	const legacy = new RegExp(`^${escaped}\\.old-(\\d+)$`).exec(name);
	return legacy ? { pid: Number(legacy[1]), role: 'previous' } : undefined;
}

/** The build folders beside `dist`, of every process. */
export function findBuildFolders(dist: string): BuildFolder[] {
	const parent = path.dirname(dist);
	let names: string[];
	try {
		names = readdirSync(parent);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const folder = parseBuildFolder(path.basename(dist), name);
		return folder ? [{ ...folder, path: path.join(parent, name) }] : [];
	});
}

/**
 * Clears the build folders `folders` of `dist`, which no running build uses any more: when
 * `dist` is missing, the newest `previous` one (a complete last site, moved aside an instant
 * before a build was killed) becomes `dist` again; every other one is deleted. Synchronous,
 * so a signal handler can call it. Returns what it restored, if anything.
 */
export function clearBuildFolders(
	dist: string,
	folders: readonly BuildFolder[],
): string | undefined {
	let restored: string | undefined;
	if (!existsSync(dist)) {
		const previous = folders
			.filter((folder) => folder.role === 'previous')
			.sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
		if (previous) {
			renameSync(previous.path, dist);
			restored = previous.path;
		}
	}
	for (const folder of folders) {
		if (folder.path !== restored) rmSync(folder.path, { recursive: true, force: true });
	}
	return restored;
}

/**
 * Clears the build folders of `dist` left by builds that are no longer running (killed, or
 * the machine stopped), as {@link clearBuildFolders} does; a running build's are left alone.
 * Folders of this process's id are stale too: it has made none yet.
 */
export function clearStaleBuildFolders(
	dist: string,
	isRunning: (pid: number) => boolean = processIsRunning,
): { restored?: string; removed: string[] } {
	const stale = findBuildFolders(dist).filter(
		(folder) => folder.pid === process.pid || !isRunning(folder.pid),
	);
	const restored = clearBuildFolders(dist, stale);
	return {
		...(restored ? { restored } : {}),
		removed: stale.map((folder) => folder.path).filter((p) => p !== restored),
	};
}

/**
 * Whether a process with this id is running (one of another user's counts). A process that has
 * exited but is not yet reaped (a zombie, on Linux) is not.
 */
export function processIsRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	try {
		// `pid (name) state …`: the name may hold spaces and parentheses.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		// No /proc (not Linux), or the process has just gone.
		return !existsSync('/proc/self');
	}
}
