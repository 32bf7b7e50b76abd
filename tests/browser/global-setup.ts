/**
 * Builds the real content once for the whole run, into a temporary folder, and provides it as
 * `siteBuild` to the build and browser tests; removes the folder afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../build/helpers.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const dir = await mkdtemp(path.join(tmpdir(), 'atlas-site-'));
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
