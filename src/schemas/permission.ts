import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './common.ts';

/**
 * What a role may do in a jurisdiction.
 * - `independent`: may perform the procedure and delegate it.
 * - `supervised`: may perform it under supervision or a collaborative agreement.
 * - `delegated`: only under direct supervision and delegation.
 * - `prohibited`: may not perform it.
 * - `contested`: the sources disagree.
 */
export const PermissionStatusSchema = z
	.enum(['independent', 'supervised', 'delegated', 'prohibited', 'contested'])
	.describe(
		'What a role may do in a jurisdiction: `independent` (may perform the procedure and delegate it), `supervised` (may perform it under supervision or a collaborative agreement), `delegated` (only under direct supervision and delegation), `prohibited` (may not perform it) or `contested` (the sources disagree).',
	);

/**
 * One role's permission in one jurisdiction. Permissions live as lists in
 * `content/permissions/<jurisdiction>.yaml`; a role with no entry is "not documented" there.
 */
export const PermissionSchema = z
	.strictObject({
		/** The role this entry is about. */
		role: IdSchema.describe('The role this entry is about.'),
		/** What the role may do. */
		status: PermissionStatusSchema.describe('What the role may do.'),
		/** Roles that may supervise or delegate to this one; each must itself be allowed to act. */
		supervisors: IdListSchema.default([]).describe(
			'Roles that may supervise or delegate to this one; each must itself be allowed to act.',
		),
		/** Claims stating the conditions that apply (supervision, training, protocols). */
		conditions: IdListSchema.default([]).describe(
			'Claims stating the conditions that apply (supervision, training, protocols).',
		),
		/** Claims that establish the status; each must be about this jurisdiction (or an ancestor) and role. */
		claims: IdListSchema.default([]).describe(
			'Claims that establish the status; each must be about this jurisdiction (or an ancestor) and role.',
		),
		/** Where the status is `contested`: the claims on the other side of the dispute from `claims`. */
		contrary: IdListSchema.default([]).describe(
			'Where the status is `contested`: the claims on the other side of the dispute from `claims`.',
		),
	})
	.describe(
		'One role\'s permission in one jurisdiction. Permissions live as lists in `content/permissions/<jurisdiction>.yaml`; a role with no entry is "not documented" there.',
	);

/** A permissions file: the list of roles documented in one jurisdiction. */
export const PermissionFileSchema = z.array(PermissionSchema);

export type Permission = z.infer<typeof PermissionSchema>;
export type PermissionStatus = z.infer<typeof PermissionStatusSchema>;
