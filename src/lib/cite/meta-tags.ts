/**
 * The `<meta>` tags reference managers read to save a page as a bibliographic item: Highwire
 * Press `citation_*` tags (Google Scholar's and Zotero's first choice) and Dublin Core `DC.*`.
 * Both are made from the same CSL item as the page's citations, so a saved item and a copied
 * citation agree.
 */
import type { CslDate, CslItem, CslName, CslType } from './csl-item.ts';

/** One `<meta name content>` tag. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * Zotero's item type for each CSL type, given as `DC.type`: Zotero reads a `DC.type` that
 * names one of its item types before it guesses from the `citation_*` tags (which would make
 * any page with a `citation_title` a journal article).
 */
const zoteroTypes: Record<CslType, string> = {
	webpage: 'webpage',
	report: 'report',
	article: 'document',
	'article-journal': 'journalArticle',
	'article-newspaper': 'newspaperArticle',
	legislation: 'statute',
	legal_case: 'case',
	document: 'document',
};

/**
 * A CSL date as text, its parts joined by `separator`.
 * @example formatDateParts({ 'date-parts': [[2026, 11, 2]] }, '/') // '2026/11/02'
 */
export function formatDateParts(date: CslDate, separator: string): string {
	const [year, ...rest] = date['date-parts'][0];
	return [String(year), ...rest.map((part) => String(part).padStart(2, '0'))].join(separator);
}

/**
 * A name as the tags give it: `Family, Given`, or as it stands.
 * @example formatName({ family: 'Lhuillier-Nkandjeu', given: 'Huguette' }) // 'Lhuillier-Nkandjeu, Huguette'
 */
export function formatName(name: CslName): string {
	if ('literal' in name) return name.literal;
	const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
	const given = [name.given, name.suffix].filter(Boolean).join(', ');
	return given ? `${family}, ${given}` : family;
}

/**
 * The Highwire and Dublin Core tags for an item, in that order. A field the item lacks gets no
 * tag; an address that is only a path gets none either, so a reference manager keeps the
 * address it read the page at. `rights` is the licence of the page's own content, if any.
 */
export function citationMetaTags(item: CslItem, options: { rights?: string } = {}): MetaTag[] {
	const tags: MetaTag[] = [];
	const add = (name: string, content: string | undefined) => {
		if (content) tags.push({ name, content });
	};
	const authors = (item.author ?? []).map(formatName);
	const url = item.URL && /^https?:\/\//.test(item.URL) ? item.URL : undefined;
	const date = item.issued;

	add('citation_title', item.title);
	for (const author of authors) add('citation_author', author);
	if (date) {
		add('citation_publication_date', formatDateParts(date, '/'));
		add('citation_date', formatDateParts(date, '/'));
	}
	add('citation_publisher', item.publisher);
	if (item.type === 'report') add('citation_technical_report_institution', item.publisher);
	if (item.type === 'article-journal') add('citation_journal_title', item['container-title']);
	add('citation_isbn', item.ISBN);
	add('citation_public_url', url);
	add('citation_language', item.language);

	add('DC.title', item.title);
	for (const author of authors) add('DC.creator', author);
	add('DC.publisher', item.publisher);
	if (date) add('DC.date', formatDateParts(date, '-'));
	add('DC.identifier', url);
	if (item.ISBN) add('DC.identifier', `ISBN ${item.ISBN}`);
	add('DC.type', zoteroTypes[item.type]);
	add('DC.language', item.language);
	add('DC.rights', options.rights);
	return tags;
}
