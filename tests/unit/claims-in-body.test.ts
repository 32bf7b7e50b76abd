import { describe, expect, test } from 'vitest';
import { claimIdsInBody, uniqueLists } from '../../src/lib/site/claims-in-body.ts';

describe('claimIdsInBody', () => {
	test('returns the ids of every Claim component, in order, whatever the quotes and spacing', () => {
		const body = `## A\n\n<Claim id="first" />\n\nText <Claim id='second'/> and <Role id="physician" />.`;
		expect(claimIdsInBody(body)).toEqual(['first', 'second']);
	});
});

describe('uniqueLists', () => {
	test('keeps each item in the first list that has it and drops the ones already shown', () => {
		const item = (id: string) => ({ id });
		expect(
			uniqueLists(
				[
					[item('a'), item('b')],
					[item('b'), item('c'), item('d')],
				],
				['d'],
			),
		).toEqual([[item('a'), item('b')], [item('c')]]);
	});
});
