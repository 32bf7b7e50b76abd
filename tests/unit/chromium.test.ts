import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	describeChromium,
	inflateExecutable,
	pickChromium,
	type ChromiumLookup,
} from '../../src/lib/build/chromium.ts';

/** A Linux x64 machine holding exactly `files`, with this environment. */
function machine(
	env: ChromiumLookup['env'],
	files: string[] = [],
	platform = 'linux',
	arch = 'x64',
): ChromiumLookup {
	return { env, exists: (file) => files.includes(file), platform, arch };
}

describe('pickChromium', () => {
	test('returns CHROMIUM_PATH first, even with a system Chromium', () => {
		const lookup = machine({ CHROMIUM_PATH: '/opt/chrome/chrome' }, [
			'/opt/chrome/chrome',
			'/usr/bin/chromium',
		]);
		expect(pickChromium(lookup)).toEqual({ origin: 'CHROMIUM_PATH', path: '/opt/chrome/chrome' });
	});

	test('reports a CHROMIUM_PATH that names no file, rather than running another', () => {
		const lookup = machine({ CHROMIUM_PATH: '/opt/none' }, ['/usr/bin/chromium']);
		expect(() => pickChromium(lookup)).toThrowErrorMatchingInlineSnapshot(
			`[Error: CHROMIUM_PATH is "/opt/none", but there is no file there: point it at a Chromium executable, or unset it to use a system Chromium or the one @sparticuz/chromium brings.]`,
		);
	});

	test('takes an empty CHROMIUM_PATH as unset', () => {
		const lookup = machine({ CHROMIUM_PATH: '' }, ['/usr/bin/chromium']);
		expect(pickChromium(lookup)).toEqual({ origin: 'system', path: '/usr/bin/chromium' });
	});

	test('returns a system Chromium on PATH before the usual paths', () => {
		const lookup = machine({ PATH: '/home/me/bin:/usr/local/bin' }, [
			'/usr/bin/chromium',
			'/usr/local/bin/chromium-browser',
		]);
		expect(pickChromium(lookup)).toEqual({
			origin: 'system',
			path: '/usr/local/bin/chromium-browser',
		});
	});

	test('returns a system Chromium at a usual path when PATH has none', () => {
		const lookup = machine({ PATH: '/usr/local/bin' }, ['/usr/bin/chromium-browser']);
		expect(pickChromium(lookup)).toEqual({ origin: 'system', path: '/usr/bin/chromium-browser' });
	});

	test('ignores relative folders on PATH', () => {
		const lookup = machine({ PATH: 'bin:.' }, ['bin/chromium', 'chromium']);
		expect(pickChromium(lookup)).toEqual({ origin: 'package' });
	});

	test('returns the packaged Chromium when the machine has none', () => {
		expect(pickChromium(machine({ PATH: '/usr/bin:/bin' }))).toEqual({ origin: 'package' });
	});

	test('reports no Chromium where the packaged one does not run', () => {
		expect(() =>
			pickChromium(machine({}, [], 'darwin', 'arm64')),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: No Chromium: CHROMIUM_PATH is not set, no system Chromium is on PATH or at /usr/bin/chromium, /usr/bin/chromium-browser, /snap/bin/chromium, and the one @sparticuz/chromium brings runs on Linux x64 only, not darwin arm64. Install Chromium, or set CHROMIUM_PATH to a Chromium executable.]`,
		);
	});
});

describe('describeChromium', () => {
	test('returns the version, the origin and the path', () => {
		expect(
			describeChromium({ origin: 'package', path: '/tmp/atlas-chromium-153.0.0/chromium' }, '153'),
		).toBe('Chromium 153 (npm package @sparticuz/chromium: /tmp/atlas-chromium-153.0.0/chromium)');
		expect(describeChromium({ origin: 'system', path: '/usr/bin/chromium' }, '156')).toBe(
			'Chromium 156 (system: /usr/bin/chromium)',
		);
		expect(describeChromium({ origin: 'CHROMIUM_PATH', path: '/opt/c' }, '150')).toBe(
			'Chromium 150 (CHROMIUM_PATH: /opt/c)',
		);
	});
});

describe('inflateExecutable', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'atlas-inflate-'));
		await writeFile(path.join(dir, 'tool.br'), brotliCompressSync('#!/bin/sh\necho hi\n'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	test('writes the decompressed file, executable, and nothing beside it', async () => {
		const target = path.join(dir, 'out/tool');
		await inflateExecutable(path.join(dir, 'tool.br'), target);
		expect(await readFile(target, 'utf8')).toBe('#!/bin/sh\necho hi\n');
		expect((await stat(target)).mode & 0o111).toBe(0o111);
		expect(await readdir(path.join(dir, 'out'))).toEqual(['tool']);
	});

	test('leaves an existing file as it is', async () => {
		const target = path.join(dir, 'tool');
		await writeFile(target, 'already here');
		await inflateExecutable(path.join(dir, 'tool.br'), target);
		expect(await readFile(target, 'utf8')).toBe('already here');
	});

	test('ends with one whole file when several inflate at once', async () => {
		const target = path.join(dir, 'out/tool');
		await Promise.all([1, 2, 3].map(() => inflateExecutable(path.join(dir, 'tool.br'), target)));
		expect(await readFile(target, 'utf8')).toBe('#!/bin/sh\necho hi\n');
		expect(await readdir(path.join(dir, 'out'))).toEqual(['tool']);
	});

	test('leaves no partial file when the source is not Brotli', async () => {
		await writeFile(path.join(dir, 'bad.br'), 'not brotli');
		const target = path.join(dir, 'tool');
		await expect(inflateExecutable(path.join(dir, 'bad.br'), target)).rejects.toThrow();
		expect((await readdir(dir)).sort()).toEqual(['bad.br', 'tool.br']);
	});
});
