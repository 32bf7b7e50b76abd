import { describe, expect, test } from 'vitest';
import { processIsRunning } from '../../src/lib/build/build-folders.ts';
import {
	exitStatusOf,
	signalGroup,
	spawnGroup,
	waitForExit,
} from '../../src/lib/build/process-group.ts';

describe('exitStatusOf', () => {
	test('returns 128 plus the signal’s number, as a shell reports it', () => {
		expect([exitStatusOf('SIGINT'), exitStatusOf('SIGTERM'), exitStatusOf('SIGHUP')]).toEqual([
			130, 143, 129,
		]);
	});
});

describe('signalGroup', () => {
	test('stops a child and the process it started, which a signal to the child alone would leave', async () => {
		// A child that starts a grandchild, prints its pid, and waits.
		const child = spawnGroup(
			process.execPath,
			[
				'-e',
				`const g = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
				console.log(g.pid);
				setInterval(() => {}, 1000);`,
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] },
		);
		const grandchild = await new Promise<number>((resolve) =>
			child.stdout!.once('data', (data: Buffer) => resolve(Number(data.toString().trim()))),
		);
		expect(processIsRunning(grandchild)).toBe(true);

		signalGroup(child, 'SIGTERM');

		expect(await waitForExit(child)).toEqual({ code: null, signal: 'SIGTERM' });
		await expect.poll(() => processIsRunning(grandchild)).toBe(false);
		// The group is gone: signalling it again is no error.
		signalGroup(child, 'SIGTERM');
	});
});

describe('waitForExit', () => {
	test('returns the exit code of a child that has already exited', async () => {
		const child = spawnGroup(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
		await new Promise((resolve) => child.once('exit', resolve));
		expect(await waitForExit(child)).toEqual({ code: 3, signal: null });
	});
});
