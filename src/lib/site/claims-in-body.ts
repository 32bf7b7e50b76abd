/**
 * Lists the claim ids an MDX body renders with `<Claim id="…" />`, in order, so a page can
 * leave them out of its other lists and keep each `#claim-<id>` anchor unique.
 * @example claimIdsInBody('<Claim id="a" />\n\n<Claim id="b"/>') // ['a', 'b']
 */
export function claimIdsInBody(body: string): string[] {
	return [...body.matchAll(/<Claim\s+id=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/**
 * Splits claims into lists that never repeat one, in the order given: a claim goes to the
 * first list that names it and is dropped from later ones, and `shown` ids are dropped from all.
 * @example uniqueLists([['a', 'b'], ['b', 'c']], ['c']) // [['a', 'b'], []]
 */
export function uniqueLists<T extends { id: string }>(
	lists: readonly (readonly T[])[],
	shown: Iterable<string> = [],
): T[][] {
	const seen = new Set(shown);
	return lists.map((list) =>
		list.filter((item) => {
			if (seen.has(item.id)) return false;
			seen.add(item.id);
			return true;
		}),
	);
}
