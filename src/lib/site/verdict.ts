import type { ResolvedStatus } from './status-label.ts';

/** What a verdict sentence needs to know. */
export interface VerdictInput {
	status: ResolvedStatus;
	/** The practitioner title, as readers know it ("Registered nurse"). */
	roleName: string;
	jurisdictionName: string;
	/** The names of the roles that may supervise or delegate, in order. */
	supervisorNames: readonly string[];
}

/**
 * Puts a resolved permission into one plain sentence for a consumer. It says only what the
 * status and its supervisors mean; the claims behind them are shown beside it.
 * @example verdictSentence({ status: 'prohibited', roleName: 'Aesthetician', jurisdictionName: 'the United States', supervisorNames: [] })
 * // 'An aesthetician may not perform mesotherapy in the United States.'
 */
export function verdictSentence({
	status,
	roleName,
	jurisdictionName,
	supervisorNames,
}: VerdictInput): string {
	const who = withArticle(roleName.toLowerCase());
	const by = joinNames(
		supervisorNames.map((name) => withArticle(name.toLowerCase())),
		'or',
	);
	switch (status) {
		case 'independent':
			return `${capitalize(who)} may perform mesotherapy in ${jurisdictionName} on their own authority, and may delegate it.`;
		case 'supervised':
			return `${capitalize(who)} may perform mesotherapy in ${jurisdictionName} under the supervision of, or a collaborative agreement with, ${by || 'a supervising practitioner'}.`;
		case 'delegated':
			return `${capitalize(who)} may give mesotherapy injections in ${jurisdictionName} only under the direct supervision and delegation of ${by || 'a supervising practitioner'}.`;
		case 'prohibited':
			return `${capitalize(who)} may not perform mesotherapy in ${jurisdictionName}.`;
		case 'contested':
			return `The sources on file disagree on whether ${who} may perform mesotherapy in ${jurisdictionName}.`;
		case 'not-documented':
			return `Nothing on file says whether ${who} may perform mesotherapy in ${jurisdictionName}: not documented here yet.`;
	}
}

/**
 * Joins names as prose.
 * @example joinNames(['a', 'b', 'c'], 'or') // 'a, b or c'
 */
export function joinNames(names: readonly string[], conjunction: 'and' | 'or'): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)!}`;
}

function withArticle(noun: string): string {
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
