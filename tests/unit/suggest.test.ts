import { describe, expect, test } from 'vitest';
import { editDistance, suggest } from '../../src/lib/text/suggest.ts';

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
