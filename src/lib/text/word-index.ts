/** Words sorted so that those sharing a prefix stand together: a tree of prefixes, flattened. */
export interface WordIndex {
	/** The distinct words in sorted order. */
	words: string[];
	/** Each sorted word's first position in the list as given. */
	order: Int32Array;
	/** How many leading characters each sorted word shares with the one before it. */
	shared: Int32Array;
	/** For each sorted word, the first later one that shares fewer characters with its predecessor. */
	jump: Int32Array;
	/** The longest word's length. */
	longest: number;
}

/**
 * Indexes a list of words for {@link findNearest}.
 * @example indexWords(['b', 'a', 'b']).words // ['a', 'b']
 */
export function indexWords(list: readonly string[]): WordIndex {
	const first = new Map<string, number>();
	list.forEach((word, i) => {
		if (!first.has(word)) first.set(word, i);
	});
	// The default order compares UTF-16 code units, as the search does.
	const words = [...first.keys()].sort();
	const count = words.length;
	const order = new Int32Array(count);
	const shared = new Int32Array(count);
	let longest = 0;
	for (let k = 0; k < count; k++) {
		const word = words[k]!;
		order[k] = first.get(word)!;
		longest = Math.max(longest, word.length);
		if (k === 0) continue;
		const before = words[k - 1]!;
		let n = 0;
		while (n < word.length && n < before.length && word[n] === before[n]) n++;
		shared[k] = n;
	}
	const jump = new Int32Array(count).fill(count);
	const open: number[] = [];
	for (let k = 0; k < count; k++) {
		while (open.length > 0 && shared[open.at(-1)!]! > shared[k]!) jump[open.pop()!] = k;
		open.push(k);
	}
	return { words, order, shared, jump, longest };
}

/**
 * Returns the position, in the list as given, of the word closest to `value` within `limit`
 * edits (Damerau–Levenshtein, optimal string alignment; the first of equally close words), or
 * -1 when none is that close.
 *
 * Walks the sorted words keeping one row of the distance table per character of the current
 * word, so a prefix shared with the word before is not computed again. Only the cells within
 * the bound of the diagonal are computed: any other exceeds it. A prefix whose whole row
 * exceeds the bound is dropped with every word that starts with it, since rows never shrink.
 * @example findNearest('nurze', indexWords(['physician', 'nurse']), 1) // 1
 */
export function findNearest(value: string, index: WordIndex, limit: number): number {
	const { words, order, shared, jump, longest } = index;
	const n = value.length;
	const width = n + 1;
	const table = new Int32Array((longest + 1) * width);
	for (let j = 0; j <= n; j++) table[j] = j;
	let bestDistance = limit + 1;
	let best = -1;
	/** Rows 0 to `valid` hold the current word's prefix. */
	let valid = 0;
	for (let k = 0; k < words.length; k++) {
		const word = words[k]!;
		const bound = Math.min(limit, bestDistance);
		let row = Math.min(valid, shared[k]!) + 1;
		let pruned = false;
		for (; row <= word.length; row++) {
			const at = row * width;
			const low = Math.max(1, row - bound);
			const high = Math.min(n, row + bound);
			table[at] = row;
			// Cells just outside the band stand for "more than the bound" in the next rows.
			if (low > 1) table[at + low - 1] = bound + 1;
			if (high < n) table[at + high + 1] = bound + 1;
			let rowMin = row;
			const char = word.charCodeAt(row - 1);
			for (let j = low; j <= high; j++) {
				const cost = char === value.charCodeAt(j - 1) ? 0 : 1;
				let cell = Math.min(
					table[at - width + j]! + 1,
					table[at + j - 1]! + 1,
					table[at - width + j - 1]! + cost,
				);
				if (
					row > 1 &&
					j > 1 &&
					char === value.charCodeAt(j - 2) &&
					word.charCodeAt(row - 2) === value.charCodeAt(j - 1)
				) {
					cell = Math.min(cell, table[at - 2 * width + j - 2]! + 1);
				}
				table[at + j] = cell;
				if (cell < rowMin) rowMin = cell;
			}
			if (rowMin > bound) {
				pruned = true;
				break;
			}
		}
		valid = Math.min(row, word.length);
		if (pruned) {
			// Skip the words that share this prefix, a run of words sharing more at a time.
			let next = k + 1;
			while (next < words.length && shared[next]! >= row) next = jump[next]!;
			k = next - 1;
			continue;
		}
		if (Math.abs(word.length - n) > bound) continue;
		const distance = table[word.length * width + n]!;
		const position = order[k]!;
		if (distance < bestDistance || (distance === bestDistance && position < best)) {
			bestDistance = distance;
			best = position;
		}
	}
	return best;
}
