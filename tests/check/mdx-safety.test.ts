import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { parseMdxReferences } from '../../src/lib/content/mdx-references.ts';
import { entityComponents, guideComponents } from '../../src/lib/check/rules/mdx-links.ts';
import { mayHoldUnsafeMarkdown } from '../../src/lib/check/rules/mdx-safety.ts';
import { readLinkScheme } from '../../src/lib/text/safe-url.ts';
import { loadFixture } from './load-fixture.ts';

/** Each finding of the base fixture with some files replaced or added, as `rule @ line:column`. */
function checkWith(files: Record<string, string>): string[] {
	const base = loadFixture().filter((file) => !(file.relPath in files));
	const added = Object.entries(files).map(([relPath, text]) => ({
		relPath,
		path: `content/${relPath}`,
		text,
	}));
	return runCheck([...base, ...added], '2026-11-22').findings.map(
		(f) => `${f.rule} @ ${f.line}:${f.column}`,
	);
}

const guide = (body: string) => ({ 'docs/guide.mdx': `---\ntitle: Guide\n---\n\n${body}\n` });
const entity = (body: string) => ({
	'jurisdictions/us.mdx': `---\nname: United States\nkind: country\n---\n\n${body}\n`,
});
const markdownPage = (body: string) => ({ 'docs/notes.md': `---\ntitle: Notes\n---\n\n${body}\n` });

describe('mdxSafety', () => {
	test('accepts the forms the guides use', () => {
		const body = [
			"import Claim from '~/components/Claim.astro';",
			"import CheckPicker from '~/components/CheckPicker.astro';",
			"import { Aside, LinkCard } from '@astrojs/starlight/components';",
			'',
			'{/* A note to editors. */}',
			'',
			'<CheckPicker />',
			'',
			'<Claim id="physicians-perform-and-delegate" />',
			'',
			'<Aside type="caution" title="Not advice">Check the licence.</Aside>',
			'',
			'<LinkCard title="Rules" href="https://example.org/" />',
			'',
			'<details open>',
			'<summary>Answer</summary>',
			'',
			'See [the fact](#claim-a) and [write to us](mailto:a@example.org).',
			'',
			'</details>',
		].join('\n');
		expect(checkWith(guide(body))).toEqual([]);
	});

	test('accepts an MDX comment and the entity components in an entity body', () => {
		const body = '{/* Reviewed. */}\n\n## Rules\n\n<Role id="physician" /> <Risk id="infection" />';
		expect(checkWith(entity(body))).toEqual([]);
	});

	test('reports each import a guide may not make', () => {
		const body = [
			"import ClaimList from '~/components/ClaimList.astro';",
			"import { Claim } from '~/components/Claim.astro';",
			"import Role from '../../src/components/Role.astro';",
			"import { Aside as Note } from '@astrojs/starlight/components';",
			"import { Code } from '@astrojs/starlight/components';",
			"import * as Starlight from '@astrojs/starlight/components';",
			"import '~/styles/atlas.css';",
		].join('\n');
		expect(checkWith(guide(body))).toEqual([
			'mdx/import @ 5:1',
			'mdx/import @ 6:1',
			'mdx/import @ 7:1',
			'mdx/import @ 8:1',
			'mdx/import @ 9:1',
			'mdx/import @ 10:1',
			'mdx/import @ 11:1',
		]);
	});

	test('reports a component its page does not render, and one a guide does not import', () => {
		expect(checkWith(entity('<CheckPicker />'))).toEqual(['mdx/component-not-allowed @ 6:1']);
		expect(checkWith(guide('<Steps>\n\n1. Ask.\n\n</Steps>'))).toEqual([
			'mdx/component-not-allowed @ 5:1',
		]);
	});

	test('reports attributes a component does not take, and unsafe ones on any', () => {
		const body = [
			"import { Aside } from '@astrojs/starlight/components';",
			'',
			'<Claim id="physicians-perform-and-delegate" class="big" />',
			'',
			'<Aside style="display:none" title="x">A</Aside>',
			'',
			'<details set:html="<img>" ONCLICK="x">',
			'<summary>Answer</summary>',
			'</details>',
		].join('\n');
		expect(checkWith(guide(body))).toEqual([
			'mdx/attribute-not-allowed @ 7:45',
			'mdx/attribute-not-allowed @ 9:8',
			'mdx/attribute-not-allowed @ 11:10',
			'mdx/attribute-not-allowed @ 11:27',
		]);
	});

	test('reports an HTML element and its unsafe link, each by its own rule', () => {
		expect(checkWith(entity('<a href="javascript:alert(1)">x</a>'))).toEqual([
			'mdx/html-element @ 6:1',
			'url/scheme @ 6:4',
		]);
	});

	test('reports an expression given for an id once, as an expression', () => {
		expect(checkWith(entity('<Role id={"physician"} />'))).toEqual(['mdx/expression @ 6:7']);
		expect(checkWith(entity('<Role id />'))).toEqual(['mdx/unknown-reference @ 6:7']);
	});

	test('reports unsafe images and link definitions, in sources too', () => {
		const source = loadFixture()
			.find((file) => file.relPath === 'sources/has-2014.md')!
			.text.concat('\n![x](javascript:alert(1)) [y][d]\n\n[d]: data:text/html,x\n');
		expect(checkWith({ 'sources/has-2014.md': source })).toEqual([
			'url/scheme @ 26:1',
			'url/scheme @ 28:1',
		]);
	});

	test('reports raw HTML in a Markdown page once per element, comments too', () => {
		expect(checkWith(markdownPage('A <b>bold</b> word.\n\n<!-- note -->'))).toEqual([
			'mdx/html-element @ 5:3',
			'mdx/html-element @ 7:1',
		]);
	});

	test('lets a Markdown page and a source hold `<` as text', () => {
		expect(checkWith(markdownPage('Depth <4 mm, 2 < 3, a \\<b> tag.'))).toEqual([]);
	});
});

describe('the components a body may use', () => {
	test('are each a file of src/components/', () => {
		const names = [...Object.keys(entityComponents), ...guideComponents];
		const missing = names.filter(
			(name) => !existsSync(new URL(`../../src/components/${name}.astro`, import.meta.url)),
		);
		expect(missing).toEqual([]);
	});
});

describe('mayHoldUnsafeMarkdown', () => {
	const safe = [
		'Plain text: no link at all, www.example.org, a@example.org.',
		'[a](https://example.org/) and [b](/x/ "t") and [c](#top), [d]: mailto:a@example.org',
		'[a](\n  https://example.org/)',
		'[ref]:\n   http://example.org/\n\n[x][ref]',
		'Text ](not a link) and ]: words ( and ) see: here',
	];
	const unsafe = [
		'[a](https://example.org/) [b](javascript:alert(1))',
		'[a](\n javascript:alert(1))',
		'[a](\r\njavascript:alert(1))',
		'[ref]:\njavascript:alert(1)\n\n[x][ref]',
		'[a](java&#x09;script:x)',
		'[a](javascript\\:x)',
		'![a](data:text/html,x)',
		'<javascript:alert(1)>',
		'A <b>tag</b>.',
	];

	test.each(safe)('returns false for %j, which holds neither', (body) => {
		expect(mayHoldUnsafeMarkdown(body)).toBe(false);
		const found = parseMdxReferences({ body, bodyOffset: 0, fileText: body }, 'md');
		expect(found.html).toEqual([]);
		expect(found.links.filter((l) => !readLinkScheme(l.url).allowed)).toEqual([]);
	});

	test.each(unsafe)('returns true for %j', (body) => {
		expect(mayHoldUnsafeMarkdown(body)).toBe(true);
	});
});
