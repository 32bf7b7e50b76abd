/** A Markdown or MDX file split into its YAML frontmatter and its body. */
export interface SplitFile {
	/** The YAML between the `---` fences; empty when the file has none. */
	frontmatter: string;
	/** The character offset of the frontmatter's first character in the file. */
	frontmatterOffset: number;
	/** Everything after the closing fence. */
	body: string;
	/** The character offset of the body's first character in the file. */
	bodyOffset: number;
	/** False when the file opens a frontmatter block that is never closed. */
	closed: boolean;
}

/**
 * Splits a Markdown/MDX file into frontmatter and body; offsets let callers report positions
 * in the whole file. A byte-order mark before the opening fence is skipped (`findRootCauses`
 * reports it), so that the frontmatter is still found.
 * @example splitFrontmatter('---\na: 1\n---\nhi').body // 'hi'
 */
export function splitFrontmatter(text: string): SplitFile {
	const from = text.startsWith('\uFEFF') ? 1 : 0;
	const open = /^---[ \t]*\r?\n/.exec(text.slice(from));
	if (!open) {
		return {
			frontmatter: '',
			frontmatterOffset: from,
			body: text.slice(from),
			bodyOffset: from,
			closed: true,
		};
	}
	const start = from + open[0].length;
	const close = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(start));
	if (!close) {
		return {
			frontmatter: text.slice(start),
			frontmatterOffset: start,
			body: '',
			bodyOffset: text.length,
			closed: false,
		};
	}
	const end = start + close.index;
	const bodyOffset = end + close[0].length;
	return {
		frontmatter: text.slice(start, end),
		frontmatterOffset: start,
		body: text.slice(bodyOffset),
		bodyOffset,
		closed: true,
	};
}
