import { describe, expect, test } from 'vitest';
import {
	concernsTitle,
	everyTitleRules,
	isPlaceWideRule,
	pairFacts,
	touchesPair,
} from '../../src/lib/site/pair-facts.ts';

interface ClaimNode {
	data: {
		about: { jurisdictions: string[]; roles: string[]; risks: string[] };
		status?: 'in-force' | 'proposed';
	};
}
const claim = (
	jurisdictions: string[],
	roles: string[],
	extra: { status?: 'in-force' | 'proposed'; risks?: string[] } = {},
): ClaimNode => ({
	data: {
		about: { jurisdictions, roles, risks: extra.risks ?? [] },
		...(extra.status ? { status: extra.status } : {}),
	},
});

/** The United States has a fact on nurses and one on every title; Texas one on nurses. */
const data = {
	jurisdictions: new Map([
		['us', { data: {} }],
		['us-tx', { data: { parent: 'us' } }],
		['us-al', { data: { parent: 'us' } }],
		['fr', { data: {} }],
	]),
	claims: new Map<string, ClaimNode>([
		['us-rn', claim(['us'], ['registered-nurse'])],
		['us-every', claim(['us'], [], { status: 'in-force' })],
		['us-finding', claim(['us'], [])],
		['tx-rn', claim(['us-tx'], ['registered-nurse', 'physician'])],
		['tx-and-us-rn', claim(['us-tx', 'us'], ['registered-nurse'])],
		[
			'risk',
			{
				data: {
					about: { jurisdictions: ['us'], roles: [], risks: ['x'] },
					status: 'in-force' as const,
				},
			},
		],
	]),
};

describe('pairFacts', () => {
	test('returns the facts on the title in the place, then in each place above it, with the rules for every title', () => {
		expect(pairFacts(data, 'us-tx', 'registered-nurse')).toEqual([
			{ place: 'us-tx', title: ['tx-rn', 'tx-and-us-rn'], everyTitle: [] },
			{ place: 'us', title: ['us-rn'], everyTitle: ['us-every'] },
		]);
	});

	test('leaves out findings and risk facts that name no title: they bind no one', () => {
		expect(pairFacts(data, 'us', 'aesthetician')).toEqual([
			{ place: 'us', title: [], everyTitle: ['us-every'] },
		]);
	});
});

describe('touchesPair', () => {
	test('is true where a place above has a rule for every title, false where nothing touches the pair', () => {
		expect(touchesPair(data, 'us-al', 'aesthetician')).toBe(true);
		expect(touchesPair(data, 'fr', 'registered-nurse')).toBe(false);
	});
});

describe('everyTitleRules', () => {
	test('returns the place-wide rules of the place and the places above it', () => {
		expect(everyTitleRules(data, 'us-tx')).toEqual(['us-every']);
		expect(everyTitleRules(data, 'fr')).toEqual([]);
	});
});

describe('isPlaceWideRule', () => {
	test('needs a rule (a status) that names no title and no risk', () => {
		expect(isPlaceWideRule(claim(['us'], [], { status: 'proposed' }).data)).toBe(true);
		expect(isPlaceWideRule(claim(['us'], []).data)).toBe(false);
		expect(isPlaceWideRule(claim(['us'], ['physician'], { status: 'in-force' }).data)).toBe(false);
	});
});

describe('concernsTitle', () => {
	const about = (roles: string[]) => ({ about: { jurisdictions: ['us-ca'], roles, risks: [] } });

	test('holds for a fact that names no title, or names this one', () => {
		expect(concernsTitle(about([]), 'physician')).toBe(true);
		expect(concernsTitle(about(['registered-nurse', 'physician']), 'physician')).toBe(true);
	});

	test('fails for a fact that names other titles only', () => {
		expect(concernsTitle(about(['registered-nurse']), 'physician')).toBe(false);
	});
});
