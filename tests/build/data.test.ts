import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { allPermissions, type KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { csvColumns, fromCsvRecord, toCsvRecord } from '../../src/lib/data/csv.ts';
import { formatBytes } from '../../src/lib/data/downloads.ts';
import type { JsonSchema } from '../../src/lib/data/json-schema.ts';
import { dataKinds, type DataKind } from '../../src/lib/data/row-schemas.ts';
import { buildRows } from '../../src/lib/data/rows.ts';
import { codebookPath, dataFilePath, dataPath } from '../../src/lib/site/routes.ts';
import { root } from './helpers.ts';

describe('the data downloads in the built site', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;

	beforeAll(() => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	});

	const read = (route: string) => readFile(path.join(dist, route), 'utf8');
	const json = async (route: string): Promise<unknown> => JSON.parse(await read(route));
	const rowsOf = async (kind: DataKind) =>
		(await json(dataFilePath(kind, 'json'))) as Record<string, unknown>[];
	const schemaOf = async (kind: DataKind) =>
		(await json(dataFilePath(kind, 'schema'))) as JsonSchema & { items: JsonSchema };

	test.for(dataKinds)('%s.json validates against %s.schema.json', async (kind) => {
		const validate = new Ajv2020({ strict: true, allErrors: true }).compile(await schemaOf(kind));
		const valid = validate(await rowsOf(kind));
		expect(validate.errors ?? [], kind).toEqual([]);
		expect(valid).toBe(true);
	});

	test.for(dataKinds)('%s.csv parses back to exactly the rows of %s.json', async (kind) => {
		const rows = await rowsOf(kind);
		const columns = csvColumns((await schemaOf(kind)).items);
		const parsed = Papa.parse<Record<string, string>>(await read(dataFilePath(kind, 'csv')), {
			header: true,
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(columns.map((c) => c.name));
		// The cells, as the codebook says they are written…
		expect(parsed.data).toEqual(rows.map((row) => toCsvRecord(row, columns)));
		// …and read back by its rules, the JSON rows themselves.
		expect(parsed.data.map((record) => fromCsvRecord(record, columns))).toEqual(rows);
	});

	test('holds every entity of the knowledge base, as the checker loads it', async () => {
		const expected = buildRows(kb);
		const counts: Record<DataKind, number> = {
			claims: kb.claims.size,
			permissions: [...allPermissions(kb)].length,
			jurisdictions: kb.jurisdictions.size,
			roles: kb.roles.size,
			risks: kb.risks.size,
			'risk-categories': kb.riskCategories.size,
			events: kb.events.size,
			sources: kb.sources.size,
		};
		for (const kind of dataKinds) {
			const rows = await rowsOf(kind);
			expect(rows, kind).toHaveLength(counts[kind]);
			expect(rows, kind).toEqual(expected[kind]);
		}
	});

	test('offers the sources’ records but not their text', async () => {
		const sources = JSON.stringify(await rowsOf('sources'));
		for (const source of kb.sources.values()) {
			// Excerpts can be short: the longest line of the text stands for it.
			const paragraph = source.body
				.split('\n')
				.reduce((longest, line) => (line.length > longest.length ? line : longest), '');
			expect(paragraph.length, source.id).toBeGreaterThan(15);
			expect(sources, source.id).not.toContain(
				JSON.stringify(paragraph.slice(0, 120)).slice(1, -1),
			);
		}
	});

	test('lists every download on the data page with its real size and row count', async () => {
		const html = await read(path.join(dataPath(), 'index.html'));
		for (const kind of dataKinds) {
			const rows = await rowsOf(kind);
			expect(html).toMatch(new RegExp(`<td>${rows.length}</td>`));
			for (const format of ['json', 'csv', 'schema'] as const) {
				const route = dataFilePath(kind, format);
				const bytes = Buffer.byteLength(await read(route));
				expect(html, route).toContain(`href="${route}"`);
				expect(html, route).toContain(`(${formatBytes(bytes)})`);
			}
		}
		expect(html).toContain('id="licence"');
		expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
	});

	test('explains every column of every download in the codebook', async () => {
		const html = await read(path.join(codebookPath(), 'index.html'));
		for (const kind of dataKinds) {
			expect(html).toContain(`id="${kind}"`);
			for (const column of csvColumns((await schemaOf(kind)).items)) {
				const code = new RegExp(`<code\\b[^>]*>${column.name.replace(/\./g, '\\.')}</code>`);
				expect(html, `${kind}.${column.name}`).toMatch(code);
			}
		}
		for (const id of ['rule-answer', 'rule-hedge', 'severity', 'frequency']) {
			expect(html).toContain(`id="${id}"`);
		}
	});
});
