import type { Rule } from '../rule.ts';

/** Warns about a source on file that no claim cites. */
export const uncitedSource: Rule = {
	ids: ['source/uncited'],
	description: 'Every source on file is cited by a claim.',
	check({ kb, report }) {
		const cited = new Set<string>();
		for (const claim of kb.claims.values()) cited.add(claim.data.source);
		for (const source of kb.sources.values()) {
			if (cited.has(source.id)) continue;
			report({
				file: source.file,
				...source.locate(['title']),
				severity: 'warning',
				rule: 'source/uncited',
				message: `No claim cites the source \`${source.id}\`.`,
				hint: `Add a claim that quotes it (in content/claims/*.yaml, with \`source: ${source.id}\`), or remove the source if nothing in the atlas needs it.`,
			});
		}
	},
};
