import { describe, expect, test } from 'vitest';
import type { Regulator } from '../../src/schemas/index.ts';
import { registersFor, titleRegisters } from '../../src/lib/site/title-register.ts';

const board = (
	name: string,
	kind: Regulator['kind'],
	more: Partial<Regulator> = {},
): Regulator => ({
	name,
	kind,
	claims: [],
	...more,
});

const chain = [
	{
		id: 'us-tx',
		regulators: [board('Texas Medical Board', 'medical-board', { claims: ['tx-look-up'] })],
	},
	{
		id: 'us',
		regulators: [
			board('Nursys', 'nursing-board', { lookup: 'https://www.nursys.com/' }),
			board('Federation of State Medical Boards', 'medical-board'),
		],
	},
];

describe('titleRegisters', () => {
	test("returns the nearest place's register of the title's kind, with the fact that describes its lookup", () => {
		expect(
			titleRegisters(chain, { id: 'physician', licensedBy: ['medical-board'] }, ['tx-look-up']),
		).toEqual([
			{
				place: 'us-tx',
				name: 'Texas Medical Board',
				url: undefined,
				lookup: { kind: 'fact', claim: 'tx-look-up' },
			},
		]);
	});

	test('goes up to the country where the place has no register of that kind', () => {
		expect(
			titleRegisters(chain, { id: 'registered-nurse', licensedBy: ['nursing-board'] }, []),
		).toEqual([
			{
				place: 'us',
				name: 'Nursys',
				url: undefined,
				lookup: { kind: 'address', url: 'https://www.nursys.com/' },
			},
		]);
	});

	test('returns none where no register of the kind is on file, or the title names no kind', () => {
		expect(
			titleRegisters(chain, { id: 'aesthetician', licensedBy: ['cosmetology-board'] }, []),
		).toEqual([]);
		expect(titleRegisters(chain, { id: 'midwife', licensedBy: [] }, [])).toEqual([]);
	});
});

describe('titleRegisters, with registers that list their titles', () => {
	const alberta = [
		{
			id: 'ca-ab',
			regulators: [
				board('CRNA', 'nursing-board', { licenses: ['registered-nurse', 'nurse-practitioner'] }),
				board('CLPNA', 'nursing-board', { licenses: ['licensed-practical-nurse'] }),
				board('BIG-register', 'other', { licenses: ['midwife', 'physician'] }),
			],
		},
	];
	const names = (id: string, licensedBy: Regulator['kind'][]) =>
		titleRegisters(alberta, { id, licensedBy }, []).map((r) => r.name);

	test('matches a register that lists its titles by those titles, whatever its kind', () => {
		expect(names('licensed-practical-nurse', ['nursing-board'])).toEqual(['CLPNA']);
		expect(names('registered-nurse', ['nursing-board'])).toEqual(['CRNA']);
		expect(names('midwife', [])).toEqual(['BIG-register']);
		expect(names('physician', ['medical-board'])).toEqual(['BIG-register']);
	});
});

describe('registersFor', () => {
	test("walks from the place up to its country, with the title's kinds and the places' ways to verify", () => {
		const data = {
			jurisdictions: new Map([
				['us', { data: { regulators: chain[1]!.regulators, verify: [] } }],
				[
					'us-tx',
					{ data: { parent: 'us', regulators: chain[0]!.regulators, verify: ['tx-look-up'] } },
				],
			]),
			roles: new Map([
				['physician', { data: { licensedBy: ['medical-board' as const] } }],
				['registered-nurse', { data: { licensedBy: ['nursing-board' as const] } }],
			]),
		};
		expect(registersFor(data, 'us-tx', 'physician').map((r) => [r.name, r.lookup.kind])).toEqual([
			['Texas Medical Board', 'fact'],
		]);
		expect(registersFor(data, 'us-tx', 'registered-nurse').map((r) => r.place)).toEqual(['us']);
		expect(registersFor(data, 'us-tx', 'unknown-title')).toEqual([]);
	});
});
