import { renameSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildFolder, clearStaleBuildFolders } from '../../src/lib/build/build-folders.ts';
import { publishDist } from '../../src/lib/build/publish-dist.ts';

describe('publishDist', () => {
	let dir: string;
	let dist: string;
	let staging: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'atlas-publish-'));
		dist = path.join(dir, 'dist');
		staging = buildFolder(dist, 'staging');
		await mkdir(dist);
		await writeFile(path.join(dist, 'index.html'), 'old');
		await mkdir(staging);
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	test('replaces the target with the staging folder and removes the old build', async () => {
		await writeFile(path.join(staging, 'index.html'), 'new');
		publishDist(staging, dist);
		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('new');
		expect(await readdir(dir)).toEqual(['dist']);
	});

	test('refuses an incomplete build and leaves the target as it was', async () => {
		await writeFile(path.join(staging, 'index.html'), 'new');
		expect(() => publishDist(staging, dist, ['index.html', 'pagefind/pagefind.js'])).toThrow(
			/has no pagefind\/pagefind\.js/,
		);
		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('old');
	});

	test('publishes when there was no earlier build', async () => {
		await rm(dist, { recursive: true });
		await writeFile(path.join(staging, 'index.html'), 'first');
		publishDist(staging, dist);
		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('first');
		expect(await readdir(dir)).toEqual(['dist']);
	});

	test('leaves the old build whole when killed between its two renames: the next build puts it back', async () => {
		await writeFile(path.join(staging, 'index.html'), 'new');
		// What a SIGKILL after publishDist's first rename leaves.
		renameSync(dist, buildFolder(dist, 'previous', 1_000_003));
		renameSync(staging, buildFolder(dist, 'staging', 1_000_003));

		clearStaleBuildFolders(dist, () => false);

		expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('old');
		expect(await readdir(dir)).toEqual(['dist']);
	});
});
