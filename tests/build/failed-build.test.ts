import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runBuild, makeBuildDir } from './helpers.ts';

describe('npm run build with broken content', () => {
	let dir: string;
	let result: ReturnType<typeof runBuild>;

	beforeAll(async () => {
		dir = await makeBuildDir('atlas-failed-build-');
		await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
		await writeFile(path.join(dir, 'content/claims/zz-broken.yaml'), brokenClaim);
		await cp(path.join(root, 'tests/build/last-good-dist'), path.join(dir, 'dist'), {
			recursive: true,
		});
		result = runBuild({
			ATLAS_CONTENT_DIR: path.join(dir, 'content'),
			ATLAS_DIST: path.join(dir, 'dist'),
		});
	});

	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('exits non-zero and names the file, position and rule', () => {
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/zz-broken\.yaml:5:10 {2}error {2}claim\/quote-not-found/);
		expect(result.stderr).toContain('The build stopped before Astro ran');
	});

	test('leaves the last good dist/ exactly as it was', async () => {
		const html = await readFile(path.join(dir, 'dist/index.html'), 'utf8');
		expect(html).toBe(
			await readFile(path.join(root, 'tests/build/last-good-dist/index.html'), 'utf8'),
		);
	});
});

const brokenClaim = `- id: zz-invented-fact
  statement: Mesotherapy is always safe.
  source: has-2014-aesthetic-mesotherapy-risks
  locator: Aim
  quote: mesotherapy is completely safe
  reviewed: 2026-11-01
`;
