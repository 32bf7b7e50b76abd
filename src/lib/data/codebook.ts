import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema, SourceSchema } from '../../schemas/index.ts';
import { csvColumns, formulaTriggers, listSeparator, type CsvColumn } from './csv.ts';
import { downloadSchema, splitNullable, type JsonSchema } from './json-schema.ts';
import { dataKinds, kindNotes, kindTitles, rowSchemas, type DataKind } from './row-schemas.ts';

/** One field of a download, explained. */
export interface CodebookField {
	/** Its path in a JSON row: `about.roles` inside an object, `regulators[].name` inside a list. */
	name: string;
	/** Its CSV column; undefined for a field inside a cell that holds JSON. */
	column?: string;
	/** Its type, in words (`id`, `list of ids`, `date (YYYY-MM-DD)`, `one of …`). */
	type: string;
	/** The values it takes, when the list is closed. */
	values?: readonly string[];
	/** Whether every row has it, and whether it may be `null` or empty. */
	presence: string;
	/** How a CSV cell writes it; undefined inside a JSON cell. */
	csv?: string;
	/** What it means: the description in its zod schema. */
	description: string;
}

/** The fields of one kind of download. */
export interface CodebookEntry {
	kind: DataKind;
	title: string;
	description: string;
	/** What a reader of the download should know beyond the fields. */
	note?: string;
	fields: CodebookField[];
}

/** Types known by their pattern, read from the schemas that define them. */
const patternTypes = new Map<string | undefined, { one: string; many: string }>([
	[z.toJSONSchema(IdSchema).pattern, { one: 'id', many: 'ids' }],
	[
		z.toJSONSchema(IsoDateSchema, { io: 'output' }).pattern,
		{ one: 'date (YYYY-MM-DD)', many: 'dates (YYYY-MM-DD)' },
	],
	[
		z.toJSONSchema(PartialDateSchema, { io: 'output' }).pattern,
		{ one: 'date (YYYY, YYYY-MM or YYYY-MM-DD)', many: 'dates' },
	],
	[
		z.toJSONSchema(rowSchemas.permissions.shape.id).pattern,
		{ one: 'two ids joined by `/`', many: 'pairs of ids' },
	],
	[
		z.toJSONSchema(SourceSchema.shape.language).pattern,
		{ one: 'language tag (BCP 47)', many: 'language tags' },
	],
]);

/**
 * Explains every field of every download, from the JSON Schemas generated from the zod
 * schemas: the descriptions are the schemas' own.
 */
export function buildCodebook(): CodebookEntry[] {
	return dataKinds.map((kind) => {
		const schema = downloadSchema(kind);
		const columns = new Map(csvColumns(schema.items).map((c) => [c.name, c]));
		return {
			kind,
			title: kindTitles[kind],
			description: schema.items.description ?? '',
			...(kindNotes[kind] ? { note: kindNotes[kind] } : {}),
			fields: describeFields(schema.items, [], columns),
		};
	});
}

function describeFields(
	object: JsonSchema,
	prefix: readonly string[],
	columns: ReadonlyMap<string, CsvColumn> | undefined,
): CodebookField[] {
	const required = new Set(object.required ?? []);
	return Object.entries(object.properties ?? {}).flatMap(([key, field]) => {
		const name = [...prefix, key].join('.');
		const { schema, nullable } = splitNullable(field);
		const column = columns?.get(name);
		if (schema.type === 'object' && !column) {
			return describeFields(schema, [...prefix, key], columns);
		}
		const own: CodebookField = {
			name,
			...(column ? { column: column.name, csv: cellWords(column) } : {}),
			type: typeWords(schema),
			...(schema.enum ? { values: schema.enum.map(String) } : {}),
			presence: presenceWords(schema, required.has(key), nullable),
			description: field.description ?? schema.description ?? '',
		};
		const items = schema.type === 'array' ? schema.items : undefined;
		const inner =
			items?.type === 'object'
				? describeFields(items, [`${name}[]`], undefined)
				: schema.type === 'object'
					? describeFields(schema, [name], undefined)
					: [];
		return [own, ...inner];
	});
}

function typeWords(schema: JsonSchema): string {
	if (schema.enum) return 'one of the values listed';
	switch (schema.type) {
		case 'boolean':
			return '`true` or `false`';
		case 'integer':
			return 'whole number';
		case 'object':
			return 'object';
		case 'array': {
			const items = schema.items ?? {};
			if (items.type === 'object') return 'list of objects (fields below)';
			if (items.enum) return 'list of values';
			return `list of ${patternTypes.get(items.pattern)?.many ?? 'text'}`;
		}
		case 'string':
			if (patternTypes.has(schema.pattern)) return patternTypes.get(schema.pattern)!.one;
			return schema.pattern ? `text matching \`${schema.pattern}\`` : 'text';
		default:
			return JSON.stringify(schema.type);
	}
}

function presenceWords(schema: JsonSchema, required: boolean, nullable: boolean): string {
	if (!required) return 'only where it applies; otherwise the field is left out';
	if (nullable) return 'always; may be `null`';
	if (schema.type === 'array') return 'always; an empty list where none applies';
	return 'always';
}

function cellWords(column: CsvColumn): string {
	const empty =
		column.empty === 'null'
			? '; empty for `null`'
			: column.empty === 'absent'
				? '; empty where the field is left out'
				: '';
	switch (column.encoding) {
		case 'text':
			return `as is${empty}`;
		case 'boolean':
			return `\`true\` or \`false\`${empty}`;
		case 'number':
			return `digits${empty}`;
		case 'list':
			return `items joined by \`${listSeparator}\`; empty for an empty list${empty}`;
		case 'json':
			return `JSON, as in the JSON download${empty}`;
	}
}

const triggerWords = formulaTriggers.map((c) =>
	c === '\t' ? 'a tab' : c === '\r' ? 'a carriage return' : `\`${c}\``,
);

/**
 * How a CSV cell that a spreadsheet would run as a formula is written (OWASP's advice on CSV
 * injection), for the codebook's readers.
 */
export const formulaGuardNote = `A cell whose value starts with ${triggerWords.slice(0, -1).join(', ')} or ${triggerWords.at(-1)!}, even after \`'\` marks, gets one \`'\` more before it, so a spreadsheet program shows it as text instead of running it as a formula (CSV injection); remove that first \`'\` to get the value. The JSON holds every value as it is.`;

/**
 * Splits text at its backticks, for showing the `code` in a description as code.
 * @example codeSpans('`null` when unknown') // [{ code: true, text: 'null' }, { code: false, text: ' when unknown' }]
 */
export function codeSpans(text: string): { code: boolean; text: string }[] {
	return text
		.split('`')
		.map((part, i) => ({ code: i % 2 === 1, text: part }))
		.filter((span) => span.text !== '');
}
