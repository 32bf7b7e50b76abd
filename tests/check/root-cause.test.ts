import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadFixture } from './load-fixture.ts';

/** The base fixture with one file's text changed, checked. */
function checkWithEdit(relPath: string, edit: (text: string) => string) {
	const files = loadFixture().map((file) =>
		file.relPath === relPath ? { ...file, text: edit(file.text) } : file,
	);
	return runCheck(files, '2026-11-22').findings.map((f) => `${f.rule} @ ${f.file}:${f.line}`);
}

describe('a root cause', () => {
	test('is reported once: claims in a file with a tab stay known to the files citing them', () => {
		const findings = checkWithEdit('claims/permissions.yaml', (text) =>
			text.replace('\n  statement: Physicians', '\n\tstatement: Physicians'),
		);
		expect(findings).toEqual(['yaml/syntax @ content/claims/permissions.yaml:2']);
	});

	test('is reported once: a place whose frontmatter has a tab stays known to its children', () => {
		const findings = checkWithEdit('jurisdictions/us.mdx', (text) =>
			text.replace('kind: country\n', 'kind: country\ngaps:\n\t- Nothing yet.\n'),
		);
		expect(findings).toEqual(['yaml/syntax @ content/jurisdictions/us.mdx:5']);
	});
});
