/** Records, a build context and citation-js's own formatting, shared by the citation tests. */
import { Cite } from '@citation-js/core';
import type { CiteContext, CslItem } from '../../src/lib/cite/csl-item.ts';
import { apaItem, standardBibtexMonth } from '../../src/lib/cite/format-citations.ts';
import type { Source } from '../../src/schemas/index.ts';

/** A build with a public address, from a clean checkout. */
export const context: CiteContext = {
	site: 'https://example.org',
	version: { commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' },
	language: 'en',
};

/** The HAS assessment's record, as content/sources holds it. */
export const has: { id: string; data: Source } = {
	id: 'has-2014-aesthetic-mesotherapy-risks',
	data: {
		title: 'Assessment of the risks associated with aesthetic mesotherapy practices',
		publisher: 'Haute Autorité de santé (HAS)',
		authors: ['Huguette Lhuillier-Nkandjeu'],
		date: '2014',
		url: 'http://www.has-sante.fr/portail/jcms/c_1522566/fr/evaluation-des-risques-lies-aux-pratiques-de-mesotherapie-a-visee-esthetique',
		isbn: '978-2-11-138113-1',
		language: 'en',
		kind: 'report',
		force: 'guidance',
		accessed: '2026-11-22',
		coverage: 'full-text',
		parts: [],
	},
};

/** A record that gives no publisher, author, date or address. */
export const whoMayPerform: { id: string; data: Source } = {
	id: 'who-may-perform-mesotherapy',
	data: {
		title: 'Who Is Legally Allowed to Perform Mesotherapy?',
		publisher: null,
		authors: [],
		date: null,
		url: null,
		language: 'en',
		kind: 'article',
		force: 'secondary',
		accessed: '2026-11-22',
		coverage: 'full-text',
		parts: [],
	},
};

/** A fact quoted from the HAS assessment. */
export const fatalShock = {
	id: 'has-fatal-anaphylactic-shock',
	statement: 'HAS identified one major adverse event: a fatal anaphylactic shock.',
	source: has.id,
	locator: 'Conclusions and results',
	quote:
		'As regards severity, the analysis revealed one major event involving fatal anaphylactic shock.',
};

/** Citation-js's own entry for an item in a style, without the processor's wrapper. */
export function citationJsEntry(item: CslItem, style: string): string {
	const [[, entry = ''] = []] = new Cite(item).format('bibliography', {
		style,
		lang: 'en-US',
		format: 'html',
		asEntryArray: true,
	});
	return /^\s*<div [^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/.exec(entry)?.[1]?.trim() ?? '';
}

/** Every format of an item as citation-js gives it, called directly (BibTeX's month made standard). */
export function citationJs(item: CslItem): Record<string, string> {
	const cite = new Cite(item);
	return {
		apa: citationJsEntry(apaItem(item), 'apa'),
		mla: citationJsEntry(item, 'meso-atlas-mla-9'),
		chicago: citationJsEntry(item, 'meso-atlas-chicago-17-author-date'),
		bibtex: standardBibtexMonth(cite.format('bibtex', { format: 'text' }).trim()),
		'csl-json': cite.format('data', { format: 'text' }).trim(),
	};
}
