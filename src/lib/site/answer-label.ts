import type { RuleAnswer, RuleHedge, RuleSubject } from '../../schemas/index.ts';

/** A rule's answer, or `not-documented` where no rule is on file. */
export type ResolvedAnswer = RuleAnswer | 'not-documented';

/** The words every page uses for an answer, so the matrix, tables and verdicts agree. */
export const answerLabels: Record<ResolvedAnswer, string> = {
	allowed: 'Allowed',
	'allowed-with-conditions': 'Allowed with conditions',
	'not-allowed': 'Not allowed',
	disputed: 'Sources disagree',
	'not-documented': 'Not documented here yet',
};

/**
 * Returns the label for an answer.
 * @example answerLabel('not-allowed') // 'Not allowed'
 */
export function answerLabel(answer: ResolvedAnswer): string {
	return answerLabels[answer];
}

/**
 * The label of a pair with no rule on file where facts on file still bear on it: never "not
 * documented" while the page shows facts.
 */
export const factsOnlyLabel = 'No rule on file; see the facts';

/** What `factsOnlyLabel` means, for keys. */
export const factsOnlyMeaning =
	'No rule on file answers it, but facts on file speak of the title there or bind every title there.';

/** What each answer means, for keys and the codebook. */
export const answerMeanings: Record<ResolvedAnswer, string> = {
	allowed: 'May perform it; the sources set no condition.',
	'allowed-with-conditions':
		'May perform it only under the conditions the rule lists (an order, supervision, an agreement…).',
	'not-allowed': 'May not perform it.',
	disputed: 'The sources on file disagree; each side is shown with its date.',
	'not-documented': 'No fact on file touches this place and title.',
};

/** How each hedge reads before an answer's label; `always` adds nothing. */
export const hedgeWords: Record<RuleHedge, string> = {
	always: '',
	'almost-always': 'Almost always',
	generally: 'Generally',
	often: 'Often',
	varies: 'Varies',
	'one-case': 'In one case',
};

/** What each hedge means, for keys and the codebook. */
export const hedgeMeanings: Record<RuleHedge, string> = {
	always: 'The quotes state the rule without a hedge.',
	'almost-always':
		'The quotes say "almost universally" or "in most states": not a rule for every place.',
	generally: 'The quotes say "generally" or "usually".',
	often: 'The quotes say "often": how the title often works, not a rule for every place.',
	varies: 'The quotes say it varies from place to place.',
	'one-case': 'The quotes are a ruling on one petitioner’s case, which binds no one else.',
};

/**
 * The short form of a rule for a table cell: its answer with the quotes' own hedge, and
 * what the rule is written about where that is not mesotherapy ("rule on Botox and fillers").
 * @example shortAnswer({ answer: 'allowed-with-conditions', hedge: 'often', subjects: ['mesotherapy'] }) // { label: 'Allowed, often with conditions' }
 */
export function shortAnswer(rule: {
	answer: ResolvedAnswer;
	hedge?: RuleHedge | undefined;
	subjects?: readonly RuleSubject[] | undefined;
	/** Whether facts on file bear on a pair that has no rule. */
	hasFacts?: boolean | undefined;
}): { label: string; scopeNote?: string } {
	const label =
		rule.answer === 'not-documented' && rule.hasFacts ? factsOnlyLabel : answerLabels[rule.answer];
	const hedge = rule.answer === 'disputed' || !rule.hedge ? 'always' : rule.hedge;
	return {
		label:
			hedge === 'always'
				? label
				: rule.answer === 'allowed-with-conditions' && hedge !== 'varies' && hedge !== 'one-case'
					? // The quotes hedge how often the conditions apply, not the permission.
						`Allowed, ${hedgeWords[hedge].toLowerCase()} with conditions`
					: hedge === 'varies' || hedge === 'one-case'
						? `${label} (${hedge === 'varies' ? 'varies' : 'one case'})`
						: `${hedgeWords[hedge]} ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
		...(rule.subjects !== undefined && !rule.subjects.includes('mesotherapy')
			? { scopeNote: `rule on ${joinShort(rule.subjects.map((s) => shortSubjects[s]))}` }
			: {}),
	};
}

/** What a rule is written about, in the fewest words a table cell can hold. */
const shortSubjects: Record<RuleSubject, string> = {
	mesotherapy: 'mesotherapy',
	'cosmetic-injections': 'cosmetic injections',
	'cosmetic-procedures': 'cosmetic procedures',
	injections: 'injections',
	'skin-penetration': 'piercing the skin',
	'aesthetic-medicine': 'aesthetic medicine',
	'botulinum-toxin': 'Botox',
	'dermal-fillers': 'fillers',
	'approved-agents': 'approved agents',
	'fat-dissolving-injections': 'fat-dissolving injections',
};

function joinShort(words: readonly string[]): string {
	return words.length <= 1
		? words.join('')
		: `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

/**
 * The question an answer page answers, its title: the title in lower case with its article,
 * the place as it stands in a sentence.
 * @example answerQuestion('Aesthetician', 'Texas') // 'May an aesthetician perform mesotherapy in Texas?'
 */
export function answerQuestion(roleName: string, placeInSentence: string): string {
	const title = roleName.toLowerCase();
	return `May ${/^[aeiou]/.test(title) ? 'an' : 'a'} ${title} perform mesotherapy in ${placeInSentence}?`;
}
