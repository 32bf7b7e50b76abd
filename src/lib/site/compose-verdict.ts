import type {
	RuleAnswer,
	RuleHedge,
	RuleSubject,
	SupervisionLevel,
} from '../../schemas/rule-parts.ts';

/** A rule's condition as the verdict needs it: its type, and the titles it names, by name. */
export type VerdictRequirement =
	| { type: 'order'; from: readonly string[] }
	| { type: 'assessment'; by: readonly string[] }
	| { type: 'supervision'; level: SupervisionLevel; within?: string; by: readonly string[] }
	| { type: 'collaborative-agreement'; with: readonly string[] }
	| { type: 'delegation'; by: readonly string[] }
	| { type: 'training' }
	| { type: 'premises' };

/** Everything a verdict may say: the parts of one rule, with names in place of ids. */
export interface VerdictParts {
	answer: RuleAnswer;
	/** The title asked about, as readers know it ("Registered nurse"). */
	roleName: string;
	/** The place whose rule this is ("the United States"). */
	rulePlaceName: string;
	/** True when the rule is a place above the one asked about's (a country's, on a state page). */
	inherited: boolean;
	/** What the rule is written about. */
	subjects: readonly RuleSubject[];
	hedge: RuleHedge;
	requires: readonly VerdictRequirement[];
	/** The titles it may delegate to, where a claim says so. */
	mayDelegateTo: readonly string[];
	/**
	 * Where the account leaves the exact terms to each place below it: the kind of those places
	 * (`state`), when the reader asked about one of them.
	 */
	localTermsKind?: string;
}

const subjectVerbs: Record<RuleSubject, { verb: string; noun: string }> = {
	mesotherapy: { verb: 'perform mesotherapy', noun: 'mesotherapy' },
	'cosmetic-injections': { verb: 'give cosmetic injections', noun: 'cosmetic injections' },
	injections: { verb: 'give injections', noun: 'injections' },
	'aesthetic-medicine': { verb: 'practise aesthetic medicine', noun: 'aesthetic medicine' },
	'botulinum-toxin': { verb: 'inject botulinum toxin (Botox)', noun: 'botulinum toxin (Botox)' },
	'dermal-fillers': { verb: 'inject dermal fillers', noun: 'dermal fillers' },
	'approved-agents': {
		verb: 'inject approved aesthetic agents',
		noun: 'approved aesthetic agents',
	},
	'fat-dissolving-injections': {
		verb: 'give fat-dissolving injections',
		noun: 'fat-dissolving injections',
	},
};

/** Products injected: several of them read "inject X or Y" rather than two verbs. */
const products = new Set<RuleSubject>(['botulinum-toxin', 'dermal-fillers', 'approved-agents']);

/** "may", with the rule's own hedge: "may generally", "is often allowed to". */
const mayWords: Record<RuleHedge, string> = {
	always: 'may',
	generally: 'may generally',
	often: 'is often allowed to',
	varies: 'may',
};

/** "may not", with the rule's own hedge. */
const mayNotWords: Record<RuleHedge, string> = {
	always: 'may not',
	generally: 'generally may not',
	often: 'often may not',
	varies: 'may not',
};

/**
 * Composes the verdict from a rule's parts alone, so it says nothing no part says: what the
 * title may do, about what (a rule about Botox says Botox), with the rule's own hedge, under
 * exactly the conditions it lists, and whose rule it is. A rule whose scope is not mesotherapy
 * says so in a second sentence.
 * @example composeVerdict({ answer: 'allowed', roleName: 'Physician', rulePlaceName: 'Ontario', inherited: false, subjects: ['mesotherapy'], hedge: 'always', requires: [], mayDelegateTo: [] })
 * // 'In Ontario, a physician may perform mesotherapy.'
 */
export function composeVerdict(parts: VerdictParts): string {
	const who = withArticle(parts.roleName.toLowerCase());
	const where = parts.inherited ? `Across ${parts.rulePlaceName}` : `In ${parts.rulePlaceName}`;
	const act = subjectPhrase(parts.subjects);
	const may = mayWords[parts.hedge];
	const sentences: string[] = [];
	switch (parts.answer) {
		case 'allowed':
			sentences.push(`${where}, ${who} ${may} ${act}${delegation(parts)}.`);
			break;
		case 'allowed-with-conditions': {
			const conditions = parts.requires.map(conditionPhrase);
			const only = conditions.length > 0 ? ` only ${joinNames(conditions, 'and')}` : '';
			sentences.push(`${where}, ${who} ${may} ${act}${only}${delegation(parts)}.`);
			break;
		}
		case 'not-allowed':
			sentences.push(`${where}, ${who} ${mayNotWords[parts.hedge]} ${act}.`);
			break;
		case 'disputed':
			sentences.push(
				`The sources on file disagree on whether ${who} may ${act} in ${parts.rulePlaceName}.`,
			);
			break;
	}
	if (parts.hedge === 'varies') sentences.push('The sources say this varies from place to place.');
	if (parts.localTermsKind) {
		sentences.push(`Each ${parts.localTermsKind}'s own boards set the exact terms.`);
	}
	if (!parts.subjects.includes('mesotherapy')) {
		sentences.push(
			`This rule is written about ${subjectNouns(parts.subjects)}; no rule on file names mesotherapy.`,
		);
	}
	return sentences.join(' ');
}

function delegation(parts: VerdictParts): string {
	if (parts.mayDelegateTo.length === 0) return '';
	return `, and may delegate it to ${joinNames(parts.mayDelegateTo.map(lowerWithArticle), 'or')}`;
}

/** What the title may do, from the subjects the rule names. */
function subjectPhrase(subjects: readonly RuleSubject[]): string {
	if (subjects.length > 1 && subjects.every((s) => products.has(s))) {
		return `inject ${joinNames(
			subjects.map((s) => subjectVerbs[s].noun),
			'or',
		)}`;
	}
	return joinNames(
		subjects.map((s) => subjectVerbs[s].verb),
		'or',
	);
}

function subjectNouns(subjects: readonly RuleSubject[]): string {
	return joinNames(
		subjects.map((s) => subjectVerbs[s].noun),
		'and',
	);
}

/**
 * One condition as a phrase that follows "only".
 * @example conditionPhrase({ type: 'order', from: ['Physician', 'Nurse practitioner'] }) // 'with an order from a physician or a nurse practitioner'
 */
export function conditionPhrase(requirement: VerdictRequirement): string {
	const anyOf = (names: readonly string[]) => joinNames(names.map(lowerWithArticle), 'or');
	switch (requirement.type) {
		case 'order':
			return `with an order from ${anyOf(requirement.from)}`;
		case 'assessment':
			return `after ${anyOf(requirement.by)} has assessed the patient`;
		case 'supervision': {
			const by = anyOf(requirement.by);
			switch (requirement.level) {
				case 'on-site':
					return `under the supervision of ${by} who is on site`;
				case 'immediately-available':
					return `under the supervision of ${by} who is on site or immediately available`;
				case 'reachable':
					return `under the supervision of ${by} who can be reached${requirement.within ? ` within ${requirement.within}` : ''}`;
				case 'unspecified':
					return `under the supervision of ${by}`;
			}
			break;
		}
		case 'collaborative-agreement':
			return `under a collaborative agreement with ${anyOf(requirement.with)}`;
		case 'delegation':
			return `when ${anyOf(requirement.by)} delegates it`;
		case 'training':
			return 'with the training the sources describe';
		case 'premises':
			return 'in premises that meet the requirements the sources describe';
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

function lowerWithArticle(name: string): string {
	return withArticle(name.toLowerCase());
}

function withArticle(noun: string): string {
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
