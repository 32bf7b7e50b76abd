/**
 * The verdict for one place and one title, composed from the parts of the rule that applies
 * (its own, or the nearest place above's) by `composeVerdict`, and the plain sentence that
 * stands in where no rule applies.
 */
import type { Jurisdiction, Permission, Role, SourceForce } from '../../schemas/index.ts';
import {
	resolvePermission,
	type PermissionIndex,
	type ResolvedPermission,
} from '../graph/resolve-permission.ts';
import { composeVerdict, type VerdictParts, type VerdictRequirement } from './compose-verdict.ts';
import { placeName } from './place-name.ts';

/** A rule as the verdict reads it. */
export interface RuleNode {
	readonly jurisdiction: string;
	readonly data: Permission;
}

/** The knowledge base as the verdict reads it. */
export interface VerdictData<P extends RuleNode> {
	jurisdictions: ReadonlyMap<
		string,
		{ readonly data: Pick<Jurisdiction, 'name' | 'definiteArticle' | 'parent' | 'kind'> }
	>;
	roles: ReadonlyMap<string, { readonly data: Pick<Role, 'name'> }>;
	permissions: PermissionIndex<P>;
	claims: ReadonlyMap<string, { readonly data: { readonly source: string } }>;
	sources: ReadonlyMap<string, { readonly data: { readonly force: SourceForce } }>;
}

/** The rule that applies to a pair, and the verdict sentence composed from it. */
export interface Verdict<P extends RuleNode> {
	resolved: ResolvedPermission<P>;
	sentence: string;
}

/**
 * The verdict for `role` in `place`. Where no rule applies, the sentence says so and, when
 * `hasFacts`, points to the facts on file that bear on the question.
 * @example ruleVerdict(kb, 'us-tx', 'registered-nurse').sentence // 'Across the United States, a registered nurse may perform mesotherapy, often only …'
 */
export function ruleVerdict<P extends RuleNode>(
	data: VerdictData<P>,
	place: string,
	role: string,
	hasFacts = false,
): Verdict<P> {
	const resolved = resolvePermission(data, place, role);
	const roleName = data.roles.get(role)?.data.name ?? role;
	const name = (id: string) => {
		const j = data.jurisdictions.get(id)?.data;
		return j ? placeName(j) : id;
	};
	if (!resolved.permission || resolved.from === undefined) {
		const who = withArticle(roleName.toLowerCase());
		return {
			resolved,
			sentence: hasFacts
				? `No rule on file answers whether ${who} may perform mesotherapy in ${name(place)}; the facts on file that bear on it are below.`
				: `Nothing on file says whether ${who} may perform mesotherapy in ${name(place)}: not documented here yet.`,
		};
	}
	return {
		resolved,
		sentence: composeVerdict(verdictParts(data, resolved.permission.data, place, resolved.from)),
	};
}

/**
 * The parts of a rule with names in place of ids, as `composeVerdict` takes them.
 * `asked` is the place the reader asked about; `from` is the place whose rule it is.
 */
export function verdictParts(
	data: Pick<VerdictData<RuleNode>, 'jurisdictions' | 'roles' | 'claims' | 'sources'>,
	rule: Permission,
	asked: string,
	from: string,
): VerdictParts {
	const force = strongestForce(
		rule.claims.flatMap((id) => {
			const source = data.claims.get(id)?.data.source;
			const f = source === undefined ? undefined : data.sources.get(source)?.data.force;
			return f === undefined ? [] : [f];
		}),
	);
	const roleName = (id: string) => data.roles.get(id)?.data.name ?? id;
	const names = (ids: readonly string[]) => ids.map(roleName);
	// Each condition as the rule gives it, with each title's name in place of its id.
	const requires = rule.requires.map((r): VerdictRequirement => {
		if ('from' in r) return { ...r, from: names(r.from) };
		if ('with' in r) return { ...r, with: names(r.with) };
		if ('by' in r) return { ...r, by: names(r.by) };
		return r;
	});
	const inherited = asked !== from;
	const fromPlace = data.jurisdictions.get(from)?.data;
	const parts: VerdictParts = {
		answer: rule.answer,
		roleName: roleName(rule.role),
		rulePlaceName: fromPlace ? placeName(fromPlace) : from,
		inherited,
		subjects: rule.scope.subjects,
		hedge: rule.extent.hedge,
		requires,
		mayDelegateTo: names(rule.mayDelegate?.to ?? []),
		...(force ? { force } : {}),
	};
	if (rule.incomplete) parts.incomplete = true;
	if (rule.notBinding) parts.notBinding = true;
	// The places that set the exact terms: the one asked about, or on the rule's own page, the
	// kind of the places within it.
	const termsKind = inherited
		? data.jurisdictions.get(asked)?.data.kind
		: [...data.jurisdictions.values()].find((j) => j.data.parent === from)?.data.kind;
	if (rule.localTerms && termsKind) parts.localTermsKind = termsKind;
	return parts;
}

/** The order of legal force, strongest first. */
const forceOrder: readonly SourceForce[] = ['binding', 'guidance', 'opinion', 'secondary'];

/**
 * The strongest legal force among these, or undefined for none.
 * @example strongestForce(['secondary', 'guidance']) // 'guidance'
 */
export function strongestForce(forces: readonly SourceForce[]): SourceForce | undefined {
	return forceOrder.find((force) => forces.includes(force));
}

function withArticle(noun: string): string {
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
