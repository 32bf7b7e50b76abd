import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { overseersOf } from '../../src/schemas/index.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { todayIso } from '../../src/lib/text/today.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the real knowledge base', () => {
	const result = runCheck(readContentDir(path.join(root, 'content'), root), todayIso());

	test('has no error and no warning but for reviews falling due', () => {
		// A review falls due with the calendar, not with a change: `npm run check` warns of it.
		expect(result.findings.filter((f) => f.rule !== 'date/stale')).toEqual([]);
	});

	test('holds both source documents, the research coverage and every claim the issues ask for', () => {
		expect([...result.kb.sources.keys()]).toEqual(
			expect.arrayContaining([
				'has-2014-aesthetic-mesotherapy-risks',
				'who-may-perform-mesotherapy',
			]),
		);
		expect(result.kb.claims.size).toBeGreaterThan(200);
		expect([...result.kb.jurisdictions.keys()]).toEqual(
			expect.arrayContaining(['us', 'fr', 'us-ca', 'us-tx', 'gb-eng', 'ca-on', 'au-qld', 'es']),
		);
	});

	test('has every US state and the District of Columbia, each under the US', () => {
		const states = [...result.kb.jurisdictions.values()].filter((j) => j.data.parent === 'us');
		expect(states).toHaveLength(51);
		expect(states.map((j) => j.id)).toContain('us-dc');
	});

	test("keeps Texas's former rule as replaced and France's annulled article apart from the upheld one", () => {
		const replaced = [...result.kb.sources.values()].filter((s) => s.data.status === 'replaced');
		expect(replaced.map((s) => s.id)).toContain('tx-22-tac-193-17');
		expect(result.kb.sources.get('tx-22-tac-193-17')?.data.replacedBy).toBeDefined();
		const decree = result.kb.sources.get('decree-2011-382-lyse-adipocytaire')?.data;
		expect(decree?.status).toBe('in-force');
		expect(decree?.parts).toEqual([
			expect.objectContaining({ part: 'Article 2', status: 'annulled' }),
		]);
	});

	test('lets nurse practitioners, themselves supervised by physicians, supervise registered nurses', () => {
		const us = (role: string) => result.kb.permissions.get('us')?.get(role)?.data;
		const overseers = (role: string) => {
			const rule = us(role);
			return rule ? overseersOf(rule).map((o) => o.role) : [];
		};
		expect(us('physician')?.answer).toBe('allowed');
		expect(us('nurse-practitioner')?.answer).toBe('allowed-with-conditions');
		expect(overseers('nurse-practitioner')).toContain('physician');
		expect(overseers('registered-nurse')).toContain('nurse-practitioner');
		expect(us('aesthetician')?.answer).toBe('not-allowed');
	});
});
