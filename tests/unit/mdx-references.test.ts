import { describe, expect, test } from 'vitest';
import {
	parseMdxReferences,
	readBodyReferences,
	readMdxReferences,
	readPlainMdxReferences,
} from '../../src/lib/content/mdx-references.ts';

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
				spreads: [],
				position: { line: 6, column: 5 },
			},
		]);
	});

	test('returns bare and expression attributes as such', () => {
		const found = readMdxReferences(file('<Aside hidden size={2} />\n'), 'mdx');
		expect(found.elements[0]?.attributes.map((a) => a.value)).toEqual([true, { expression: '2' }]);
	});

	test('returns links, images, link definitions and JSX hrefs and srcs, in document order', () => {
		const body =
			'[Texas](/jurisdictions/us-tx/)\n\n<LinkCard href="/roles/" title="Roles" />\n\n[ref]: https://example.org/\n\n![A](/a.png) <img src="/b.png" />\n';
		const found = readMdxReferences(file(body), 'mdx');
		expect(found.links).toEqual([
			{
				url: '/jurisdictions/us-tx/',
				written: '[Texas](/jurisdictions/us-tx/)',
				position: { line: 4, column: 1 },
			},
			{ url: '/roles/', written: 'href="/roles/"', position: { line: 6, column: 11 } },
			{
				url: 'https://example.org/',
				written: '[ref]: https://example.org/',
				position: { line: 8, column: 1 },
			},
			{ url: '/a.png', written: '![A](/a.png)', position: { line: 10, column: 1 } },
			{ url: '/b.png', written: 'src="/b.png"', position: { line: 10, column: 19 } },
		]);
	});

	test('returns link addresses with character references decoded, as a browser gets them', () => {
		const body = '[x](java&#x09;script:a)\n\n<LinkCard href="&#106;s:b" />\n';
		expect(readMdxReferences(file(body), 'mdx').links.map((l) => l.url)).toEqual([
			'java\tscript:a',
			'js:b',
		]);
	});

	test('returns spread attributes apart from named ones', () => {
		const found = readMdxReferences(file('<Claim {...props} id="a" />\n'), 'mdx');
		expect(found.elements[0]?.attributes.map((a) => a.name)).toEqual(['id']);
		expect(found.elements[0]?.spreads).toEqual([
			{ code: '...props', position: { line: 4, column: 8 } },
		]);
	});

	test('returns expressions, telling comments from code', () => {
		const found = readMdxReferences(file('{process.env.X}\n\nA {/* note */} b {}\n'), 'mdx');
		expect(found.expressions).toEqual([
			{ code: 'process.env.X', hasCode: true, position: { line: 4, column: 1 } },
			{ code: '/* note */', hasCode: false, position: { line: 6, column: 3 } },
			{ code: '', hasCode: false, position: { line: 6, column: 18 } },
		]);
	});

	test('returns each import and export statement with its bindings and place', () => {
		const body =
			"Intro.\n\nimport A from '~/a.astro'; import { B, c as C, default as D } from 'b'\nimport * as fs from 'node:fs'\nimport 'x.css'\nexport const x = 1\n";
		expect(readMdxReferences(file(body), 'mdx').statements).toEqual([
			{
				type: 'import',
				code: "import A from '~/a.astro';",
				position: { line: 6, column: 1 },
				source: '~/a.astro',
				bindings: [{ imported: 'default', local: 'A' }],
				hasAttributes: false,
			},
			{
				type: 'import',
				code: "import { B, c as C, default as D } from 'b'",
				position: { line: 6, column: 28 },
				source: 'b',
				bindings: [
					{ imported: 'B', local: 'B' },
					{ imported: 'c', local: 'C' },
					{ imported: 'default', local: 'D' },
				],
				hasAttributes: false,
			},
			{
				type: 'import',
				code: "import * as fs from 'node:fs'",
				position: { line: 7, column: 1 },
				source: 'node:fs',
				bindings: [{ imported: '*', local: 'fs' }],
				hasAttributes: false,
			},
			{
				type: 'import',
				code: "import 'x.css'",
				position: { line: 8, column: 1 },
				source: 'x.css',
				bindings: [],
				hasAttributes: false,
			},
			{ type: 'export', code: 'export const x = 1', position: { line: 9, column: 1 } },
		]);
	});

	test('returns raw HTML in a Markdown body, autolinks as links', () => {
		const found = readMdxReferences(file('A <b>bold</b> <javascript:x> word.\n'), 'md');
		expect(found.html).toEqual([
			{ value: '<b>', position: { line: 4, column: 3 } },
			{ value: '</b>', position: { line: 4, column: 10 } },
		]);
		expect(found.links).toEqual([
			{ url: 'javascript:x', written: '<javascript:x>', position: { line: 4, column: 15 } },
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
		expect(readMdxReferences(file('Plain prose, [not a link], www.example.org.\n'), 'mdx')).toEqual(
			{
				elements: [],
				links: [],
				expressions: [],
				statements: [],
				html: [],
			},
		);
	});
});

describe('readPlainMdxReferences', () => {
	const plainBodies = [
		'<Claim id="a" />\n',
		'## Current rules\n\n<Claim id="a" />\n\n<Claim id="b"/>\n<Role id="c" />\n',
		'# One\n<Claim id="a" />\n###### Six #\n#\n\n<Risk   id="x"  extra="é 😀 / : ; ( )" />   \n',
		'## Section: Texas (2025)\n\n<Jurisdiction id="us-tx" />\n<CheckPicker />\n<br />',
		'\n\n   \n<Claim data-x="" id="y" />\n\n',
	];

	test.each(plainBodies)('reads %j as the parser does', (body) => {
		const plain = readPlainMdxReferences(file(body));
		expect(plain).toBeDefined();
		expect(plain).toEqual(parseMdxReferences(file(body), 'mdx'));
	});

	test('reads a body that starts mid-line as the parser does', () => {
		const fileText = '---<Claim id="a" />\n<Role id="b" />\n';
		const entry = { body: fileText.slice(3), bodyOffset: 3, fileText };
		expect(readPlainMdxReferences(entry)).toEqual(parseMdxReferences(entry, 'mdx'));
	});

	test.each([
		'Prose.\n',
		'<Claim id="a" /> and prose\n',
		'<Claim id={a} />\n',
		"<Claim id='a' />\n",
		'<Claim id="a&amp;b" />\n',
		'<Claim {...p} />\n',
		'<Claim id="a">\n</Claim>\n',
		'  <Claim id="a" />\n',
		'<Claim\tid="a" />\n',
		'<Tabs.Item id="a" />\n',
		'#Heading\n',
		'## See [Texas](/jurisdictions/us-tx/)\n',
		'## See https://example.org\n',
		'## See www.example.org\n',
		'## Write to a@example.org\n',
		'## {x}\n',
		'Heading\n===\n',
		'- <Claim id="a" />\n',
		'<Claim id="a" />\r\n',
		"import Claim from '~/components/Claim.astro'\n",
	])('leaves %j to the parser', (body) => {
		expect(readPlainMdxReferences(file(body))).toBeUndefined();
	});
});

describe('readBodyReferences', () => {
	test('reads a body once, in the format its file name gives', () => {
		const md = { ...file('<b>x</b>\n'), file: 'content/docs/404.md' };
		const found = readBodyReferences(md);
		expect(found.html).toHaveLength(2);
		expect(readBodyReferences(md)).toBe(found);
		const mdx = { ...file('<b>x</b>\n'), file: 'content/docs/index.mdx' };
		expect(readBodyReferences(mdx).elements.map((e) => e.name)).toEqual(['b']);
	});
});
