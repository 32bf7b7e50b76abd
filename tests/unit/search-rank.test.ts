import { describe, expect, test } from 'vitest';
import { rankResults } from '../../src/lib/site/search-rank.ts';

const fact = { id: 'fact', score: 30.45, types: ['Fact'], names: ["The beautician's work"] };
const role = {
	id: 'role',
	score: 13.09,
	types: ['Practitioner'],
	names: ['Aesthetician', 'esthetician, beautician, cosmetician'],
};

describe('rankResults', () => {
	test('puts an entity page the query names above facts that score higher on the word alone', () => {
		expect(rankResults([fact, role], 'beautician').map((r) => r.id)).toEqual(['role', 'fact']);
		expect(rankResults([fact, role], 'Beauticians').map((r) => r.id)).toEqual(['role', 'fact']);
	});

	test('leaves the order alone when the query does not name the entity', () => {
		expect(rankResults([fact, role], 'beautician licence').map((r) => r.id)).toEqual([
			'fact',
			'role',
		]);
	});

	test('keeps a far better fact above a named entity page', () => {
		const strong = { ...fact, score: 50 };
		expect(rankResults([role, strong], 'beautician').map((r) => r.id)).toEqual(['fact', 'role']);
	});

	test("keeps Pagefind's order between equal scores and for an empty query", () => {
		const a = { id: 'a', score: 2, types: [], names: ['a'] };
		const b = { id: 'b', score: 2, types: ['Risk'], names: ['b'] };
		expect(rankResults([a, b], '').map((r) => r.id)).toEqual(['a', 'b']);
	});
});
