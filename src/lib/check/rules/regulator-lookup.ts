import { addressInText } from '../../text/address-in-text.ts';
import type { Rule } from '../rule.ts';

/**
 * A regulator's licence lookup must be an address that a source on file gives: the body of a
 * source cited by one of the regulator's claims holds it. An address typed from memory could
 * send a reader checking a practitioner to the wrong or a spoofed site.
 */
export const regulatorLookup: Rule = {
	ids: ['jurisdiction/lookup-unsourced'],
	description: "A regulator's licence lookup address is given by a source its claims cite.",
	check({ kb, report }) {
		for (const j of kb.jurisdictions.values()) {
			for (const [i, regulator] of j.data.regulators.entries()) {
				if (regulator.lookup === undefined) continue;
				const bodies = regulator.claims.flatMap((id) => {
					const claim = kb.claims.get(id);
					const source = claim && kb.sources.get(claim.data.source);
					return source ? [source.body] : [];
				});
				if (bodies.some((body) => addressInText(regulator.lookup!, body))) continue;
				report({
					file: j.file,
					...j.locate(['regulators', i, 'lookup']),
					severity: 'error',
					rule: 'jurisdiction/lookup-unsourced',
					message: `No source cited by the claims of "${regulator.name}" gives the lookup address \`${regulator.lookup}\`.`,
					hint: "Add to the regulator's `claims` a claim whose source's text on file prints this address (the regulator's own page on checking a licence), or remove `lookup`.",
				});
			}
		}
	},
};
