/**
 * What a search names, read the way a reader types: a place and a practitioner's title by any
 * of their names, misspelt a little or not ("estetician texas", "my nurse in florida"), so the
 * search page can lead with the answer; what the reader wants to do, where the query says it
 * (check a licence, complain or report), so it can lead with the place's section for that; and
 * a spelling of the query the site knows, for a query that finds nothing.
 */
import { editDistance } from '../text/suggest.ts';
import { answerQuestion } from './answer-label.ts';
import { findAnswerTarget, type AnswerPlace } from './answer-target.ts';
import { checkPlacePath, rolePath } from './routes.ts';

/** An entity a query may name, with every name it goes by. */
export interface NamedEntity {
	id: string;
	names: readonly string[];
}

/**
 * What a reader may want to do that a page section answers: check a practitioner's licence
 * (`verify`, "How to verify the licence"), or complain or report ("If something goes wrong").
 */
export type SearchTask = 'verify' | 'complain';

/**
 * The place and title a query names, each with the words of the query that named it, and the
 * task it asks for, if any.
 */
export interface SearchIntent {
	place?: { id: string; words: string };
	role?: { id: string; words: string };
	task?: SearchTask;
}

/** Words that ask to check a licence on their own, and those that do beside a licence word. */
const verifyWords = new Set(['verify', 'verification', 'lookup']);
const licenceWords = new Set([
	'licence',
	'license',
	'licences',
	'licenses',
	'licensing',
	'licensure',
]);
const licenceTaskWords = new Set(['board', 'boards', 'check', 'search', 'number', 'status']);
/** Words that ask where to complain on their own, and those that do beside "report". */
const complainWords = new Set([
	'complain',
	'complaint',
	'complaints',
	'grievance',
	'botched',
	'injured',
]);
const reportWords = new Set([
	'unlicensed',
	'side',
	'reaction',
	'adverse',
	'problem',
	'practitioner',
	'injector',
]);

/**
 * The task a query's words ask for: checking a licence ("state licensing board", "verify my
 * nurse", "look up") or complaining or reporting ("complaint", "report an unlicensed
 * injector", "went wrong"); undefined for a query that asks neither.
 * @example readSearchTask(['state', 'licensing', 'board']) // 'verify'
 */
export function readSearchTask(words: readonly string[]): SearchTask | undefined {
	const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
	if (
		has(complainWords) ||
		(words.includes('report') && has(reportWords)) ||
		(words.includes('wrong') && words.some((w) => ['went', 'gone', 'goes', 'go'].includes(w)))
	)
		return 'complain';
	const lookUp = words.some((w, i) => w === 'look' && words[i + 1] === 'up');
	if (has(verifyWords) || lookUp || (has(licenceWords) && has(licenceTaskWords))) return 'verify';
	return undefined;
}

/** The words of a text, lower case, accents and punctuation dropped. */
export function searchWords(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * How many typing mistakes a word of this length may hold and still be taken for a name:
 * none in a short word, where one letter makes another word ("do", "in").
 */
function tolerance(length: number): number {
	return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** A name's words, and whether it must be typed in capitals (a short credential: "RN", "MA"). */
interface Name {
	entity: string;
	words: string[];
	capitals: string | undefined;
}

function namesOf(entities: readonly NamedEntity[]): Name[] {
	return entities.flatMap((e) =>
		e.names.map((name) => ({
			entity: e.id,
			words: searchWords(name),
			// Two-letter credentials are everyday words in lower case ("do", "ma", "pa", "en").
			capitals: /^[A-Z]{2}$/.test(name) ? name : undefined,
		})),
	);
}

/** The best match of `names` in the query's words: the longest, then the fewest mistakes. */
function bestMatch(
	words: readonly string[],
	typed: readonly string[],
	names: readonly Name[],
	taken: ReadonlySet<number>,
): { entity: string; start: number; end: number } | undefined {
	let best: { entity: string; start: number; end: number; cost: number } | undefined;
	for (const name of names) {
		const n = name.words.length;
		if (n === 0) continue;
		for (let start = 0; start + n <= words.length; start++) {
			if ([...Array(n).keys()].some((k) => taken.has(start + k))) continue;
			if (name.capitals && (n !== 1 || typed[start] !== name.capitals)) continue;
			const found = words.slice(start, start + n).join(' ');
			const wanted = name.words.join(' ');
			const cost = found === wanted ? 0 : editDistance(found, wanted);
			if (cost > tolerance(wanted.replace(/ /g, '').length)) continue;
			const better =
				!best || n > best.end - best.start || (n === best.end - best.start && cost < best.cost);
			if (better) best = { entity: name.entity, start, end: start + n, cost };
		}
	}
	return best && { entity: best.entity, start: best.start, end: best.end };
}

/**
 * Reads the place and the practitioner's title a query names, if any: each by the longest of
 * its names found in the query, a word or two misspelt allowed in longer names; a title's
 * two-letter credential only in capitals. The title is read first, so "nurse practitioner"
 * is not a nurse and a place.
 * @example readSearchIntent('estetician texas', places, roles) // { place: { id: 'us-tx', words: 'texas' }, role: { id: 'aesthetician', words: 'estetician' } }
 */
export function readSearchIntent(
	query: string,
	places: readonly NamedEntity[],
	roles: readonly NamedEntity[],
): SearchIntent {
	const words = searchWords(query);
	const typed = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const taken = new Set<number>();
	const intent: SearchIntent = {};
	const role = bestMatch(words, typed, namesOf(roles), taken);
	if (role) {
		for (let i = role.start; i < role.end; i++) taken.add(i);
		intent.role = { id: role.entity, words: words.slice(role.start, role.end).join(' ') };
	}
	const place = bestMatch(words, typed, namesOf(places), taken);
	if (place) {
		intent.place = { id: place.entity, words: words.slice(place.start, place.end).join(' ') };
	}
	const task = readSearchTask(words);
	if (task) intent.task = task;
	return intent;
}

/**
 * The query with each word the site does not know replaced by the nearest word it does, when
 * one is close enough to be a typing mistake; undefined when nothing changes.
 * @example correctQuery('mesotherpy', ['mesotherapy']) // 'mesotherapy'
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string | undefined {
	let changed = false;
	const corrected = searchWords(query).map((word) => {
		if (vocabulary.has(word)) return word;
		const limit = tolerance(word.length);
		if (limit === 0) return word;
		let best: { word: string; cost: number } | undefined;
		for (const known of vocabulary) {
			if (Math.abs(known.length - word.length) > limit) continue;
			const cost = editDistance(word, known);
			if (cost <= limit && (!best || cost < best.cost)) best = { word: known, cost };
		}
		if (!best) return word;
		changed = true;
		return best.word;
	});
	return changed ? corrected.join(' ') : undefined;
}

/**
 * The words a query may be corrected to: those of five letters or more in the given texts
 * (names, titles, facts), each once, in the order first met.
 * @example searchVocabulary(['Mesotherapy risks', 'Risks']) // ['mesotherapy', 'risks']
 */
export function searchVocabulary(texts: Iterable<string>): string[] {
	const seen = new Set<string>();
	for (const text of texts) {
		for (const word of searchWords(text)) if (word.length >= 5 && !/\d/.test(word)) seen.add(word);
	}
	return [...seen];
}

/** How the search page names places and titles in its leading answer. */
export interface IntentNames {
	/** Each place's name inside a sentence ("the United States"). */
	places: Readonly<Record<string, string>>;
	/** Each title's name ("Registered nurse"). */
	roles: Readonly<Record<string, string>>;
}

/** The page a search leads with, and its link text. */
export interface LeadingAnswer {
	href: string;
	text: string;
}

/** Where a task is answered on an answer page or a place's check page, and how it is asked. */
const taskSections: Readonly<
	Record<SearchTask, { slug: string; ask: (place?: string) => string }>
> = {
	verify: {
		slug: 'verify',
		ask: (place) =>
			place
				? `How to check a practitioner’s licence in ${place}`
				: 'How to check a practitioner’s licence: pick your place',
	},
	complain: {
		slug: 'if-something-goes-wrong',
		ask: (place) =>
			place
				? `If something goes wrong in ${place}: where to complain or report`
				: 'If something goes wrong: pick your place, for where to complain or report',
	},
};

/**
 * The page that answers what a query names: for a task (checking a licence, complaining), its
 * section on the place's answer or check page, or the place picker when no place is named; for
 * a place and a title, their answer (the pair's page, or the title's row on the place's check
 * page, as the picker goes); for a place alone, its check page; for a title alone, its page.
 * Undefined when the query names none of these.
 * @example leadingAnswer({ place: { id: 'us-tx', words: 'texas' }, role: { id: 'aesthetician', words: 'estetician' } }, names, placeOf)
 * // { href: '/check/us-tx/aesthetician/', text: 'May an aesthetician perform mesotherapy in Texas?' }
 */
export function leadingAnswer(
	intent: SearchIntent,
	names: IntentNames,
	placeOf: (id: string) => AnswerPlace | undefined,
): LeadingAnswer | undefined {
	const place = intent.place && names.places[intent.place.id];
	const role = intent.role && names.roles[intent.role.id];
	if (intent.task) {
		const section = taskSections[intent.task];
		if (!intent.place || !place) return { href: '/check/', text: section.ask() };
		const answer =
			intent.role && role && findAnswerTarget(placeOf, intent.place.id, intent.role.id);
		// An answer page has the section itself; a title's row stands on the place's check page.
		const page = answer && !answer.includes('#') ? answer : checkPlacePath(intent.place.id);
		return { href: `${page}#${section.slug}`, text: section.ask(place) };
	}
	if (intent.place && place && intent.role && role) {
		return {
			href: findAnswerTarget(placeOf, intent.place.id, intent.role.id),
			text: answerQuestion(role, place),
		};
	}
	if (intent.place && place) {
		return {
			href: checkPlacePath(intent.place.id),
			text: `Who may perform mesotherapy in ${place}: every title`,
		};
	}
	if (intent.role && role) {
		return { href: rolePath(intent.role.id), text: `${role}: where they may perform mesotherapy` };
	}
	return undefined;
}
