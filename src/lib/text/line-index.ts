/** A 1-based line and column in a file. */
export interface Position {
	line: number;
	column: number;
}

/**
 * Returns a function that maps a character offset in `text` to its 1-based line and column.
 * @example createLineIndex('a\nbc')(3) // { line: 2, column: 2 }
 */
export function createLineIndex(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};
}
