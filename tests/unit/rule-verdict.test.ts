import { describe, expect, test } from 'vitest';
import type { Permission } from '../../src/schemas/index.ts';
import { ruleVerdict } from '../../src/lib/site/rule-verdict.ts';

const cites = { claims: ['c'] };
const place = (name: string, kind: 'country' | 'state', parent?: string) => ({
	data: { name, definiteArticle: name === 'United States', kind, parent },
});
const rule = (data: Partial<Permission> & Pick<Permission, 'role' | 'answer'>): Permission => ({
	scope: { subjects: ['mesotherapy'], gap: [], ...cites },
	extent: { hedge: 'always', ...cites },
	requires: [],
	claims: ['c'],
	contrary: [],
	...data,
});

const data = {
	claims: new Map([['c', { data: { source: 's' } }]]),
	sources: new Map([['s', { data: { force: 'guidance' as const } }]]),
	jurisdictions: new Map([
		['us', place('United States', 'country')],
		['us-tx', place('Texas', 'state', 'us')],
		['us-nd', place('North Dakota', 'state', 'us')],
	]),
	roles: new Map([
		['registered-nurse', { data: { name: 'Registered nurse' } }],
		['physician', { data: { name: 'Physician' } }],
		['aesthetician', { data: { name: 'Aesthetician' } }],
	]),
	permissions: new Map([
		[
			'us',
			new Map([
				[
					'registered-nurse',
					{
						jurisdiction: 'us',
						data: rule({
							role: 'registered-nurse',
							answer: 'allowed-with-conditions',
							extent: { hedge: 'almost-always', ...cites },
							requires: [
								{ type: 'supervision', level: 'direct', by: ['physician'], ...cites },
								{ type: 'delegation', by: ['physician'], ...cites },
							],
							localTerms: cites,
						}),
					},
				],
			]),
		],
		[
			'us-nd',
			new Map([
				[
					'registered-nurse',
					{
						jurisdiction: 'us-nd',
						data: rule({
							role: 'registered-nurse',
							answer: 'allowed-with-conditions',
							scope: { subjects: ['approved-agents'], gap: [], ...cites },
							requires: [
								{ type: 'order', from: [], named: 'the prescriber', ...cites },
								{ type: 'assessment', by: [], named: 'the prescriber', ...cites },
							],
						}),
					},
				],
			]),
		],
	]),
};

describe('ruleVerdict', () => {
	test("keeps a country's hedge on a state page, and says the state's boards set the terms", () => {
		expect(ruleVerdict(data, 'us-tx', 'registered-nurse').sentence).toBe(
			"Across the United States, a registered nurse may perform mesotherapy, almost always only under the direct supervision and delegation of a physician. Each state's own boards set the exact terms. The rule on file is official guidance, not law.",
		);
	});

	test("says on the country page itself only what its rule says, states' boards included", () => {
		expect(ruleVerdict(data, 'us', 'registered-nurse').sentence).toBe(
			"In the United States, a registered nurse may perform mesotherapy, almost always only under the direct supervision and delegation of a physician. Each state's own boards set the exact terms. The rule on file is official guidance, not law.",
		);
	});

	test('states an order and an assessment, not supervision, and names the scope gap', () => {
		expect(ruleVerdict(data, 'us-nd', 'registered-nurse').sentence).toBe(
			'In North Dakota, a registered nurse may inject FDA-approved aesthetic agents only with an order from the prescriber and after the prescriber has assessed the patient. This rule is written about FDA-approved aesthetic agents; it does not name mesotherapy. The rule on file is official guidance, not law.',
		);
	});

	test('says "not documented" only where no fact bears on the pair', () => {
		expect(ruleVerdict(data, 'us-tx', 'aesthetician').sentence).toBe(
			'Nothing on file says whether an aesthetician may perform mesotherapy in Texas: not documented here yet.',
		);
		expect(ruleVerdict(data, 'us-tx', 'aesthetician', true).sentence).toBe(
			'No rule on file answers whether an aesthetician may perform mesotherapy in Texas; the facts on file that bear on it are below.',
		);
	});
});
