import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/lib/content/parse-yaml.ts';

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
});
