import { describe, expect, test } from 'vitest';
import {
	frequencyLabel,
	frequencyListLabel,
	severityLabel,
} from '../../src/lib/site/risk-labels.ts';

describe('risk labels', () => {
	test('say plainly what a severity on the sources’ scale is, and when none rates it', () => {
		expect(severityLabel('major')).toBe('Major');
		expect(severityLabel('not-rated')).toBe('Not rated by any source on file');
	});

	test('say how often a risk happens, on its page and in a list', () => {
		expect(frequencyLabel('not-assessable')).toBe('Not assessable (see the facts below)');
		expect(frequencyListLabel('not-assessable')).toBe('how often: not assessable');
		expect(frequencyListLabel('not-documented')).toBe('how often: not documented here yet');
	});
});
