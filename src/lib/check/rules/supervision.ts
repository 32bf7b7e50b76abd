import type { PermissionEntry } from '../../content/knowledge-base.ts';
import { findCycles, formatCycle } from '../../graph/find-cycles.ts';
import { ancestorsOf } from '../../graph/jurisdiction-ancestors.ts';
import {
	resolvePermission,
	type PermissionData,
	type ResolvedPermission,
} from '../../graph/resolve-permission.ts';
import { overseersOf, type Requirement, type RuleAnswer } from '../../../schemas/index.ts';
import type { Report } from '../finding.ts';
import { codeList, fieldName } from '../permission-parts.ts';
import type { Rule } from '../rule.ts';

/** The answers that let a title give the order, assess, supervise, agree or delegate. */
const mayOversee = new Set<RuleAnswer | 'not-documented'>(['allowed', 'allowed-with-conditions']);

/** The answers whose conditions count: a rule answered `allowed` or `not-allowed` has none. */
const takesConditions = new Set<RuleAnswer | 'not-documented'>([
	'allowed-with-conditions',
	'disputed',
]);

/** What a title named in each kind of condition does, in messages: "cannot supervise". */
const roleVerbs: Record<Requirement['type'], string> = {
	order: 'give the order for',
	assessment: 'assess patients for',
	supervision: 'supervise',
	'collaborative-agreement': 'hold the collaborative agreement of',
	delegation: 'delegate the procedure to',
	training: 'train',
	consent: 'take the consent for',
	registration: 'register',
	policies: 'write the policies of',
	premises: 'provide the premises of',
};

/**
 * Checks each place's rules as a whole: an `allowed-with-conditions` rule lists its conditions
 * and an `allowed` or `not-allowed` one lists none; every title a condition names (who gives the
 * order, assesses, supervises, agrees or delegates) may itself perform the procedure there, by
 * its own rule or one inherited from a place above; these titles form no cycle; and no rule of
 * the place breaks a chain of oversight that it inherits. Every chain so ends at a title allowed
 * there, or at one whose own conditions name no one. Each broken chain is reported once, at its
 * cause, not at every rule that rests on it.
 */
export const supervision: Rule = {
	ids: [
		'permission/conditions-missing',
		'permission/conditions-unexpected',
		'permission/overseer-not-allowed',
		'permission/oversight-cycle',
		'permission/chain-unanchored',
	],
	description:
		'Conditions match the answer; titles named in conditions are allowed, form no cycle, and end at an allowed title.',
	check({ kb, report }) {
		const data: PermissionData<PermissionEntry> = {
			jurisdictions: kb.jurisdictions,
			permissions: kb.permissions,
		};
		for (const [where, own] of data.permissions) {
			const place = new Place(data, where);
			for (const permission of own.values()) reportConditionsAgainstAnswer(permission, report);
			reportCycles(place, own, report);
			for (const permission of own.values()) {
				const { role, answer } = permission.data;
				if (!takesConditions.has(answer)) continue;
				for (const { role: overseer, index, field, position } of overseersOf(permission.data)) {
					if (!kb.roles.has(overseer)) continue; // the reference rule reports unknown titles
					const resolved = place.resolve(overseer);
					if (mayOversee.has(resolved.answer)) continue;
					const type = permission.data.requires[index]!.type;
					const list = fieldName(['requires', index, field]);
					report({
						file: permission.file,
						...permission.locate(['requires', index, field, position]),
						rule: 'permission/overseer-not-allowed',
						message: `\`${overseer}\` cannot ${roleVerbs[type]} \`${role}\` in \`${where}\`: ${describeAnswer(resolved, where)}.`,
						hint:
							resolved.answer === 'not-documented'
								? `Add a rule for \`${overseer}\` to ${permission.file}, backed by a claim, or remove it from \`${list}\`.`
								: `A title named in a condition must itself be \`allowed\` or \`allowed-with-conditions\` there; remove \`${overseer}\` from \`${list}\`, or correct its own rule if a source says otherwise.`,
					});
				}
			}
			reportInheritedBreaks(place, own, report);
		}
	},
};

/** Reports a conditional answer without conditions, and conditions on an unconditional one. */
function reportConditionsAgainstAnswer(
	permission: PermissionEntry,
	report: (finding: Report) => void,
): void {
	const { role, answer, requires } = permission.data;
	const where = permission.jurisdiction;
	if (answer === 'allowed-with-conditions' && requires.length === 0) {
		report({
			file: permission.file,
			...permission.locate(['answer']),
			rule: 'permission/conditions-missing',
			message: `\`${role}\` is \`allowed-with-conditions\` in \`${where}\`, but its rule lists no condition under \`requires\`, so the site cannot say which.`,
			hint: 'List under `requires` each condition its quotes state (`order`, `assessment`, `supervision`, `collaborative-agreement`, `delegation`, `training`, `consent`, `registration`, `policies` or `premises`, with the claims that state it), or set `answer: allowed` if they state none.',
		});
	}
	if ((answer === 'allowed' || answer === 'not-allowed') && requires.length > 0) {
		report({
			file: permission.file,
			...permission.locate(['requires']),
			rule: 'permission/conditions-unexpected',
			message:
				answer === 'allowed'
					? `\`${role}\` is \`allowed\` in \`${where}\`, which means without conditions, yet its rule lists ${plural(requires.length, 'condition')} under \`requires\`.`
					: `\`${role}\` is \`not-allowed\` in \`${where}\`, so it has no conditions to meet, yet its rule lists ${plural(requires.length, 'condition')} under \`requires\`.`,
			hint:
				answer === 'allowed'
					? 'Set `answer: allowed-with-conditions` if its quotes make it conditional, or remove `requires`.'
					: 'Remove `requires`, or set `answer: allowed-with-conditions` if its quotes allow it under these conditions.',
		});
	}
}

/**
 * Reports each cycle among the titles a place's conditions name once, at the first of its own
 * rules on the cycle; a cycle wholly among inherited rules is reported where they are written.
 */
function reportCycles(
	place: Place,
	own: ReadonlyMap<string, PermissionEntry>,
	report: (finding: Report) => void,
): void {
	const cycles = findCycles(place.reachedFrom(own.keys()), (role) => place.overseersOf(role));
	for (const cycle of cycles) {
		const at = cycle.findIndex((role) => own.has(role));
		if (at < 0) continue;
		const first = own.get(cycle[at]!)!;
		const next = cycle[(at + 1) % cycle.length]!;
		const edge = overseersOf(first.data).find((o) => o.role === next)!;
		report({
			file: first.file,
			...first.locate(['requires', edge.index, edge.field, edge.position]),
			rule: 'permission/oversight-cycle',
			message: `Oversight in \`${place.where}\` goes round in a circle: \`${formatCycle(cycle)}\` (each title's conditions name the next), so it never reaches a title allowed on its own.`,
			hint: `Remove one of these titles from the conditions that name it; every chain of oversight must end at a title that is \`allowed\` in \`${place.where}\`.`,
		});
	}
}

/**
 * Reports each of a place's own rules that a rule it inherits names in a condition, where this
 * own rule does not let the title act: the inherited rule then sends its chain to a title the
 * place does not allow. Reported at the own rule, which is what changed below the place above.
 */
function reportInheritedBreaks(
	place: Place,
	own: ReadonlyMap<string, PermissionEntry>,
	report: (finding: Report) => void,
): void {
	const breaks = new Map<string, { role: string; type: string; at: string }[]>();
	for (const role of place.inheritedRoles()) {
		const resolved = place.resolve(role);
		const rule = resolved.permission;
		if (!rule || !takesConditions.has(resolved.answer)) continue;
		for (const { role: overseer, index, field, position } of overseersOf(rule.data)) {
			const cause = own.get(overseer);
			if (!cause || mayOversee.has(cause.data.answer)) continue;
			const { line, column } = rule.locate(['requires', index, field, position]);
			const list = breaks.get(overseer) ?? [];
			breaks.set(overseer, list);
			list.push({
				role,
				type: rule.data.requires[index]!.type,
				at: `\`${resolved.from!}\`, ${rule.file}:${line}:${column}`,
			});
		}
	}
	for (const [overseer, list] of breaks) {
		const cause = own.get(overseer)!;
		const roles = [...new Set(list.map((b) => b.role))];
		report({
			file: cause.file,
			...cause.locate(['answer']),
			rule: 'permission/chain-unanchored',
			message: `\`${overseer}\` is \`${cause.data.answer}\` in \`${place.where}\`, yet rules that \`${place.where}\` inherits name it in their conditions: ${list.map((b) => `\`${b.role}\`'s ${b.type} (by the rule of ${b.at})`).join('; ')}. In \`${place.where}\` those chains of oversight end at a title not allowed there.`,
			hint: `Give \`${place.where}\` its own rule for ${codeList(roles)}, with the conditions its sources set there, so that the inherited ${roles.length > 1 ? 'rules no longer apply' : 'rule no longer applies'}; or correct the answer of \`${overseer}\` if a source says otherwise.`,
		});
	}
}

/** One place's rules as they apply there, own or inherited, resolved on demand and kept. */
class Place {
	readonly where: string;
	readonly #data: PermissionData<PermissionEntry>;
	readonly #resolved = new Map<string, ResolvedPermission<PermissionEntry>>();

	constructor(data: PermissionData<PermissionEntry>, where: string) {
		this.#data = data;
		this.where = where;
	}

	resolve(role: string): ResolvedPermission<PermissionEntry> {
		let resolved = this.#resolved.get(role);
		if (!resolved) {
			resolved = resolvePermission(this.#data, this.where, role);
			this.#resolved.set(role, resolved);
		}
		return resolved;
	}

	/** The titles the conditions of `role`'s rule here name, each once; none for a rule without conditions. */
	overseersOf(role: string): string[] {
		const resolved = this.resolve(role);
		if (!resolved.permission || !takesConditions.has(resolved.answer)) return [];
		return [...new Set(overseersOf(resolved.permission.data).map((o) => o.role))];
	}

	/** The titles reached from `roles` through the conditions of their rules here, them included. */
	reachedFrom(roles: Iterable<string>): Set<string> {
		const reached = new Set<string>();
		const pending = [...roles];
		while (pending.length > 0) {
			const role = pending.pop()!;
			if (reached.has(role)) continue;
			reached.add(role);
			pending.push(...this.overseersOf(role));
		}
		return reached;
	}

	/** The titles whose rule here is a place above's, in the order those places list them. */
	inheritedRoles(): Set<string> {
		const own = this.#data.permissions.get(this.where);
		const roles = new Set<string>();
		for (const above of ancestorsOf(this.where, this.#data.jurisdictions)) {
			for (const role of this.#data.permissions.get(above)?.keys() ?? []) {
				if (!own?.has(role)) roles.add(role);
			}
		}
		return roles;
	}
}

function describeAnswer(resolved: ResolvedPermission<PermissionEntry>, where: string): string {
	const source = resolved.inherited
		? ` (by the rule of \`${resolved.from}\`, which \`${where}\` inherits)`
		: '';
	switch (resolved.answer) {
		case 'not-allowed':
			return `it may not perform the procedure there at all${source}`;
		case 'disputed':
			return `its own answer there is \`disputed\`${source}: the sources disagree on whether it may act at all`;
		default:
			return `no rule for it in the permissions of \`${where}\` (or of a place above) says what it may do`;
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
