/**
 * Builds the real content once for the whole run, into a temporary folder, and provides it as
 * `siteBuild` to the build and browser tests; removes the folder afterwards. First it starts
 * the Chromium the browser tests will drive, once, inflating the packaged one if that is the
 * one, and prints which it is.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { describeChromium, findChromium, launchChromium } from '../../src/lib/build/chromium.ts';
import { runBuild, makeBuildDir } from '../build/helpers.ts';

/** Says which Chromium the browser tests drive, or why none starts: each of them then fails. */
async function reportChromium(): Promise<void> {
	try {
		const choice = await findChromium();
		const browser = await launchChromium(choice);
		const version = browser.version();
		await browser.close();
		console.log(`Browser tests drive ${describeChromium(choice, version)}`);
	} catch (error) {
		console.log(
			`Browser tests have no Chromium: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	await reportChromium();
	const dir = await makeBuildDir('atlas-site-');
	const dist = path.join(dir, 'dist');
	const result = runBuild({ ATLAS_DIST: dist });
	project.provide('siteBuild', {
		dist,
		status: result.status,
		stdout: result.stdout ?? '',
		// A build that could not start or timed out says so here.
		stderr: [result.stderr, result.error?.message].filter(Boolean).join('\n'),
	});
	return () => rm(dir, { recursive: true, force: true });
}
