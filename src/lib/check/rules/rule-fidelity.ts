import { allPermissions } from '../../content/knowledge-base.ts';
import type { Requirement, RuleHedge, SupervisionLevel } from '../../../schemas/index.ts';
import { normalizeQuote } from '../../text/normalize-quote.ts';
import { codeList } from '../permission-parts.ts';
import type { Rule } from '../rule.ts';

/**
 * Builds a case-insensitive pattern that finds any of `alternatives` at the start of a word
 * (a letter or digit may not come before it). Each alternative is a regular expression source,
 * matched as a word's beginning unless it ends in `$`, which asks for the whole word; a space
 * in it matches a space or a hyphen, as quotes are normalised (white space folded, dashes
 * made hyphens) before matching. Built once, when the module loads.
 * @example words('on site', 'vary$').test('physically on-site') // true
 */
function words(...alternatives: string[]): RegExp {
	const source = alternatives
		.map((a) =>
			(a.endsWith('$') ? `${a.slice(0, -1)}(?![\\p{L}\\p{N}])` : a).replaceAll(' ', '[ -]'),
		)
		.join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'iu');
}

/** A quote's own hedge: the word found, and the hedge that words it. */
const hedges: { hedge: Exclude<RuleHedge, 'always'>; pattern: RegExp }[] = [
	{
		hedge: 'almost-always',
		pattern: words('almost universally$', 'in most states$', 'most states$'),
	},
	{ hedge: 'often', pattern: words('often$') },
	{ hedge: 'generally', pattern: words('generally$', 'usually$', 'typically$') },
	{
		hedge: 'varies',
		pattern: words(
			'varies$',
			'vary$',
			'may differ$',
			'differs? (?:between|from) (?:one )?states?$',
		),
	},
];

/** The words that state each kind of condition, in English and in the languages quoted. */
const conditionWords: Record<Requirement['type'], { pattern: RegExp; noun: string; say: string }> =
	{
		order: {
			pattern: words(
				'order',
				'prescri',
				'direct',
				'treatment plan',
				'ordonnance',
				'verordn',
				'anordn',
				'angeordn',
				'ärztlich',
				'indicaci',
				'indicazion',
				'orden$',
				'órdenes$',
			),
			noun: 'an order or prescription',
			say: '"order", "prescription", "direct", "treatment plan"',
		},
		assessment: {
			pattern: words(
				'assess',
				'exam(?!ple)',
				'evaluat',
				'evalua',
				'évalu',
				'consult',
				'valutazion',
				'valoraci',
				'untersuch',
				'beurteil',
			),
			noun: 'an assessment or examination of the patient',
			say: '"assess", "examination", "evaluate", "consultation"',
		},
		supervision: {
			pattern: words(
				'supervis',
				'oversight',
				'overse(?:e|en|es|eing)$',
				'presen',
				'présen',
				'available',
				'disponib',
				'surveill',
				'aufsicht',
				'beaufsicht',
				'überwach',
				'anwesen',
				'sorveglian',
				'vigilanc',
				// The words of a level of supervision state supervision too.
				'on site',
				'physically',
				'immediately available',
				'reachable',
				'contactable',
				'joignable',
				'erreichbar',
				'raggiungibil',
				'reperibil',
			),
			noun: 'supervision',
			say: '"supervision", "oversight", "present", "available"',
		},
		'collaborative-agreement': {
			pattern: words(
				'collabor',
				'colabora',
				'agreement',
				'protocol',
				'protokoll',
				'accord',
				'convention',
				'vereinbarung',
				'acuerdo',
				'convenio',
				'convenzion',
				'coopérat',
				'cooperat',
				'kooperation',
			),
			noun: 'a collaborative agreement or protocol',
			say: '"collaborative", "agreement", "protocol"',
		},
		delegation: {
			pattern: words('deleg', 'délég', 'übertrag'),
			noun: 'delegation',
			say: '"delegate", "delegation"',
		},
		training: {
			pattern: words(
				'train',
				'educat',
				'certif',
				'competen',
				'compéten',
				'kompetenz',
				'course',
				'qualif',
				'formation',
				'formé',
				'formaci',
				'formazion',
				'ausbild',
				'fortbild',
				'weiterbild',
				'schulung',
				'geschult',
				'fachkund',
				'sachkund',
				'zertifi',
				'capacita',
				'curso',
				'corso',
				'diplom',
				'diplôm',
			),
			noun: 'training or certification',
			say: '"training", "education", "certified", "competent", "course", "qualified"',
		},
		consent: {
			pattern: words(
				'consent',
				'consentement',
				'einwillig',
				'aufklärung',
				'consentimiento',
				'consenso',
			),
			noun: 'consent',
			say: '"consent"',
		},
		registration: {
			// Not "registered" alone: "registered nurse" names a title, not a registration.
			pattern: words(
				'registration',
				'registered with',
				'register of',
				'on the register',
				'enrol',
				'colegiad',
				'inscrit',
				'approbation',
				'iscritt',
			),
			noun: 'registration',
			say: '"registration", "registered with", "enrolled", "colegiado", "inscrit"',
		},
		policies: {
			pattern: words(
				'polic',
				'protocol',
				'written procedure',
				'procédure',
				'protokoll',
				'protocolo',
				'protocollo',
			),
			noun: 'written policies or protocols',
			say: '"policies", "protocol", "written procedures"',
		},
		premises: {
			pattern: words(
				'premises',
				'facilit',
				'office(?!r)',
				'setting',
				'clinic',
				'clínic',
				'klinik',
				'location',
				'room',
				'locaux',
				'établissement',
				'etablissement',
				'cabinet',
				'räum',
				'raum',
				'praxis',
				'einrichtung',
				'consultorio',
				'instalaci',
				'centro',
				'struttur',
				'ambulatori',
			),
			noun: 'the premises',
			say: '"premises", "facility", "office", "setting", "clinic", "location"',
		},
	};

/** The words that state each level of supervision. */
const levelWords: Record<
	Exclude<SupervisionLevel, 'unspecified'>,
	{ pattern: RegExp; say: string }
> = {
	'on-site': {
		pattern: words(
			'on site',
			'present',
			'présen',
			'presencia',
			'presenza',
			'physically',
			'physiquement',
			'físicamente',
			'fisicamente',
			'premises',
			'sur place',
			'vor ort',
			'anwesen',
			'persönlich',
			'en el lugar',
			'in loco',
			'sul posto',
		),
		say: '"on site", "present", "physically", "premises"',
	},
	'immediately-available': {
		pattern: words(
			'immediately',
			'on site or',
			'immédiatement',
			'sofort',
			'unverzüglich',
			'inmediat',
			'immediatamente',
		),
		say: '"immediately available", "on site or"',
	},
	direct: {
		pattern: words('direct', 'directe', 'direkt', 'directa', 'diretta'),
		say: '"direct"',
	},
	reachable: {
		pattern: words(
			'within',
			'reachable',
			'contactable',
			'telephon',
			'dans un délai',
			'joignable',
			'innerhalb',
			'erreichbar',
			'dentro de',
			'localizable',
			'entro$',
			'raggiungibil',
			'reperibil',
		),
		say: '"within"',
	},
};

/** The words that say a statement is not law. */
const notLawWords = words(
	'force of law',
	'not binding',
	'non-binding',
	'not law',
	'valeur juridique',
	'nicht verbindlich',
	'rechtlich nicht bindend',
	'no vinculante',
	'non vincolante',
);

/** The words that say a title may hand the procedure on. */
const delegationWords = words('deleg', 'délég', 'assign', 'übertrag');

/**
 * Checks that each rule says what its quotes say, no more: a quote that hedges ("often",
 * "generally", "varies") is not stated as always; each condition rests on quotes that speak of
 * that condition (and of the level of supervision it gives); and a title is said to delegate
 * only where a quote speaks of delegating. Quotes are normalised once per claim, and every
 * pattern is built once, so the rule stays linear in the claims rules cite.
 */
export const ruleFidelity: Rule = {
	ids: [
		'permission/hedge-dropped',
		'permission/condition-not-in-quote',
		'permission/delegation-not-in-quote',
		'permission/condition-names-no-one',
	],
	description:
		'Each rule keeps its quotes’ hedge, and its conditions and delegation are in its quotes.',
	check({ kb, report }) {
		const normalized = new Map<string, string | null>();
		/** The normalised quotes of the claims `ids` that are on file, each with its id. */
		const quotesOf = (ids: readonly string[]): { id: string; quote: string }[] =>
			ids.flatMap((id) => {
				let quote = normalized.get(id);
				if (quote === undefined) {
					const claim = kb.claims.get(id);
					quote = claim ? normalizeQuote(claim.data.quote) : null;
					normalized.set(id, quote);
				}
				return quote === null ? [] : [{ id, quote }];
			});
		for (const permission of allPermissions(kb)) {
			const { role, answer, extent, requires, mayDelegate } = permission.data;
			const where = permission.jurisdiction;
			const whose = `\`${role}\` in \`${where}\``;
			if (extent.hedge === 'always') {
				const found = findHedge(
					quotesOf([...new Set([...permission.data.claims, ...extent.claims])]),
				);
				if (found) {
					report({
						file: permission.file,
						...permission.locate(['extent', 'hedge']),
						rule: 'permission/hedge-dropped',
						message: `The rule for ${whose} gives \`hedge: always\`, but the quote of \`${found.id}\` says "${found.word}" (${excerptAround(found.quote, found.index, found.word.length)}), so the site would state as always what the source hedges.`,
						hint: `Set \`extent.hedge: ${found.hedge}\`, as the quote words it, and cite \`${found.id}\` under \`extent.claims\` if it is not there yet.`,
					});
				}
			}
			// An `allowed` or `not-allowed` rule has no conditions to check: its `requires` is
			// reported whole, as conditions it should not have.
			const conditional = answer === 'allowed-with-conditions' || answer === 'disputed';
			for (const [i, requirement] of conditional ? requires.entries() : []) {
				const quotes = quotesOf(requirement.claims);
				if (quotes.length === 0) continue; // the reference rule reports unknown claims
				const { type } = requirement;
				const condition = `The ${type} condition of ${whose} (\`requires[${i}]\`)`;
				const who = whoOf(requirement);
				if (who && who.roles.length === 0 && who.named === undefined) {
					report({
						file: permission.file,
						...permission.locate(['requires', i, who.field]),
						rule: 'permission/condition-names-no-one',
						message: `${condition} names no one: \`${who.field}\` is empty and there is no \`named\`.`,
						hint: `List in \`${who.field}\` the titles its quotes name, or copy into \`named\` the quote's own words for who ("an authorized prescriber").`,
					});
				}
				for (const field of ['named', 'detail'] as const) {
					const text =
						field in requirement ? (requirement as Record<string, unknown>)[field] : undefined;
					if (typeof text !== 'string') continue;
					const wanted = normalizeQuote(text.replace(/^(?:an?|the) /i, '')).toLowerCase();
					if (quotes.some(({ quote }) => quote.toLowerCase().includes(wanted))) continue;
					report({
						file: permission.file,
						...permission.locate(['requires', i, field]),
						rule: 'permission/condition-not-in-quote',
						message: `${condition} gives \`${field}: ${text}\`, but ${quotes.length > 1 ? 'none of its quotes has' : 'its quote does not have'} these words; the site shows them as the source's.`,
						hint: `Copy into \`${field}\` the quote's own words, or cite the claim that has them.`,
					});
				}
				const ids = codeList(requirement.claims);
				const none = (verb: string, does: string) =>
					quotes.length > 1
						? `none of the quotes of ${ids} ${verb}`
						: `the quote of ${ids} does not ${does}`;
				const wanted = conditionWords[type];
				if (!quotes.some(({ quote }) => wanted.pattern.test(quote))) {
					const others = (Object.keys(conditionWords) as Requirement['type'][]).filter(
						(other) =>
							other !== type &&
							quotes.some(({ quote }) => conditionWords[other].pattern.test(quote)),
					);
					const instead = `cite under \`requires[${i}].claims\` a claim whose quote states ${wanted.noun}, or remove the condition: the site states only the conditions the quotes set.`;
					report({
						file: permission.file,
						...permission.locate(['requires', i, 'type']),
						rule: 'permission/condition-not-in-quote',
						message: `${condition} rests on ${ids}, but ${quotes.length > 1 ? 'none of their quotes speaks' : 'its quote does not speak'} of ${wanted.noun} (no word such as ${wanted.say}): ${excerpt(quotes[0]!.quote)}.`,
						hint:
							others.length > 0
								? `${quotes.length > 1 ? 'Their quotes do' : 'Its quote does'} speak of ${others.map((o) => `${conditionWords[o].noun} (\`type: ${o}\`)`).join(' and ')}: is that the condition ${quotes.length > 1 ? 'they set' : 'it sets'}? If not, ${instead}`
								: `${instead.charAt(0).toUpperCase()}${instead.slice(1)}`,
					});
					continue;
				}
				if (requirement.type !== 'supervision') continue;
				const { level, within } = requirement;
				if (
					level !== 'unspecified' &&
					!quotes.some(({ quote }) => levelWords[level].pattern.test(quote))
				) {
					report({
						file: permission.file,
						...permission.locate(['requires', i, 'level']),
						rule: 'permission/condition-not-in-quote',
						message: `${condition} gives \`level: ${level}\`, but ${none('says', 'say')} how close the supervisor must be (no word such as ${levelWords[level].say}).`,
						hint: 'Set `level` to what the quotes say (`unspecified` when they ask for supervision without saying how close), or cite the claim that states the level.',
					});
					continue;
				}
				if (level === 'reachable' && within !== undefined) {
					const words = normalizeQuote(within).toLowerCase();
					if (!quotes.some(({ quote }) => quote.toLowerCase().includes(words))) {
						report({
							file: permission.file,
							...permission.locate(['requires', i, 'within']),
							rule: 'permission/condition-not-in-quote',
							message: `${condition} gives \`within: ${within}\`, but ${none('has', 'have')} these words.`,
							hint: 'Copy into `within` the words the quote gives for the time ("thirty minutes"), or cite the claim that gives them.',
						});
					}
				}
			}
			if (permission.data.notBinding) {
				const { claims } = permission.data.notBinding;
				const quotes = quotesOf(claims);
				if (quotes.length > 0 && !quotes.some(({ quote }) => notLawWords.test(quote))) {
					report({
						file: permission.file,
						...permission.locate(['notBinding', 'claims']),
						rule: 'permission/condition-not-in-quote',
						message: `The rule for ${whose} says its statement is not law, but ${quotes.length > 1 ? `none of the quotes of ${codeList(claims)} says` : `the quote of ${codeList(claims)} does not say`} so (no words such as "force of law", "not binding"): ${excerpt(quotes[0]!.quote)}.`,
						hint: 'Cite under `notBinding.claims` a claim whose quote says the statement is not law, or remove `notBinding`.',
					});
				}
			}
			if (mayDelegate) {
				const quotes = quotesOf(mayDelegate.claims);
				if (quotes.length > 0 && !quotes.some(({ quote }) => delegationWords.test(quote))) {
					report({
						file: permission.file,
						...permission.locate(['mayDelegate', 'claims']),
						rule: 'permission/delegation-not-in-quote',
						message: `The rule for ${whose} says it may delegate the procedure to ${codeList(mayDelegate.to, 'or')}, but ${quotes.length > 1 ? `none of the quotes of ${codeList(mayDelegate.claims)} speaks` : `the quote of ${codeList(mayDelegate.claims)} does not speak`} of delegating (no word such as "delegate", "délégation", "assign"): ${excerpt(quotes[0]!.quote)}.`,
						hint: 'Cite under `mayDelegate.claims` a claim whose quote says this title may delegate or assign the procedure, or remove `mayDelegate`: the site says a title may delegate only where a source says so.',
					});
				}
			}
		}
	},
};

/** The first hedge word in the quotes, with where it stands and the hedge it words. */
function findHedge(
	quotes: readonly { id: string; quote: string }[],
):
	| { id: string; quote: string; word: string; index: number; hedge: Exclude<RuleHedge, 'always'> }
	| undefined {
	for (const { id, quote } of quotes) {
		for (const { hedge, pattern } of hedges) {
			const match = pattern.exec(quote);
			if (match) return { id, quote, word: match[0], index: match.index, hedge };
		}
	}
	return undefined;
}

/** A quote shortened for a message. */
function excerpt(quote: string): string {
	return `"${quote.length > 90 ? `${quote.slice(0, 87)}…` : quote}"`;
}

/** The words around a match in a quote, for a message. */
function excerptAround(quote: string, index: number, length: number): string {
	const from = Math.max(0, quote.lastIndexOf(' ', Math.max(0, index - 30)) + 1);
	const to = quote.indexOf(' ', Math.min(quote.length, index + length + 30));
	const end = to < 0 ? quote.length : to;
	return `"${from > 0 ? '…' : ''}${quote.slice(from, end)}${end < quote.length ? '…' : ''}"`;
}

/** The titles a condition names, with the field that lists them and the quote's own words. */
function whoOf(
	requirement: Requirement,
):
	| { field: 'from' | 'by' | 'with'; roles: readonly string[]; named: string | undefined }
	| undefined {
	switch (requirement.type) {
		case 'order':
			return { field: 'from', roles: requirement.from, named: requirement.named };
		case 'collaborative-agreement':
			return { field: 'with', roles: requirement.with, named: requirement.named };
		case 'assessment':
		case 'supervision':
		case 'delegation':
			return { field: 'by', roles: requirement.by, named: requirement.named };
		case 'training':
		case 'consent':
		case 'registration':
		case 'policies':
		case 'premises':
			return undefined;
	}
}
