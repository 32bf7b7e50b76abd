/**
 * How the search page ranks and pages its results. Pagefind ranks every result from its index
 * alone, so the page fetches the data (a fragment) of only the results it shows. A reader who
 * types a title, a place or a risk wants its page first; one-sentence fact pages that mention
 * the word would otherwise outrank it, so an entity page carries the names it goes by in a
 * metadata field of its own that Pagefind weighs when it ranks.
 */

/** The Pagefind metadata field holding the names an entity page goes by. */
export const namesField = 'names';

/**
 * Pagefind's ranking options for the search page (https://pagefind.app/docs/ranking/):
 * - `pageLength` 0.3: fact pages are one sentence long; at Pagefind's default length bias they
 *   outrank the entity a reader searched for by name.
 * - `metaWeights`: a page whose metadata field matches the query scores
 *   `weight × the matched words' IDF × coverage²` more, coverage being the share of the
 *   query's IDF matched, so a partial match adds little. Every page has a title (weight 5,
 *   Pagefind's default); only entity pages have {@link namesField}, so one whose names hold
 *   every word of the query rises above the facts that repeat its name in their titles.
 */
export const searchRanking = {
	pageLength: 0.3,
	metaWeights: { title: 5, [namesField]: 10 },
} as const;

/** How many results the search page loads and shows at a time; "Show more" loads as many again. */
export const resultsPerPage = 10;

/**
 * The `data-pagefind-meta` value that gives a page its names: each name once, in order, joined
 * with slashes, because Pagefind would split metadata at a comma.
 * @example namesMeta(['Registered nurse', 'RN', 'nurse', 'RN']) // 'names:Registered nurse / RN / nurse'
 */
export function namesMeta(names: readonly string[]): string {
	const unique = [...new Set(names.map((name) => name.replace(/\s*,\s*/g, ' ').trim()))];
	return `${namesField}:${unique.filter(Boolean).join(' / ')}`;
}
