import { describe, expect, test } from 'vitest';
import { editDistance, suggest } from '../../src/lib/text/suggest.ts';

/** The plain definition: the first candidate at the smallest distance within the limit. */
function suggestByDefinition(value: string, candidates: readonly string[]): string | undefined {
	const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** A seeded pseudo-random number generator (mulberry32), so that failures repeat. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Ids like the knowledge base's: a few shared stems, copies `-s<k>`, some duplicates. */
function makeIds(next: () => number, count: number): string[] {
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const stems = ['has', 'fr-decree', 'us-tx', 'nurse', 'nurses', 'physician', 'ab', 'ba', 'é-ü'];
	const words = ['risk', 'may', 'inject', 'delegate', 'bans', 'rule', 'x', 'ya', 'ay'];
	return Array.from({ length: count }, () => {
		let id = pick(stems);
		for (let parts = Math.floor(next() * 4); parts > 0; parts--) id += `-${pick(words)}`;
		return next() < 0.5 ? `${id}-s${Math.floor(next() * 30)}` : id;
	});
}

/** A value up to four random edits away from `word`. */
function misspell(next: () => number, word: string): string {
	let value = word;
	for (let edits = Math.floor(next() * 5); edits > 0; edits--) {
		const at = Math.floor(next() * (value.length + 1));
		const letter = 'aeisx-'[Math.floor(next() * 6)]!;
		const kind = Math.floor(next() * 4);
		if (kind === 0) value = value.slice(0, at) + letter + value.slice(at);
		else if (kind === 1) value = value.slice(0, at) + value.slice(at + 1);
		else if (kind === 2) value = value.slice(0, at) + letter + value.slice(at + 1);
		else
			value =
				value.slice(0, at) +
				value.slice(at + 1, at + 2) +
				value.slice(at, at + 1) +
				value.slice(at + 2);
	}
	return value;
}

describe('suggest', () => {
	test('returns the closest candidate for a likely typo', () => {
		expect(suggest('phsyician', ['physician', 'pharmacist'])).toBe('physician');
		expect(suggest('nurse-practioner', ['nurse-practitioner', 'registered-nurse'])).toBe(
			'nurse-practitioner',
		);
	});

	test('returns undefined when no candidate is close enough', () => {
		expect(suggest('cosmetologist', ['physician', 'aesthetician'])).toBeUndefined();
		expect(suggest('us', ['fr', 'gb'])).toBeUndefined();
	});

	test('returns undefined when there are no candidates', () => {
		expect(suggest('anything', [])).toBeUndefined();
	});

	test('allows at most three edits however long the value', () => {
		const long = 'physicians-perform-and-delegate';
		expect(suggest(`${long}xx`, [long])).toBe(long);
		expect(suggest(`${long}xxxx`, [long])).toBeUndefined();
	});

	test('returns the first of equally close candidates, in a long list too', () => {
		const filler = Array.from({ length: 100 }, (_, i) => `filler-${i}`);
		expect(suggest('nurse-b', ['nurse-c', 'nurse-a'])).toBe('nurse-c');
		expect(suggest('nurse-b', [...filler, 'nurse-c', 'nurse-a'])).toBe('nurse-c');
		expect(suggest('nurse-b', new Set([...filler, 'nurse-a', 'nurse-c']))).toBe('nurse-a');
	});

	test('returns what the definition gives, for many candidates and many values', () => {
		const next = random(42);
		for (const size of [1, 10, 63, 64, 200, 1000]) {
			const ids = makeIds(next, size);
			const values = Array.from({ length: 150 }, () =>
				next() < 0.8 ? misspell(next, ids[Math.floor(next() * ids.length)]!) : makeIds(next, 1)[0]!,
			);
			const map = new Map(ids.map((id) => [id, 0]));
			const expected = values.map((value) => suggestByDefinition(value, [...map.keys()]));
			expect(values.map((value) => suggest(value, map.keys()))).toEqual(expected);
			expect(values.map((value) => suggest(value, map))).toEqual(expected);
			expect(values.map((value) => suggest(value, ids))).toEqual(expected);
		}
	});

	test('notices a list, or a map of another size, that changed since the last call', () => {
		const ids = Array.from({ length: 100 }, (_, i) => `claim-${i}`);
		expect(suggest('claim-1000', ids)).toBe('claim-10');
		ids[0] = 'claim-1000';
		expect(suggest('claim-1000', ids)).toBe('claim-1000');
		const map = new Map(ids.slice(1).map((id) => [id, 0]));
		expect(suggest('claim-1000', map)).toBe('claim-10');
		map.set('claim-1000', 0);
		expect(suggest('claim-1000', map)).toBe('claim-1000');
	});
});

describe('editDistance', () => {
	test('returns the number of insertions, deletions and substitutions', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});

	test('returns a swap of two neighbouring letters as one edit', () => {
		expect(editDistance('phsyician', 'physician')).toBe(1);
	});
});
