import { allPermissions } from '../../content/knowledge-base.ts';
import type { DataPath } from '../../content/parse-yaml.ts';
import { ancestorsOf } from '../../graph/jurisdiction-ancestors.ts';
import { citingParts } from '../permission-parts.ts';
import type { Rule } from '../rule.ts';

/**
 * Checks the evidence of each rule: every claim any part of it cites (answer, contrary side,
 * scope, extent, conditions, delegation, local terms) is about its place or one above it, and
 * about its title, unless the claim is place-wide (about no title and no risk), which may back
 * any title's rule there. That each part cites at least one claim is the schema's to say: the
 * loader reports an empty list as `permission/no-claim`.
 */
export const permissionClaims: Rule = {
	ids: ['permission/claim-not-about'],
	description: 'Each rule cites claims about its own place and title.',
	check({ kb, report }) {
		const places = new Map<string, Set<string>>();
		for (const permission of allPermissions(kb)) {
			const { role } = permission.data;
			const where = permission.jurisdiction;
			// Unknown places and titles are reported by the reference rule; the claims of a rule
			// about nothing known cannot be judged.
			if (!kb.jurisdictions.has(where) || !kb.roles.has(role)) continue;
			let place = places.get(where);
			if (!place) {
				place = new Set([where, ...ancestorsOf(where, kb.jurisdictions)]);
				places.set(where, place);
			}
			// A claim cited in several parts is reported once, where it is first cited: one fix
			// (another claim, or a wider `about`) mends every place.
			const citations = new Map<string, { path: DataPath; name: string }[]>();
			for (const part of citingParts(permission.data)) {
				for (const [i, id] of part.ids.entries()) {
					const list = citations.get(id) ?? [];
					citations.set(id, list);
					list.push({ path: [...part.path, i], name: part.name });
				}
			}
			for (const [id, [first, ...others]] of citations) {
				const claim = kb.claims.get(id);
				if (!claim || !first) continue; // the reference rule reports unknown claims
				const about = claim.data.about;
				const placeMatches = about.jurisdictions.some((j) => place.has(j));
				const placeWide = about.roles.length === 0 && about.risks.length === 0;
				const roleMatches = placeWide || about.roles.includes(role);
				if (placeMatches && roleMatches) continue;
				const gaps = [
					placeMatches
						? undefined
						: {
								what: describePlace(where, place),
								field: 'about.jurisdictions',
								add: where,
								has: list(about.jurisdictions),
							},
					roleMatches
						? undefined
						: {
								what: `the title \`${role}\``,
								field: 'about.roles',
								add: role,
								has:
									about.roles.length === 0
										? `is empty, and it is about risks (${about.risks.map((r) => `\`${r}\``).join(', ')}), so it is no place-wide rule`
										: list(about.roles),
							},
				].filter((gap) => gap !== undefined);
				const missing = gaps.map((gap) => gap.what).join(' or ');
				const also = others.length
					? ` (and for ${[...new Set(others.map((o) => o.name))].join(', ')})`
					: '';
				report({
					file: permission.file,
					...permission.locate(first.path),
					rule: 'permission/claim-not-about',
					message: `The claim \`${id}\`, cited for ${first.name} of \`${role}\` in \`${where}\`${also}, is not about ${missing}: its ${gaps.map((gap) => `\`${gap.field}\` ${gap.has}`).join(' and ')}.`,
					hint: `Cite a claim about ${gaps.map((gap) => gap.what).join(' and ')}${others.length ? ' in each of these parts' : ''}, or, if the quote of \`${id}\` does speak of ${gaps.length > 1 ? 'them' : 'it'}, add ${gaps.map((gap) => `\`${gap.add}\` to its \`${gap.field}\``).join(' and ')} in ${claim.file}.`,
				});
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
