import { describe, expect, test } from 'vitest';
import { isNode, parseDocument, type Node } from 'yaml';
import { parseYaml } from '../../src/lib/content/parse-yaml.ts';
import { createLineIndex } from '../../src/lib/text/line-index.ts';

/** Where the `yaml` package, which keeps every node's position, puts the value at a path. */
function positionByYamlPackage(text: string, path: readonly PropertyKey[]) {
	let node: unknown = parseDocument(text).contents;
	for (const key of path) {
		const next: unknown =
			isNode(node) && 'get' in node
				? (node as { get(k: unknown, keep: true): unknown }).get(key, true)
				: undefined;
		if (next === undefined) break;
		node = next;
	}
	return createLineIndex(text)((node as Node | null)?.range?.[0] ?? 0);
}

/** Every path into the data, and one past the end of each list and map. */
function* pathsOf(value: unknown, path: PropertyKey[] = []): Generator<PropertyKey[]> {
	yield path;
	if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) yield* pathsOf(item, [...path, i]);
		yield [...path, value.length];
	} else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) yield* pathsOf(item, [...path, key]);
		yield [...path, 'absent', 0];
	}
}

describe('parseYaml', () => {
	test('returns the data and no findings for valid YAML', () => {
		const parsed = parseYaml('content/x.yaml', 'a: 1\nb: [x, y]\n', 'a: 1\nb: [x, y]\n');
		expect(parsed.data).toEqual({ a: 1, b: ['x', 'y'] });
		expect(parsed.findings).toEqual([]);
	});

	test('reports a syntax error located by line and column, with the parser message', () => {
		const text = 'title: A\nname: Meso: Atlas\n';
		const parsed = parseYaml('content/x.yaml', text, text);
		expect(parsed.data).toBeUndefined();
		expect(parsed.findings).toEqual([
			{
				file: 'content/x.yaml',
				line: 2,
				column: 7,
				severity: 'error',
				rule: 'yaml/syntax',
				message: 'The YAML cannot be read: Nested mappings are not allowed in compact mappings.',
				hint: expect.stringContaining('quote the value') as string,
			},
		]);
	});

	test('reports an error in frontmatter at its place in the whole file', () => {
		const text = '---\ntitle: A: B\n---\nbody\n';
		const parsed = parseYaml('content/x.mdx', text, 'title: A: B\n', 4);
		expect(parsed.findings.map(({ line, column }) => ({ line, column }))).toEqual([
			{ line: 2, column: 8 },
		]);
	});

	test('reports a key written twice', () => {
		const text = 'a: 1\na: 2\n';
		const parsed = parseYaml('content/x.yaml', text, text);
		expect(parsed.findings.map((f) => [f.line, f.hint])).toEqual([
			[2, expect.stringContaining('each key may appear once')],
		]);
	});

	test('returns a locate function that finds values by path', () => {
		const text = '- id: a\n  roles: [x, y]\n- id: b\n';
		const { locate } = parseYaml('content/x.yaml', text, text);
		expect(locate([0, 'roles', 1])).toEqual({ line: 2, column: 14 });
		expect(locate([1, 'id'])).toEqual({ line: 3, column: 7 });
	});

	test('returns the nearest existing ancestor for a path that is absent', () => {
		const text = '- id: a\n- id: b\n';
		const { locate } = parseYaml('content/x.yaml', text, text);
		expect(locate([1, 'claims', 0])).toEqual({ line: 2, column: 3 });
	});

	test('returns positions shifted by the offset of frontmatter', () => {
		const text = '---\nname: X\nparent: us\n---\n';
		const { locate } = parseYaml('content/x.mdx', text, 'name: X\nparent: us\n', 4);
		expect(locate(['parent'])).toEqual({ line: 3, column: 9 });
	});

	test('locates every value where the yaml package does, in every shape of YAML', () => {
		const text = [
			'# A comment',
			'- id: a',
			'  about: { jurisdictions: [fr, gb], roles: [] }',
			'  empty:',
			'  nested:',
			'    # another comment',
			'    deep: [x, { y: 1 }]',
			'  folded: >-',
			'    a long',
			'    text',
			'  "quoted key": \'value\'',
			'  plain: a value',
			'    over two lines',
			'- id: b',
			'  list:',
			'    - 1',
			'    -   2',
			'    - - 3',
			'      - 4',
			'',
		].join('\r\n');
		const { data, locate } = parseYaml('content/x.yaml', text, text);
		const paths = [...pathsOf(data)];
		expect(paths.length).toBeGreaterThan(30);
		expect(paths.map((path) => [path, locate(path)])).toEqual(
			paths.map((path) => [path, positionByYamlPackage(text, path)]),
		);
	});

	test('locates values behind an anchor, and in a file with a byte-order mark', () => {
		const anchored = 'a: &x { b: 1 }\nc: *x\nd: 2\n';
		expect(parseYaml('content/x.yaml', anchored, anchored).locate(['d'])).toEqual({
			line: 3,
			column: 4,
		});
		const marked = '\uFEFFa: 1\nb: 2\n';
		const parsed = parseYaml('content/x.yaml', marked, marked);
		expect(parsed.data).toEqual({ a: 1, b: 2 });
		expect(parsed.findings).toEqual([]);
		expect(parsed.locate(['b'])).toEqual({ line: 2, column: 4 });
	});

	test('reports a tab that indents a line as the one cause, where it stands', () => {
		const text =
			'- role: physician\n  status: independent\n- role: nurse\n\tstatus: supervised\n  claims: [a]\n';
		const parsed = parseYaml('content/permissions/us.yaml', text, text);
		expect(parsed.data).toBeUndefined();
		expect(parsed.findings).toEqual([
			{
				file: 'content/permissions/us.yaml',
				line: 4,
				column: 1,
				severity: 'error',
				rule: 'yaml/syntax',
				message:
					'The YAML cannot be read: a tab indents this line, and YAML does not allow tabs for indentation.',
				hint: 'Replace the tab with spaces, indenting the line as the lines around it are.',
			},
		]);
	});

	test('returns what the YAML most likely holds when only tabs keep it from being read', () => {
		const text = '- role: physician\n- role: nurse\n\tstatus: supervised\n';
		expect(parseYaml('content/x.yaml', text, text).recovered).toEqual([
			{ role: 'physician' },
			{ role: 'nurse', status: 'supervised' },
		]);
		const worse = '- role: nurse\n\tstatus: supervised\n  claims: [a\n';
		expect(parseYaml('content/x.yaml', worse, worse).recovered).toBeUndefined();
	});

	test('reports a tab in frontmatter at its place in the whole file', () => {
		const text = '---\nname: X\nregulators:\n  - name: Board\n  \tkind: medical-board\n---\n';
		const yaml = text.slice(4, text.lastIndexOf('---'));
		const parsed = parseYaml('content/x.mdx', text, yaml, 4);
		expect(parsed.findings.map(({ line, column, message }) => ({ line, column, message }))).toEqual(
			[
				{
					line: 5,
					column: 3,
					message: expect.stringContaining('a tab indents this line') as string,
				},
			],
		);
	});

	test('leaves a tab alone when the YAML fails before it', () => {
		const text = 'title: A: B\nlist:\n\t- x\n';
		const parsed = parseYaml('content/x.yaml', text, text);
		expect(parsed.findings.map((f) => [f.line, f.message])).toEqual([
			[1, expect.stringContaining('Nested mappings') as string],
		]);
	});

	test('leaves a tab in a block of text alone when the YAML fails after it', () => {
		const text = 'quote: |\n  \tindented text\ntitle: A: B\n';
		const parsed = parseYaml('content/x.yaml', text, text);
		expect(parsed.findings.map((f) => [f.line, f.message])).toEqual([
			[3, expect.stringContaining('Nested mappings') as string],
		]);
	});

	test('reports only the first syntax error, as later ones often follow from it', () => {
		const text = 'a: [1, 2\nb: {c\nd: "e\n';
		expect(parseYaml('content/x.yaml', text, text).findings).toHaveLength(1);
	});
});
