import { z } from 'astro/zod';
import { kindTitles, rowSchemas, type DataKind } from './row-schemas.ts';

/** The subset of JSON Schema (draft 2020-12) that `z.toJSONSchema` writes for the row schemas. */
export interface JsonSchema {
	$schema?: string;
	$id?: string;
	title?: string;
	description?: string;
	type?: string | string[];
	anyOf?: JsonSchema[];
	enum?: unknown[];
	pattern?: string;
	minLength?: number;
	default?: unknown;
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: boolean | JsonSchema;
}

/**
 * The JSON Schema of a kind's JSON download (an array of rows), generated from its zod schema.
 * It describes the rows as parsed (`io: 'output'`): defaults filled in and dates as strings.
 * Checks that JSON Schema cannot express (a URL's scheme, a real calendar date) are left to
 * the site's checker.
 * @example downloadSchema('claims').items.required // ['id', 'statement', …]
 */
export function downloadSchema(
	kind: DataKind,
	id?: string,
): JsonSchema & { items: JsonSchema & { properties: Record<string, JsonSchema> } } {
	const schema = z.toJSONSchema(
		z.array(rowSchemas[kind]).meta({
			title: `Meso Atlas: ${kindTitles[kind].toLowerCase()}`,
			description:
				`Every entry of this kind in the knowledge base, one object each. ${rowSchemas[kind].description ?? ''}`.trim(),
		}),
		{ io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' },
	) as JsonSchema;
	if (!schema.items?.properties) throw new Error(`The ${kind} schema has no item properties.`);
	const { $schema, ...rest } = schema;
	return { $schema, ...(id ? { $id: id } : {}), ...rest } as ReturnType<typeof downloadSchema>;
}

/** The schema of one field, without the `null` it may also be: and whether it may be null. */
export function splitNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
	if (Array.isArray(schema.type) && schema.type.includes('null')) {
		const types = schema.type.filter((t) => t !== 'null');
		return {
			schema: { ...schema, type: types.length === 1 ? types[0]! : types },
			nullable: true,
		};
	}
	const branches = schema.anyOf ?? [];
	const others = branches.filter((b) => b.type !== 'null');
	if (branches.length > 0 && others.length === 1 && branches.length === 2) {
		const rest = { ...schema };
		delete rest.anyOf;
		return { schema: { ...rest, ...others[0]! }, nullable: true };
	}
	return { schema, nullable: false };
}
