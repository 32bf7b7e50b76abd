import type {
	RuleAnswer,
	RuleHedge,
	RuleSubject,
	SupervisionLevel,
} from '../../schemas/rule-parts.ts';
import type { SourceForce } from '../../schemas/source.ts';

/** Who a condition names: titles by name, and the quote's own words where it gives them. */
interface Who {
	/** The quote's own words for who ("an authorized prescriber"), shown before any titles. */
	named?: string;
}

/**
 * A rule's condition as the verdict needs it: its type, and the titles it names, by name;
 * `alternative` where it may be met instead of the condition before it.
 */
export type VerdictRequirement = (
	| ({ type: 'order'; from: readonly string[] } & Who)
	| ({ type: 'assessment'; by: readonly string[] } & Who)
	| ({
			type: 'supervision';
			level: SupervisionLevel;
			within?: string;
			/** The quote's own words for how close, shown in quotation marks. */
			detail?: string;
			by: readonly string[];
	  } & Who)
	| ({ type: 'collaborative-agreement'; with: readonly string[] } & Who)
	| ({ type: 'delegation'; by: readonly string[] } & Who)
	| { type: 'training' }
	| { type: 'consent' }
	| { type: 'registration' }
	| { type: 'policies' }
	| { type: 'premises' }
) & { alternative?: true };

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
	/**
	 * The strongest legal force among the sources that give the answer: guidance or an opinion
	 * is said to be not law.
	 */
	force?: SourceForce;
	/** True where the statement the rule rests on says it is not law. */
	notBinding?: boolean;
	/** True where the text sets more conditions, or limits, than are on file. */
	incomplete?: boolean;
}

const subjectVerbs: Record<RuleSubject, { verb: string; noun: string }> = {
	mesotherapy: { verb: 'perform mesotherapy', noun: 'mesotherapy' },
	'cosmetic-injections': { verb: 'give cosmetic injections', noun: 'cosmetic injections' },
	'cosmetic-procedures': {
		verb: 'perform cosmetic medical procedures',
		noun: 'cosmetic medical procedures',
	},
	injections: { verb: 'give injections', noun: 'injections' },
	'skin-penetration': {
		verb: 'perform procedures that pierce or penetrate the skin',
		noun: 'procedures that pierce or penetrate the skin',
	},
	'aesthetic-medicine': { verb: 'practise aesthetic medicine', noun: 'aesthetic medicine' },
	'botulinum-toxin': { verb: 'inject botulinum toxin (Botox)', noun: 'botulinum toxin (Botox)' },
	'dermal-fillers': { verb: 'inject dermal fillers', noun: 'dermal fillers' },
	'approved-agents': {
		verb: 'inject FDA-approved aesthetic agents',
		noun: 'FDA-approved aesthetic agents',
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
	'almost-always': 'may almost always',
	generally: 'may generally',
	often: 'is often allowed to',
	varies: 'may',
	'one-case': 'may',
};

/** "may not", with the rule's own hedge. */
const mayNotWords: Record<RuleHedge, string> = {
	always: 'may not',
	'almost-always': 'almost always may not',
	generally: 'generally may not',
	often: 'often may not',
	varies: 'may not',
	'one-case': 'may not',
};

/**
 * How the conditions follow the permission, with the rule's own hedge. The quotes hedge how
 * often the conditions apply ("almost universally under supervision"), so the hedge stands
 * before them; "often" describes how the title works, not a requirement.
 */
const conditionsWords: Record<RuleHedge, (conditions: string) => string> = {
	always: (c) => ` only ${c}`,
	'almost-always': (c) => `, almost always only ${c}`,
	generally: (c) => `, generally only ${c}`,
	often: (c) => `, and often does so ${c}`,
	varies: (c) => ` only ${c}`,
	'one-case': (c) => ` only ${c}`,
};

/** What the hedges that are not words in the sentence say, as sentences of their own. */
const hedgeSentences: Partial<Record<RuleHedge, string>> = {
	varies: 'The sources say this varies from place to place.',
	'one-case': 'This comes from a ruling on one petitioner’s case, which binds no one else.',
};

/** What a rule that is not law says of itself. */
const forceSentences: Partial<Record<SourceForce, string>> = {
	guidance: 'The rule on file is official guidance, not law.',
	opinion: 'The rule on file is an opinion, not law.',
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
	const sentences: string[] = [];
	switch (parts.answer) {
		case 'allowed':
			sentences.push(`${where}, ${who} ${mayWords[parts.hedge]} ${act}${delegation(parts)}.`);
			break;
		case 'allowed-with-conditions': {
			const conditions = conditionGroups(parts.requires);
			sentences.push(
				conditions.length === 0
					? `${where}, ${who} ${mayWords[parts.hedge]} ${act}${delegation(parts)}.`
					: `${where}, ${who} may ${act}${conditionsWords[parts.hedge](joinNames(conditions, 'and'))}${delegation(parts)}.`,
			);
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
	const hedge = hedgeSentences[parts.hedge];
	if (hedge) sentences.push(hedge);
	if (parts.localTermsKind) {
		sentences.push(`Each ${parts.localTermsKind}'s own boards set the exact terms.`);
	}
	if (!parts.subjects.includes('mesotherapy')) {
		sentences.push(
			`This rule is written about ${subjectNouns(parts.subjects)}; it does not name mesotherapy.`,
		);
	}
	if (parts.incomplete) {
		sentences.push(
			'This rule does not state every condition or limit its text sets: see the facts below.',
		);
	}
	const force = parts.notBinding
		? 'The statement says it does not have the force of law.'
		: parts.force && forceSentences[parts.force];
	if (force) sentences.push(force);
	return sentences.join(' ');
}

function delegation(parts: VerdictParts): string {
	if (parts.mayDelegateTo.length === 0) return '';
	// An unconditional permission's hedge covers delegating too ("generally hold the authority to
	// perform and delegate"); a conditional one's hedge is on its conditions.
	const may = parts.answer === 'allowed' ? mayWords[parts.hedge] : 'may';
	return `, and ${may} delegate it to ${joinNames(parts.mayDelegateTo.map(lowerWithArticle), 'or')}`;
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

/**
 * What a rule is written about, as nouns.
 * @example subjectNouns(['botulinum-toxin', 'dermal-fillers']) // 'botulinum toxin (Botox) and dermal fillers'
 */
export function subjectNouns(subjects: readonly RuleSubject[]): string {
	return joinNames(
		subjects.map((s) => subjectVerbs[s].noun),
		'and',
	);
}

/**
 * The conditions as phrases that follow "only", each alternative joined to the one before it
 * with "or".
 * @example conditionGroups([{ type: 'supervision', level: 'unspecified', by: ['Physician'] }, { type: 'collaborative-agreement', with: ['Physician'], alternative: true }]) // ['under the supervision of a physician or under a collaborative agreement with a physician']
 */
export function conditionGroups(requires: readonly VerdictRequirement[]): string[] {
	const groups: string[][] = [];
	for (const [i, requirement] of requires.entries()) {
		const previous = requires[i - 1];
		// "under the direct supervision and delegation of X", as the quotes word it, rather than
		// naming X twice.
		if (
			requirement.type === 'delegation' &&
			!requirement.alternative &&
			previous?.type === 'supervision' &&
			(previous.level === 'direct' || previous.level === 'unspecified') &&
			previous.detail === undefined &&
			whoPhrase(previous) === whoPhrase(requirement)
		) {
			const last = groups.at(-1)!;
			last[last.length - 1] =
				`under the ${previous.level === 'direct' ? 'direct ' : ''}supervision and delegation of ${whoPhrase(requirement)}`;
			continue;
		}
		const phrase = conditionPhrase(requirement);
		const last = groups.at(-1);
		if (requirement.alternative && last) last.push(phrase);
		else groups.push([phrase]);
	}
	return groups.map((group) => group.join(' or '));
}

/**
 * One condition as a phrase that follows "only".
 * @example conditionPhrase({ type: 'order', from: ['Physician', 'Nurse practitioner'] }) // 'with an order from a physician or a nurse practitioner'
 */
export function conditionPhrase(requirement: VerdictRequirement): string {
	switch (requirement.type) {
		case 'order':
			return `with an order from ${whoPhrase(requirement)}`;
		case 'assessment':
			return `after ${whoPhrase(requirement)} has assessed the patient`;
		case 'supervision': {
			const by = whoPhrase(requirement);
			const detail = requirement.detail ? ` (“${requirement.detail}”)` : '';
			switch (requirement.level) {
				case 'on-site':
					return `under the on-site supervision of ${by}${detail}`;
				case 'immediately-available':
					// The quotes say who must be on site or at hand, beside the supervision they ask for.
					return `under supervision, with ${by} on site or immediately available${detail}`;
				case 'reachable':
					// The quotes for this level speak of being reachable, not of supervising.
					return `with ${by} who can be reached${requirement.within ? ` within ${requirement.within}` : ''}${detail}`;
				case 'direct':
					return `under the direct supervision of ${by}${detail}`;
				case 'unspecified':
					return `under the supervision of ${by}${detail}`;
			}
			return `under the supervision of ${by}${detail}`;
		}
		case 'collaborative-agreement':
			return `under a collaborative agreement with ${whoPhrase(requirement)}`;
		case 'delegation':
			return `when ${whoPhrase(requirement)} delegates it`;
		case 'training':
			return 'with the training or qualification the sources describe';
		case 'consent':
			return "with the patient's informed consent, as the sources describe it";
		case 'registration':
			return 'when registered as the sources describe';
		case 'policies':
			return 'where the setting has the written policies the sources describe';
		case 'premises':
			return 'in premises that meet the requirements the sources describe';
	}
}

/**
 * Who a condition names: the quote's own words, then the titles ("an authorized provider,
 * including a physician or a nurse practitioner"), or either alone.
 */
function whoPhrase(
	requirement: Who & { from?: readonly string[]; by?: readonly string[]; with?: readonly string[] },
): string {
	const titles = requirement.from ?? requirement.by ?? requirement.with ?? [];
	const listed = joinNames(titles.map(lowerWithArticle), 'or');
	if (requirement.named === undefined) return listed;
	return listed === '' ? requirement.named : `${requirement.named}, including ${listed}`;
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
