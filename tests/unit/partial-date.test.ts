import { describe, expect, test } from 'vitest';
import { comparePartialDates, hasEnded } from '../../src/lib/text/partial-date.ts';

describe('comparePartialDates', () => {
	test('orders dates of the same precision', () => {
		expect(comparePartialDates('2011-04-11', '2012-02-17')).toBe(-1);
		expect(comparePartialDates('2012-03', '2012-02')).toBe(1);
	});

	test('treats a date as equal to any more precise date inside it', () => {
		expect(comparePartialDates('2011', '2011-06-17')).toBe(0);
		expect(comparePartialDates('2011-06-17', '2011-06')).toBe(0);
	});

	test('orders dates of different precision by what they share', () => {
		expect(comparePartialDates('2010', '2011-06-17')).toBe(-1);
		expect(comparePartialDates('2025-01-09', '2024')).toBe(1);
	});
});

describe('hasEnded', () => {
	test('is true once the end lies before today', () => {
		expect(hasEnded({ to: '2025-01-09' }, '2026-11-29')).toBe(true);
	});

	test('is false while the end is today, this year or later, or unknown', () => {
		expect(hasEnded({ to: '2026-11-29' }, '2026-11-29')).toBe(false);
		expect(hasEnded({ to: '2026' }, '2026-11-29')).toBe(false);
		expect(hasEnded({}, '2026-11-29')).toBe(false);
		expect(hasEnded(undefined, '2026-11-29')).toBe(false);
	});
});
