import { describe, expect, test } from 'vitest';
import { joinNames, verdictSentence } from '../../src/lib/site/verdict.ts';

const base = { jurisdictionName: 'the United States', supervisorNames: [] as string[] };

describe('verdictSentence', () => {
	test('returns who supervises a delegated role, joined as prose', () => {
		expect(
			verdictSentence({
				...base,
				status: 'delegated',
				roleName: 'Registered nurse',
				supervisorNames: ['Physician', 'Nurse practitioner', 'Physician assistant'],
			}),
		).toBe(
			'A registered nurse may give mesotherapy injections in the United States only under the direct supervision and delegation of a physician, a nurse practitioner or a physician assistant.',
		);
	});

	test('returns a plain no for a prohibited role, with the right article', () => {
		expect(verdictSentence({ ...base, status: 'prohibited', roleName: 'Aesthetician' })).toBe(
			'An aesthetician may not perform mesotherapy in the United States.',
		);
	});

	test('returns "not documented here yet" when nothing is on file', () => {
		expect(
			verdictSentence({
				...base,
				status: 'not-documented',
				roleName: 'Pharmacist',
				jurisdictionName: 'France',
			}),
		).toBe(
			'Nothing on file says whether a pharmacist may perform mesotherapy in France: not documented here yet.',
		);
	});

	test('returns that the sources disagree for a contested role', () => {
		expect(verdictSentence({ ...base, status: 'contested', roleName: 'Registered nurse' })).toMatch(
			/^The sources on file disagree/,
		);
	});
});

describe('joinNames', () => {
	test('returns one name alone, two joined, and more with commas', () => {
		expect(joinNames(['a'], 'or')).toBe('a');
		expect(joinNames(['a', 'b'], 'and')).toBe('a and b');
		expect(joinNames(['a', 'b', 'c'], 'or')).toBe('a, b or c');
	});
});
