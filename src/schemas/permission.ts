import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './common.ts';
import {
	IncompleteSchema,
	LocalTermsSchema,
	MayDelegateSchema,
	NotBindingSchema,
	RequirementSchema,
	RuleAnswerSchema,
	RuleExtentSchema,
	RuleScopeSchema,
} from './rule-parts.ts';

export * from './rule-parts.ts';

/**
 * One title's rule in one place: what its quotes answer, about what, how surely, under which
 * conditions, and to whom it may be delegated, each part citing the claims it rests on. The
 * site composes the verdict from these parts alone. Rules live as lists in
 * `content/permissions/<jurisdiction>.yaml`; a title with no entry there takes the rule of the
 * nearest place above, and is "not documented" where none has one.
 */
export const PermissionSchema = z
	.strictObject({
		/** The title this rule is about. */
		role: IdSchema.describe('The title this rule is about, as a role id.'),
		/** What the rule answers. */
		answer: RuleAnswerSchema,
		/** What the rule's quotes are written about. */
		scope: RuleScopeSchema,
		/** The quotes' own hedge. */
		extent: RuleExtentSchema,
		/** The conditions the quotes set, typed; empty when they set none. */
		requires: z
			.array(RequirementSchema)
			.default([])
			.describe('The conditions the quotes set, typed; empty when they set none.'),
		/** To whom the title may delegate the procedure, only where a claim says so. */
		mayDelegate: MayDelegateSchema.optional(),
		/** Where the account leaves the exact terms to each place below it. */
		localTerms: LocalTermsSchema.optional(),
		/** Where the text sets more conditions than are on file. */
		incomplete: IncompleteSchema.optional(),
		/** Where the statement the rule rests on says it is not law. */
		notBinding: NotBindingSchema.optional(),
		/** The claims that give the answer; each about this place (or one above it) and this title. */
		claims: IdListSchema.min(1).describe(
			'The claims that give the answer; each about this place (or one above it) and this title.',
		),
		/**
		 * For a `disputed` answer: the claims on the other side from `claims`. The site lists each
		 * side with its date and legal force, the most recent first.
		 */
		contrary: IdListSchema.default([]).describe(
			'For a `disputed` answer: the claims on the other side from `claims`, each side shown with its date and legal force.',
		),
	})
	.describe(
		"One title's rule in one place: what its quotes answer, about what, how surely, under which conditions, and to whom it may be delegated, each part citing the claims it rests on. Rules live as lists in `content/permissions/<jurisdiction>.yaml`.",
	);

/** A permissions file: the rules of the titles documented in one place. */
export const PermissionFileSchema = z.array(PermissionSchema);

export type Permission = z.infer<typeof PermissionSchema>;

/**
 * The titles a rule's conditions name as giving the order, assessing, supervising, agreeing or
 * delegating: each must itself be allowed to perform the procedure there.
 * @example overseersOf({ requires: [{ type: 'order', from: ['physician'], claims: ['x'] }] }) // [{ role: 'physician', index: 0, field: 'from', position: 0 }]
 */
export function overseersOf(
	rule: Pick<Permission, 'requires'>,
): { role: string; index: number; field: 'from' | 'by' | 'with'; position: number }[] {
	return rule.requires.flatMap((requirement, index) => {
		const [field, roles] =
			requirement.type === 'order'
				? (['from', requirement.from] as const)
				: requirement.type === 'collaborative-agreement'
					? (['with', requirement.with] as const)
					: 'by' in requirement
						? (['by', requirement.by] as const)
						: (['by', []] as const);
		return roles.map((role, position) => ({ role, index, field, position }));
	});
}

/**
 * Every claim a rule cites, each once, in the order its parts give them: answer, contrary,
 * scope and its gap, extent, conditions, delegation, local terms, incompleteness, force.
 */
export function ruleClaims(rule: Permission): string[] {
	return [
		...new Set([
			...rule.claims,
			...rule.contrary,
			...rule.scope.claims,
			...rule.scope.gap,
			...rule.extent.claims,
			...rule.requires.flatMap((r) => r.claims),
			...(rule.mayDelegate?.claims ?? []),
			...(rule.localTerms?.claims ?? []),
			...(rule.incomplete?.claims ?? []),
			...(rule.notBinding?.claims ?? []),
		]),
	];
}
