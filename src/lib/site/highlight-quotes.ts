import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html, Parents } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listHeadings } from '../text/headings.ts';
import { mapNormalized, normalizeQuote } from '../text/normalize-quote.ts';
import { readLinkScheme } from '../text/safe-url.ts';

/** A quoted passage to highlight: the claim that quotes it, its words and its section. */
export interface QuotedPassage {
	claimId: string;
	quote: string;
	/** The heading the quote stands under. */
	locator: string;
	/** Where the mark links to: the claim's own page. */
	href: string;
	/** The claim's statement, for the link's accessible name. */
	statement: string;
}

/** A rendered source body. */
export interface HighlightedSource {
	html: string;
	/** The body's headings, with the ids given to them, for the table of contents. */
	headings: { depth: number; slug: string; text: string }[];
	/** Claims whose quote could not be placed (the checker should have refused them). */
	missing: string[];
}

/**
 * Renders a source's Markdown body to HTML with every quoted passage wrapped in `<mark>`, an
 * anchor `#quote-<claim id>` where each passage starts, and after it a link to the claim.
 * Overlapping passages are marked once; each still gets its anchor and link. Headings are
 * shifted so the body's highest one becomes `topDepth`, to nest under the page's own.
 * The body is untrusted: raw HTML in it is shown as text, a link whose scheme is not web,
 * mail or none (`javascript:`, `data:`) is shown as its text, and an image as its alt text.
 */
export function highlightQuotes(
	body: string,
	passages: readonly QuotedPassage[],
	topDepth = 1,
): HighlightedSource {
	const missing: string[] = [];
	const ranges = passages.flatMap((passage) => {
		const range = locateQuote(body, passage.quote, passage.locator);
		if (!range) missing.push(passage.claimId);
		return range ? [{ ...range, passage }] : [];
	});
	const mdast = unified().use(remarkParse).use(remarkGfm).parse(body);
	const hast = toHast(mdast, { handlers: { html: htmlAsText } }) as HastRoot;
	defuse(hast);
	// Each passage's anchor goes before the first text it covers and its link after the last, so
	// a quote that starts or ends in Markdown syntax (a list's "1.", an emphasis mark) still gets
	// both; marks cover every text node inside a range.
	const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
	const covered = (from: number, to: number) => ranges.some((r) => r.start < to && from < r.end);
	const anchored = new Set<(typeof ranges)[number]>();
	const linked = new Set<(typeof ranges)[number]>();
	transformTexts(hast, body, cuts, (text, from, to) => {
		const out: ElementContent[] = [];
		for (const r of ranges) {
			if (anchored.has(r) || from < r.start || from >= r.end) continue;
			anchored.add(r);
			out.push(anchor(r.passage));
		}
		out.push(covered(from, to) ? mark(text) : text);
		for (const r of ranges) {
			if (linked.has(r) || !anchored.has(r) || to < r.end) continue;
			linked.add(r);
			out.push(claimLink(r.passage));
		}
		return out;
	});
	const slugger = new GithubSlugger();
	const headings: HighlightedSource['headings'] = [];
	const shift = topDepth - Math.min(7, ...listHeadings(body).map((h) => h.depth));
	visitElements(hast, (element) => {
		const level = /^h([1-6])$/.exec(element.tagName)?.[1];
		if (!level) return;
		const depth = Math.min(6, Number(level) + shift);
		const text = textOf(element);
		const slug = slugger.slug(text);
		element.tagName = `h${depth}`;
		element.properties.id = slug;
		headings.push({ depth, slug, text });
	});
	return { html: toHtml(hast), headings, missing };
}

/**
 * Finds a quote in a body, preferring the section under `locator`, and returns the offsets in
 * the body of its first and past-its-last characters.
 */
export function locateQuote(
	body: string,
	quote: string,
	locator: string,
): { start: number; end: number } | undefined {
	const wanted = normalizeQuote(quote);
	if (!wanted) return undefined;
	const heading = listHeadings(body).find((h) => h.text === locator);
	const from = heading?.sectionStart ?? 0;
	const to = heading?.sectionEnd ?? body.length;
	const { text, offsets } = mapNormalized(body.slice(from, to));
	const at = text.indexOf(wanted);
	if (at < 0) return undefined;
	return { start: from + offsets[at]!, end: from + offsets[at + wanted.length - 1]! + 1 };
}

/** Where Markdown holds blocks: raw HTML in one of these is a block of its own. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Raw HTML in the body, as the text it is (a paragraph of it, for a block): still quotable. */
function htmlAsText(state: State, node: Html, parent: Parents | undefined): HastText | Element {
	const text: HastText = { type: 'text', value: node.value };
	state.patch(node, text);
	if (!parent || !flowParents.has(parent.type)) return text;
	return { type: 'element', tagName: 'p', properties: {}, children: [text] };
}

/** Replaces each link to an unsafe address by its content, and each image by its alt text. */
function defuse(node: HastRoot | Element): void {
	node.children = node.children.flatMap((child): ElementContent[] => {
		if (child.type === 'text' || child.type === 'comment') return [child];
		if (child.type !== 'element') return [];
		defuse(child);
		const href = child.properties.href;
		if (child.tagName === 'a' && (typeof href !== 'string' || !readLinkScheme(href).allowed)) {
			return child.children;
		}
		if (child.tagName === 'img') {
			const alt = child.properties.alt;
			return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
		}
		return [child];
	});
}

type Replace = (text: HastText, from: number, to: number) => ElementContent[];

/** Splits each text node whose characters map 1:1 to the body at `cuts`, and replaces the pieces. */
function transformTexts(
	node: HastRoot | Element,
	body: string,
	cuts: number[],
	replace: Replace,
): void {
	node.children = node.children.flatMap((child): ElementContent[] => {
		if (child.type === 'element') {
			transformTexts(child, body, cuts, replace);
			return [child];
		}
		if (child.type === 'comment' || child.type === 'raw') return [child];
		if (child.type !== 'text') return [];
		const start = child.position?.start.offset;
		const end = child.position?.end.offset;
		if (start === undefined || end === undefined) return [child];
		// Escapes and entities make the node's text differ from the body; mark such a node whole.
		const exact = body.slice(start, end) === child.value;
		const points = [start, ...cuts.filter((c) => exact && c > start && c < end), end];
		const pieces: ElementContent[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const from = points[i]!;
			const to = points[i + 1]!;
			const value = exact ? child.value.slice(from - start, to - start) : child.value;
			pieces.push(...replace({ type: 'text', value }, from, to));
		}
		return pieces;
	});
}

function anchor(passage: QuotedPassage): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { id: `quote-${passage.claimId}`, className: ['atlas-quote-anchor'] },
		children: [],
	};
}

function mark(text: HastText): Element {
	return { type: 'element', tagName: 'mark', properties: {}, children: [text] };
}

function claimLink(passage: QuotedPassage): Element {
	return {
		type: 'element',
		tagName: 'sup',
		properties: { className: ['atlas-quote-link'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: passage.href, ariaLabel: `Fact: ${passage.statement}` },
				children: [{ type: 'text', value: '[fact]' }],
			},
		],
	};
}

function visitElements(node: HastRoot | Element, visit: (element: Element) => void): void {
	for (const child of node.children) {
		if (child.type === 'element') {
			visit(child);
			visitElements(child, visit);
		}
	}
}

function textOf(node: Element): string {
	return node.children
		.map((child) =>
			child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '',
		)
		.join('');
}
