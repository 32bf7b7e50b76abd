import { describe, expect, test } from 'vitest';
import { ancestorsOf } from '../../src/lib/graph/jurisdiction-ancestors.ts';

function places(parents: Record<string, string | undefined>) {
	return new Map(Object.entries(parents).map(([id, parent]) => [id, { data: { parent } }]));
}

describe('ancestorsOf', () => {
	test('returns the parents, nearest first', () => {
		const jurisdictions = places({ us: undefined, 'us-tx': 'us', 'us-tx-harris': 'us-tx' });
		expect(ancestorsOf('us-tx-harris', jurisdictions)).toEqual(['us-tx', 'us']);
	});

	test('returns nothing for a jurisdiction without a parent, or an unknown one', () => {
		const jurisdictions = places({ fr: undefined });
		expect(ancestorsOf('fr', jurisdictions)).toEqual([]);
		expect(ancestorsOf('nowhere', jurisdictions)).toEqual([]);
	});

	test('stops before a parent that does not exist', () => {
		expect(ancestorsOf('us-tx', places({ 'us-tx': 'usa' }))).toEqual([]);
	});

	test('stops on a cycle of parents instead of looping', () => {
		const jurisdictions = places({ a: 'b', b: 'c', c: 'a' });
		expect(ancestorsOf('a', jurisdictions)).toEqual(['b', 'c']);
		expect(ancestorsOf('self', places({ self: 'self' }))).toEqual([]);
	});
});
