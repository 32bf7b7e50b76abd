/**
 * Places grouped by country, as a reader looks for them: the countries in alphabetical order,
 * each with the country itself first, then the states, provinces and nations within it.
 */
import { ancestorsOf, type JurisdictionNode } from '../graph/jurisdiction-ancestors.ts';

/** One place in a group. */
export interface GroupedPlace {
	id: string;
	name: string;
}

/** A country and the places within it, itself first. */
export interface PlaceGroup {
	country: GroupedPlace;
	places: GroupedPlace[];
}

/**
 * Groups places under the top of their chain of parents (their country), countries by name,
 * the country first in its group and the rest by name.
 * @example placeGroups(new Map([['us', us], ['us-tx', texas], ['fr', france]]))
 * // [{ country: France, places: [France] }, { country: United States, places: [United States, Texas] }]
 */
export function placeGroups(
	jurisdictions: ReadonlyMap<
		string,
		JurisdictionNode & { readonly data: { readonly name: string } }
	>,
): PlaceGroup[] {
	const byName = (a: GroupedPlace, b: GroupedPlace) => a.name.localeCompare(b.name);
	const groups = new Map<string, GroupedPlace[]>();
	for (const [id, j] of jurisdictions) {
		const country = ancestorsOf(id, jurisdictions).at(-1) ?? id;
		groups.set(country, [...(groups.get(country) ?? []), { id, name: j.data.name }]);
	}
	return [...groups]
		.map(([countryId, places]) => {
			const country = places.find((p) => p.id === countryId) ?? {
				id: countryId,
				name: jurisdictions.get(countryId)?.data.name ?? countryId,
			};
			const rest = places.filter((p) => p.id !== countryId).sort(byName);
			return { country, places: [country, ...rest] };
		})
		.sort((a, b) => byName(a.country, b.country));
}
