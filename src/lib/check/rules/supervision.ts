import type { PermissionEntry } from '../../content/knowledge-base.ts';
import { findCycles, formatCycle } from '../../graph/find-cycles.ts';
import {
	resolvePermission,
	type PermissionData,
	type ResolvedPermission,
} from '../../graph/resolve-permission.ts';
import type { Position } from '../../text/line-index.ts';
import type { Report } from '../finding.ts';
import type { Rule } from '../rule.ts';

/** Statuses that let a role supervise others. */
const canSupervise = new Set(['independent', 'supervised', 'contested']);

/** Statuses that need a supervisor. */
const needsSupervisor = new Set(['supervised', 'delegated']);

/**
 * Checks supervision in each jurisdiction's permissions: supervised and delegated roles name
 * supervisors, each supervisor may itself act there (its own or its inherited status), the
 * supervisors form no cycle, and every chain of supervisors ends at an `independent` role.
 */
export const supervision: Rule = {
	ids: [
		'permission/missing-supervisor',
		'permission/supervisor-not-allowed',
		'permission/supervision-cycle',
		'permission/chain-unanchored',
	],
	description: 'Supervision chains are allowed, acyclic, and end at an independent role.',
	check({ kb, report }) {
		const data: PermissionData<PermissionEntry> = {
			jurisdictions: kb.jurisdictions,
			permissions: kb.permissions,
		};
		for (const [where, own] of data.permissions) {
			const place = new Place(data, where);
			const onCycle = reportCycles(where, own, report);
			for (const permission of own.values()) {
				const { role, status, supervisors } = permission.data;
				if (needsSupervisor.has(status) && supervisors.length === 0) {
					report({
						file: permission.file,
						...locateSupervisors(permission),
						rule: 'permission/missing-supervisor',
						message: `\`${role}\` is \`${status}\` in \`${where}\`, but its entry names no supervisor.`,
						hint: 'List in `supervisors` the roles that may supervise or delegate to it, as its claims state.',
					});
					continue;
				}
				let allAllowed = true;
				for (const [i, supervisor] of supervisors.entries()) {
					if (!kb.roles.has(supervisor)) {
						allAllowed = false; // the reference rule reports unknown roles
						continue;
					}
					const resolved = place.resolve(supervisor);
					if (canSupervise.has(resolved.status)) continue;
					allAllowed = false;
					report({
						file: permission.file,
						...permission.locate(['supervisors', i]),
						rule: 'permission/supervisor-not-allowed',
						message: `\`${supervisor}\` cannot supervise \`${role}\` in \`${where}\`: ${describeStatus(resolved, where)}.`,
						hint:
							resolved.status === 'not-documented'
								? `Add an entry for \`${supervisor}\` to ${permission.file}, backed by a claim, or remove it from \`supervisors\`.`
								: `A supervisor must be \`independent\` or \`supervised\` there; remove \`${supervisor}\` from \`supervisors\`, or correct its own entry if a source says otherwise.`,
					});
				}
				if (!needsSupervisor.has(status) || !allAllowed || onCycle.has(role)) continue;
				if (place.isAnchored(role)) continue;
				const reached = place.supervisorsReachedFrom(role);
				report({
					file: permission.file,
					...permission.locate(['supervisors']),
					rule: 'permission/chain-unanchored',
					message: `The supervision of \`${role}\` in \`${where}\` never reaches an \`independent\` role: it leads only to ${reached.map((r) => `\`${r}\` (${place.resolve(r).status})`).join(', ')}.`,
					hint: `Every chain of supervisors must end at a role that is \`independent\` in \`${where}\`; add such a supervisor, or correct the status of one of these roles if a source supports it.`,
				});
			}
		}
	},
};

/** Points at an empty `supervisors` list, or at the status when the list is left out. */
function locateSupervisors(permission: PermissionEntry): Position {
	const list = permission.locate(['supervisors']);
	const entry = permission.locate();
	const absent = list.line === entry.line && list.column === entry.column;
	return absent ? permission.locate(['status']) : list;
}

/** Reports each cycle among a jurisdiction's own supervisors once; returns the roles on one. */
function reportCycles(
	where: string,
	own: ReadonlyMap<string, PermissionEntry>,
	report: (finding: Report) => void,
): Set<string> {
	const onCycle = new Set<string>();
	const cycles = findCycles(own.keys(), (role) => own.get(role)?.data.supervisors ?? []);
	for (const cycle of cycles) {
		const first = own.get(cycle[0]!)!;
		const next = cycle[1] ?? cycle[0]!;
		for (const role of cycle) onCycle.add(role);
		report({
			file: first.file,
			...first.locate(['supervisors', first.data.supervisors.indexOf(next)]),
			rule: 'permission/supervision-cycle',
			message: `Supervision in \`${where}\` goes round in a circle: \`${formatCycle(cycle)}\` (each role is supervised by the next), so it never reaches an \`independent\` role.`,
			hint: `Remove one of these supervisors; every chain of supervisors must end at a role that is \`independent\` in \`${where}\`.`,
		});
	}
	return onCycle;
}

/** One jurisdiction's resolved permissions, computed on demand and kept. */
class Place {
	readonly #data: PermissionData<PermissionEntry>;
	readonly #where: string;
	readonly #resolved = new Map<string, ResolvedPermission<PermissionEntry>>();
	#anchored: Set<string> | undefined;

	constructor(data: PermissionData<PermissionEntry>, where: string) {
		this.#data = data;
		this.#where = where;
	}

	resolve(role: string): ResolvedPermission<PermissionEntry> {
		let resolved = this.#resolved.get(role);
		if (!resolved) {
			resolved = resolvePermission(this.#data, this.#where, role);
			this.#resolved.set(role, resolved);
		}
		return resolved;
	}

	supervisorsOf(role: string): readonly string[] {
		return this.resolve(role).permission?.data.supervisors ?? [];
	}

	/** The roles reachable from `role` through supervisors, in the order met, without it. */
	supervisorsReachedFrom(role: string): string[] {
		const seen = new Set([role]);
		const reached: string[] = [];
		const pending = [...this.supervisorsOf(role)];
		while (pending.length > 0) {
			const next = pending.shift()!;
			if (seen.has(next)) continue;
			seen.add(next);
			reached.push(next);
			pending.push(...this.supervisorsOf(next));
		}
		return reached;
	}

	/** Whether some chain of supervisors from `role` ends at an `independent` role. */
	isAnchored(role: string): boolean {
		this.#anchored ??= this.#findAnchored();
		return this.#anchored.has(role);
	}

	/** Walks back from the independent roles along "is supervised by" edges. */
	#findAnchored(): Set<string> {
		const supervisees = new Map<string, string[]>();
		const roles = new Set<string>();
		const pending = [...(this.#data.permissions.get(this.#where)?.keys() ?? [])];
		while (pending.length > 0) {
			const role = pending.pop()!;
			if (roles.has(role)) continue;
			roles.add(role);
			for (const supervisor of this.supervisorsOf(role)) {
				const list = supervisees.get(supervisor);
				if (list) list.push(role);
				else supervisees.set(supervisor, [role]);
				pending.push(supervisor);
			}
		}
		const anchored = new Set([...roles].filter((r) => this.resolve(r).status === 'independent'));
		const queue = [...anchored];
		while (queue.length > 0) {
			for (const role of supervisees.get(queue.pop()!) ?? []) {
				if (anchored.has(role)) continue;
				anchored.add(role);
				queue.push(role);
			}
		}
		return anchored;
	}
}

function describeStatus(resolved: ResolvedPermission<PermissionEntry>, where: string): string {
	const source = resolved.inherited
		? ` (by the rule of \`${resolved.from}\`, which \`${where}\` inherits)`
		: '';
	switch (resolved.status) {
		case 'prohibited':
			return `it may not perform the procedure there at all${source}`;
		case 'delegated':
			return `it may itself act there only under delegation${source}`;
		default:
			return `no entry for it in the permissions of \`${where}\` (or of a jurisdiction above) says what it may do`;
	}
}
