import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { allPermissions } from '../../src/lib/content/knowledge-base.ts';
import { buildRows, type DataInput } from '../../src/lib/data/rows.ts';
import { dataKinds } from '../../src/lib/data/row-schemas.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'tests/fixtures/base'), root));
const input: DataInput = kb;

describe('buildRows', () => {
	const rows = buildRows(input);

	test('returns one row per entity of each kind, sorted by id', () => {
		expect(Object.keys(rows)).toEqual([...dataKinds]);
		expect(rows.claims.map((r) => r.id)).toEqual([...kb.claims.keys()].sort());
		expect(rows.jurisdictions.map((r) => r.id)).toEqual(['us', 'us-tx']);
		expect(rows.permissions).toHaveLength([...allPermissions(kb)].length);
	});

	test('returns entities in their schema’s shape and order, with the id first', () => {
		expect(rows.jurisdictions[1]).toEqual({
			id: 'us-tx',
			name: 'Texas',
			definiteArticle: false,
			kind: 'state',
			parent: 'us',
			regulators: [],
			verify: [],
			redFlags: [],
			ifItGoesWrong: [],
			gaps: [],
		});
		expect(Object.keys(rows.jurisdictions[1]!)[0]).toBe('id');
	});

	test('gives each permission its jurisdiction and a `<jurisdiction>/<role>` id', () => {
		expect(rows.permissions.find((p) => p.role === 'physician')).toEqual({
			id: 'us/physician',
			jurisdiction: 'us',
			role: 'physician',
			answer: 'allowed',
			scope: { subjects: ['mesotherapy'], claims: ['physicians-perform-and-delegate'], gap: [] },
			extent: { hedge: 'generally', claims: ['physicians-perform-and-delegate'] },
			requires: [],
			mayDelegate: { to: ['registered-nurse'], claims: ['physicians-perform-and-delegate'] },
			claims: ['physicians-perform-and-delegate'],
			contrary: [],
		});
	});

	test('returns sources as their records, without the text on file', () => {
		for (const source of rows.sources) {
			expect(Object.keys(source)).not.toContain('body');
			expect(JSON.stringify(source)).not.toContain(
				kb.sources.get(source.id)!.body.trim().slice(0, 60),
			);
		}
	});

	test('refuses an entity with a field its schema does not have', () => {
		const data = {
			name: 'X',
			credentials: [],
			aliases: [],
			licensed: true,
			licensedBy: [],
			body: 'text',
		};
		expect(() => buildRows({ ...input, roles: new Map([['x', { id: 'x', data }]]) })).toThrow(
			/body/,
		);
	});
});
