/**
 * A jurisdiction's name as it stands inside a sentence, with "the" where it takes one.
 * @example placeName({ name: 'United States', definiteArticle: true }) // 'the United States'
 * @example placeName({ name: 'Texas', definiteArticle: false }) // 'Texas'
 */
export function placeName(place: { name: string; definiteArticle: boolean }): string {
	return place.definiteArticle ? `the ${place.name}` : place.name;
}
