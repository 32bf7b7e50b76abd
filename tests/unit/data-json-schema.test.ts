import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { downloadSchema, splitNullable, type JsonSchema } from '../../src/lib/data/json-schema.ts';
import { dataKinds } from '../../src/lib/data/row-schemas.ts';

const validator = (schema: object) =>
	new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('downloadSchema', () => {
	test('returns an array schema of closed objects for every kind, which ajv compiles strictly', () => {
		for (const kind of dataKinds) {
			const schema = downloadSchema(kind);
			expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
			expect(schema.type).toBe('array');
			expect(schema.items.additionalProperties).toBe(false);
			expect(schema.items.required).toContain('id');
			expect(() => validator(schema)).not.toThrow();
		}
	});

	test('describes every field, with the description in its zod schema', () => {
		const undescribed: string[] = [];
		const visit = (object: JsonSchema, at: string) => {
			for (const [key, field] of Object.entries(object.properties ?? {})) {
				if (!field.description) undescribed.push(`${at}.${key}`);
				const { schema } = splitNullable(field);
				if (schema.type === 'object') visit(schema, `${at}.${key}`);
				if (schema.items?.type === 'object') visit(schema.items, `${at}.${key}[]`);
			}
		};
		for (const kind of dataKinds) visit(downloadSchema(kind).items, kind);
		expect(undescribed).toEqual([]);
		expect(downloadSchema('claims').items.properties.reviewed?.description).toBe(
			'The day someone last checked the claim against its source.',
		);
	});

	test('writes dates, which the zod schemas preprocess, as the strings the downloads hold', () => {
		const reviewed = downloadSchema('claims').items.properties.reviewed!;
		expect(reviewed).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
		expect(downloadSchema('sources').items.required).toContain('date');
	});

	test('accepts a valid row and refuses an unknown field, a missing one and a bad value', () => {
		const validate = validator(downloadSchema('roles'));
		const role = {
			id: 'nurse',
			name: 'Nurse',
			credentials: [],
			aliases: [],
			licensed: true,
			licensedBy: ['nursing-board'],
		};
		expect(validate([role])).toBe(true);
		expect(validate([{ ...role, body: 'x' }])).toBe(false);
		expect(validate([{ ...role, licensed: undefined }])).toBe(false);
		expect(validate([{ ...role, id: 'Not Kebab' }])).toBe(false);
	});

	test('gives the schema an $id when the site’s address is known', () => {
		expect(downloadSchema('claims', 'https://example.org/data/claims.schema.json').$id).toBe(
			'https://example.org/data/claims.schema.json',
		);
		expect(downloadSchema('claims')).not.toHaveProperty('$id');
	});
});

describe('splitNullable', () => {
	test('returns the schema without its null, and whether it had one', () => {
		expect(splitNullable({ type: ['string', 'null'] })).toEqual({
			schema: { type: 'string' },
			nullable: true,
		});
		expect(
			splitNullable({
				description: 'd',
				anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }],
			}),
		).toEqual({ schema: { description: 'd', type: 'string', minLength: 1 }, nullable: true });
		expect(splitNullable({ type: 'string' })).toEqual({
			schema: { type: 'string' },
			nullable: false,
		});
	});
});
