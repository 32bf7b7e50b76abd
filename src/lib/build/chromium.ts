import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/** Where the Chromium that runs comes from. */
export type ChromiumOrigin = 'CHROMIUM_PATH' | 'system' | 'package';

/** A Chromium to start: its executable, and where it came from. */
export interface ChromiumChoice {
	path: string;
	origin: ChromiumOrigin;
}

/** What choosing a Chromium looks at, so that the choice itself reads no file and no global. */
export interface ChromiumLookup {
	/** The environment: `CHROMIUM_PATH` and `PATH` are read. */
	env: Readonly<Record<string, string | undefined>>;
	/** Whether a file exists at this path. */
	exists: (file: string) => boolean;
	/** `process.platform` and `process.arch`: the packaged Chromium runs on Linux x64 only. */
	platform: string;
	arch: string;
}

/** The npm package whose Chromium runs when the machine has none: a devDependency. */
export const chromiumPackage = '@sparticuz/chromium';

/** The names a system Chromium goes by, looked for in each folder of `PATH`. */
export const systemChromiumNames = ['chromium', 'chromium-browser'];

/** Where a system Chromium usually is, looked at after `PATH`. */
export const systemChromiumPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
];

/**
 * Which Chromium to start: `CHROMIUM_PATH` when it is set, else the first system Chromium
 * found (on `PATH`, then at the usual paths), else the one in {@link chromiumPackage}, whose
 * executable is inflated on first use (`{ origin: 'package' }`). Throws when `CHROMIUM_PATH`
 * names no file, or when there is no Chromium at all on a machine the package does not run on.
 * @example
 * pickChromium({ env: {}, exists: (f) => f === '/usr/bin/chromium', platform: 'linux', arch: 'x64' })
 * // { origin: 'system', path: '/usr/bin/chromium' }
 */
export function pickChromium(lookup: ChromiumLookup): ChromiumChoice | { origin: 'package' } {
	const { env, exists } = lookup;
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!exists(fromEnv)) {
			throw new Error(
				`CHROMIUM_PATH is "${fromEnv}", but there is no file there: point it at a Chromium executable, or unset it to use a system Chromium or the one ${chromiumPackage} brings.`,
			);
		}
		return { origin: 'CHROMIUM_PATH', path: fromEnv };
	}
	const onPath = (env.PATH ?? '')
		.split(path.delimiter)
		.filter((folder) => path.isAbsolute(folder))
		.flatMap((folder) => systemChromiumNames.map((name) => path.join(folder, name)));
	const system = [...new Set([...onPath, ...systemChromiumPaths])].find((file) => exists(file));
	if (system) return { origin: 'system', path: system };
	if (lookup.platform !== 'linux' || lookup.arch !== 'x64') {
		throw new Error(
			`No Chromium: CHROMIUM_PATH is not set, no system Chromium is on PATH or at ${systemChromiumPaths.join(', ')}, and the one ${chromiumPackage} brings runs on Linux x64 only, not ${lookup.platform} ${lookup.arch}. Install Chromium, or set CHROMIUM_PATH to a Chromium executable.`,
		);
	}
	return { origin: 'package' };
}

/**
 * Decompresses the Brotli file `source` into an executable file at `target`, unless `target`
 * exists. It writes a file of its own beside `target` and renames it, so a process that finds
 * `target` never finds half of it, and two that inflate at once both end with a whole one.
 */
export async function inflateExecutable(source: string, target: string): Promise<void> {
	if (existsSync(target)) return;
	await mkdir(path.dirname(target), { recursive: true });
	const partial = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
	try {
		await pipeline(
			createReadStream(source),
			createBrotliDecompress(),
			createWriteStream(partial, { mode: 0o755 }),
		);
		await rename(partial, target);
	} finally {
		await rm(partial, { force: true });
	}
}

/**
 * The executable of the Chromium in {@link chromiumPackage}, inflated on first use into the
 * temporary folder, one per package version (`/tmp/atlas-chromium-153.0.0/chromium`).
 */
export async function packagedChromiumPath(): Promise<string> {
	// Not the package's own `executablePath()`: that one inflates into a `/tmp/chromium` shared
	// by every version, and hands a half-written file to a second test worker that asks meanwhile.
	const entry = createRequire(import.meta.url).resolve(chromiumPackage);
	const packageDir = path.resolve(path.dirname(entry), '..');
	const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
		version: string;
	};
	const target = path.join(tmpdir(), `atlas-chromium-${version}`, 'chromium');
	await inflateExecutable(path.join(packageDir, 'bin', 'chromium.br'), target);
	return target;
}

/** This machine's Chromium, as {@link pickChromium} chooses it, the packaged one inflated. */
export async function findChromium(): Promise<ChromiumChoice> {
	const picked = pickChromium({
		env: process.env,
		exists: existsSync,
		platform: process.platform,
		arch: process.arch,
	});
	return picked.origin === 'package'
		? { origin: 'package', path: await packagedChromiumPath() }
		: picked;
}

/**
 * One line saying which Chromium ran.
 * @example
 * describeChromium({ origin: 'system', path: '/usr/bin/chromium' }, '156.0.8078.73')
 * // 'Chromium 156.0.8078.73 (system: /usr/bin/chromium)'
 */
export function describeChromium(choice: ChromiumChoice, version: string): string {
	const origin = choice.origin === 'package' ? `npm package ${chromiumPackage}` : choice.origin;
	return `Chromium ${version} (${origin}: ${choice.path})`;
}

/** The flags this closed network needs: no background, component or QUIC traffic. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Starts `choice` (by default {@link findChromium}'s) headless with {@link chromiumArgs}, or
 * throws saying which Chromium did not start. Never downloads a browser.
 */
export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
	const { origin, path: executablePath } = choice ?? (await findChromium());
	try {
		return await chromium.launch({ executablePath, args: chromiumArgs });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`Chromium (${origin}) at ${executablePath} did not start: ${message}`, {
			cause: error,
		});
	}
}
