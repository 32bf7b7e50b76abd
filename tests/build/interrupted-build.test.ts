/**
 * `npm run build` stopped part-way: by SIGTERM sent to npm alone, as a supervisor or `kill`
 * sends it, while Astro writes pages; by SIGINT sent to npm's whole process group, as Ctrl-C in
 * a terminal sends it, while Astro starts. Reads the process table from /proc: Linux only.
 */
import { spawn } from 'node:child_process';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForExit } from '../../src/lib/build/process-group.ts';
import { buildEnv, root, makeBuildDir } from './helpers.ts';

const lastGoodDist = path.join(root, 'tests/build/last-good-dist');

/** A process, as /proc/<pid>/stat gives it. */
interface ProcessInfo {
	pid: number;
	ppid: number;
	pgid: number;
	state: string;
	/** Clock ticks after boot: a pid and its start time name one process, whatever reuses the pid. */
	start: string;
	command: string;
}

/** Every process on the machine. */
function processTable(): ProcessInfo[] {
	return readdirSync('/proc').flatMap((name) => {
		if (!/^\d+$/.test(name)) return [];
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// `pid (name) state ppid pgrp … starttime`: the name may hold spaces and parentheses.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
			return [
				{
					pid: Number(name),
					state: fields[0]!,
					ppid: Number(fields[1]),
					pgid: Number(fields[2]),
					start: fields[19]!,
					command,
				},
			];
		} catch {
			return []; // gone while being read
		}
	});
}

/** The processes descended from `pid`, itself included. */
function descendants(pid: number, table: ProcessInfo[]): ProcessInfo[] {
	const found = table.filter((p) => p.pid === pid);
	for (let i = 0; i < found.length; i++) {
		found.push(...table.filter((p) => p.ppid === found[i]!.pid));
	}
	return found;
}

/** Every file under `dir`, by relative path, with its bytes. */
async function files(dir: string): Promise<Record<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const found: Record<string, string> = {};
	for (const entry of entries.filter((e) => e.isFile())) {
		const file = path.join(entry.parentPath, entry.name);
		found[path.relative(dir, file)] = (await readFile(file)).toString('base64');
	}
	return found;
}

const cases = [
	{
		signal: 'SIGTERM' as const,
		to: 'npm alone',
		when: 'Astro has written files into the staging folder',
		status: 143,
	},
	{
		signal: 'SIGINT' as const,
		to: 'npm’s process group',
		when: 'Astro has started',
		status: 130,
	},
];

describe.skipIf(process.platform !== 'linux')('npm run build, stopped part-way', () => {
	let dir: string;

	beforeAll(async () => {
		dir = await makeBuildDir('atlas-stopped-build-');
		await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test.each(cases)(
		'$signal to $to when $when: exits $status, stops every process, leaves dist/ as it was',
		async ({ signal, when, status }) => {
			const dist = path.join(dir, `dist-${signal}`);
			await cp(lastGoodDist, dist, { recursive: true });
			const npmCli = process.env.npm_execpath;
			const [command, args] = npmCli?.endsWith('npm-cli.js')
				? [process.execPath, [npmCli, 'run', 'build']]
				: ['npm', ['run', 'build']];
			// A process group of its own, as a terminal gives a command it runs.
			const npm = spawn(command, args, {
				cwd: root,
				env: buildEnv({ ATLAS_CONTENT_DIR: path.join(dir, 'content'), ATLAS_DIST: dist }),
				detached: true,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let output = '';
			npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			const exited = waitForExit(npm);

			// Every process of the build, seen at any time before npm exits.
			const seen = new Map<string, ProcessInfo>();
			const look = () => {
				for (const p of descendants(npm.pid!, processTable())) {
					// A process that has exited has no command line left: keep the last one seen.
					const key = `${p.pid}:${p.start}`;
					seen.set(key, { ...p, command: p.command || seen.get(key)?.command || '' });
				}
			};
			const ready = async () => {
				const astro = [...seen.values()].some((p) => p.command.includes('astro.mjs build'));
				if (signal === 'SIGINT') return astro;
				const staging = (await readdir(dir)).find((name) => name.startsWith('.build-'));
				return staging !== undefined && (await readdir(path.join(dir, staging))).length !== 0;
			};
			let sent = false;
			const watching = (async () => {
				for (let done = false; !done;) {
					look();
					if (!sent && (await ready().catch(() => false))) {
						if (signal === 'SIGINT') process.kill(-npm.pid!, 'SIGINT');
						else process.kill(npm.pid!, 'SIGTERM');
						sent = true;
					}
					done = await Promise.race([
						exited.then(() => true),
						new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100)),
					]);
				}
			})();
			const exit = await exited;
			await watching;

			expect(sent, `npm exited before ${when}:\n${output}`).toBe(true);
			expect(exit, output).toEqual({ code: status, signal: null });
			expect(output).toContain(`The build was stopped (${signal})`);
			const build = [...seen.values()];
			expect(build.map((p) => p.command)).toEqual(
				expect.arrayContaining([
					expect.stringContaining('scripts/build.ts'),
					expect.stringContaining('astro.mjs build'),
				]),
			);
			// Nothing of the build runs any more: none of its processes, nothing in their groups.
			const groups = new Set(build.map((p) => p.pgid));
			const left = () =>
				processTable()
					.filter((p) => p.state !== 'Z' && (seen.has(`${p.pid}:${p.start}`) || groups.has(p.pgid)))
					.map((p) => `${p.pid} ${p.command}`);
			await expect.poll(left, { timeout: 5_000 }).toEqual([]);
			expect((await readdir(dir)).filter((name) => name.startsWith('.build-'))).toEqual([]);
			expect(await files(dist)).toEqual(await files(lastGoodDist));
		},
		180_000,
	);
});
