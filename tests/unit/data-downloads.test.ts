import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { buildDataFiles, formatBytes } from '../../src/lib/data/downloads.ts';
import { buildRows } from '../../src/lib/data/rows.ts';
import { readSiteVersion } from '../../src/lib/data/site-version.ts';
import { codebookPath, dataFilePath, dataPath, feedPath } from '../../src/lib/site/routes.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'tests/fixtures/base'), root));
const rows = buildRows(kb);

describe('buildDataFiles', () => {
	const files = buildDataFiles(rows);

	test('returns JSON, CSV and a JSON Schema for each kind, at their paths', () => {
		expect(files).toHaveLength(8 * 3);
		expect(files.filter((f) => f.kind === 'claims').map((f) => f.path)).toEqual([
			'/data/claims.json',
			'/data/claims.csv',
			'/data/claims.schema.json',
		]);
	});

	test('returns each file’s size in bytes and, for the data, its row count', () => {
		const json = files.find((f) => f.kind === 'claims' && f.format === 'json')!;
		expect(json.rows).toBe(kb.claims.size);
		expect(json.bytes).toBe(Buffer.byteLength(json.body));
		expect(JSON.parse(json.body)).toEqual(rows.claims);
		expect(files.find((f) => f.format === 'schema')).not.toHaveProperty('rows');
	});

	test('gives the schemas an absolute $id when the site’s address is known', () => {
		const schema = buildDataFiles(rows, 'https://example.org').find((f) => f.format === 'schema')!;
		expect(JSON.parse(schema.body)).toMatchObject({
			$id: 'https://example.org/data/claims.schema.json',
		});
	});
});

describe('formatBytes', () => {
	test('returns bytes below 1,000 and kilobytes above', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(45_210)).toBe('45.2 kB');
		expect(formatBytes(123_456)).toBe('123 kB');
	});
});

describe('data and feed paths', () => {
	test('returns the paths of the data page, the codebook, each download and each feed', () => {
		expect(dataPath()).toBe('/data/');
		expect(codebookPath()).toBe('/data/codebook/');
		expect(dataFilePath('risk-categories', 'csv')).toBe('/data/risk-categories.csv');
		expect(dataFilePath('claims', 'schema')).toBe('/data/claims.schema.json');
		expect(feedPath()).toBe('/feed.xml');
		expect(feedPath('us-tx')).toBe('/jurisdictions/us-tx/feed.xml');
	});
});

describe('readSiteVersion', () => {
	test('returns the commit and build date the environment pins', () => {
		expect(readSiteVersion(root, { ATLAS_COMMIT: 'abc123', ATLAS_TODAY: '2026-11-22' })).toEqual({
			commit: 'abc123',
			modified: false,
			built: '2026-11-22',
		});
	});

	test('returns no commit outside a Git checkout', async () => {
		expect(
			readSiteVersion(await mkdtemp(path.join(tmpdir(), 'atlas-no-git-')), {
				ATLAS_TODAY: '2026-11-22',
			}),
		).toEqual({
			modified: false,
			built: '2026-11-22',
		});
	});
});
