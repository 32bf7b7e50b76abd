import type { PublishedClaim } from '../../../schemas/index.ts';
import type { Entry } from '../../content/knowledge-base.ts';
import { resolveReplacement } from '../../permalinks/replacements.ts';
import { suggest } from '../../text/suggest.ts';
import type { Rule } from '../rule.ts';

const registryFile = 'content/published-claims.yaml';

/**
 * Keeps claim permalinks stable: every claim is in the registry of published ids, and every
 * published id either is still a claim or names, through `replacedBy`, one that is.
 */
export const publishedIds: Rule = {
	ids: [
		'claim/not-published',
		'claim/published-id-removed',
		'claim/unknown-replacement',
		'claim/replaced-still-present',
	],
	description: 'Published claim ids never disappear: each is on file or replaced by one that is.',
	check({ kb, report }) {
		const registry: ReadonlyMap<string, Entry<PublishedClaim>> = kb.published ?? new Map();
		const entries = new Map([...registry].map(([id, entry]) => [id, entry.data]));
		for (const claim of kb.claims.values()) {
			if (registry.has(claim.id)) continue;
			report({
				file: claim.file,
				...claim.locate(['id']),
				rule: 'claim/not-published',
				message: `The claim \`${claim.id}\` is not in ${registryFile}, the registry of published ids.`,
				hint: 'Run `npm run publish-ids` to add new claim ids to the registry; once there, an id is a permalink and may never be removed.',
			});
		}
		for (const entry of registry.values()) {
			const { id, replacedBy } = entry.data;
			if (replacedBy === undefined) {
				if (kb.claims.has(id)) continue;
				report({
					file: entry.file,
					...entry.locate(['id']),
					rule: 'claim/published-id-removed',
					message: `The published claim \`${id}\` is gone from content/claims/, and its entry names no replacement.`,
					hint: `Restore the claim, or add \`replacedBy: <the claim that replaces it>\` (and \`retired: <date>\`) to this entry so that /claims/${id}/ redirects.`,
				});
				continue;
			}
			if (kb.claims.has(id)) {
				report({
					file: entry.file,
					...entry.locate(['replacedBy']),
					rule: 'claim/replaced-still-present',
					message: `The claim \`${id}\` is marked as replaced by \`${replacedBy}\`, but it is still on file.`,
					hint: `Remove the claim \`${id}\` from content/claims/ if it is retired, or remove \`replacedBy\` from this entry.`,
				});
				continue;
			}
			const target = resolveReplacement(id, entries, kb.claims);
			if (target.kind === 'current') continue;
			const near = suggest(replacedBy, kb.claims);
			report({
				file: entry.file,
				...entry.locate(['replacedBy']),
				rule: 'claim/unknown-replacement',
				message:
					target.kind === 'cycle'
						? `The replacements of \`${id}\` go round in a circle: ${target.chain.map((c) => `\`${c}\``).join(' → ')}.`
						: target.id === replacedBy
							? `\`${replacedBy}\` is not a claim on file.${near ? ` Did you mean \`${near}\`?` : ''}`
							: `\`${replacedBy}\` was itself replaced, and its replacements lead to \`${target.id}\`, which is not a claim on file.`,
				hint: `Point \`replacedBy\` at a claim in content/claims/${near ? `, such as \`${near}\`` : ''}, so /claims/${id}/ can redirect to it.`,
			});
		}
	},
};
