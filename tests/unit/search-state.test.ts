import { describe, expect, test } from 'vitest';
import {
	readSearchState,
	resultSummary,
	toPagefindFilters,
	writeSearchState,
} from '../../src/lib/site/search-state.ts';

describe('readSearchState', () => {
	test('returns the words and every value of each filter group', () => {
		expect(readSearchState('?q=+nurse+&type=Answer&type=Risk&role=Registered+nurse&x=1')).toEqual({
			query: 'nurse',
			filters: { type: ['Answer', 'Risk'], role: ['Registered nurse'] },
		});
	});
});

describe('writeSearchState', () => {
	test('returns a query string that reads back to the same search', () => {
		const state = { query: 'RN', filters: { type: ['Answer'], 'risk category': ['Infectious'] } };
		expect(readSearchState(writeSearchState(state))).toEqual(state);
	});

	test('returns an empty string for an empty search', () => {
		expect(writeSearchState({ query: '', filters: {} })).toBe('');
	});
});

describe('toPagefindFilters', () => {
	test('returns OR within a group and leaves out empty groups', () => {
		expect(toPagefindFilters({ type: ['Risk', 'Fact'], role: [] })).toEqual({
			type: { any: ['Risk', 'Fact'] },
		});
	});
});

describe('resultSummary', () => {
	test('returns the count with the right plural and the words searched', () => {
		expect(resultSummary(0, '')).toBe('0 results.');
		expect(resultSummary(1, 'MD')).toBe('1 result for “MD”.');
	});

	test('says how many are shown when not all are', () => {
		expect(resultSummary(135, 'nurse', 10)).toBe(
			'135 results for “nurse”. The first 10 are shown.',
		);
		expect(resultSummary(12, '', 10)).toBe('12 results. The first 10 are shown.');
		expect(resultSummary(7, 'MD', 7)).toBe('7 results for “MD”.');
	});
});
