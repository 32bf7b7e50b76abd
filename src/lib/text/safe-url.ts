/** The schemes a link in the atlas may use; a link with no scheme (`/x/`, `#top`, `//host/`) is allowed too. */
export const allowedLinkSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** What a browser makes of a link's address, as far as its scheme goes. */
export interface LinkScheme {
	/**
	 * The scheme the browser uses, in lower case with its colon (`javascript:`); undefined for a
	 * relative link (`/x/`, `#top`, `page.html`, `//host/`, which takes the page's own scheme).
	 */
	scheme: string | undefined;
	/** Whether the atlas allows it: no scheme, or `http:`, `https:` or `mailto:`. */
	allowed: boolean;
}

/**
 * Returns the scheme a browser uses for `href` written as an HTML attribute value, and whether
 * the atlas allows it. Follows the HTML and URL standards: character references are decoded as
 * in an attribute, leading and trailing C0 controls and spaces are stripped, ASCII tabs and
 * newlines are removed anywhere, and the scheme is what precedes the first `:`, if that is an
 * ASCII letter followed by letters, digits, `+`, `-` or `.`.
 * A value already decoded once (as parsers give it) may be passed too: decoding it again can
 * only find a scheme where the browser would not, never miss one.
 * @example readLinkScheme(' java&#x09;script:alert(1)') // { scheme: 'javascript:', allowed: false }
 * @example readLinkScheme('//example.org/') // { scheme: undefined, allowed: true }
 */
export function readLinkScheme(href: string): LinkScheme {
	const seen = trimControlsAndSpaces(decodeReferences(href)).replace(/[\t\n\r]/g, '');
	const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(seen)?.[0].toLowerCase();
	return { scheme, allowed: scheme === undefined || allowedLinkSchemes.has(scheme) };
}

/** Strips leading and trailing C0 controls and spaces (U+0000 to U+0020), as the URL parser does. */
function trimControlsAndSpaces(value: string): string {
	let start = 0;
	let end = value.length;
	while (start < end && value.charCodeAt(start) <= 0x20) start++;
	while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
	return value.slice(start, end);
}

/**
 * The named character references that decode to a character that can be part of a scheme or
 * is removed before reading it: checked against the full HTML table (`character-entities`).
 * Every other reference decodes to a character that ends a scheme, as `&` itself does, so
 * leaving it undecoded gives the same scheme.
 */
const schemeReferences: ReadonlyMap<string, string> = new Map([
	['Tab', '\t'],
	['NewLine', '\n'],
	['colon', ':'],
	['period', '.'],
	['plus', '+'],
	['fjlig', 'fj'],
]);

/**
 * Decodes numeric references (with or without `;`, as the HTML tokenizer does) and the named
 * references that matter for a scheme. Code points 0x80–0x9F are left as they are, where HTML
 * maps most to Windows-1252 characters: all are non-ASCII either way, so the scheme is the same.
 */
function decodeReferences(value: string): string {
	if (!value.includes('&')) return value;
	return value.replace(
		/&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*);)/g,
		(reference, hex?: string, decimal?: string, name?: string) => {
			if (name !== undefined) return schemeReferences.get(name) ?? reference;
			const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
			const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
			return valid ? String.fromCodePoint(code) : '\uFFFD';
		},
	);
}
