/**
 * A child process in a process group of its own, so that one signal reaches it and whatever it
 * starts (Astro's build starts Pagefind): a signal sent to the group leader alone would leave
 * the others running.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';

/** The signals that ask a command line program to stop: Ctrl-C, `kill`, a closed terminal. */
export const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The exit status a shell reports for a program that `signal` ended: 128 plus its number.
 * @example exitStatusOf('SIGINT') // 130
 * @example exitStatusOf('SIGTERM') // 143
 */
export function exitStatusOf(signal: NodeJS.Signals): number {
	return 128 + constants.signals[signal];
}

/** Starts `command` as the leader of a new process group (its id is the child's pid). */
export function spawnGroup(
	command: string,
	args: readonly string[],
	options: SpawnOptions,
): ChildProcess {
	return spawn(command, args, { ...options, detached: true });
}

/** Sends `signal` to every process in `child`'s group; a group already gone is no error. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
	}
}

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ChildExit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

/** Resolves when `child` has exited; rejects when it could not be started. */
export function waitForExit(child: ChildProcess): Promise<ChildExit> {
	if (child.exitCode !== null || child.signalCode !== null) {
		return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
	}
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code, signal) => resolve({ code, signal }));
	});
}
