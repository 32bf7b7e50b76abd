import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishDist } from '../../src/lib/build/publish-dist.ts';

describe('publishDist', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'atlas-publish-'));
		await mkdir(path.join(dir, 'dist'));
		await writeFile(path.join(dir, 'dist/index.html'), 'old');
		await mkdir(path.join(dir, 'staging'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	test('replaces the target with the staging folder and removes the old build', async () => {
		await writeFile(path.join(dir, 'staging/index.html'), 'new');
		await publishDist(path.join(dir, 'staging'), path.join(dir, 'dist'));
		expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('new');
		expect((await readdir(dir)).sort()).toEqual(['dist']);
	});

	test('refuses an incomplete build and leaves the target as it was', async () => {
		await writeFile(path.join(dir, 'staging/index.html'), 'new');
		await expect(
			publishDist(path.join(dir, 'staging'), path.join(dir, 'dist'), [
				'index.html',
				'pagefind/pagefind.js',
			]),
		).rejects.toThrow(/has no pagefind\/pagefind\.js/);
		expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('old');
	});

	test('publishes when there was no earlier build', async () => {
		await rm(path.join(dir, 'dist'), { recursive: true });
		await writeFile(path.join(dir, 'staging/index.html'), 'first');
		await publishDist(path.join(dir, 'staging'), path.join(dir, 'dist'));
		expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('first');
	});
});
