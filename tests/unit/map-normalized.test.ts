import { describe, expect, test } from 'vitest';
import { mapNormalized, normalizeQuote } from '../../src/lib/text/normalize-quote.ts';

describe('mapNormalized', () => {
	const sample = '“It’s”\u00a0 a  long\u2014winded\n\n  sentence – with ‘quotes’. ';

	test('returns the same text normalizeQuote does, before trimming', () => {
		expect(mapNormalized(sample).text.trim()).toBe(normalizeQuote(sample));
	});

	test('returns, for each character, its offset in the original', () => {
		const { text, offsets } = mapNormalized(sample);
		for (let i = 0; i < text.length; i++) {
			const original = sample[offsets[i]!]!;
			if (text[i] === ' ') expect(original).toMatch(/\s/);
			else if (/[-'"]/.test(text[i]!)) expect(normalizeQuote(original)).toBe(text[i]);
			else expect(original).toBe(text[i]);
		}
	});
});
