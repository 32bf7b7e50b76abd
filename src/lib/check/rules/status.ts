import { allPermissions } from '../../content/knowledge-base.ts';
import type { Rule } from '../rule.ts';

const gone = new Set(['annulled', 'replaced']);

/**
 * Checks that statuses agree: no claim is marked in force when its source, or the part of it
 * the claim quotes, was annulled or replaced; a source naming a successor is marked replaced;
 * a contested permission cites both sides, and only a contested one cites a contrary side; and
 * an event's head count is stated by one of its claims.
 */
export const status: Rule = {
	ids: [
		'claim/status-conflict',
		'source/replacement-status',
		'permission/contested-one-sided',
		'event/count-not-in-quote',
	],
	description:
		'Statuses agree: nothing in force rests on an annulled or replaced text; contested permissions show both sides.',
	check({ kb, report }) {
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
			const { status: state, contrary, role } = permission.data;
			const contested = state === 'contested';
			if (contested === contrary.length > 0) continue;
			report({
				file: permission.file,
				...permission.locate(contested ? ['status'] : ['contrary']),
				rule: 'permission/contested-one-sided',
				message: contested
					? `The permission for \`${role}\` in \`${permission.jurisdiction}\` is \`contested\` but cites no \`contrary\` claim, so readers see one side only.`
					: `The permission for \`${role}\` in \`${permission.jurisdiction}\` cites \`contrary\` claims but its status is \`${state}\`, not \`contested\`.`,
				hint: contested
					? 'List under `contrary` the claims on the other side of the dispute, or set the status the sources agree on.'
					: 'Set `status: contested` if the sources disagree, or move those claims to `claims` or `conditions`.',
			});
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
