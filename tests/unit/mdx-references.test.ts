import { describe, expect, test } from 'vitest';
import { readMdxReferences } from '../../src/lib/content/mdx-references.ts';

/** A file with frontmatter, split as the loader splits it. */
function file(body: string) {
	const frontmatter = '---\ntitle: Test\n---\n';
	return { body, bodyOffset: frontmatter.length, fileText: frontmatter + body };
}

describe('readMdxReferences', () => {
	test('returns JSX elements with their attributes, located in the whole file', () => {
		const found = readMdxReferences(file('Intro\n\nSee <Claim id="a-claim" /> here.\n'), 'mdx');
		expect(found.error).toBeUndefined();
		expect(found.elements).toEqual([
			{
				name: 'Claim',
				attributes: [{ name: 'id', value: 'a-claim', position: { line: 6, column: 12 } }],
				position: { line: 6, column: 5 },
			},
		]);
	});

	test('returns bare and expression attributes as such', () => {
		const found = readMdxReferences(file('<Aside hidden size={2} />\n'), 'mdx');
		expect(found.elements[0]?.attributes.map((a) => a.value)).toEqual([true, { expression: '2' }]);
	});

	test('returns links, link definitions and JSX hrefs, in document order', () => {
		const body =
			'[Texas](/jurisdictions/us-tx/)\n\n<LinkCard href="/roles/" title="Roles" />\n\n[ref]: https://example.org/\n';
		const found = readMdxReferences(file(body), 'mdx');
		expect(found.links).toEqual([
			{ url: '/jurisdictions/us-tx/', position: { line: 4, column: 1 } },
			{ url: '/roles/', position: { line: 6, column: 11 } },
			{ url: 'https://example.org/', position: { line: 8, column: 1 } },
		]);
	});

	test('returns elements nested in other elements and in GFM tables', () => {
		const body =
			'<Tabs>\n  <TabItem label="A">\n    <Role id="physician" />\n  </TabItem>\n</Tabs>\n\n| a | b |\n| - | - |\n| <Risk id="infection" /> | [x](/x/) |\n';
		const found = readMdxReferences(file(body), 'mdx');
		expect(found.elements.map((e) => e.name)).toEqual(['Tabs', 'TabItem', 'Role', 'Risk']);
		expect(found.links.map((l) => l.url)).toEqual(['/x/']);
	});

	test('reports a syntax error with the parser message and its place in the file', () => {
		const found = readMdxReferences(file('Fine.\n\nDepth <4 mm.\n'), 'mdx');
		expect(found.error?.message).toMatch(/^Unexpected character `4`/);
		expect(found.error?.position).toEqual({ line: 6, column: 8 });
		expect(found.elements).toEqual([]);
	});

	test('reads a Markdown body without JSX, so `<` is plain text', () => {
		const found = readMdxReferences(file('Depth <4 mm, see [x](/x/).\n'), 'md');
		expect(found.error).toBeUndefined();
		expect(found.links.map((l) => l.url)).toEqual(['/x/']);
	});

	test('returns nothing for a body with no link, element or expression', () => {
		expect(readMdxReferences(file('Plain prose only.\n'), 'mdx')).toEqual({
			elements: [],
			links: [],
		});
	});
});
