import type { z } from 'astro/zod';
import type { Locate } from '../content/parse-yaml.ts';
import { suggest } from '../text/suggest.ts';
import type { Finding } from './finding.ts';

/**
 * Words a schema issue in a content kind's own terms: a rule id, message and hint of its own,
 * or undefined to leave the issue to the generic wording. `value` is the value at the issue's
 * path, `data` the whole entity as read.
 */
export type ExplainIssue = (
	issue: z.core.$ZodIssue,
	value: unknown,
	data: unknown,
) => Pick<Finding, 'rule' | 'message' | 'hint'> | undefined;

/** Validates data with a zod schema, returning its parsed value and located findings. */
export function validate<S extends z.ZodType>(
	schema: S,
	data: unknown,
	file: string,
	locate: Locate,
	what: string,
	explain?: ExplainIssue,
): { value?: z.output<S>; findings: Finding[] } {
	const result = schema.safeParse(data);
	if (result.success) return { value: result.data, findings: [] };
	return {
		findings: result.error.issues.map((issue) =>
			toFinding(schema, issue, data, file, locate, what, explain),
		),
	};
}

function toFinding(
	schema: z.ZodType,
	issue: z.core.$ZodIssue,
	data: unknown,
	file: string,
	locate: Locate,
	what: string,
	explain: ExplainIssue | undefined,
): Finding {
	const path = issue.path;
	const field = describePath(path);
	const value = valueAt(data, path);
	const base = { file, severity: 'error' as const };
	const explained = explain?.(issue, value, data);
	if (explained) return { ...base, ...locate(path), ...explained };
	if (issue.code === 'unrecognized_keys') {
		const key = issue.keys[0]!;
		const known = keysAt(schema, path);
		const near = known ? suggest(key, known) : undefined;
		return {
			...base,
			...locate([...path, key]),
			rule: 'schema/unknown-field',
			message: `\`${key}\` is not a field of ${lowerFirst(what)}${path.length ? ` (in \`${field}\`)` : ''}.${near ? ` Did you mean \`${near}\`?` : ''}`,
			hint: near
				? `Rename \`${key}\` to \`${near}\`.`
				: `Remove \`${key}\`; the schema in src/schemas/ lists the fields.`,
		};
	}
	if (issue.code === 'invalid_type' && value === undefined) {
		return {
			...base,
			...locate(path.slice(0, -1)),
			rule: 'schema/missing-field',
			message: `${what} is missing the required field \`${field}\`.`,
			hint: `Add \`${String(path.at(-1))}:\` with ${article(issue.expected)} value.`,
		};
	}
	const params =
		issue.code === 'custom'
			? (issue.params as { rule?: string; hint?: string } | undefined)
			: undefined;
	if (params?.rule) {
		return {
			...base,
			...locate(path),
			rule: params.rule,
			message: `\`${field}\` is ${quoteValue(value)}, which ${issue.message}.`,
			hint: params.hint ?? 'Correct the value.',
		};
	}
	if (issue.code === 'invalid_value') {
		const options = issue.values.map(String);
		const near = typeof value === 'string' ? suggest(value, options) : undefined;
		return {
			...base,
			...locate(path),
			rule: 'schema/invalid-value',
			message: `\`${field}\` is ${quoteValue(value)}, which is not one of: ${options.join(', ')}.${near ? ` Did you mean \`${near}\`?` : ''}`,
			hint: near ? `Write \`${near}\`.` : `Use one of the listed values.`,
		};
	}
	return {
		...base,
		...locate(path),
		rule: 'schema/invalid-value',
		message: `\`${field}\` is ${quoteValue(value)}: ${lowerFirst(issue.message)}.`,
		hint: 'Correct the value to match the field\u2019s description in src/schemas/.',
	};
}

function describePath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
		.join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

interface SchemaDef {
	type: string;
	shape?: Record<string, { _zod: { def: SchemaDef } }>;
	element?: { _zod: { def: SchemaDef } };
	innerType?: { _zod: { def: SchemaDef } };
	out?: { _zod: { def: SchemaDef } };
}

/** The field names an object schema allows at `path`, looking through arrays and wrappers. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
	let def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
	const unwrap = () => {
		while (def.innerType ?? (def.type === 'pipe' ? def.out : undefined)) {
			def = (def.innerType ?? def.out)!._zod.def;
		}
	};
	unwrap();
	for (const key of path) {
		if (typeof key === 'number' && def.element) def = def.element._zod.def;
		else if (typeof key === 'string' && def.shape?.[key]) def = def.shape[key]._zod.def;
		else return undefined;
		unwrap();
	}
	return def.shape ? Object.keys(def.shape) : undefined;
}

function quoteValue(value: unknown): string {
	if (value === undefined) return 'empty';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
