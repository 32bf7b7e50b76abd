import { describe, expect, test } from 'vitest';
import {
	composeVerdict,
	conditionGroups,
	conditionPhrase,
	type VerdictParts,
	type VerdictRequirement,
} from '../../src/lib/site/compose-verdict.ts';

const base: VerdictParts = {
	answer: 'allowed',
	roleName: 'Physician',
	rulePlaceName: 'Ontario',
	inherited: false,
	subjects: ['mesotherapy'],
	hedge: 'always',
	requires: [],
	mayDelegateTo: [],
};

describe('composeVerdict', () => {
	test('returns a plain sentence for a rule with no conditions', () => {
		expect(composeVerdict(base)).toBe('In Ontario, a physician may perform mesotherapy.');
	});

	test('says an order where the rule asks for an order, never supervision', () => {
		const verdict = composeVerdict({
			...base,
			answer: 'allowed-with-conditions',
			roleName: 'Registered nurse',
			subjects: ['injections'],
			requires: [{ type: 'order', from: ['Physician', 'Nurse practitioner'] }],
		});
		expect(verdict).toBe(
			'In Ontario, a registered nurse may give injections only with an order from a physician or a nurse practitioner. This rule is written about injections; it does not name mesotherapy.',
		);
		expect(verdict).not.toMatch(/supervis/);
	});

	test('names the products a rule is about, with the assessment and order it requires', () => {
		expect(
			composeVerdict({
				...base,
				answer: 'allowed-with-conditions',
				roleName: 'Registered nurse',
				rulePlaceName: 'North Dakota',
				subjects: ['approved-agents'],
				requires: [
					{ type: 'assessment', by: ['Physician'] },
					{ type: 'order', from: ['Physician'] },
				],
			}),
		).toBe(
			'In North Dakota, a registered nurse may inject FDA-approved aesthetic agents only after a physician has assessed the patient and with an order from a physician. This rule is written about FDA-approved aesthetic agents; it does not name mesotherapy.',
		);
	});

	test("keeps a country-wide account's hedge on a state page, and says states set the terms", () => {
		expect(
			composeVerdict({
				...base,
				answer: 'allowed-with-conditions',
				roleName: 'Registered nurse',
				rulePlaceName: 'the United States',
				inherited: true,
				hedge: 'generally',
				requires: [{ type: 'supervision', level: 'unspecified', by: ['Physician'] }],
				localTermsKind: 'state',
			}),
		).toBe(
			"Across the United States, a registered nurse may perform mesotherapy, generally only under the supervision of a physician. Each state's own boards set the exact terms.",
		);
	});

	test('keeps "often" as "often"', () => {
		expect(
			composeVerdict({
				...base,
				roleName: 'Nurse practitioner',
				rulePlaceName: 'the United States',
				hedge: 'often',
			}),
		).toBe('In the United States, a nurse practitioner is often allowed to perform mesotherapy.');
	});

	test('says a title may delegate only where the rule has a delegation part', () => {
		expect(composeVerdict(base)).not.toMatch(/delegate/);
		expect(composeVerdict({ ...base, mayDelegateTo: ['Registered nurse'] })).toBe(
			'In Ontario, a physician may perform mesotherapy, and may delegate it to a registered nurse.',
		);
	});

	test('returns a refusal, and a dispute naming no side as right', () => {
		expect(composeVerdict({ ...base, answer: 'not-allowed', roleName: 'Aesthetician' })).toBe(
			'In Ontario, an aesthetician may not perform mesotherapy.',
		);
		expect(
			composeVerdict({
				...base,
				answer: 'disputed',
				roleName: 'Registered nurse',
				rulePlaceName: 'Spain',
			}),
		).toBe(
			'The sources on file disagree on whether a registered nurse may perform mesotherapy in Spain.',
		);
	});

	test('names two products as one act', () => {
		expect(
			composeVerdict({
				...base,
				rulePlaceName: 'Florida',
				subjects: ['botulinum-toxin', 'dermal-fillers'],
			}),
		).toBe(
			'In Florida, a physician may inject botulinum toxin (Botox) or dermal fillers. This rule is written about botulinum toxin (Botox) and dermal fillers; it does not name mesotherapy.',
		);
	});
});

describe('conditionPhrase', () => {
	test.each<[VerdictRequirement, string]>([
		[
			{ type: 'supervision', level: 'on-site', by: ['Physician'] },
			'under the on-site supervision of a physician',
		],
		[
			{ type: 'supervision', level: 'immediately-available', by: ['Physician'] },
			'under supervision, with a physician on site or immediately available',
		],
		[
			{ type: 'supervision', level: 'reachable', within: 'thirty minutes', by: ['Physician'] },
			'with a physician who can be reached within thirty minutes',
		],
		[
			{ type: 'collaborative-agreement', with: ['Physician'] },
			'under a collaborative agreement with a physician',
		],
		[{ type: 'delegation', by: ['Physician'] }, 'when a physician delegates it'],
		[{ type: 'training' }, 'with the training or qualification the sources describe'],
	])('returns the phrase for %j', (requirement, phrase) => {
		expect(conditionPhrase(requirement)).toBe(phrase);
	});
});

describe('conditionGroups', () => {
	test('joins a condition that may be met instead of the one before it with "or"', () => {
		expect(
			conditionGroups([
				{ type: 'supervision', level: 'unspecified', by: ['Physician'] },
				{ type: 'collaborative-agreement', with: ['Physician'], alternative: true },
				{ type: 'training' },
			]),
		).toEqual([
			'under the supervision of a physician or under a collaborative agreement with a physician',
			'with the training or qualification the sources describe',
		]);
	});

	test('gives the choice in the verdict, and "often" as how the title works, not as a requirement', () => {
		expect(
			composeVerdict({
				answer: 'allowed-with-conditions',
				roleName: 'Nurse practitioner',
				rulePlaceName: 'the United States',
				inherited: false,
				subjects: ['mesotherapy'],
				hedge: 'often',
				requires: [
					{ type: 'supervision', level: 'unspecified', by: ['Physician'] },
					{ type: 'collaborative-agreement', with: ['Physician'], alternative: true },
				],
				mayDelegateTo: [],
			}),
		).toBe(
			'In the United States, a nurse practitioner may perform mesotherapy, and often does so under the supervision of a physician or under a collaborative agreement with a physician.',
		);
	});
});

describe('composeVerdict, hedges and force', () => {
	const rn: VerdictParts = {
		answer: 'allowed-with-conditions',
		roleName: 'Registered nurse',
		rulePlaceName: 'the United States',
		inherited: false,
		subjects: ['mesotherapy'],
		hedge: 'almost-always',
		requires: [
			{ type: 'supervision', level: 'direct', by: ['Physician', 'Nurse practitioner'] },
			{ type: 'delegation', by: ['Physician', 'Nurse practitioner'] },
		],
		mayDelegateTo: [],
	};

	test('keeps "almost universally" and "direct", and names the supervisors once', () => {
		expect(composeVerdict(rn)).toBe(
			'In the United States, a registered nurse may perform mesotherapy, almost always only under the direct supervision and delegation of a physician or a nurse practitioner.',
		);
	});

	test("gives the quote's own words for who where it names no title, or leaves its list open", () => {
		expect(
			conditionGroups([
				{ type: 'order', from: [], named: 'an authorized prescriber' },
				{ type: 'order', from: ['Physician'], named: 'an authorized provider', alternative: true },
			]),
		).toEqual([
			'with an order from an authorized prescriber or with an order from an authorized provider, including a physician',
		]);
	});

	test('says that a ruling on one case binds no one else, and that guidance is not law', () => {
		expect(composeVerdict({ ...rn, hedge: 'one-case', force: 'guidance', requires: [] })).toBe(
			'In the United States, a registered nurse may perform mesotherapy. This comes from a ruling on one petitioner’s case, which binds no one else. The rule on file is official guidance, not law.',
		);
	});

	test("quotes the source's words for how close a supervisor must be", () => {
		expect(
			conditionPhrase({
				type: 'supervision',
				level: 'on-site',
				detail: 'physically present and have direct visual observation',
				by: ['Physician'],
			}),
		).toBe(
			'under the on-site supervision of a physician (“physically present and have direct visual observation”)',
		);
	});
});

describe('composeVerdict, what the text leaves out', () => {
	const md: VerdictParts = {
		answer: 'allowed-with-conditions',
		roleName: 'Registered nurse',
		rulePlaceName: 'Maryland',
		inherited: false,
		subjects: ['cosmetic-procedures'],
		hedge: 'always',
		requires: [{ type: 'order', from: [], named: 'an authorized prescriber' }],
		mayDelegateTo: [],
		incomplete: true,
		notBinding: true,
	};

	test('says that further conditions are not on file, and that the statement is not law', () => {
		expect(composeVerdict(md)).toBe(
			'In Maryland, a registered nurse may perform cosmetic medical procedures only with an order from an authorized prescriber. This rule is written about cosmetic medical procedures; it does not name mesotherapy. This rule does not state every condition or limit its text sets: see the facts below. The statement says it does not have the force of law.',
		);
	});

	test('names consent and registration as conditions', () => {
		expect(conditionGroups([{ type: 'consent' }, { type: 'registration' }])).toEqual([
			"with the patient's informed consent, as the sources describe it",
			'when registered as the sources describe',
		]);
	});
});

describe('composeVerdict, delegation', () => {
	test("keeps an unconditional permission's hedge on delegating too", () => {
		expect(
			composeVerdict({
				answer: 'allowed',
				roleName: 'Physician',
				rulePlaceName: 'the United States',
				inherited: false,
				subjects: ['mesotherapy'],
				hedge: 'generally',
				requires: [],
				mayDelegateTo: ['Registered nurse'],
			}),
		).toBe(
			'In the United States, a physician may generally perform mesotherapy, and may generally delegate it to a registered nurse.',
		);
	});
});
