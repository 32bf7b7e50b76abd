import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { synthesizeKnowledgeBase } from '../../src/lib/bench/synthesize-knowledge-base.ts';
import { runCheck, type CheckResult } from '../../src/lib/check/run-check.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import type { ContentFile } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { todayIso } from '../../src/lib/text/today.ts';

// The fixture's dates are fixed, so its check is too.
const today = '2026-11-23';

/** A small knowledge base with every kind of entity, a parent chain and a supervision chain. */
const fixture: ContentFile[] = Object.entries({
	'sources/article.md': `---
title: 'An article'
publisher: null
authors: []
date: 2024
url: 'https://example.org/article'
language: en
kind: article
force: secondary
accessed: 2026-11-01
coverage: excerpts
---

## Who may inject

Physicians may perform and delegate it. Nurse practitioners work under the supervision of a physician. Nurses act on delegation.

## Risks

Infection is the main risk.
`,
	'claims/practitioners.yaml': `- id: physicians-independent
  statement: 'Physicians may perform and delegate it.'
  source: article
  locator: 'Who may inject'
  quote: 'Physicians may perform and delegate it.'
  about: { jurisdictions: [us], roles: [physician], risks: [] }
  reviewed: 2026-11-01
- id: np-supervised
  statement: 'Nurse practitioners work under the supervision of a physician.'
  source: article
  locator: 'Who may inject'
  quote: 'Nurse practitioners work under the supervision of a physician.'
  about: { jurisdictions: [us], roles: [nurse-practitioner, physician], risks: [] }
  reviewed: 2026-11-01
- id: rn-delegated
  statement: 'Nurses act on delegation.'
  source: article
  locator: 'Who may inject'
  quote: 'Nurses act on delegation.'
  about: { jurisdictions: [us-tx], roles: [registered-nurse], risks: [] }
  reviewed: 2026-11-01
- id: infection-main-risk
  statement: 'Infection is the main risk.'
  source: article
  locator: Risks
  quote: 'Infection is the main risk.'
  about: { risks: [infection] }
  reviewed: 2026-11-01
`,
	'jurisdictions/us.mdx': `---
name: United States
kind: country
regulators:
  - name: A medical board
    kind: medical-board
    url: 'https://example.org/board'
    claims: [physicians-independent]
---

<Claim id="physicians-independent" />
`,
	'jurisdictions/us-tx.mdx': `---
name: Texas
kind: state
parent: us
---

Nurses there: <Claim id="rn-delegated" />, as <Role id="registered-nurse" /> in <Jurisdiction id="us-tx" />.
`,
	'roles/physician.mdx': `---
name: Physician
credentials: [MD]
licensed: true
---

<Claim id="physicians-independent" />
`,
	'roles/nurse-practitioner.mdx': `---
name: Nurse practitioner
licensed: true
---

Supervised by a <Role id="physician" />.
`,
	'roles/registered-nurse.mdx': `---
name: Registered nurse
licensed: true
---

See <Risk id="infection" />.
`,
	'permissions/us.yaml': `- role: physician
  answer: allowed
  scope: { subjects: [mesotherapy], claims: [physicians-independent] }
  extent: { hedge: always, claims: [physicians-independent] }
  claims: [physicians-independent]
- role: nurse-practitioner
  answer: allowed-with-conditions
  scope: { subjects: [mesotherapy], claims: [np-supervised] }
  extent: { hedge: always, claims: [np-supervised] }
  requires:
    - { type: supervision, level: unspecified, by: [physician], claims: [np-supervised] }
  claims: [np-supervised]
`,
	'permissions/us-tx.yaml': `- role: registered-nurse
  answer: allowed-with-conditions
  scope: { subjects: [mesotherapy], claims: [rn-delegated] }
  extent: { hedge: always, claims: [rn-delegated] }
  requires:
    - { type: delegation, by: [nurse-practitioner], claims: [rn-delegated] }
  mayDelegate: { to: [physician], claims: [rn-delegated] }
  claims: [rn-delegated]
`,
	'risk-categories.yaml': `- id: infectious
  name: Infectious risks
  claims: [infection-main-risk]
`,
	'risks/infection.mdx': `---
name: Infection
category: infectious
severity: major
frequency: not-documented
claims: [infection-main-risk]
---

<Claim id="infection-main-risk" />
`,
	'published-claims.yaml': `- id: physicians-independent
- id: np-supervised
- id: rn-delegated
- id: infection-main-risk
`,
}).map(([relPath, text]) => ({ relPath, path: `content/${relPath}`, text }));

function errorsOf(result: CheckResult): string[] {
	return result.findings
		.filter((finding) => finding.severity === 'error')
		.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
}

function fileOf(files: readonly ContentFile[], relPath: string): ContentFile {
	const file = files.find((f) => f.relPath === relPath);
	if (!file) throw new Error(`${relPath} is not among the synthesized files.`);
	return file;
}

function frontmatterOf(files: readonly ContentFile[], relPath: string): Record<string, unknown> {
	return parse(splitFrontmatter(fileOf(files, relPath).text).frontmatter) as Record<
		string,
		unknown
	>;
}

describe('synthesizeKnowledgeBase', () => {
	test('the fixture checks clean, so the copies below are judged on their own', () => {
		expect(errorsOf(runCheck(fixture, today))).toEqual([]);
	});

	test('copies every entity, renamed, into a knowledge base that checks clean', () => {
		const synthetic = synthesizeKnowledgeBase(fixture, 3);
		const result = runCheck(synthetic, today);
		expect(errorsOf(result)).toEqual([]);
		const original = runCheck(fixture, today).counts;
		for (const [kind, count] of Object.entries(original)) {
			expect(result.counts[kind], kind).toBe(kind === 'pages' ? count : count * 3);
		}
		expect(result.kb.sources.has('article-s2')).toBe(true);
		expect(result.kb.claims.get('rn-delegated-s2')?.data).toMatchObject({
			source: 'article-s2',
			locator: 'Who may inject',
			quote: 'Nurses act on delegation.',
			about: { jurisdictions: ['us-tx-s2'], roles: ['registered-nurse-s2'], risks: [] },
		});
	});

	test('chains parents within a copy and hangs its top jurisdictions under the original', () => {
		const synthetic = synthesizeKnowledgeBase(fixture, 3);
		expect(frontmatterOf(synthetic, 'jurisdictions/us-tx-s1.mdx').parent).toBe('us-s1');
		expect(frontmatterOf(synthetic, 'jurisdictions/us-s1.mdx').parent).toBe('us');
		expect(frontmatterOf(synthetic, 'jurisdictions/us.mdx').parent).toBeUndefined();
	});

	test('remaps permissions, regulators, risks, categories and MDX components', () => {
		const synthetic = synthesizeKnowledgeBase(fixture, 2);
		expect(parse(fileOf(synthetic, 'permissions/us-tx-s1.yaml').text)).toEqual([
			{
				role: 'registered-nurse-s1',
				answer: 'allowed-with-conditions',
				scope: { subjects: ['mesotherapy'], claims: ['rn-delegated-s1'] },
				extent: { hedge: 'always', claims: ['rn-delegated-s1'] },
				requires: [
					{ type: 'delegation', by: ['nurse-practitioner-s1'], claims: ['rn-delegated-s1'] },
				],
				mayDelegate: { to: ['physician-s1'], claims: ['rn-delegated-s1'] },
				claims: ['rn-delegated-s1'],
			},
		]);
		expect(frontmatterOf(synthetic, 'jurisdictions/us-s1.mdx').regulators).toEqual([
			expect.objectContaining({ claims: ['physicians-independent-s1'] }),
		]);
		expect(frontmatterOf(synthetic, 'risks/infection-s1.mdx')).toMatchObject({
			category: 'infectious-s1',
			claims: ['infection-main-risk-s1'],
		});
		expect(parse(fileOf(synthetic, 'risk-categories.yaml').text)).toEqual([
			{ id: 'infectious', name: 'Infectious risks', claims: ['infection-main-risk'] },
			{ id: 'infectious-s1', name: 'Infectious risks', claims: ['infection-main-risk-s1'] },
		]);
		expect(fileOf(synthetic, 'jurisdictions/us-tx-s1.mdx').text).toContain(
			'<Claim id="rn-delegated-s1" />, as <Role id="registered-nurse-s1" /> in <Jurisdiction id="us-tx-s1" />.',
		);
	});

	test('returns the files unchanged for a factor of 1 and refuses a factor below 1', () => {
		expect(synthesizeKnowledgeBase(fixture, 1)).toEqual(fixture);
		expect(() => synthesizeKnowledgeBase(fixture, 0)).toThrow(RangeError);
		expect(() => synthesizeKnowledgeBase(fixture, 1.5)).toThrow(RangeError);
	});

	test('triples the real knowledge base into one that checks with no errors', () => {
		const real = readContentDir(path.resolve('content'));
		const original = runCheck(real, todayIso());
		const result = runCheck(synthesizeKnowledgeBase(real, 3), todayIso());
		expect(errorsOf(result)).toEqual([]);
		for (const [kind, count] of Object.entries(original.counts)) {
			expect(result.counts[kind], kind).toBe(kind === 'pages' ? count : count * 3);
		}
	});
});
