import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runBuild, makeBuildDir } from './helpers.ts';

describe('a claim replaced by another', () => {
	let dir: string;
	let result: ReturnType<typeof runBuild>;

	beforeAll(async () => {
		dir = await makeBuildDir('atlas-redirect-');
		const content = path.join(dir, 'content');
		await cp(path.join(root, 'content'), content, { recursive: true });
		// Retire `has-without-scientific-foundation` in favour of `has-no-positive-clinical-evidence`.
		const claims = path.join(content, 'claims/has-assessment.yaml');
		const text = await readFile(claims, 'utf8');
		const retired = /^- id: has-without-scientific-foundation\n(?: {2}.*\n|\n(?! *-))*/m;
		expect(text).toMatch(retired);
		await writeFile(claims, text.replace(retired, ''));
		// Every page that shows the claim stops showing it.
		const pages = (await readdir(content, { recursive: true })).filter((f) => f.endsWith('.mdx'));
		for (const file of pages) {
			const mdx = path.join(content, file);
			const body = await readFile(mdx, 'utf8');
			await writeFile(mdx, body.replaceAll('<Claim id="has-without-scientific-foundation" />', ''));
		}
		const registry = path.join(content, 'published-claims.yaml');
		await writeFile(
			registry,
			(await readFile(registry, 'utf8')).replace(
				'- id: has-without-scientific-foundation\n',
				'- id: has-without-scientific-foundation\n  replacedBy: has-no-positive-clinical-evidence\n  retired: 2026-11-22\n',
			),
		);
		result = runBuild({ ATLAS_CONTENT_DIR: content, ATLAS_DIST: path.join(dir, 'dist') });
	}, 240_000);

	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('keeps its old permalink, which now leads to its successor', async () => {
		expect(result.status, result.stdout.slice(-2000)).toBe(0);
		const html = await readFile(
			path.join(dir, 'dist/claims/has-without-scientific-foundation/index.html'),
			'utf8',
		);
		expect(html).toMatch(
			/http-equiv="refresh" content="\d+;url=\/claims\/has-no-positive-clinical-evidence\/"/,
		);
	});
});
