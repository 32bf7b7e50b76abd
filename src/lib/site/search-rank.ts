/**
 * How much more an entity page weighs in search than a fact or a source, by its content type,
 * when the query names the entity. A reader who types a title, a place or a risk wants its
 * page first; one-sentence fact pages that mention the word would otherwise outrank it.
 */
export const typeBoosts: Readonly<Record<string, number>> = {
	Practitioner: 3,
	Jurisdiction: 3,
	Risk: 3,
};

/** A search result as the ranking needs it: Pagefind's score, types and the names it goes by. */
export interface RankedInput {
	score: number;
	types: readonly string[];
	/** The page's title and any other names it is known by (a role's aliases). */
	names: readonly string[];
}

/**
 * Orders results by Pagefind's score, times its type's boost for an entity page whose names
 * contain every word of the query; best first, ties in Pagefind's order.
 * @example rankResults([{ score: 30, types: ['Fact'], names: ['…'] }, { score: 13, types: ['Practitioner'], names: ['Aesthetician', 'beautician'] }], 'beautician')[0].types // ['Practitioner']
 */
export function rankResults<T extends RankedInput>(results: readonly T[], query: string): T[] {
	const terms = words(query);
	const named = (result: T) => {
		const known = new Set(result.names.flatMap(words));
		return terms.length > 0 && terms.every((term) => known.has(term));
	};
	return results
		.map((result, index) => ({
			result,
			index,
			score:
				result.score *
				(named(result) ? Math.max(1, ...result.types.map((t) => typeBoosts[t] ?? 1)) : 1),
		}))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ result }) => result);
}

/** Lower-case words, a plural's `s` dropped, so "nurses" names "Registered nurse". */
function words(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) =>
		w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w,
	);
}
