import { describe, expect, test } from 'vitest';
import { normalizeQuote } from '../../src/lib/text/normalize-quote.ts';

describe('normalizeQuote', () => {
	test('folds runs of white space, including line breaks, to one space and trims', () => {
		expect(normalizeQuote('  under the\n  direct\tsupervision  ')).toBe(
			'under the direct supervision',
		);
	});

	test('returns curly quotes as straight ones', () => {
		expect(normalizeQuote('the patient\u2019s \u201Coverall\u201D health')).toBe(
			'the patient\'s "overall" health',
		);
	});

	test('returns every dash as a hyphen', () => {
		expect(normalizeQuote('1\u20134 mm \u2014 deep \u2212 shallow')).toBe(
			'1-4 mm - deep - shallow',
		);
	});

	test('leaves letters, case and punctuation alone', () => {
		expect(normalizeQuote('Mesotherapy, É; (AM)!')).toBe('Mesotherapy, É; (AM)!');
	});
});
