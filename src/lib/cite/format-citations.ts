/**
 * Formats one CSL item in the six formats the cite control offers, all with citation-js:
 * APA 7 (the APA style plugin-csl ships), MLA 9 and Chicago 17 author-date (CSL styles of our
 * own, in ./styles, for the item types the site produces), BibTeX, RIS and CSL-JSON. The
 * three reference styles cost nearly all the time: their entries are formatted in full once
 * per kind of page, and each page's entry is made from that (entry-templates.ts).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicagoStyle from './styles/chicago-17-author-date.csl?raw';
import mlaStyle from './styles/mla-9.csl?raw';
import type { CslItem } from './csl-item.ts';
import { templatedFormatter, type EntryFormatter } from './entry-templates.ts';

/** The formats, in the order the cite control lists them. */
export const citationFormats = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;

export type CitationFormat = (typeof citationFormats)[number];

/** One citation of an item in one format. */
export interface FormattedCitation {
	format: CitationFormat;
	/** The format's name, for its label. */
	label: string;
	/** The citation as plain text. */
	text: string;
	/** A style's entry as HTML (italics kept), for the reference styles only. */
	html?: string;
	/** How to offer the text as a file, for the formats reference managers import. */
	file?: { name: string; type: string };
}

const labels: Record<CitationFormat, string> = {
	apa: 'APA (7th edition)',
	mla: 'MLA (9th edition)',
	chicago: 'Chicago (17th edition, author-date)',
	bibtex: 'BibTeX',
	ris: 'RIS',
	'csl-json': 'CSL-JSON',
};

/**
 * How a style sets a web page's title: APA's `title` macro in italics as it stands, ours in
 * title case within quotation marks (./styles). Each is also a style of that one element, which
 * sets a title alone (entry-templates.ts): a style below and its entry here must agree.
 */
const titleElements = {
	italic: '<text variable="title" font-style="italic"/>',
	quoted: '<text variable="title" text-case="title" quotes="true"/>',
};

type TitleElement = keyof typeof titleElements;

/** The CSL style each reference format uses, as registered with plugin-csl. */
const styles: Record<ReferenceFormat, { id: string; title: TitleElement }> = {
	apa: { id: 'apa', title: 'italic' },
	mla: { id: 'meso-atlas-mla-9', title: 'quoted' },
	chicago: { id: 'meso-atlas-chicago-17-author-date', title: 'quoted' },
};

type ReferenceFormat = 'apa' | 'mla' | 'chicago';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(styles.mla.id)) csl.styles.add(styles.mla.id, mlaStyle);
if (!csl.styles.has(styles.chicago.id)) csl.styles.add(styles.chicago.id, chicagoStyle);
for (const [name, element] of Object.entries(titleElements)) {
	const id = `meso-atlas-title-${name}`;
	if (!csl.styles.has(id)) csl.styles.add(id, titleOnlyStyle(id, element));
}

/** A CSL style whose entries are an item's title alone, set by `element`. */
function titleOnlyStyle(id: string, element: string): string {
	return `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>${id}</title><id>urn:meso-atlas:csl:${id}</id><updated>2026-12-02T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>${element}</layout></bibliography>
</style>`;
}

/**
 * The item as APA 7 cites a web page: the site's name is left out when the site is also the
 * publisher standing in for the author, and, as the APA style prints no version for a web
 * page, the version goes in APA's bracketed description after the title.
 */
export function apaItem(item: CslItem): CslItem & { genre?: string } {
	if (item.type !== 'webpage') return item;
	const view: CslItem & { genre?: string } = { ...item };
	if (!item.author && item['container-title'] === item.publisher) delete view['container-title'];
	if (item.version) view.genre = `Version ${item.version}`;
	return view;
}

/**
 * An item's reference-list entry in a CSL style, as HTML (italics kept), formatted by
 * citation-js in full.
 */
function formatEntry(item: CslItem, style: string): string {
	const [[, entry = ''] = []] = new Cite(item).format('bibliography', {
		style,
		lang: 'en-US',
		format: 'html',
		asEntryArray: true,
	});
	return /^\s*<div [^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/.exec(entry)?.[1]?.trim() ?? '';
}

/** Items' titles as each title element sets them: MLA and Chicago ask for the same one. */
const setTitles = new WeakMap<CslItem, Partial<Record<TitleElement, string>>>();

/** The item's title as `element` sets it, set once per item. */
function setTitle(item: CslItem, element: TitleElement): string {
	const known = setTitles.get(item) ?? {};
	setTitles.set(item, known);
	return (known[element] ??= formatEntry(item, `meso-atlas-title-${element}`));
}

/** Each reference format's entries: citation-js's, formatted in full once per kind of page. */
const entryFormatters = Object.fromEntries(
	Object.entries(styles).map(([format, style]) => [
		format,
		templatedFormatter(
			(item) => formatEntry(item, style.id),
			(item) => setTitle(item, style.title),
		),
	]),
) as Record<ReferenceFormat, EntryFormatter>;

/**
 * One reference-list entry as HTML and as plain text. The text is the HTML without its tags:
 * one run of the CSL processor instead of two.
 */
function bibliographyEntry(item: CslItem, format: ReferenceFormat): { text: string; html: string } {
	const html = entryFormatters[format](item);
	return { text: htmlToText(html), html };
}

/**
 * The text of the CSL processor's HTML: its tags dropped, its character references resolved.
 * @example htmlToText('<i>Title</i> &#38; more') // 'Title & more'
 */
export function htmlToText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/**
 * An item as RIS: citation-js maps the fields; the lines are written here, each value whole.
 * citation-js 0.8.2 breaks every value after 70 characters, mid-word, and readers (its own
 * included) join the pieces with a space, so a long title comes back as "practice s".
 */
function formatRis(cite: Cite): string {
	return cite
		.format('ris', { format: 'object' })
		.map(({ TY, ...tags }) => {
			const lines = [`TY  - ${String(TY)}`];
			for (const [tag, values] of Object.entries(tags)) {
				// A line break inside a value would end the field.
				for (const value of [values].flat()) lines.push(`${tag}  - ${value.replace(/\s+/g, ' ')}`);
			}
			lines.push('ER  - ');
			return lines.join('\n');
		})
		.join('\n');
}

/**
 * Formats an item in every format, in the cite control's order. `fileName` names the
 * downloadable files (without extension).
 */
export function formatCitations(item: CslItem, fileName: string): FormattedCitation[] {
	const cite = new Cite(item);
	return [
		{ format: 'apa', label: labels.apa, ...bibliographyEntry(apaItem(item), 'apa') },
		{ format: 'mla', label: labels.mla, ...bibliographyEntry(item, 'mla') },
		{ format: 'chicago', label: labels.chicago, ...bibliographyEntry(item, 'chicago') },
		{
			format: 'bibtex',
			label: labels.bibtex,
			text: standardBibtexMonth(cite.format('bibtex', { format: 'text' }).trim()),
			file: { name: `${fileName}.bib`, type: 'application/x-bibtex' },
		},
		{
			format: 'ris',
			label: labels.ris,
			text: formatRis(cite),
			file: { name: `${fileName}.ris`, type: 'application/x-research-info-systems' },
		},
		{
			format: 'csl-json',
			label: labels['csl-json'],
			text: cite.format('data', { format: 'text' }).trim(),
			file: { name: `${fileName}.json`, type: 'application/vnd.citationstyles.csl+json' },
		},
	];
}

/**
 * BibTeX with its month as the standard three-letter macro (`month = dec`): citation-js writes a
 * dated item's month with its day (`month = {dec 2}`), which BibTeX styles print as it stands.
 * @example standardBibtexMonth('\tmonth = {dec 2},') // '\tmonth = dec,'
 */
export function standardBibtexMonth(bibtex: string): string {
	return bibtex.replace(
		/^(\s*month = )\{(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?: \d{1,2})?\}/gm,
		'$1$2',
	);
}
