import { CORE_SCHEMA, load, type State } from 'js-yaml';

/** A key path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[];

/** A node of parsed YAML: where it starts, what it is, and the nodes inside it. */
interface PositionNode {
	/** Where js-yaml began reading the node: at or before its first character. */
	open: number;
	/** `scalar`, `sequence` or `mapping`; null for an empty value. */
	kind: string | null;
	result: unknown;
	/** The nodes read inside it, in order; none for most scalars. */
	children?: PositionNode[];
	/** For a mapping's child: whether it is a key (a `:` follows it on its line). */
	isKey: boolean;
	/** A sequence's items or a mapping's values by key, once matched with the data; null if they cannot be. */
	matched?: PositionNode[] | Map<string, PositionNode> | null;
}

/**
 * Reads YAML with js-yaml (the YAML 1.2 core schema, as `readYaml` does), noting where each
 * node starts. Returns a function that gives the offset, in `yamlText`, of the value at a path
 * (or of its closest existing ancestor, when the path leads nowhere), or undefined where the
 * nodes read cannot be matched to the data (merge keys, explicit keys, empty list items): the
 * caller then falls back to a slower parser. Throws on malformed YAML.
 * @example locateYamlOffsets('a:\n  b: 1\n')(['a', 'b']) // 8
 */
export function locateYamlOffsets(yamlText: string): (path: DataPath) => number | undefined {
	const stack: PositionNode[] = [newNode(0)];
	load(yamlText, {
		schema: CORE_SCHEMA,
		listener(event: 'open' | 'close', state: State) {
			if (event === 'open') {
				stack.push(newNode(state.position));
				return;
			}
			const node = stack.pop()!;
			node.kind = state.kind;
			node.result = state.result;
			node.isKey = node.kind === 'scalar' && colonFollows(yamlText, state.position);
			(stack.at(-1)!.children ??= []).push(node);
		},
	});
	const root = stack[0]!.children?.[0];
	return (path) => {
		if (!root || root.kind === null) return 0;
		let node = root;
		for (const key of path) {
			const next = childAt(node, key);
			if (next === null) return undefined;
			if (next === undefined) break;
			node = next;
		}
		return node.kind === null ? pastSpaces(yamlText, node.open) : startOf(yamlText, node.open);
	};
}

function newNode(open: number): PositionNode {
	return { open, kind: null, result: undefined, isKey: false };
}

/**
 * The child holding the value at `key`; undefined when there is none (the path leads past the
 * data), null when the node's children cannot be matched with its data.
 */
function childAt(node: PositionNode, key: PropertyKey): PositionNode | undefined | null {
	node.matched ??= match(node);
	if (node.matched === null) return null;
	return Array.isArray(node.matched)
		? typeof key === 'number'
			? node.matched[key]
			: undefined
		: node.matched.get(String(key));
}

/** A collection's items or values, checked against its data; null when they do not agree. */
function match(node: PositionNode): PositionNode[] | Map<string, PositionNode> | null {
	const data = node.result;
	if (node.kind === 'sequence' && Array.isArray(data)) {
		const items = (node.children ?? []).filter((child) => child.kind !== null);
		const agree = items.length === data.length && items.every((item, i) => item.result === data[i]);
		return agree ? items : null;
	}
	if (node.kind === 'mapping' && data !== null && typeof data === 'object') {
		const values = new Map<string, PositionNode>();
		const children = node.children ?? [];
		for (let i = 0; i < children.length; i++) {
			const key = children[i]!;
			const value = children[i + 1];
			if (!key.isKey || value === undefined || value.isKey) return null;
			values.set(String(key.result), value);
			i++;
		}
		const record = data as Record<string, unknown>;
		const keys = Object.keys(record);
		const agree =
			keys.length === values.size &&
			keys.every((key) => (values.get(key)?.result ?? null) === (record[key] ?? null));
		return agree ? values : null;
	}
	return [];
}

/** Whether a `:` follows `position` on the same line, past spaces and tabs. */
function colonFollows(text: string, position: number): boolean {
	return text[pastSpaces(text, position)] === ':';
}

/** The position past spaces and tabs from `position`, on the same line. */
function pastSpaces(text: string, position: number): number {
	let i = position;
	while (text[i] === ' ' || text[i] === '\t') i++;
	return i;
}

/** The first character of a node that js-yaml began to read at `open`: past spaces, line breaks and comments. */
function startOf(text: string, open: number): number {
	let i = open;
	for (;;) {
		const char = text[i];
		if (char === ' ' || char === '\t' || char === '\n' || char === '\r') i++;
		else if (char === '#') while (i < text.length && text[i] !== '\n') i++;
		else return i;
	}
}
