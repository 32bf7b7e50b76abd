import type { ExplainIssue } from './schema-findings.ts';
import { fieldName } from './permission-parts.ts';

/** The parts of a rule that cite claims, by the path of their `claims` list without its end. */
const partNames: Record<string, string> = {
	'': 'answer',
	scope: 'scope',
	extent: 'extent (its hedge)',
	mayDelegate: 'delegation (`mayDelegate`)',
	localTerms: 'local terms (`localTerms`)',
};

/**
 * Words the schema issues of a permissions file in the rule model's terms: an empty `claims`
 * list, in the rule or in any of its parts, is `permission/no-claim`, located at the list and
 * naming the part that rests on nothing.
 */
export function explainPermissionIssue(jurisdiction: string): ExplainIssue {
	return (issue, value, data) => {
		const path = issue.path;
		if (issue.code !== 'too_small' || path.at(-1) !== 'claims') return undefined;
		if (!Array.isArray(value) || value.length > 0) return undefined;
		const role = roleOf(data);
		const owner = path.slice(0, -1);
		const list = `\`${fieldName(path)}\``;
		const condition = owner[0] === 'requires' ? conditionOf(data, owner[1]) : undefined;
		const part =
			owner[0] === 'requires'
				? `${condition ? `\`${condition}\` ` : ''}condition \`${fieldName(owner)}\``
				: partNames[owner.map(String).join('.')];
		if (part === undefined) return undefined;
		const whose = `the rule for ${role ? `\`${role}\`` : 'this title'} in \`${jurisdiction}\``;
		if (owner.length === 0) {
			return {
				rule: 'permission/no-claim',
				message: `The answer of ${whose} cites no claim (\`claims\` is empty), so nothing supports it.`,
				hint: 'Add to `claims` the id of a claim whose quote gives this answer; a rule no quote gives does not belong on file.',
			};
		}
		return {
			rule: 'permission/no-claim',
			message: `The ${part} of ${whose} cites no claim (${list} is empty), so nothing supports it.`,
			hint: `Add to ${list} the id of a claim whose quote states it, or remove the part if no quote does: the site composes the verdict from the parts, and states each one as its claims' quotes do.`,
		};
	};
}

function roleOf(data: unknown): string | undefined {
	const role = (data as { role?: unknown } | null)?.role;
	return typeof role === 'string' ? role : undefined;
}

function conditionOf(data: unknown, index: PropertyKey | undefined): string | undefined {
	const requires = (data as { requires?: unknown } | null)?.requires;
	if (!Array.isArray(requires) || typeof index !== 'number') return undefined;
	const type = (requires[index] as { type?: unknown } | null)?.type;
	return typeof type === 'string' ? type : undefined;
}
