import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
	csvColumns,
	fromCsvRecord,
	toCsv,
	toCsvRecord,
	type CsvColumn,
} from '../../src/lib/data/csv.ts';
import { downloadSchema, type JsonSchema } from '../../src/lib/data/json-schema.ts';

const schema: JsonSchema = {
	type: 'object',
	properties: {
		id: { type: 'string' },
		note: { type: 'string' },
		publisher: { anyOf: [{ type: 'string' }, { type: 'null' }] },
		url: { type: ['string', 'null'] },
		licensed: { type: 'boolean' },
		aliases: { type: 'array', items: { type: 'string' } },
		about: {
			type: 'object',
			properties: { roles: { type: 'array', items: { type: 'string' } } },
			required: ['roles'],
		},
		regulators: {
			type: 'array',
			items: { type: 'object', properties: { name: { type: 'string' } } },
		},
	},
	required: ['id', 'publisher', 'url', 'licensed', 'aliases', 'about', 'regulators'],
};

describe('csvColumns', () => {
	test('returns a column per field, one per field inside an object, and how each cell is written', () => {
		expect(csvColumns(schema).map((c) => [c.name, c.encoding, c.empty])).toEqual([
			['id', 'text', 'none'],
			['note', 'text', 'absent'],
			['publisher', 'text', 'null'],
			['url', 'text', 'null'],
			['licensed', 'boolean', 'none'],
			['aliases', 'list', 'none'],
			['about.roles', 'list', 'none'],
			['regulators', 'json', 'none'],
		]);
	});

	test('returns the claims columns in the schema’s order', () => {
		expect(csvColumns(downloadSchema('claims').items).map((c) => c.name)).toEqual([
			'id',
			'statement',
			'source',
			'locator',
			'quote',
			'about.jurisdictions',
			'about.roles',
			'about.risks',
			'status',
			'effective',
			'reviewed',
		]);
	});

	test('reports a field that may be both null and absent', () => {
		expect(() =>
			csvColumns({ type: 'object', properties: { date: { type: ['string', 'null'] } } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: \`date\` may be both null and absent: an empty cell could not say which.]`,
		);
	});
});

const columns: CsvColumn[] = csvColumns(schema);
const row = {
	id: 'a',
	note: 'Says “hello, world”,\nthen "bye".',
	publisher: null,
	url: 'https://example.org/?a=1&b=2',
	licensed: false,
	aliases: ['doctor', 'médecin'],
	about: { roles: [] },
	regulators: [{ name: 'Board; of "medicine"' }],
};

describe('toCsvRecord', () => {
	test('returns one text cell per column', () => {
		expect(toCsvRecord(row, columns)).toEqual({
			id: 'a',
			note: 'Says “hello, world”,\nthen "bye".',
			publisher: '',
			url: 'https://example.org/?a=1&b=2',
			licensed: 'false',
			aliases: 'doctor; médecin',
			'about.roles': '',
			regulators: '[{"name":"Board; of \\"medicine\\""}]',
		});
	});

	test('reports a list item that holds a semicolon', () => {
		expect(() =>
			toCsvRecord({ ...row, aliases: ['MD; DO'] }, columns),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: \`a\`: \`aliases\` has the item "MD; DO": list items in a CSV cell must be non-empty and hold no \`;\`.]`,
		);
	});
});

describe('fromCsvRecord', () => {
	test('returns the row the record was written from', () => {
		expect(fromCsvRecord(toCsvRecord(row, columns), columns)).toEqual(row);
		const withoutNote: Partial<typeof row> = { ...row };
		delete withoutNote.note;
		expect(fromCsvRecord(toCsvRecord(withoutNote, columns), columns)).toEqual(withoutNote);
	});
});

describe('toCsv', () => {
	const csv = toCsv([row, { ...row, id: 'b', aliases: [], licensed: true }], columns);

	test('returns UTF-8 CSV with a byte-order mark, a header and CRLF line ends', () => {
		expect(
			csv.startsWith('\ufeffid,note,publisher,url,licensed,aliases,about.roles,regulators\r\n'),
		).toBe(true);
		expect(csv).toContain('"Says “hello, world”,\nthen ""bye""."');
	});

	test('returns text a CSV parser reads back to the same rows', () => {
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.map((r) => fromCsvRecord(r, columns))).toEqual([
			row,
			{ ...row, id: 'b', aliases: [], licensed: true },
		]);
	});
});
