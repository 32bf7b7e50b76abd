import type { Rule } from '../rule.ts';

/** Reports an id used by two entities of the same kind. */
export const duplicateId: Rule = {
	ids: ['id/duplicate'],
	description: 'Every id is used once per kind of entity.',
	check({ kb, report }) {
		for (const duplicate of kb.duplicates) {
			const elsewhere =
				duplicate.first === duplicate.file ? 'earlier in this file' : `in ${duplicate.first}`;
			report({
				file: duplicate.file,
				...duplicate.locate(['id']),
				rule: 'id/duplicate',
				message: `The ${duplicate.kind} id \`${duplicate.id}\` is already used ${elsewhere}.`,
				hint: `Give this ${duplicate.kind} a new id (ids are permalinks: never reuse one), or merge the two entries.`,
			});
		}
	},
};
