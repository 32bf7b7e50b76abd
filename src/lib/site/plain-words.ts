/**
 * The site's own terms a reader may not know, each explained in plain words where an answer
 * uses it. The explanations are about the site's wording, never facts about a place.
 */

/** A term and what it means on this site. */
export interface PlainWord {
	term: string;
	meaning: string;
}

const words: readonly (PlainWord & { pattern: RegExp })[] = [
	{
		term: 'On file',
		pattern: /\bon file\b/i,
		meaning:
			'In the documents Meso Atlas holds. Every fact on this page quotes one of them, word for word.',
	},
	{
		term: 'General rule',
		pattern: /\bgeneral rule\b/i,
		meaning:
			'The rule of the larger place (the country, for a state or province), shown where nothing specific to the smaller place is on file.',
	},
	{
		term: 'Secondary source',
		pattern: /\bsecondary source/i,
		meaning:
			'An account of a rule by someone other than the body that made it, such as a law firm, a trade association, an insurer or a newspaper.',
	},
	{
		term: 'Delegates',
		pattern: /\bdelegat/i,
		meaning:
			'A practitioner who may do something hands it to another person to do. The sources on file say who may hand it to whom.',
	},
	{
		term: 'Supervision',
		pattern: /\bsupervision\b/i,
		meaning:
			'Another practitioner oversees the work. “On-site” means in the same place; “direct” and other levels are the sources’ own words, and the facts below say what they ask, where they do.',
	},
	{
		term: 'Collaborative agreement',
		pattern: /\bcollaborative agreement\b/i,
		meaning: 'A written agreement with a physician that the sources name as a condition.',
	},
	{
		term: 'Ruling on one case',
		pattern: /\bone (petitioner|case)\b/i,
		meaning:
			'A regulator’s answer to one person’s question about how the rules apply to them: it shows how the regulator reads the rules, but binds only that person.',
	},
];

/**
 * The terms of `text` a reader may need explained, in a fixed order, each once.
 * @example plainWords('Allowed under the supervision of a physician').map((w) => w.term) // ['Supervision']
 */
export function plainWords(text: string): PlainWord[] {
	return words.filter((w) => w.pattern.test(text)).map(({ term, meaning }) => ({ term, meaning }));
}
