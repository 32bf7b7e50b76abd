/** A Markdown ATX heading found in a body. */
export interface Heading {
	/** 1 for `#`, 2 for `##`, … */
	depth: number;
	/** The heading's text, without the `#` marks. */
	text: string;
	/** The 1-based line of the heading within the body. */
	line: number;
	/** The character offsets of the section the heading opens: from after it to the next heading. */
	sectionStart: number;
	sectionEnd: number;
}

/**
 * Lists the ATX headings of a Markdown body (outside fenced code), each with the extent of the
 * section it opens, which runs to the next heading of any depth.
 * @example listHeadings('# A\ntext\n## B\n')[1].text // 'B'
 */
export function listHeadings(body: string): Heading[] {
	const headings: Heading[] = [];
	let offset = 0;
	let fence: string | undefined;
	const lines = body.split('\n');
	lines.forEach((line, index) => {
		const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			if (!fence) fence = fenceMatch[1]![0];
			else if (fenceMatch[1]![0] === fence) fence = undefined;
		} else if (!fence) {
			const match = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
			if (match) {
				const previous = headings.at(-1);
				if (previous) previous.sectionEnd = offset;
				headings.push({
					depth: match[1]!.length,
					text: match[2]!.trim(),
					line: index + 1,
					sectionStart: offset + line.length + 1,
					sectionEnd: body.length,
				});
			}
		}
		offset += line.length + 1;
	});
	return headings;
}
