import Papa from 'papaparse';
import { splitNullable, type JsonSchema } from './json-schema.ts';

/** How a column's cell holds its value. */
export type CellEncoding = 'text' | 'boolean' | 'number' | 'list' | 'json';

/** One CSV column: where its value sits in a row, and how the cell writes it. */
export interface CsvColumn {
	/** The header: the field's name, with a dot between levels (`about.roles`). */
	name: string;
	/** The field's path in the JSON row. */
	path: readonly string[];
	encoding: CellEncoding;
	/** What an empty cell stands for: `null`, a field the row does not have, or no meaning. */
	empty: 'null' | 'absent' | 'none';
}

/** Separates the items of a list in one cell. */
export const listSeparator = '; ';

/**
 * The characters a spreadsheet program reads a cell starting with as a formula (OWASP's CSV
 * injection list): such a cell is written with a `'` before it, which the program shows as
 * text and does not run.
 */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r'] as const;

const triggerClass = `[${formulaTriggers.map((c) => (c === '-' ? '\\-' : c)).join('')}]`;
const formulaLike = new RegExp(`^'*${triggerClass}`);
const guarded = new RegExp(`^'+${triggerClass}`);

/**
 * A cell made safe to open in a spreadsheet: one starting with a formula trigger, after any
 * `'`s, gets one `'` more, so no cell is run as a formula and `unguardFormula` can undo it.
 * @example guardFormula('=SUM(A1:A9)') // "'=SUM(A1:A9)"
 * @example guardFormula('-5 mm') // "'-5 mm"
 */
export function guardFormula(cell: string): string {
	return formulaLike.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell as it was before `guardFormula`.
 * @example unguardFormula("'=1+1") // '=1+1'
 */
export function unguardFormula(cell: string): string {
	return guarded.test(cell) ? cell.slice(1) : cell;
}

/**
 * Lays a row schema out as CSV columns, one per field in the schema's order. An object field
 * becomes one column per field inside it; a list of text becomes one cell with the items
 * joined by `; `; a list of objects, and an optional object, becomes one cell holding its JSON.
 * @example csvColumns(downloadSchema('claims').items).map((c) => c.name)
 * // ['id', 'statement', 'source', 'locator', 'quote', 'about.jurisdictions', 'about.roles', 'about.risks', 'reviewed']
 */
export function csvColumns(rowSchema: JsonSchema, prefix: readonly string[] = []): CsvColumn[] {
	const required = new Set(rowSchema.required ?? []);
	return Object.entries(rowSchema.properties ?? {}).flatMap(([key, field]): CsvColumn[] => {
		const path = [...prefix, key];
		const name = path.join('.');
		const { schema, nullable } = splitNullable(field);
		const optional = !required.has(key);
		if (nullable && optional) {
			throw new Error(
				`\`${name}\` may be both null and absent: an empty cell could not say which.`,
			);
		}
		if (schema.type === 'object' && !nullable && !optional) return csvColumns(schema, path);
		const encoding = cellEncoding(schema, name);
		return [{ name, path, encoding, empty: nullable ? 'null' : optional ? 'absent' : 'none' }];
	});
}

function cellEncoding(schema: JsonSchema, name: string): CellEncoding {
	if (schema.type === 'string') return 'text';
	if (schema.type === 'boolean') return 'boolean';
	if (schema.type === 'integer' || schema.type === 'number') return 'number';
	if (schema.type === 'array') return schema.items?.type === 'string' ? 'list' : 'json';
	if (schema.type === 'object') return 'json';
	throw new Error(
		`\`${name}\` has a type the CSV downloads do not write: ${JSON.stringify(schema.type)}.`,
	);
}

/**
 * Writes one row as CSV cells, keyed by column name, each guarded against formula injection.
 * @example toCsvRecord(row, columns) // { id: 'a', 'about.roles': 'physician; registered-nurse', … }
 */
export function toCsvRecord(row: object, columns: readonly CsvColumn[]): Record<string, string> {
	try {
		return Object.fromEntries(
			columns.map((c) => [c.name, guardFormula(encodeCell(valueAt(row, c.path), c))]),
		);
	} catch (error) {
		const id = valueAt(row, ['id']);
		if (typeof id !== 'string' || !(error instanceof Error)) throw error;
		throw new Error(`\`${id}\`: ${error.message}`, { cause: error });
	}
}

/** Reads one CSV record back into the row it was written from: the inverse of `toCsvRecord`. */
export function fromCsvRecord(
	record: Readonly<Record<string, string>>,
	columns: readonly CsvColumn[],
): Record<string, unknown> {
	const row: Record<string, unknown> = {};
	for (const column of columns) {
		const written = record[column.name];
		if (written === undefined) throw new Error(`The record has no \`${column.name}\` column.`);
		const cell = unguardFormula(written);
		if (cell === '' && column.empty === 'absent') continue;
		setValueAt(row, column.path, decodeCell(cell, column));
	}
	return row;
}

/**
 * Writes rows as CSV (RFC 4180): a header row, CRLF line ends, fields quoted where needed,
 * UTF-8 with a byte-order mark so spreadsheet programs read accents and curly quotes right.
 */
export function toCsv(rows: readonly object[], columns: readonly CsvColumn[]): string {
	const fields = columns.map((c) => c.name);
	const data = rows.map((row) => {
		const record = toCsvRecord(row, columns);
		return fields.map((f) => record[f]!);
	});
	return `\ufeff${Papa.unparse({ fields, data }, { newline: '\r\n' })}`;
}

function encodeCell(value: unknown, column: CsvColumn): string {
	if (value === undefined || value === null) {
		const expected = value === null ? 'null' : 'absent';
		if (column.empty !== expected) throw new Error(`\`${column.name}\` is ${String(value)}.`);
		return '';
	}
	switch (column.encoding) {
		case 'text':
			return value as string;
		case 'boolean':
			return value ? 'true' : 'false';
		case 'number':
			return (value as number).toString();
		case 'json':
			return JSON.stringify(value);
		case 'list':
			return (value as string[])
				.map((item) => {
					if (item === '' || item.includes(listSeparator.trim())) {
						throw new Error(
							`\`${column.name}\` has the item ${JSON.stringify(item)}: list items in a CSV cell must be non-empty and hold no \`;\`.`,
						);
					}
					return item;
				})
				.join(listSeparator);
	}
}

function decodeCell(cell: string, column: CsvColumn): unknown {
	if (cell === '' && column.empty === 'null') return null;
	switch (column.encoding) {
		case 'text':
			return cell;
		case 'boolean':
			return cell === 'true';
		case 'number':
			return Number(cell);
		case 'json':
			return JSON.parse(cell) as unknown;
		case 'list':
			return cell === '' ? [] : cell.split(listSeparator);
	}
}

function valueAt(row: object, path: readonly string[]): unknown {
	let value: unknown = row;
	for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
	return value;
}

function setValueAt(row: Record<string, unknown>, path: readonly string[], value: unknown): void {
	let target = row;
	for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
	target[path.at(-1)!] = value;
}
