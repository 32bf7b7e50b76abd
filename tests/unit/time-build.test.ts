import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, countHtmlFiles, parseBuildOutput } from '../../src/lib/bench/time-build.ts';
import { astroCacheDir } from '../../src/lib/build/astro-cache-dir.ts';

describe('parseBuildOutput', () => {
	test("reads Astro's page count and time and Pagefind's time, colours and all", () => {
		const output = [
			'Check passed: 0 errors, 0 warnings.',
			'23:59:23 \u001b[33m[starlight:pagefind]\u001b[39m Finished building search index in 241ms.',
			'23:59:23 \u001b[32m[build]\u001b[39m 152 page(s) built in \u001b[1m4.62s\u001b[22m',
			'23:59:23 [build] Complete!',
		].join('\n');
		expect(parseBuildOutput(output)).toEqual({
			astroPages: 152,
			astroSeconds: 4.62,
			pagefindSeconds: 0.241,
		});
	});

	test('reads times in milliseconds and seconds alike', () => {
		expect(parseBuildOutput('3 page(s) built in 812ms\nsearch index in 1.5s')).toEqual({
			astroPages: 3,
			astroSeconds: 0.812,
			pagefindSeconds: 1.5,
		});
	});

	test('leaves out what the output does not say', () => {
		expect(parseBuildOutput('The build stopped before Astro ran.')).toEqual({});
	});
});

describe('buildEnv', () => {
	test("drops the test runner's variables and adds telemetry off and the extras", () => {
		const env = buildEnv(
			{ PATH: '/bin', NODE_ENV: 'test', TEST: 'true', VITEST: 'true', VITEST_POOL_ID: '1' },
			{ ATLAS_DIST: '/tmp/dist' },
		);
		expect(env).toEqual({ PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1', ATLAS_DIST: '/tmp/dist' });
	});
});

describe('astroCacheDir', () => {
	test('is named by a hash of the absolute content folder, as astro.config.mjs names it', () => {
		const dir = '/tmp/somewhere/content';
		const hash = createHash('sha256').update(dir).digest('hex').slice(0, 12);
		expect(astroCacheDir(dir)).toBe(path.join(tmpdir(), `atlas-cache-${hash}`));
	});
});

describe('countHtmlFiles', () => {
	test('counts .html files at any depth and nothing else', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'atlas-count-html-'));
		try {
			await mkdir(path.join(dir, 'a/b'), { recursive: true });
			await writeFile(path.join(dir, 'index.html'), '');
			await writeFile(path.join(dir, 'a/index.html'), '');
			await writeFile(path.join(dir, 'a/b/index.html'), '');
			await writeFile(path.join(dir, 'a/b/style.css'), '');
			await mkdir(path.join(dir, 'folder.html'));
			expect(await countHtmlFiles(dir)).toBe(3);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
