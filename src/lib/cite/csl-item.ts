/**
 * CSL-JSON items for what a reader may cite: a page of the site, a fact (claim), and a source
 * document from its record. A field the record does not give stays out of the item: nothing
 * is guessed. Every citation format is made from these items (format-citations.ts).
 */
import { plugins } from '@citation-js/core';
import type { Claim, Source, SourceKind } from '../../schemas/index.ts';
import { claimPath, sourcePath } from '../site/routes.ts';
import { describeVersion, versionLabel, type CitationVersion } from './site-version.ts';

/** A person's name in its parts. */
export interface CslPersonalName {
	family: string;
	given?: string;
	'non-dropping-particle'?: string;
	suffix?: string;
}

/** A person's name in parts, or a name to print as it stands (`literal`). */
export type CslName = CslPersonalName | { literal: string };

/** A date as precise as known: `[[year]]`, `[[year, month]]` or `[[year, month, day]]`. */
export interface CslDate {
	'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The CSL item types the site produces. */
export type CslType =
	| 'webpage'
	| 'report'
	| 'article'
	| 'article-journal'
	| 'article-newspaper'
	| 'legislation'
	| 'legal_case'
	| 'document';

/** A CSL-JSON item (CSL 1.0.2 variables), limited to the variables the site fills in. */
export interface CslItem {
	id: string;
	/** The BibTeX key: letters, digits and underscores only. */
	'citation-key': string;
	type: CslType;
	title: string;
	'container-title'?: string;
	publisher?: string;
	author?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	URL?: string;
	ISBN?: string;
	/** The part of the document cited: a fact's section. */
	section?: string;
	version?: string;
	language?: string;
	note?: string;
}

/** What every citation of a page of this build shares. */
export interface CiteContext {
	/** The site's public origin (Astro's `site`), or undefined when the build has none. */
	site: string | undefined;
	version: CitationVersion;
	/** The language of the site's pages, as a BCP 47 tag. */
	language: string;
}

/** The site's name: the container and publisher of its pages. */
export const siteName = 'Meso Atlas';

/**
 * A page's permanent address: absolute on the site's origin, or the path alone when the build
 * has no public address (`ATLAS_SITE_URL`): an origin is never guessed.
 * @example permalink('/claims/x/', 'https://example.org') // 'https://example.org/claims/x/'
 * @example permalink('/claims/x/', undefined) // '/claims/x/'
 */
export function permalink(path: string, site: string | undefined): string {
	return site ? new URL(path, site).href : path;
}

/**
 * A CSL date from a date as precise as a record gives it.
 * @example cslDate('2014-03') // { 'date-parts': [[2014, 3]] }
 */
export function cslDate(date: string): CslDate {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (day !== undefined && month !== undefined) return { 'date-parts': [[year, month, day]] };
	if (month !== undefined) return { 'date-parts': [[year, month]] };
	return { 'date-parts': [[year]] };
}

/** Words that mark a name as an organisation's, which is never split into given and family. */
const organisationWords =
	/\b(?:academy|académie|agence|agency|association|authority|autorité|board|bureau|cent(?:er|re)|coll[eè]ge|comit[eé]|commission|committee|conseil|council|department|département|direction|f[eé]d[eé]ration|fo?undation|fondation|group|groupe|haute|institut|institute|minist[eè]re|ministry|national|office|organi[sz]ation|service|soci[eé]t[eé]|society|universit[eéy]|university)\b/iu;

/**
 * A name as CSL wants it: a personal name of two to four words is split into its parts by
 * citation-js's name parser (`Family, Given` splits at the comma); anything else, such as an
 * organisation, stays literal.
 * @example parseName('Huguette Lhuillier-Nkandjeu') // { given: 'Huguette', family: 'Lhuillier-Nkandjeu' }
 * @example parseName('World Health Organization') // { literal: 'World Health Organization' }
 */
export function parseName(name: string): CslName {
	const text = name.trim().replace(/\s+/g, ' ');
	const comma = /^([^,]+), ([^,]+)$/u.exec(text);
	if (comma) return { family: comma[1]!, given: comma[2]! };
	const words = text.split(' ');
	const personal =
		words.length >= 2 &&
		words.length <= 4 &&
		words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w)) &&
		!organisationWords.test(text);
	if (!personal) return { literal: text };
	const parsed = plugins.input.util.clean([{ author: [text] }])[0]?.author;
	const first = Array.isArray(parsed) ? (parsed[0] as Record<string, unknown>) : undefined;
	if (typeof first?.family !== 'string') return { literal: text };
	const parts: CslPersonalName = { family: first.family };
	for (const key of ['given', 'non-dropping-particle', 'suffix'] as const) {
		if (typeof first[key] === 'string') parts[key] = first[key];
	}
	return parts;
}

/**
 * A title without the full stop that closes a sentence used as one (a fact's statement);
 * other closing marks stay.
 * @example citationTitle('HAS identified one major adverse event.') // 'HAS identified one major adverse event'
 */
export function citationTitle(text: string): string {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	return /[^.]\.$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

/**
 * A BibTeX-safe key from a page's path or an id.
 * @example citationKey('/claims/has-fatal-anaphylactic-shock/') // 'MesoAtlas_claims_has_fatal_anaphylactic_shock'
 */
export function citationKey(path: string): string {
	const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
	return ['MesoAtlas', ...words].join('_');
}

/**
 * The note every citation of a page carries: the site's version, the accessed date (the
 * build date: the day the page said what it says), and, when the build has no public address,
 * that the permalink is a path on the site.
 */
function siteNote(context: CiteContext): string {
	const parts = [
		`${siteName}, ${describeVersion(context.version)}.`,
		`Accessed ${context.version.built}.`,
	];
	if (!context.site) {
		parts.push(
			`The permalink is a path on the ${siteName} site: this build was made without its public address.`,
		);
	}
	return parts.join(' ');
}

/** What a page of the site and a fact's page share: a web page of the site, of this build. */
function siteItem(path: string, title: string, context: CiteContext): CslItem {
	const key = citationKey(path);
	const version = versionLabel(context.version);
	return {
		id: key,
		'citation-key': key,
		type: 'webpage',
		title: citationTitle(title),
		'container-title': siteName,
		publisher: siteName,
		issued: cslDate(context.version.built),
		accessed: cslDate(context.version.built),
		URL: permalink(path, context.site),
		...(version ? { version } : {}),
		language: context.language,
		note: siteNote(context),
	};
}

/** A page of the site, by its path and title. */
export function pageItem(page: { path: string; title: string }, context: CiteContext): CslItem {
	return siteItem(page.path, page.title, context);
}

/**
 * A fact: a web page titled with its statement at its permalink `/claims/<id>/`, whose note
 * gives the source it quotes, the section and the quote.
 */
export function claimItem(
	claim: Pick<Claim, 'id' | 'statement' | 'locator' | 'quote'>,
	source: Pick<Source, 'title' | 'publisher' | 'date'>,
	context: CiteContext,
): CslItem {
	const item = siteItem(claimPath(claim.id), claim.statement, context);
	const quote = claim.quote.trim().replace(/\s+/g, ' ');
	const record = [source.publisher, `“${source.title}”`].filter(Boolean).join(', ');
	const quoted =
		`Quotes ${record}${source.date ? ` (${source.date})` : ''}, section “${claim.locator}”: ` +
		`“${quote}”${/[.!?]$/.test(quote) ? '' : '.'}`;
	return { ...item, note: `${quoted} ${item.note}` };
}

/** The CSL type for each kind of source document. */
const typeOfKind: Record<SourceKind, CslType> = {
	report: 'report',
	article: 'article',
	'journal-article': 'article-journal',
	news: 'article-newspaper',
	statute: 'legislation',
	regulation: 'legislation',
	'court-decision': 'legal_case',
	'board-opinion': 'document',
	guideline: 'document',
};

/**
 * A source document itself, from its record: its own title, publisher, authors, date, ISBN,
 * address and the day its text was taken. The note says where its text is on file.
 */
export function sourceItem(
	source: { id: string; data: Source },
	context: Pick<CiteContext, 'site'>,
): CslItem {
	const { data } = source;
	const key = source.id.replace(/[^A-Za-z0-9]+/g, '_');
	const onFile = permalink(sourcePath(source.id), context.site);
	return {
		id: key,
		'citation-key': key,
		type: typeOfKind[data.kind],
		title: data.title,
		...(data.publisher ? { publisher: data.publisher } : {}),
		...(data.authors.length > 0 ? { author: data.authors.map(parseName) } : {}),
		...(data.date ? { issued: cslDate(data.date) } : {}),
		accessed: cslDate(data.accessed),
		...(data.url ? { URL: data.url } : {}),
		...(data.isbn ? { ISBN: data.isbn } : {}),
		language: data.language,
		note: `Text on file at ${siteName}: ${onFile}. Accessed ${data.accessed}.`,
	};
}

/**
 * The document a fact quotes, cited at the passage: the source's own record, with the section
 * the fact quotes (`section`) and, in the note, the quote itself and where its text is on file.
 * @example quotedSourceItem(claim, source, context).section // 'Conclusion'
 */
export function quotedSourceItem(
	claim: Pick<Claim, 'locator' | 'quote'>,
	source: { id: string; data: Source },
	context: Pick<CiteContext, 'site'>,
): CslItem {
	const item = sourceItem(source, context);
	const quote = claim.quote.trim().replace(/\s+/g, ' ');
	const quoted = `Section “${claim.locator}”: “${quote}”${/[.!?]$/.test(quote) ? '' : '.'}`;
	return { ...item, section: claim.locator, note: `${quoted} ${item.note ?? ''}`.trim() };
}
