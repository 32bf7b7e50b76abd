import { describe, expect, test } from 'vitest';
import { resolvePermission, type PermissionNode } from '../../src/lib/graph/resolve-permission.ts';
import type { RuleAnswer } from '../../src/schemas/index.ts';

function permission(jurisdiction: string, role: string, answer: RuleAnswer): PermissionNode {
	return { jurisdiction, data: { role, answer } };
}

const jurisdictions = new Map([
	['us', { data: {} }],
	['us-tx', { data: { parent: 'us' } }],
	['us-tx-harris', { data: { parent: 'us-tx' } }],
	['fr', { data: {} }],
]);

const permissions = new Map([
	[
		'us',
		new Map([
			['physician', permission('us', 'physician', 'allowed')],
			['aesthetician', permission('us', 'aesthetician', 'not-allowed')],
		]),
	],
	['us-tx', new Map([['aesthetician', permission('us-tx', 'aesthetician', 'disputed')]])],
]);

const data = { jurisdictions, permissions };

describe('resolvePermission', () => {
	test("returns the jurisdiction's own entry", () => {
		const resolved = resolvePermission(data, 'us-tx', 'aesthetician');
		expect(resolved).toMatchObject({ answer: 'disputed', from: 'us-tx', inherited: false });
		expect(resolved.permission).toBe(permissions.get('us-tx')?.get('aesthetician'));
	});

	test("returns the nearest ancestor's entry, marked as inherited", () => {
		expect(resolvePermission(data, 'us-tx', 'physician')).toMatchObject({
			answer: 'allowed',
			from: 'us',
			inherited: true,
		});
		expect(resolvePermission(data, 'us-tx-harris', 'aesthetician')).toMatchObject({
			answer: 'disputed',
			from: 'us-tx',
			inherited: true,
		});
	});

	test('returns not-documented when neither the place nor an ancestor has an entry', () => {
		expect(resolvePermission(data, 'fr', 'physician')).toEqual({
			answer: 'not-documented',
			inherited: false,
		});
		expect(resolvePermission(data, 'nowhere', 'physician').answer).toBe('not-documented');
	});

	test('returns not-documented, without looping, when parents form a cycle', () => {
		const cyclic = {
			jurisdictions: new Map([
				['a', { data: { parent: 'b' } }],
				['b', { data: { parent: 'a' } }],
			]),
			permissions: new Map(),
		};
		expect(resolvePermission(cyclic, 'a', 'physician').answer).toBe('not-documented');
	});
});
