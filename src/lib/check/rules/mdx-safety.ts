import type { BodyEntry, KnowledgeBase } from '../../content/knowledge-base.ts';
import {
	readBodyReferences,
	type MdxElement,
	type MdxImportBinding,
	type MdxLink,
	type MdxReferences,
	type MdxStatement,
} from '../../content/mdx-references.ts';
import { readLinkScheme } from '../../text/safe-url.ts';
import type { Report } from '../finding.ts';
import type { Rule } from '../rule.ts';
import {
	entityComponents,
	guideComponents,
	guideEntityComponents,
	starlightComponents,
} from './mdx-links.ts';

/**
 * What a body is, which decides what it may hold: a source's text on file (Markdown), an
 * entity's body (Markdown and the entity components), or a guide page (MDX or Markdown).
 */
type BodyKind = 'source' | 'entity' | 'guide';

type Reporter = (finding: Omit<Report, 'file'>) => void;

/**
 * The HTML elements a guide may hold, with the attributes each takes: the self-check answers
 * fold into `<details>`. Neither loads anything nor takes a URL, and with no other attribute
 * neither can run script.
 */
const guideHtml: Readonly<Record<string, readonly string[]>> = { details: ['open'], summary: [] };

/** The attributes each of the site's components takes (their `Props`). */
const siteAttributes: Readonly<Record<string, readonly string[]>> = {
	...Object.fromEntries(Object.keys(entityComponents).map((name) => [name, ['id']])),
	...Object.fromEntries(Object.keys(guideEntityComponents).map((name) => [name, ['id']])),
	...Object.fromEntries(guideComponents.map((name) => [name, []])),
};

const siteComponentNames = Object.keys(siteAttributes);
const starlightModule = '@astrojs/starlight/components';
const entityList = Object.keys(entityComponents)
	.map((name) => `\`<${name}>\``)
	.join(', ')
	.replace(/, ([^,]*)$/, ' and $1');

/**
 * Checks that no body can run code in the build or in a reader's browser, as anyone may send
 * content: every link's scheme as a browser reads it; in MDX, no expression, no import but of
 * the site's or Starlight's components (in guides only), no HTML element but `<details>` and
 * `<summary>` (in guides), each component only where its page renders it, no event handler
 * or other attribute a component does not take; in Markdown, no raw HTML.
 */
export const mdxSafety: Rule = {
	ids: [
		'url/scheme',
		'mdx/expression',
		'mdx/import',
		'mdx/html-element',
		'mdx/component-not-allowed',
		'mdx/attribute-not-allowed',
	],
	description: 'Bodies run no code: no expressions, imports, HTML, handlers or unsafe links.',
	check({ kb, report }) {
		for (const [kind, entry] of listBodies(kb)) {
			// Documents on file are long and nearly all plain: spare them the parser.
			if (kind === 'source' && !mayHoldUnsafeMarkdown(entry.body)) continue;
			const found = readBodyReferences(entry);
			// A body that does not parse is mdx/syntax's; nothing else is listed for it.
			if (found.error) continue;
			checkBody(kind, found, (finding) => report({ file: entry.file, ...finding }));
		}
	},
};

/**
 * Whether a Markdown body might hold raw HTML or a link whose scheme is not allowed; false
 * only when it surely holds neither. Raw HTML and autolinks start with `<`; every other link's
 * address follows `](` or a definition's `]:` (GFM's bare links are web or mail addresses), on
 * the same line or the next, and cannot hold a space, so what follows up to the line's end
 * starts with it and has the same scheme, or one where the address has none.
 * @example mayHoldUnsafeMarkdown('[a](https://example.org/) and [b](/x/)') // false
 */
export function mayHoldUnsafeMarkdown(body: string): boolean {
	if (body.includes('<')) return true;
	// A lookahead, so that the next link on the same line is read too.
	for (const match of body.matchAll(/\][(:](?=[ \t]*(?:\r?\n|\r)?[ \t]*([^\r\n]*))/g)) {
		// A backslash before punctuation (`javascript\:`) is undone as the parser undoes it.
		const address = match[1]!.replace(/\\([!-/:-@[-`{-~])/g, '$1');
		if (!readLinkScheme(address).allowed) return true;
	}
	return false;
}

function* listBodies(kb: KnowledgeBase): Generator<[BodyKind, BodyEntry<unknown>]> {
	for (const entry of kb.sources.values()) yield ['source', entry];
	for (const entry of kb.jurisdictions.values()) yield ['entity', entry];
	for (const entry of kb.roles.values()) yield ['entity', entry];
	for (const entry of kb.risks.values()) yield ['entity', entry];
	for (const entry of kb.pages.values()) yield ['guide', entry];
}

function checkBody(kind: BodyKind, found: MdxReferences, report: Reporter): void {
	for (const statement of found.statements) checkStatement(kind, statement, report);
	for (const expression of found.expressions) {
		if (!expression.hasCode) continue;
		report({
			...expression.position,
			rule: 'mdx/expression',
			message: `\`{${shorten(expression.code)}}\` is JavaScript: MDX runs it when the site is built and puts what it returns in the page.`,
			hint: 'Write the text itself; for the braces as characters write `\\{` and `\\}`, and a note to editors as an MDX comment, `{/* … */}`.',
		});
	}
	const imported = new Set(
		found.statements.flatMap((s) =>
			s.type === 'import' && s.source === starlightModule
				? s.bindings.filter((b) => b.imported === b.local).map((b) => b.local)
				: [],
		),
	);
	for (const element of found.elements) checkElement(kind, element, imported, report);
	for (const link of found.links) checkLink(kind, link, report);
	for (const html of found.html) {
		// A closing tag does nothing by itself; its opening tag is reported.
		if (/^<\/[A-Za-z][^<>]*>$/.test(html.value)) continue;
		report({
			...html.position,
			rule: 'mdx/html-element',
			message: `\`${shorten(html.value)}\` is raw HTML; ${kind === 'source' ? "a source's text on file" : 'a Markdown page'} may hold only Markdown.`,
			hint:
				kind === 'source'
					? "If the document shows these characters, write `\\<` for the `<`; if they are markup from the copy, remove them and keep the document's words."
					: 'Write it in Markdown instead (`[text](https://…)` for a link, `**text**` for bold); to show the tag as text, write `\\<` for the `<`.',
		});
	}
}

function checkStatement(kind: BodyKind, statement: MdxStatement, report: Reporter): void {
	const code = `\`${shorten(statement.code)}\``;
	const where = { ...statement.position, rule: 'mdx/import' };
	if (kind !== 'guide') {
		report({
			...where,
			message: `${code} ${statement.type === 'import' ? 'imports code into' : 'exports code from'} an entity body, which may hold only Markdown and ${entityList}.`,
			hint: `Remove the line: the entity's page provides ${entityList} without an import.`,
		});
		return;
	}
	if (statement.type === 'export') {
		report({
			...where,
			message: `${code} exports code from the page; a guide exports nothing.`,
			hint: "Remove the statement; a page's settings go in its frontmatter.",
		});
		return;
	}
	const { source, bindings } = statement;
	const site = /^~\/components\/([^/]+)\.astro$/.exec(source)?.[1];
	if (site !== undefined && siteComponentNames.includes(site)) {
		const [binding] = bindings;
		const exact =
			bindings.length === 1 && binding?.imported === 'default' && binding.local === site;
		if (exact && !statement.hasAttributes) return;
		report({
			...where,
			message: `${code} does not import \`${site}\` under its own name.`,
			hint: `Write \`import ${site} from '~/components/${site}.astro';\`.`,
		});
		return;
	}
	if (source === starlightModule) {
		const wrong = bindings.find(
			(b) =>
				b.imported !== b.local || !(starlightComponents as readonly string[]).includes(b.imported),
		);
		if (bindings.length > 0 && !wrong && !statement.hasAttributes) return;
		report({
			...where,
			message: wrong
				? `${code} imports \`${describeBinding(wrong)}\`, which is not one of Starlight's components under its own name.`
				: `${code} imports nothing by name from Starlight.`,
			hint: `Name only Starlight's components, each as itself: \`import { Aside } from '${starlightModule}';\`; they are ${starlightComponents.map((c) => `\`${c}\``).join(', ')}.`,
		});
		return;
	}
	report({
		...where,
		message: `${code} imports \`${source}\`, which would run when the site is built; a guide may import only the site's components and Starlight's.`,
		hint: `Remove the line. A component is imported as \`import Claim from '~/components/Claim.astro';\` (the site's: ${siteComponentNames.map((c) => `\`${c}\``).join(', ')}) or \`import { Aside } from '${starlightModule}';\`.`,
	});
}

/** A binding as an import names it: `Aside`, `Aside as Note`, `* as Starlight`. */
function describeBinding({ imported, local }: MdxImportBinding): string {
	if (imported === '*') return `* as ${local}`;
	return imported === local ? imported : `${imported} as ${local}`;
}

function checkElement(
	kind: BodyKind,
	element: MdxElement,
	imported: ReadonlySet<string>,
	report: Reporter,
): void {
	const { name } = element;
	for (const spread of element.spreads) {
		report({
			...spread.position,
			rule: 'mdx/expression',
			message: `\`{${shorten(spread.code)}}\` on \`<${name}>\` spreads attributes from JavaScript, which runs when the site is built.`,
			hint: 'Write each attribute as `name="value"`.',
		});
	}
	for (const attribute of element.attributes) {
		if (typeof attribute.value !== 'object') continue;
		report({
			...attribute.position,
			rule: 'mdx/expression',
			message: `\`${attribute.name}={${shorten(attribute.value.expression)}}\` on \`<${name}>\` gives \`${attribute.name}\` as JavaScript, which runs when the site is built.`,
			hint: `Write the value in double quotes: \`${attribute.name}="…"\`.`,
		});
	}
	const taken = attributesOf(kind, name, imported);
	if (taken === 'unknown') return; // mdx/unknown-component's
	if (taken === 'refused') {
		reportRefused(kind, element, imported, report);
		return;
	}
	for (const { name: attribute, position } of element.attributes) {
		const problem = judgeAttribute(attribute, taken);
		if (!problem) continue;
		const rest =
			taken === 'any'
				? ''
				: taken.length === 0
					? ` \`<${name}>\` takes no attributes.`
					: ` \`<${name}>\` takes only ${taken.map((a) => `\`${a}\``).join(', ')}.`;
		report({
			...position,
			rule: 'mdx/attribute-not-allowed',
			message: `\`${attribute}\` on \`<${name}>\` ${problem}`,
			hint: `Remove \`${attribute}\`.${rest}`,
		});
	}
}

/**
 * The attributes an element may take in a body of this kind: a list, or `any` but the unsafe
 * ones (Starlight's components pass what they do not know to their HTML); `refused` for an
 * element the body may not hold, `unknown` for a component the site does not know.
 */
function attributesOf(
	kind: BodyKind,
	name: string,
	imported: ReadonlySet<string>,
): readonly string[] | 'any' | 'refused' | 'unknown' {
	if (!/^[A-Z]/.test(name)) {
		return kind === 'guide' && Object.hasOwn(guideHtml, name) ? guideHtml[name]! : 'refused';
	}
	if (Object.hasOwn(entityComponents, name)) return siteAttributes[name]!;
	if (Object.hasOwn(siteAttributes, name)) {
		return kind === 'guide' ? siteAttributes[name]! : 'refused';
	}
	if ((starlightComponents as readonly string[]).includes(name)) {
		return kind === 'guide' && imported.has(name) ? 'any' : 'refused';
	}
	return 'unknown';
}

/** Says what is wrong with an attribute, or returns undefined when the element takes it. */
function judgeAttribute(name: string, taken: readonly string[] | 'any'): string | undefined {
	if (/^on/i.test(name)) {
		return "is an event handler: it would run JavaScript in the reader's browser.";
	}
	if (name === 'style') return 'sets inline CSS, which can hide or disguise what the page says.';
	if (name === 'srcdoc') return 'embeds a whole HTML document, scripts and all.';
	if (name.includes(':')) return 'is a directive (`set:html` inserts raw HTML), not an attribute.';
	if (taken === 'any' || taken.includes(name)) return undefined;
	return 'is not an attribute it takes.';
}

function reportRefused(
	kind: BodyKind,
	element: MdxElement,
	imported: ReadonlySet<string>,
	report: Reporter,
): void {
	const { name, position } = element;
	if (!/^[A-Z]/.test(name)) {
		report({
			...position,
			rule: 'mdx/html-element',
			message:
				kind === 'guide'
					? `\`<${name}>\` is an HTML element; a guide may hold only Markdown, components, and \`<details>\` with \`<summary>\`.`
					: `\`<${name}>\` is an HTML element; an entity body may hold only Markdown and ${entityList}.`,
			hint: `Write it in Markdown instead (\`[text](https://…)\` for a link, \`**text**\` for bold); to show the tag as text, write \`\\<${name}>\`.`,
		});
		return;
	}
	if (kind === 'guide' && !imported.has(name)) {
		report({
			...position,
			rule: 'mdx/component-not-allowed',
			message: `\`<${name}>\` is one of Starlight's components, but this page does not import it.`,
			hint: `Add \`import { ${name} } from '${starlightModule}';\` below the frontmatter.`,
		});
		return;
	}
	report({
		...position,
		rule: 'mdx/component-not-allowed',
		message: `\`<${name}>\` cannot be used in an entity body: its page renders only ${entityList}.`,
		hint: 'Write the text as Markdown, or move it to a guide under content/docs/.',
	});
}

function checkLink(kind: BodyKind, link: MdxLink, report: Reporter): void {
	const { scheme, allowed } = readLinkScheme(link.url);
	if (allowed) return;
	const url = showUrl(link.url);
	// Written plainly, the link shows its scheme; otherwise quote it as written, to find it.
	const plain =
		link.written.includes(link.url) &&
		/^[a-z][a-z0-9+.-]*:/i.exec(link.url)?.[0].toLowerCase() === scheme;
	report({
		...link.position,
		rule: 'url/scheme',
		message: plain
			? `The link \`${url}\` uses the scheme \`${scheme}\`; only https:, http: and mailto: are allowed.`
			: `The link \`${showUrl(link.written, 'end')}\` is a \`${scheme}\` link to a browser, which decodes \`&…;\` references and ignores tabs, line breaks and leading spaces; only https:, http: and mailto: are allowed.`,
		hint:
			kind === 'source'
				? `A source's text on file keeps the document's words, not its links: keep only the link's text, or write the address as code (\`\` \`${url}\` \`\`).`
				: 'Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.',
	});
}

/** Code or markup as a message quotes it: on one line, at most 80 characters. */
export function shorten(code: string): string {
	return truncate(code.replace(/\s+/g, ' ').trim());
}

/**
 * A link as a message quotes it: control characters spelled out (`\t`), at most 80 characters,
 * cut at the end, or at the start to keep the address that ends a long link.
 */
export function showUrl(url: string, keep: 'start' | 'end' = 'start'): string {
	const escapes: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
	const shown = url.replace(
		/\p{Cc}/gu,
		(c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	if (keep === 'start' || shown.length <= 80) return truncate(shown);
	return `…${shown.slice(-79)}`;
}

function truncate(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
