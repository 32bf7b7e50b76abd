import { describe, expect, test } from 'vitest';
import { sourceForceLabel } from '../../src/lib/site/source-labels.ts';

describe('sourceForceLabel', () => {
	test('calls a bill or a draft a proposal, not binding law', () => {
		expect(sourceForceLabel('binding', 'proposed')).toBe(
			'A proposal: it would be binding law only if adopted',
		);
		expect(sourceForceLabel('binding', 'under-consultation')).toMatch(/^A proposal/);
	});

	test('calls a law in force, or of no stated status, binding law', () => {
		expect(sourceForceLabel('binding', 'in-force')).toBe('Binding law');
		expect(sourceForceLabel('binding')).toBe('Binding law');
		expect(sourceForceLabel('guidance', 'proposed')).toBe('Official guidance (not binding)');
	});
});
