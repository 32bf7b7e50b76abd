import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isNode, parseDocument, type Node } from 'yaml';
import type { Finding } from '../check/finding.ts';
import { createLineIndex, type Position } from '../text/line-index.ts';
import { locateYamlOffsets, type DataPath } from './yaml-positions.ts';

export type { DataPath } from './yaml-positions.ts';

/** Finds where the value at a path stands in the file (its closest existing ancestor if absent). */
export type Locate = (path?: DataPath) => Position;

/** Parsed YAML with a way back to positions in the file. */
export interface ParsedYaml {
	/** The data, or undefined when the YAML is malformed. */
	data: unknown;
	locate: Locate;
	/** Syntax errors, each located: the first only, as later ones often follow from it. */
	findings: Finding[];
	/**
	 * When tabs that indent lines are all that keeps the YAML from being read: the data read
	 * with each such tab taken as two spaces, this project's step. A guess, not checked data: a
	 * loader may use it to keep the file's ids known, so that references to them elsewhere are
	 * not reported as well, and should report nothing else about it.
	 */
	recovered?: unknown;
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
 * offset for Markdown), reporting its first syntax error as a `yaml/syntax` finding located in
 * the file; a tab that indents a line is named as the cause. Skips a byte-order mark (which
 * `findRootCauses` reports). Well-formed YAML is read with the fast `readYaml`; positions for
 * `locate` are read again only when a finding in the file asks for one, with js-yaml, and with
 * the slower `yaml` package only where js-yaml's nodes cannot be matched with the data.
 */
export function parseYaml(
	file: string,
	fileText: string,
	yamlText: string,
	offset = 0,
): ParsedYaml {
	if (yamlText.startsWith(byteOrderMark)) {
		return parseYaml(file, fileText, yamlText.slice(1), offset + 1);
	}
	let toPosition: ((offset: number) => Position) | undefined;
	const position = (at: number) => (toPosition ??= createLineIndex(fileText))(offset + at);
	let data: unknown;
	try {
		data = readYaml(yamlText);
	} catch (error) {
		const tab = indentingTab(yamlText, error);
		if (tab === undefined) return parseYamlDocument(file, yamlText, position);
		return {
			data: undefined,
			recovered: readWithTabsAsSpaces(yamlText),
			locate: () => position(tab),
			findings: [
				{
					file,
					...position(tab),
					severity: 'error',
					rule: 'yaml/syntax',
					message:
						'The YAML cannot be read: a tab indents this line, and YAML does not allow tabs for indentation.',
					hint: 'Replace the tab with spaces, indenting the line as the lines around it are.',
				},
			],
		};
	}
	let offsets: ((path: DataPath) => number | undefined) | undefined;
	let fallback: ParsedYaml | undefined;
	const locate: Locate = (path = []) => {
		const at = (offsets ??= locateYamlOffsets(yamlText))(path);
		if (at !== undefined) return position(at);
		return (fallback ??= parseYamlDocument(file, yamlText, position)).locate(path);
	};
	return { data, locate, findings: [] };
}

const byteOrderMark = '\uFEFF';

/**
 * The offset of the tab that made js-yaml give up, when a tab indenting a line did: the `yaml`
 * package's account of the same text is a cascade of errors that never names it.
 */
function indentingTab(yamlText: string, error: unknown): number | undefined {
	if (!(error instanceof YAMLException) || !error.mark) return undefined;
	const failedAt = error.mark.position;
	if (/\btabs?\b/.test(error.reason)) return failedAt;
	// Otherwise blame a tab only where it indents the very line that could not be read.
	const lineStart = yamlText.lastIndexOf('\n', failedAt - 1) + 1;
	const indent = /^ *\t/.exec(yamlText.slice(lineStart, failedAt + 1));
	return indent ? lineStart + indent[0].length - 1 : undefined;
}

/** The YAML read with each tab in a line's indentation taken as two spaces; undefined if it still cannot be. */
function readWithTabsAsSpaces(yamlText: string): unknown {
	try {
		return readYaml(yamlText.replace(/^[ \t]+/gm, (indent) => indent.replaceAll('\t', '  ')));
	} catch {
		return undefined;
	}
}

/** Parses YAML into a document that keeps positions; slower, used for messages. */
function parseYamlDocument(
	file: string,
	yamlText: string,
	position: (offset: number) => Position,
): ParsedYaml {
	const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
	const first = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
	const findings: Finding[] = first
		? [
				{
					file,
					...position(first.pos[0]),
					severity: 'error',
					rule: 'yaml/syntax',
					message: `The YAML cannot be read: ${firstLine(first.message).replace(/[^.]$/, '$&.')}`,
					hint: yamlHint(first.code),
				},
			]
		: [];
	const locate: Locate = (path = []) => {
		let node: unknown = doc.contents;
		for (const key of path) {
			const next: unknown =
				isNode(node) && 'get' in node
					? (node as { get(k: unknown, keep: true): unknown }).get(key, true)
					: undefined;
			// The value is missing: point at the closest ancestor that is present.
			if (next === undefined) break;
			node = next;
		}
		const range = isNode(node) ? (node as Node).range : undefined;
		return position(range ? range[0] : 0);
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
			return "A `: ` inside a value starts a nested mapping: quote the value (`title: 'A: B'`); if a line below is meant as a field of its own, indent it as the other fields are.";
		case 'TAB_AS_INDENT':
			return 'Replace the tab with spaces, indenting the line as the lines around it are.';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return 'Check the indentation and punctuation on this line; quote values that contain `: ` or start with a special character.';
		default:
			return 'Fix the YAML at this position; quote values that contain `: ` or `#`.';
	}
}
