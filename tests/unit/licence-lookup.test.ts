import { describe, expect, test } from 'vitest';
import { regulatorLookup } from '../../src/lib/site/licence-lookup.ts';

describe('regulatorLookup', () => {
	test("returns the regulator's lookup address where one is on file", () => {
		expect(
			regulatorLookup({ lookup: 'https://example.org/look-up', claims: ['a'] }, ['a']),
		).toEqual({
			kind: 'address',
			url: 'https://example.org/look-up',
		});
	});

	test('points to the fact on the page that describes its lookup, rather than saying none is on file', () => {
		expect(regulatorLookup({ claims: ['other', 'tx-look-up'] }, ['tx-look-up'])).toEqual({
			kind: 'fact',
			claim: 'tx-look-up',
		});
	});

	test('says none is on file when neither is', () => {
		expect(regulatorLookup({ claims: ['other'] }, ['tx-look-up'])).toEqual({ kind: 'none' });
	});
});
