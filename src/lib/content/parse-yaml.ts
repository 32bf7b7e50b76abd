import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, parseDocument, type Node } from 'yaml';
import type { Finding } from '../check/finding.ts';
import { createLineIndex, type Position } from '../text/line-index.ts';

/** A key path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[];

/** Finds where the value at a path stands in the file (its closest existing ancestor if absent). */
export type Locate = (path?: DataPath) => Position;

/** Parsed YAML with a way back to positions in the file. */
export interface ParsedYaml {
	/** The data, or undefined when the YAML is malformed. */
	data: unknown;
	locate: Locate;
	/** Syntax errors, each located. */
	findings: Finding[];
}

/**
 * Reads YAML data the way every part of the project does: js-yaml with the YAML 1.2 core
 * schema (dates stay strings). Throws on malformed YAML and on duplicate keys.
 */
export function readYaml(yamlText: string): unknown {
	return load(yamlText, { schema: CORE_SCHEMA });
}

/**
 * Parses YAML that starts at `offset` in `fileText` (0 for a YAML file, the frontmatter's
 * offset for Markdown), reporting syntax errors as `yaml/syntax` findings located in the file.
 * Well-formed YAML is read with the fast `readYaml`; the `yaml` package's document, which keeps
 * every node's position, is built only when a finding must be located or the YAML is malformed.
 */
export function parseYaml(file: string, fileText: string, yamlText: string, offset = 0): ParsedYaml {
	let data: unknown;
	try {
		data = readYaml(yamlText);
	} catch {
		return parseYamlDocument(file, fileText, yamlText, offset);
	}
	let positioned: ParsedYaml | undefined;
	const locate: Locate = (path) =>
		(positioned ??= parseYamlDocument(file, fileText, yamlText, offset)).locate(path);
	return { data, locate, findings: [] };
}

/** Parses YAML into a document that keeps positions; slower, used for messages. */
function parseYamlDocument(
	file: string,
	fileText: string,
	yamlText: string,
	offset: number,
): ParsedYaml {
	const toPosition = createLineIndex(fileText);
	const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
	// The parser often reports one mistake twice at the same place; the first message is the clearer.
	const errors = [...doc.errors, ...doc.warnings].filter(
		(error, i, all) => all.findIndex((other) => other.pos[0] === error.pos[0]) === i,
	);
	const findings: Finding[] = errors.map((error) => ({
		file,
		...toPosition(offset + error.pos[0]),
		severity: 'error',
		rule: 'yaml/syntax',
		message: `The YAML cannot be read: ${firstLine(error.message).replace(/[^.]$/, '$&.')}`,
		hint: yamlHint(error.code),
	}));
	const locate: Locate = (path = []) => {
		let node: unknown = doc.contents;
		let best = node;
		for (const key of path) {
			const next: unknown = isNode(node) && 'get' in node ? (node as { get(k: unknown, keep: true): unknown }).get(key, true) : undefined;
			if (next === undefined) {
				// The value is missing: point at the key's map, or at the key itself if present.
				break;
			}
			node = next;
			best = node;
		}
		const range = isNode(best) ? (best as Node).range : undefined;
		return toPosition(offset + (range ? range[0] : 0));
	};
	return { data: findings.length > 0 ? undefined : doc.toJS(), locate, findings };
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'Remove or rename one of the two keys: each key may appear once in a mapping.';
		case 'BLOCK_AS_IMPLICIT_KEY':
			return 'A `: ` inside a value starts a nested mapping: quote the value (`title: \'A: B\'`); if a line below is meant as a field of its own, indent it as the other fields are.';
		case 'TAB_AS_INDENT':
			return 'Indent with spaces: YAML does not allow tabs for indentation.';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return 'Check the indentation and punctuation on this line; quote values that contain `: ` or start with a special character.';
		default:
			return 'Fix the YAML at this position; quote values that contain `: ` or `#`.';
	}
}
