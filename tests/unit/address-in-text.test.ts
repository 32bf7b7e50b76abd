import { describe, expect, test } from 'vitest';
import { addressInText } from '../../src/lib/text/address-in-text.ts';

describe('addressInText', () => {
	test('finds an address printed with or without its scheme, www. or trailing slash', () => {
		expect(
			addressInText('https://ebiz.mt.gov/pol', 'You can find eBiz at: https://ebiz.mt.gov/pol'),
		).toBe(true);
		expect(addressInText('https://ebiz.mt.gov/pol', 'Go to ebiz.mt.gov/pol.')).toBe(true);
		expect(
			addressInText('https://www.example.gov/verify/', 'at www.Example.gov/verify today'),
		).toBe(true);
		expect(addressInText('https://example.gov/verify', '(https://www.example.gov/verify/)')).toBe(
			true,
		);
	});

	test('does not take part of a longer address, or another host, for it', () => {
		expect(addressInText('https://ebiz.mt.gov/pol', 'See ebiz.mt.gov/policy')).toBe(false);
		expect(addressInText('https://mt.gov/pol', 'See ebiz.mt.gov/pol')).toBe(false);
		expect(addressInText('https://example.gov/verify', 'example.gov/verify-now')).toBe(false);
	});

	test('is false for an address the text does not hold', () => {
		expect(addressInText('https://example.gov/lookup', 'Look up a licence on our website.')).toBe(
			false,
		);
		expect(addressInText('https://', 'https://')).toBe(false);
	});
});
