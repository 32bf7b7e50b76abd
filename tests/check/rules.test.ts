import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadFixture } from './load-fixture.ts';

/** Checks the base fixture with some files replaced or added. */
function findingsWith(files: Record<string, string>) {
	const base = loadFixture().filter((file) => !(file.relPath in files));
	const added = Object.entries(files).map(([relPath, text]) => ({
		relPath,
		path: `content/${relPath}`,
		text,
	}));
	return runCheck([...base, ...added], '2026-11-22').findings;
}

/** Each finding of `findingsWith`, as `rule @ file:line`. */
function checkWith(files: Record<string, string>): string[] {
	return findingsWith(files).map((f) => `${f.rule} @ ${f.file}:${f.line}`);
}

const permission = (role: string, status: string, supervisors: string[], claim: string) =>
	`- role: ${role}\n  status: ${status}\n  supervisors: [${supervisors.join(', ')}]\n  claims: [${claim}]\n`;

const claims = {
	physician: 'physicians-perform-and-delegate',
	np: 'nurse-practitioners-under-supervision',
	rn: 'registered-nurses-under-delegation',
};

describe('supervision', () => {
	test('accepts a nurse supervised only by a nurse practitioner who is supervised by a physician', () => {
		const texas = [
			permission('registered-nurse', 'delegated', ['nurse-practitioner'], claims.rn),
		].join('\n');
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([]);
	});

	test('reports a cycle of three roles once, naming all three', () => {
		const texas = [
			permission('physician', 'supervised', ['registered-nurse'], claims.physician),
			permission('registered-nurse', 'supervised', ['nurse-practitioner'], claims.rn),
			permission('nurse-practitioner', 'supervised', ['physician'], claims.np),
		].join('\n');
		const findings = findingsWith({ 'permissions/us-tx.yaml': texas });
		expect(findings.map((f) => `${f.rule} @ ${f.file}:${f.line}`)).toEqual([
			'permission/supervision-cycle @ content/permissions/us-tx.yaml:13',
		]);
		expect(findings[0]?.message).toContain(
			'`nurse-practitioner → physician → registered-nurse → nurse-practitioner`',
		);
	});

	test('reports a role below an unanchored cycle as unanchored, and the cycle once', () => {
		const texas = [
			permission('physician', 'supervised', ['nurse-practitioner'], claims.physician),
			permission('nurse-practitioner', 'supervised', ['physician'], claims.np),
			permission('registered-nurse', 'delegated', ['nurse-practitioner'], claims.rn),
		].join('\n');
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([
			'permission/supervision-cycle @ content/permissions/us-tx.yaml:8',
			'permission/chain-unanchored @ content/permissions/us-tx.yaml:13',
		]);
	});

	test("judges a supervisor by the place's own entry before its parent's", () => {
		const texas = permission('aesthetician', 'independent', [], 'aestheticians-prohibited');
		const nurse = permission('registered-nurse', 'delegated', ['aesthetician'], claims.rn);
		expect(checkWith({ 'permissions/us-tx.yaml': `${texas}\n${nurse}` })).toEqual([]);
	});
});

describe('permission claims', () => {
	test("accepts a claim about the permission's parent jurisdiction", () => {
		const texas = permission('physician', 'independent', [], claims.physician);
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([]);
	});

	test('reports a claim about neither the jurisdiction nor an ancestor', () => {
		const france = permission('physician', 'independent', [], claims.physician);
		const jurisdiction = '---\nname: France\nkind: country\n---\n\nFrance.\n';
		expect(
			checkWith({ 'permissions/fr.yaml': france, 'jurisdictions/fr.mdx': jurisdiction }),
		).toEqual(['permission/claim-not-about @ content/permissions/fr.yaml:4']);
	});
});

describe('links in MDX', () => {
	test('accepts internal links without a trailing slash or with a fragment, and mail links', () => {
		const page =
			'---\ntitle: About\n---\n\n[a](/roles/physician) [b](/risks/infection/#x) [c](mailto:a@example.org) [d](#top) [e](https://example.org)\n';
		expect(checkWith({ 'docs/about.mdx': page })).toEqual([]);
	});

	test('reports a link to a guide page that does not exist, and accepts one that does', () => {
		const about = '---\ntitle: About\n---\n\n[Method](/method/) and [home](/).\n';
		expect(checkWith({ 'docs/about.mdx': about })).toEqual([
			'mdx/broken-link @ content/docs/about.mdx:5',
		]);
		const method = '---\ntitle: Method\n---\n\nHow we work.\n';
		expect(checkWith({ 'docs/about.mdx': about, 'docs/method.md': method })).toEqual([]);
	});

	test('reads Markdown pages without JSX, so a `<` in prose is no error', () => {
		expect(checkWith({ 'docs/notes.md': '---\ntitle: Notes\n---\n\nDepth <4 mm.\n' })).toEqual([]);
	});

	test('does not parse source bodies, which are verbatim documents', () => {
		const source = loadFixture()
			.find((file) => file.relPath === 'sources/has-2014.md')!
			.text.replace('## Aim', '## Aim\n\nA stray <4 and {brace.');
		expect(checkWith({ 'sources/has-2014.md': source })).toEqual([]);
	});
});
