import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runBuild, makeBuildDir } from './helpers.ts';

describe('a claim replaced by another, and a rule the sources dispute', () => {
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
		// Dispute Spain's rule for nurses: the 2021 ruling (made binding here) against a 2025
		// acquittal reported by the press.
		const spain = path.join(content, 'permissions/es.yaml');
		const entry = /^- role: registered-nurse\n(?: {2}.*\n|\n(?!- ))*/m;
		expect(await readFile(spain, 'utf8')).toMatch(entry);
		const ruling2021 = 'es-supreme-court-2021-aesthetic-medicine-doctors-not-nurses';
		await writeFile(
			spain,
			(await readFile(spain, 'utf8')).replace(
				entry,
				[
					'- role: registered-nurse',
					'  answer: disputed',
					`  scope: { subjects: [aesthetic-medicine], claims: [${ruling2021}] }`,
					`  extent: { hedge: always, claims: [${ruling2021}] }`,
					`  claims: [${ruling2021}]`,
					'  contrary: [es-madrid-criminal-court-acquits-nurses-hyaluronic-acid]',
					'',
					'',
				].join('\n'),
			),
		);
		const ruling = path.join(
			content,
			'sources/infosalus-2021-supreme-court-nurses-aesthetic-medicine.md',
		);
		await writeFile(
			ruling,
			(await readFile(ruling, 'utf8')).replace(/^force: secondary$/m, 'force: binding'),
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

	test('shows each side of the dispute with its date, the most recent first, and names the latest statement of a rule-maker', async () => {
		expect(result.status, result.stdout.slice(-2000)).toBe(0);
		const html = await readFile(
			path.join(dir, 'dist/check/es/registered-nurse/index.html'),
			'utf8',
		);
		const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toContain('Sources disagree');
		const sides = [...html.matchAll(/<h3 id="side-(\d)"[^>]*>(.*?)<\/h3>/gs)].map((m) => [
			m[1],
			m[2]!.replace(/<[^>]+>/g, '').trim(),
		]);
		expect(sides).toEqual([
			['1', 'The more recent side: 13 October 2025'],
			['2', 'The earlier side: 14 May 2021'],
		]);
		// The acquittal is on the more recent side, the ruling on the earlier one.
		const recent = html.slice(html.indexOf('id="side-1"'), html.indexOf('id="side-2"'));
		expect(recent).toContain('id="claim-es-madrid-criminal-court-acquits-nurses-hyaluronic-acid"');
		expect(recent).not.toContain(
			'id="claim-es-supreme-court-2021-aesthetic-medicine-doctors-not-nurses"',
		);
		expect(text).toMatch(
			/The latest statement on file from a rule-maker, not a secondary account, is “[^”]+” \(14 May 2021\)\./,
		);
	});
});
