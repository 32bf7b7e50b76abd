import type { Permission, RuleAnswer } from '../../schemas/index.ts';
import { ancestorsOf, type JurisdictionNode } from './jurisdiction-ancestors.ts';

/** A permission as the resolver needs it: its jurisdiction, and its data. */
export interface PermissionNode {
	readonly jurisdiction: string;
	readonly data: Pick<Permission, 'role' | 'answer'>;
}

/** Permissions by jurisdiction id, then by role id. */
export type PermissionIndex<P extends PermissionNode> = ReadonlyMap<string, ReadonlyMap<string, P>>;

/** What the resolver reads: the jurisdictions (for parents) and the indexed permissions. */
export interface PermissionData<P extends PermissionNode> {
	jurisdictions: ReadonlyMap<string, JurisdictionNode>;
	permissions: PermissionIndex<P>;
}

/** What a role may do in a jurisdiction, and where that rule comes from. */
export interface ResolvedPermission<P extends PermissionNode> {
	/** The rule's answer, or `not-documented` when neither the place nor any ancestor has one. */
	answer: RuleAnswer | 'not-documented';
	/** The entry that applies, if any. */
	permission?: P;
	/** The jurisdiction whose entry applies; undefined when not documented. */
	from?: string;
	/** True when the entry is an ancestor's general rule, not the place's own. */
	inherited: boolean;
}

/**
 * Resolves what `roleId` may do in `jurisdictionId`: the place's own entry, else the nearest
 * ancestor's (walking `parent`), else `not-documented`. Unknown ids resolve to not documented.
 * @example resolvePermission(data, 'us-tx', 'physician') // { answer: 'allowed', from: 'us', inherited: true, … }
 */
export function resolvePermission<P extends PermissionNode>(
	data: PermissionData<P>,
	jurisdictionId: string,
	roleId: string,
): ResolvedPermission<P> {
	for (const from of [jurisdictionId, ...ancestorsOf(jurisdictionId, data.jurisdictions)]) {
		const permission = data.permissions.get(from)?.get(roleId);
		if (permission) {
			return {
				answer: permission.data.answer,
				permission,
				from,
				inherited: from !== jurisdictionId,
			};
		}
	}
	return { answer: 'not-documented', inherited: false };
}
