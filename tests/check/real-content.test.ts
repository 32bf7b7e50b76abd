import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the real knowledge base', async () => {
	const result = runCheck(await readContentDir(path.join(root, 'content'), root), '2026-11-22');

	test('has no error and no warning', () => {
		expect(result.findings).toEqual([]);
	});

	test('holds both source documents and every claim the issue asks for', () => {
		expect([...result.kb.sources.keys()].sort()).toEqual([
			'has-2014-aesthetic-mesotherapy-risks',
			'who-may-perform-mesotherapy',
		]);
		expect(result.kb.claims.size).toBeGreaterThan(40);
		expect([...result.kb.jurisdictions.keys()]).toEqual(expect.arrayContaining(['us', 'fr']));
	});

	test('lets nurse practitioners, themselves supervised by physicians, supervise registered nurses', () => {
		const us = (role: string) =>
			result.kb.permissions.find((p) => p.jurisdiction === 'us' && p.data.role === role)?.data;
		expect(us('physician')?.status).toBe('independent');
		expect(us('nurse-practitioner')).toMatchObject({
			status: 'supervised',
			supervisors: ['physician'],
		});
		expect(us('registered-nurse')?.supervisors).toContain('nurse-practitioner');
		expect(us('aesthetician')?.status).toBe('prohibited');
	});
});
