import { describe, expect, test } from 'vitest';
import { earliestReview, formatDate, nextReviewDue } from '../../src/lib/site/review-dates.ts';

describe('earliestReview', () => {
	test('returns the earliest review date, or undefined for no claims', () => {
		expect(earliestReview([{ reviewed: '2026-01-02' }, { reviewed: '2025-12-01' }])).toBe(
			'2025-12-01',
		);
		expect(earliestReview([])).toBeUndefined();
	});
});

describe('formatDate', () => {
	test('returns a date as precise as it is given', () => {
		expect(formatDate('2014')).toBe('2014');
		expect(formatDate('2010-04')).toBe('April 2010');
		expect(formatDate('2026-11-02')).toBe('2 November 2026');
	});
});

describe('nextReviewDue', () => {
	test('returns the day a year of reviews later, across a leap day', () => {
		expect(nextReviewDue('2026-11-22')).toBe('2027-11-22');
		expect(nextReviewDue('2027-03-01')).toBe('2028-02-29');
	});
});
