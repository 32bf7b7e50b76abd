/**
 * Formats one CSL item in the six formats the cite control offers, all with citation-js:
 * APA 7 (the APA style plugin-csl ships), MLA 9 and Chicago 17 author-date (CSL styles of our
 * own, in ./styles, for the item types the site produces), BibTeX, RIS and CSL-JSON.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicagoStyle from './styles/chicago-17-author-date.csl?raw';
import mlaStyle from './styles/mla-9.csl?raw';
import type { CslItem } from './csl-item.ts';

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

/** The CSL style each reference format uses, as registered with plugin-csl. */
const styles = {
	apa: 'apa',
	mla: 'meso-atlas-mla-9',
	chicago: 'meso-atlas-chicago-17-author-date',
};

const csl = plugins.config.get('@csl');
if (!csl.styles.has(styles.mla)) csl.styles.add(styles.mla, mlaStyle);
if (!csl.styles.has(styles.chicago)) csl.styles.add(styles.chicago, chicagoStyle);

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
 * One reference-list entry in a CSL style, as HTML (italics kept) and as plain text. The text
 * is the HTML without its tags: one run of the CSL processor instead of two.
 */
function bibliographyEntry(cite: Cite, style: string): { text: string; html: string } {
	const [[, entry = ''] = []] = cite.format('bibliography', {
		style,
		lang: 'en-US',
		format: 'html',
		asEntryArray: true,
	});
	const html =
		/^\s*<div [^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/.exec(entry)?.[1]?.trim() ?? '';
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
		{ format: 'apa', label: labels.apa, ...bibliographyEntry(new Cite(apaItem(item)), styles.apa) },
		{ format: 'mla', label: labels.mla, ...bibliographyEntry(cite, styles.mla) },
		{ format: 'chicago', label: labels.chicago, ...bibliographyEntry(cite, styles.chicago) },
		{
			format: 'bibtex',
			label: labels.bibtex,
			text: cite.format('bibtex', { format: 'text' }).trim(),
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
