/**
 * Normalises text for quote matching: folds runs of white space to one space, curly quotes to
 * straight ones and every dash to a hyphen. Nothing else changes, so a quote that matches after
 * this is the source's own wording.
 * @example normalizeQuote('it’s —  here') // "it's - here"
 */
export function normalizeQuote(text: string): string {
	// Kept apart from mapNormalized, which must go character by character: this runs on every
	// source section and quote in the check, so it stays on fast built-in replaces.
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Normalised text, with the offset in the original of each of its characters. */
export interface NormalizedText {
	text: string;
	/** `offsets[i]` is where `text[i]` stands in the original. */
	offsets: number[];
}

/**
 * Normalises text as `normalizeQuote` does (without trimming), keeping for each character of
 * the result its offset in the original, so a match found in normalised text can be mapped
 * back to the original's characters.
 * @example mapNormalized('a \n b').offsets // [0, 1, 4]
 */
export function mapNormalized(original: string): NormalizedText {
	let text = '';
	const offsets: number[] = [];
	let inSpace = false;
	for (let i = 0; i < original.length; i++) {
		const char = original[i]!;
		if (/\s/.test(char)) {
			if (!inSpace) {
				text += ' ';
				offsets.push(i);
			}
			inSpace = true;
			continue;
		}
		inSpace = false;
		text += foldChar(char);
		offsets.push(i);
	}
	return { text, offsets };
}

function foldChar(char: string): string {
	if ('\u2018\u2019\u201A\u201B\u2032'.includes(char)) return "'";
	if ('\u201C\u201D\u201E\u201F\u2033'.includes(char)) return '"';
	if (/[\u2010-\u2015\u2212]/.test(char)) return '-';
	return char;
}
