import { allPermissions } from '../../content/knowledge-base.ts';
import type { Claim, Effective, Source } from '../../../schemas/index.ts';
import { hasEnded } from '../../text/partial-date.ts';
import type { Rule } from '../rule.ts';

const gone = new Set(['annulled', 'replaced']);

/**
 * Checks that statuses agree: no claim is marked in force when its source, or the part of it
 * the claim quotes, was annulled or replaced; a source naming a successor is marked replaced;
 * a disputed rule cites both sides, only a disputed one cites a contrary side, and neither side
 * rests on a claim that is history (replaced, annulled or ended); and an event's head count is
 * stated by one of its claims.
 */
export const status: Rule = {
	ids: [
		'claim/status-conflict',
		'source/replacement-status',
		'permission/dispute-one-sided',
		'permission/dispute-on-history',
		'event/count-not-in-quote',
	],
	description:
		'Statuses agree: nothing in force rests on an annulled or replaced text; disputed rules show two current sides.',
	check({ kb, today, report }) {
		for (const claim of kb.claims.values()) {
			if (claim.data.status !== 'in-force') continue;
			const source = kb.sources.get(claim.data.source);
			if (!source) continue; // the reference rule reports unknown sources
			const part = source.data.parts.find((p) => p.part === claim.data.locator);
			const blocker =
				part && gone.has(part.status)
					? `the part \`${part.part}\` of its source \`${source.id}\` is marked \`${part.status}\``
					: source.data.status !== undefined && gone.has(source.data.status)
						? `its source \`${source.id}\` is marked \`${source.data.status}\``
						: undefined;
			if (!blocker) continue;
			report({
				file: claim.file,
				...claim.locate(['status']),
				rule: 'claim/status-conflict',
				message: `The claim \`${claim.id}\` is marked \`in-force\`, but ${blocker}.`,
				hint: `Set the claim's \`status\` to \`${part && gone.has(part.status) ? part.status : source.data.status}\` and move it to the page's history, or cite the text that is in force today.`,
			});
		}
		for (const source of kb.sources.values()) {
			const { replacedBy, status: state } = source.data;
			if (replacedBy === undefined || state === 'replaced') continue;
			report({
				file: source.file,
				...source.locate(state === undefined ? ['replacedBy'] : ['status']),
				rule: 'source/replacement-status',
				message: `The source \`${source.id}\` names \`${replacedBy}\` as its replacement but is marked \`${state ?? 'with no status'}\`.`,
				hint: 'Set `status: replaced`, or remove `replacedBy` if the source was not replaced.',
			});
		}
		for (const permission of allPermissions(kb)) {
			const { answer, contrary, role } = permission.data;
			const where = permission.jurisdiction;
			const disputed = answer === 'disputed';
			if (disputed !== contrary.length > 0) {
				report({
					file: permission.file,
					...permission.locate(disputed ? ['answer'] : ['contrary']),
					rule: 'permission/dispute-one-sided',
					message: disputed
						? `The rule for \`${role}\` in \`${where}\` is \`disputed\` but cites no \`contrary\` claim, so readers see one side only.`
						: `The rule for \`${role}\` in \`${where}\` cites \`contrary\` claims, but its answer is \`${answer}\`, not \`disputed\`.`,
					hint: disputed
						? 'List under `contrary` the claims on the other side of the dispute, or set the answer the sources agree on.'
						: 'Set `answer: disputed` if the sources disagree (the site shows each side with its date and force); otherwise move those claims to the parts they support, or remove them.',
				});
			}
			if (!disputed) continue;
			for (const side of ['claims', 'contrary'] as const) {
				for (const [i, id] of permission.data[side].entries()) {
					const claim = kb.claims.get(id);
					if (!claim) continue; // the reference rule reports unknown claims
					const why = whyHistory(claim.data, kb.sources.get(claim.data.source)?.data, today);
					if (!why) continue;
					report({
						file: permission.file,
						...permission.locate([side, i]),
						rule: 'permission/dispute-on-history',
						message: `The disputed rule for \`${role}\` in \`${where}\` rests ${side === 'claims' ? 'its answer' : 'its contrary side'} on \`${id}\`, which is history: ${why}. A superseded statement is not a side of a live dispute.`,
						hint: `Remove \`${id}\` from \`${side}\` (the place's page keeps it in its history). If no current claim is left on that side, the sources no longer disagree: ${side === 'claims' ? 'move the current claims of `contrary` to `claims`, give the answer they give' : 'give the answer the current claims give'}, and drop \`contrary\`.`,
					});
				}
			}
		}
		for (const event of kb.events.values()) {
			const { people, claims } = event.data;
			if (people === undefined) continue;
			const count = new RegExp(`(?<![\\d.,])${people}(?![\\d]|[.,]\\d)`);
			const quotes = claims.flatMap((id) => {
				const claim = kb.claims.get(id);
				return claim ? [claim.data.quote] : [];
			});
			if (quotes.length === 0 || quotes.some((quote) => count.test(quote))) continue;
			report({
				file: event.file,
				...event.locate(['people']),
				rule: 'event/count-not-in-quote',
				message: `The event \`${event.id}\` gives \`people: ${people}\`, but no quote of its claims states ${people}.`,
				hint: 'Cite the claim whose quote gives the number, or correct `people` to the number the quote states.',
			});
		}
	},
};

/**
 * Why a claim states history rather than a side of a live dispute: the status that applies to it
 * (its own, else that of the part of its source it quotes, else its source's) is `replaced` or
 * `annulled`, or the period it applied in has ended. Undefined while it stands. A `suspended`
 * rule is on hold pending a decision, which is a dispute still open, so it is not history here.
 * @example whyHistory({ source: 's', status: 'replaced', locator: 'x' }, undefined, '2026-11-22') // 'it is marked `replaced`'
 */
export function whyHistory(
	claim: Pick<Claim, 'source' | 'status' | 'effective' | 'locator'>,
	source: Pick<Source, 'status' | 'effective' | 'parts'> | undefined,
	today: string,
): string | undefined {
	const part = source?.parts.find((p) => p.part === claim.locator);
	if (claim.status !== undefined) {
		if (gone.has(claim.status)) return `it is marked \`${claim.status}\``;
	} else if (part) {
		if (gone.has(part.status)) {
			return `the part \`${part.part}\` of its source \`${claim.source}\` is marked \`${part.status}\``;
		}
	} else if (source?.status !== undefined && gone.has(source.status)) {
		return `its source \`${claim.source}\` is marked \`${source.status}\``;
	}
	const endOf = (effective: Effective | undefined) =>
		hasEnded(effective, today) ? effective?.to : undefined;
	const ended = endOf(claim.effective);
	if (ended !== undefined) return `it applied only until ${ended} (its \`effective.to\`)`;
	if (claim.status !== undefined) return undefined;
	const partEnded = endOf(part?.effective);
	if (part && partEnded !== undefined) {
		return `the part \`${part.part}\` of its source \`${claim.source}\` applied only until ${partEnded}`;
	}
	const sourceEnded = endOf(source?.effective);
	if (sourceEnded !== undefined)
		return `its source \`${claim.source}\` applied only until ${sourceEnded}`;
	return undefined;
}
