import { findCycles, formatCycle } from '../../graph/find-cycles.ts';
import type { Rule } from '../rule.ts';

/** Reports each cycle of jurisdiction parents once, at the jurisdiction with the smallest id. */
export const jurisdictionCycle: Rule = {
	ids: ['jurisdiction/parent-cycle'],
	description: 'Jurisdiction parents form a tree, never a cycle.',
	check({ kb, report }) {
		const cycles = findCycles(kb.jurisdictions.keys(), (id) => {
			const parent = kb.jurisdictions.get(id)?.data.parent;
			return parent === undefined ? [] : [parent];
		});
		for (const cycle of cycles) {
			const first = kb.jurisdictions.get(cycle[0]!)!;
			report({
				file: first.file,
				...first.locate(['parent']),
				rule: 'jurisdiction/parent-cycle',
				message: `The parents of \`${first.id}\` lead back to it: \`${formatCycle(cycle)}\` (each is the parent of the one before).`,
				hint: 'Remove `parent` from the jurisdiction at the top (a country has none), so the chain ends.',
			});
		}
	},
};
