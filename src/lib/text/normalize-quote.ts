/**
 * Normalises text for quote matching: folds runs of white space to one space, curly quotes to
 * straight ones and every dash to a hyphen. Nothing else changes, so a quote that matches after
 * this is the source's own wording.
 * @example normalizeQuote('it’s —  here') // "it's - here"
 */
export function normalizeQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
