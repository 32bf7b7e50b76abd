import { describe, expect, test } from 'vitest';
import {
	composeVerdict,
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
			'In Ontario, a registered nurse may give injections only with an order from a physician or a nurse practitioner. This rule is written about injections; no rule on file names mesotherapy.',
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
			'In North Dakota, a registered nurse may inject approved aesthetic agents only after a physician has assessed the patient and with an order from a physician. This rule is written about approved aesthetic agents; no rule on file names mesotherapy.',
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
			"Across the United States, a registered nurse may generally perform mesotherapy only under the supervision of a physician. Each state's own boards set the exact terms.",
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
			'In Florida, a physician may inject botulinum toxin (Botox) or dermal fillers. This rule is written about botulinum toxin (Botox) and dermal fillers; no rule on file names mesotherapy.',
		);
	});
});

describe('conditionPhrase', () => {
	test.each<[VerdictRequirement, string]>([
		[
			{ type: 'supervision', level: 'on-site', by: ['Physician'] },
			'under the supervision of a physician who is on site',
		],
		[
			{ type: 'supervision', level: 'immediately-available', by: ['Physician'] },
			'under the supervision of a physician who is on site or immediately available',
		],
		[
			{ type: 'supervision', level: 'reachable', within: 'thirty minutes', by: ['Physician'] },
			'under the supervision of a physician who can be reached within thirty minutes',
		],
		[
			{ type: 'collaborative-agreement', with: ['Physician'] },
			'under a collaborative agreement with a physician',
		],
		[{ type: 'delegation', by: ['Physician'] }, 'when a physician delegates it'],
		[{ type: 'training' }, 'with the training the sources describe'],
	])('returns the phrase for %j', (requirement, phrase) => {
		expect(conditionPhrase(requirement)).toBe(phrase);
	});
});
