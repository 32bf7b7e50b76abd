import type { Rule } from '../rule.ts';

/** Checks that every risk cites a claim and every risk category holds at least one risk. */
export const risks: Rule = {
	ids: ['risk/no-claim', 'risk-category/empty'],
	description: 'Each risk cites a claim; each risk category holds a risk.',
	check({ kb, report }) {
		const used = new Set<string>();
		for (const risk of kb.risks.values()) {
			used.add(risk.data.category);
			if (risk.data.claims.length > 0) continue;
			report({
				file: risk.file,
				...risk.locate(['claims']),
				rule: 'risk/no-claim',
				message: `The risk \`${risk.id}\` cites no claim, so nothing supports it.`,
				hint: 'Add to `claims` the id of a claim whose quote documents this risk.',
			});
		}
		for (const category of kb.riskCategories.values()) {
			if (used.has(category.id)) continue;
			report({
				file: category.file,
				...category.locate(['id']),
				rule: 'risk-category/empty',
				message: `No risk belongs to the category \`${category.id}\`, so its page would be empty.`,
				hint: `Set \`category: ${category.id}\` on the risks it covers (content/risks/*.mdx), or remove the category.`,
			});
		}
	},
};
