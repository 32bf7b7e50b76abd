/** The filter groups of the search page, by Pagefind filter name. */
export const filterGroups = ['type', 'jurisdiction', 'role', 'risk category'] as const;

export type FilterGroup = (typeof filterGroups)[number];

/** What a search is: the words typed and the values ticked in each filter group. */
export interface SearchState {
	query: string;
	filters: Partial<Record<FilterGroup, string[]>>;
}

/**
 * Reads a search from a URL's query string: `q` for the words, one repeated parameter per
 * filter group (`type=Risk&type=Answer`).
 * @example readSearchState('?q=nurse&type=Answer').filters.type // ['Answer']
 */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const group of filterGroups) {
		const values = params.getAll(group).filter(Boolean);
		if (values.length > 0) filters[group] = values;
	}
	return { query: params.get('q')?.trim() ?? '', filters };
}

/**
 * Writes a search as a query string, so it can be shared as a link; empty parts are left out.
 * @example writeSearchState({ query: 'RN', filters: { role: ['Registered nurse'] } }) // '?q=RN&role=Registered+nurse'
 */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const group of filterGroups)
		for (const value of state.filters[group] ?? []) params.append(group, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * Turns ticked values into Pagefind's filter object: values within a group are combined with
 * OR (`any`), groups with AND.
 * @example toPagefindFilters({ type: ['Risk', 'Fact'] }) // { type: { any: ['Risk', 'Fact'] } }
 */
export function toPagefindFilters(
	filters: SearchState['filters'],
): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const group of filterGroups) {
		const values = filters[group];
		if (values && values.length > 0) out[group] = { any: values };
	}
	return out;
}

/**
 * The sentence announced to screen readers after each search, and after more results are
 * shown: how many there are, and how many of them are shown when not all are.
 * @example resultSummary(1, 'nurse') // '1 result for “nurse”.'
 * @example resultSummary(135, 'nurse', 10) // '135 results for “nurse”. The first 10 are shown.'
 */
export function resultSummary(count: number, query: string, shown = count): string {
	const results = `${count} result${count === 1 ? '' : 's'}`;
	const found = query ? `${results} for “${query}”.` : `${results}.`;
	return shown < count ? `${found} The first ${shown} are shown.` : found;
}
