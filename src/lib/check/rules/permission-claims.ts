import { allPermissions } from '../../content/knowledge-base.ts';
import { ancestorsOf } from '../../graph/jurisdiction-ancestors.ts';
import type { Rule } from '../rule.ts';

/**
 * Checks the evidence of each permission: it cites at least one claim, and every claim it
 * cites (in `claims`, `conditions` or `contrary`) is about its role and its jurisdiction or an ancestor.
 */
export const permissionClaims: Rule = {
	ids: ['permission/no-claim', 'permission/claim-not-about'],
	description: 'Each permission cites claims about its own jurisdiction and role.',
	check({ kb, report }) {
		const places = new Map<string, Set<string>>();
		for (const permission of allPermissions(kb)) {
			const { role, claims, conditions, contrary } = permission.data;
			const where = permission.jurisdiction;
			if (claims.length === 0) {
				report({
					file: permission.file,
					...permission.locate(['claims']),
					rule: 'permission/no-claim',
					message: `The permission for \`${role}\` in \`${where}\` cites no claim, so nothing supports its status.`,
					hint: 'Add to `claims` the id of a claim whose quote establishes this status.',
				});
			}
			// Unknown jurisdictions and roles are reported by the reference rule; the claims of an
			// entry about nothing known cannot be judged.
			if (!kb.jurisdictions.has(where) || !kb.roles.has(role)) continue;
			let place = places.get(where);
			if (!place) {
				place = new Set([where, ...ancestorsOf(where, kb.jurisdictions)]);
				places.set(where, place);
			}
			for (const field of ['claims', 'conditions', 'contrary'] as const) {
				const ids = { claims, conditions, contrary }[field];
				for (const [i, id] of ids.entries()) {
					const claim = kb.claims.get(id);
					if (!claim) continue; // the reference rule reports unknown claims
					const about = claim.data.about;
					const placeMatches = about.jurisdictions.some((j) => place.has(j));
					const roleMatches = about.roles.includes(role);
					if (placeMatches && roleMatches) continue;
					const gaps = [
						placeMatches
							? undefined
							: {
									what: describePlace(where, place),
									field: 'about.jurisdictions',
									add: where,
									has: about.jurisdictions,
								},
						roleMatches
							? undefined
							: { what: `the role \`${role}\``, field: 'about.roles', add: role, has: about.roles },
					].filter((gap) => gap !== undefined);
					const missing = gaps.map((gap) => gap.what).join(' or ');
					report({
						file: permission.file,
						...permission.locate([field, i]),
						rule: 'permission/claim-not-about',
						message: `The claim \`${id}\` is not about ${missing}: its ${gaps.map((gap) => `\`${gap.field}\` ${list(gap.has)}`).join(' and ')}.`,
						hint: `Cite a claim about ${gaps.map((gap) => gap.what).join(' and ')}, or, if the quote of \`${id}\` does speak of ${gaps.length > 1 ? 'them' : 'it'}, add ${gaps.map((gap) => `\`${gap.add}\` to its \`${gap.field}\``).join(' and ')} in ${claim.file}.`,
					});
				}
			}
		}
	},
};

function describePlace(where: string, place: ReadonlySet<string>): string {
	const ancestors = [...place].filter((j) => j !== where);
	if (ancestors.length === 0) return `\`${where}\``;
	return `\`${where}\` (or ${ancestors.map((j) => `\`${j}\``).join(', ')}, above it)`;
}

function list(ids: readonly string[]): string {
	return ids.length === 0 ? 'is empty' : `lists ${ids.map((id) => `\`${id}\``).join(', ')}`;
}
