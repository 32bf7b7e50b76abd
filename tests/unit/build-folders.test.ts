import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	buildFolder,
	clearStaleBuildFolders,
	findBuildFolders,
	parseBuildFolder,
	processIsRunning,
} from '../../src/lib/build/build-folders.ts';

describe('buildFolder', () => {
	test('returns hidden folders beside the site folder, named for it and the process', () => {
		expect(buildFolder('/p/dist', 'staging', 41)).toBe('/p/.build-dist-41');
		expect(buildFolder('/p/dist', 'previous', 41)).toBe('/p/.build-dist-41-previous');
		expect(buildFolder('/p/dist', 'discarded', 41)).toBe('/p/.build-dist-41-discarded');
	});
});

describe('parseBuildFolder', () => {
	test('returns the process and role of each build folder, the old name of an aside copy too', () => {
		expect(parseBuildFolder('dist', '.build-dist-41')).toEqual({ pid: 41, role: 'staging' });
		expect(parseBuildFolder('dist', '.build-dist-41-previous')).toEqual({
			pid: 41,
			role: 'previous',
		});
		expect(parseBuildFolder('dist', '.build-dist-41-discarded')).toEqual({
			pid: 41,
			role: 'discarded',
		});
		expect(parseBuildFolder('dist', 'dist.old-41')).toEqual({ pid: 41, role: 'previous' });
	});

	test('returns undefined for other names, other sites’ build folders among them', () => {
		for (const name of ['dist', '.build', '.build-dist-', '.build-dist-x', '.build-site-41']) {
			expect(parseBuildFolder('dist', name), name).toBeUndefined();
		}
		expect(parseBuildFolder('d.st', '.build-dxst-41')).toBeUndefined();
	});
});

describe('clearStaleBuildFolders', () => {
	let dir: string;
	let dist: string;
	const running = 1_000_001;
	const dead = 1_000_002;
	const isRunning = (pid: number) => pid === running;

	/** A folder holding one file, `index.html`, with `text`. */
	async function site(folder: string, text: string) {
		await mkdir(folder, { recursive: true });
		await writeFile(path.join(folder, 'index.html'), text);
	}

	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'atlas-build-folders-'));
		dist = path.join(dir, 'dist');
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	test('deletes what stopped builds left and leaves a running build’s folders and the site', async () => {
		await site(dist, 'site');
		await site(buildFolder(dist, 'staging', dead), 'half');
		await site(buildFolder(dist, 'discarded', dead), 'old');
		await site(buildFolder(dist, 'previous', dead), 'old');
		await site(path.join(dir, `dist.old-${dead}`), 'old');
		await site(buildFolder(dist, 'staging', running), 'half');
		await site(path.join(dir, 'other'), 'other');

		const cleared = clearStaleBuildFolders(dist, isRunning);

		expect(cleared.restored).toBeUndefined();
		expect(cleared.removed).toHaveLength(4);
		expect((await readdir(dir)).sort()).toEqual([`.build-dist-${running}`, 'dist', 'other']);
		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('site');
	});

	test('puts the site aside back when a build was killed between moving it and moving the new one in', async () => {
		await site(buildFolder(dist, 'previous', dead), 'old');
		await site(buildFolder(dist, 'staging', dead), 'new');

		const cleared = clearStaleBuildFolders(dist, isRunning);

		expect(cleared.restored).toBe(buildFolder(dist, 'previous', dead));
		expect(await readdir(dir)).toEqual(['dist']);
		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('old');
	});

	test('treats folders of its own process id as stale: it has made none yet', async () => {
		await site(buildFolder(dist, 'staging', process.pid), 'half');
		clearStaleBuildFolders(dist, () => true);
		expect(findBuildFolders(dist)).toEqual([]);
	});

	test('returns nothing to do when the site’s parent folder does not exist', () => {
		expect(clearStaleBuildFolders(path.join(dir, 'none/dist'), isRunning)).toEqual({
			removed: [],
		});
	});
});

describe('processIsRunning', () => {
	test('returns true for this process and false for one that has exited', () => {
		expect(processIsRunning(process.pid)).toBe(true);
		const exited = spawnSync(process.execPath, ['-e', '']);
		expect(processIsRunning(exited.pid)).toBe(false);
	});
});
