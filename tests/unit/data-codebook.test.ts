import { describe, expect, test } from 'vitest';
import { buildCodebook, codeSpans, formulaGuardNote } from '../../src/lib/data/codebook.ts';
import { csvColumns } from '../../src/lib/data/csv.ts';
import { downloadSchema } from '../../src/lib/data/json-schema.ts';
import { dataKinds } from '../../src/lib/data/row-schemas.ts';
import { vocabularies } from '../../src/lib/data/vocabularies.ts';
import { answerLabels } from '../../src/lib/site/answer-label.ts';

describe('buildCodebook', () => {
	const codebook = buildCodebook();

	test('explains every kind, and every field of each with a type, a presence and a meaning', () => {
		expect(codebook.map((e) => e.kind)).toEqual([...dataKinds]);
		for (const entry of codebook) {
			expect(entry.description, entry.kind).not.toBe('');
			for (const field of entry.fields) {
				expect(field.description, `${entry.kind}.${field.name}`).not.toBe('');
				expect(field.type, `${entry.kind}.${field.name}`).not.toMatch(/^"|undefined/);
			}
		}
	});

	test('lists every CSV column of every download, with how its cell is written', () => {
		for (const entry of codebook) {
			const columns = csvColumns(downloadSchema(entry.kind).items).map((c) => c.name);
			expect(entry.fields.filter((f) => f.column).map((f) => f.column)).toEqual(columns);
			expect(entry.fields.filter((f) => f.column).every((f) => f.csv)).toBe(true);
		}
	});

	test('returns fields inside a list of objects by their path, with no column of their own', () => {
		const jurisdictions = codebook.find((e) => e.kind === 'jurisdictions')!;
		expect(jurisdictions.fields.find((f) => f.name === 'regulators[].lookup')).toMatchObject({
			presence: 'only where it applies; otherwise the field is left out',
			description: "The page where anyone can look up a practitioner's licence, where one exists.",
		});
		expect(jurisdictions.fields.find((f) => f.name === 'regulators[].lookup')).not.toHaveProperty(
			'column',
		);
	});

	test('returns types in words', () => {
		const claims = codebook.find((e) => e.kind === 'claims')!.fields;
		const type = (name: string) => claims.find((f) => f.name === name)?.type;
		expect(type('id')).toBe('id');
		expect(type('about.roles')).toBe('list of ids');
		expect(type('reviewed')).toBe('date (YYYY-MM-DD)');
		const sources = codebook.find((e) => e.kind === 'sources')!.fields;
		expect(sources.find((f) => f.name === 'date')).toMatchObject({
			type: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
			presence: 'always; may be `null`',
			csv: 'as is; empty for `null`',
		});
	});
});

describe('vocabularies', () => {
	test('covers every value the data can hold, and the site’s derived answer', () => {
		const values = (id: string) => vocabularies.find((v) => v.id === id)?.terms.map((t) => t.value);
		const fieldValues = (kind: (typeof dataKinds)[number], field: string) =>
			buildCodebook()
				.find((e) => e.kind === kind)!
				.fields.find((f) => f.name === field)!.values;
		expect(values('rule-answer')).toEqual(Object.keys(answerLabels));
		expect(values('rule-answer')?.slice(0, -1)).toEqual(fieldValues('permissions', 'answer'));
		expect(values('rule-hedge')).toEqual(fieldValues('permissions', 'extent.hedge'));
		expect(values('severity')).toEqual(fieldValues('risks', 'severity'));
		expect(values('frequency')).toEqual(fieldValues('risks', 'frequency'));
		expect(values('source-force')).toEqual(fieldValues('sources', 'force'));
		expect(values('source-kind')).toEqual(fieldValues('sources', 'kind'));
		for (const vocabulary of vocabularies) {
			for (const term of vocabulary.terms) expect(term.label, term.value).not.toBe('');
		}
	});
});

describe('codeSpans', () => {
	test('returns the text split at its backticks', () => {
		expect(codeSpans('`null` when it does not say; `YYYY`')).toEqual([
			{ code: true, text: 'null' },
			{ code: false, text: ' when it does not say; ' },
			{ code: true, text: 'YYYY' },
		]);
	});
});

describe('formulaGuardNote', () => {
	test('says which cells get a quote mark before them, and how to get the value back', () => {
		expect(formulaGuardNote).toMatchInlineSnapshot(
			`"A cell whose value starts with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return, even after \`'\` marks, gets one \`'\` more before it, so a spreadsheet program shows it as text instead of running it as a formula (CSV injection); remove that first \`'\` to get the value. The JSON holds every value as it is."`,
		);
	});
});
