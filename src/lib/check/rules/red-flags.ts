import type { Rule } from '../rule.ts';

/**
 * A red flag is a warning sign a reader can check: each claim a place lists in `redFlags`
 * carries its `sign`, the checklist item, so a list of red flags cannot become an assortment
 * of facts that describe none.
 */
export const redFlags: Rule = {
	ids: ['jurisdiction/red-flag-without-sign'],
	description: 'A claim listed as a red flag gives the warning sign it describes.',
	check({ kb, report }) {
		for (const j of kb.jurisdictions.values()) {
			for (const [i, id] of j.data.redFlags.entries()) {
				const claim = kb.claims.get(id);
				// An unknown id is `jurisdiction/unknown-claim`'s finding.
				if (!claim || claim.data.sign !== undefined) continue;
				report({
					file: j.file,
					...j.locate(['redFlags', i]),
					severity: 'error',
					rule: 'jurisdiction/red-flag-without-sign',
					message: `The red flag \`${id}\` gives no warning sign: a red flag is an item of the reader's checklist.`,
					hint: `Give claim \`${id}\` a \`sign\`: the warning sign its quote describes, in a reader's words ("An aesthetician offers to inject you"); or, where its quote describes none, remove it from \`redFlags\`.`,
				});
			}
		}
	},
};
