import { describe, expect, test } from 'vitest';
import { namesField, namesMeta, searchRanking } from '../../src/lib/site/search-rank.ts';

describe('namesMeta', () => {
	test('returns the names field with each name once, in order, joined with slashes', () => {
		expect(namesMeta(['Registered nurse', 'RN', 'nurse', 'RN'])).toBe(
			'names:Registered nurse / RN / nurse',
		);
	});

	test('drops commas, at which Pagefind would split the metadata', () => {
		expect(namesMeta(['Washington, D.C.', ' DC ', ''])).toBe('names:Washington D.C. / DC');
	});
});

describe('searchRanking', () => {
	test('weighs a match in the names field above one in the title, which every page has', () => {
		const weights: Record<string, number> = searchRanking.metaWeights;
		expect(weights[namesField]).toBeGreaterThan(weights.title!);
	});
});
