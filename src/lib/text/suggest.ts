/**
 * Returns the candidate closest to `value` by edit distance, or undefined when none is close
 * enough to be a likely typo (at most a third of the value's length, and never more than 3).
 * @example suggest('phsyician', ['physician', 'pharmacist']) // 'physician'
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - value.length) >= bestDistance) continue;
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Damerau–Levenshtein distance (optimal string alignment) between two strings. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[] = new Array<number>(rows * cols).fill(0);
	for (let i = 0; i < rows; i++) d[i * cols] = i;
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				d[(i - 1) * cols + j]! + 1,
				d[i * cols + j - 1]! + 1,
				d[(i - 1) * cols + j - 1]! + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
			}
			d[i * cols + j] = value;
		}
	}
	return d[rows * cols - 1]!;
}
