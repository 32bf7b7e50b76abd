import { describe, expect, test } from 'vitest';
import { resolvePermission, type PermissionNode } from '../../src/lib/graph/resolve-permission.ts';
import type { PermissionStatus } from '../../src/schemas/index.ts';

function permission(jurisdiction: string, role: string, status: PermissionStatus): PermissionNode {
	return { jurisdiction, data: { role, status } };
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
			['physician', permission('us', 'physician', 'independent')],
			['aesthetician', permission('us', 'aesthetician', 'prohibited')],
		]),
	],
	['us-tx', new Map([['aesthetician', permission('us-tx', 'aesthetician', 'contested')]])],
]);

const data = { jurisdictions, permissions };

describe('resolvePermission', () => {
	test("returns the jurisdiction's own entry", () => {
		const resolved = resolvePermission(data, 'us-tx', 'aesthetician');
		expect(resolved).toMatchObject({ status: 'contested', from: 'us-tx', inherited: false });
		expect(resolved.permission).toBe(permissions.get('us-tx')?.get('aesthetician'));
	});

	test("returns the nearest ancestor's entry, marked as inherited", () => {
		expect(resolvePermission(data, 'us-tx', 'physician')).toMatchObject({
			status: 'independent',
			from: 'us',
			inherited: true,
		});
		expect(resolvePermission(data, 'us-tx-harris', 'aesthetician')).toMatchObject({
			status: 'contested',
			from: 'us-tx',
			inherited: true,
		});
	});

	test('returns not-documented when neither the place nor an ancestor has an entry', () => {
		expect(resolvePermission(data, 'fr', 'physician')).toEqual({
			status: 'not-documented',
			inherited: false,
		});
		expect(resolvePermission(data, 'nowhere', 'physician').status).toBe('not-documented');
	});

	test('returns not-documented, without looping, when parents form a cycle', () => {
		const cyclic = {
			jurisdictions: new Map([
				['a', { data: { parent: 'b' } }],
				['b', { data: { parent: 'a' } }],
			]),
			permissions: new Map(),
		};
		expect(resolvePermission(cyclic, 'a', 'physician').status).toBe('not-documented');
	});
});
