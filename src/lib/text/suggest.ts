import { findNearest, indexWords, type WordIndex } from './word-index.ts';

/** What to suggest from: words, or the keys of a map. */
export type Candidates = Iterable<string> | ReadonlyMap<string, unknown>;

/**
 * Returns the candidate closest to `value` by edit distance, or undefined when none is close
 * enough to be a likely typo (at most a third of the value's length, and never more than 3).
 * Of equally close candidates, the first wins.
 *
 * Fast with many candidates and many calls: a long list is indexed once and searched as a tree
 * of prefixes. Pass a Map or Set itself, not its `keys()`, when asking about it many times: its
 * index is kept for as long as it keeps its size, so change it only between checks (as the
 * knowledge base's maps do). Other candidates are read in full on each call and compared with
 * the lists asked about last.
 * @example suggest('phsyician', ['physician', 'pharmacist']) // 'physician'
 */
export function suggest(value: string, candidates: Candidates): string | undefined {
	const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
	const { list, index } = lookUp(candidates);
	if (!index) return scan(value, list, limit);
	const found = findNearest(value, index, limit);
	return found < 0 ? undefined : list[found];
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

/** Lists shorter than this are compared word by word; longer ones are indexed. */
const indexFrom = 64;

/** The closest candidate of a short list, comparing each in turn. */
function scan(value: string, candidates: readonly string[], limit: number): string | undefined {
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

interface Indexed {
	list: readonly string[];
	index: WordIndex;
}

/** Indexes of maps and sets, by the collection, with the size each had. */
const byCollection = new WeakMap<object, Indexed & { size: number }>();

/** Indexes of other long lists, most recent first. */
const recent: Indexed[] = [];

/** The candidates as a list, with an index when the list is long. */
function lookUp(candidates: Candidates): { list: readonly string[]; index?: WordIndex } {
	if (candidates instanceof Map || candidates instanceof Set) {
		const collection = candidates as ReadonlyMap<string, unknown> | ReadonlySet<string>;
		const kept = byCollection.get(collection);
		if (kept?.size === collection.size) return kept;
		const list = [...collection.keys()];
		if (list.length < indexFrom) return { list };
		const indexed = { list, index: indexWords(list), size: list.length };
		byCollection.set(collection, indexed);
		return indexed;
	}
	const list = readList(candidates as Iterable<string>);
	if (list.length < indexFrom) return { list };
	const at = recent.findIndex((entry) => sameList(entry.list, list));
	const indexed = at >= 0 ? recent.splice(at, 1)[0]! : { list, index: indexWords(list) };
	recent.unshift(indexed);
	recent.length = Math.min(recent.length, 8);
	return indexed;
}

/**
 * The words, as a list; the very list last indexed when they are the same, so that it is
 * compared as the words are read instead of copied.
 */
function readList(words: Iterable<string>): readonly string[] {
	const last = recent[0]?.list ?? [];
	let same = 0;
	let copy: string[] | undefined;
	for (const word of words) {
		if (copy) copy.push(word);
		else if (last[same] === word) same++;
		else copy = [...last.slice(0, same), word];
	}
	return copy ?? (same === last.length ? last : last.slice(0, same));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
