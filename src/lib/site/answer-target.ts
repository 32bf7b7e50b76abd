/**
 * Where a reader who picked a place and a practitioner title goes, from what each place has on
 * file. Both the build (`answerTarget` in answer-pages.ts) and the check picker's script in the
 * browser walk places with `findAnswerTarget`, so the two cannot disagree; the picker reads
 * each place from its option's `data-*` attributes (`answerPlaceAttributes`).
 */
import { checkPath, checkPlacePath } from './routes.ts';

/** What the walk to an answer needs to know about one place. */
export interface AnswerPlace {
	/** The place it is part of, if any. */
	parent?: string | undefined;
	/** The titles with an answer page of this place's own. */
	pages: ReadonlySet<string>;
	/**
	 * Whether the place has something of its own that every title's answer there shows (a
	 * regulator, how to verify a licence, red flags, what to do if something goes wrong): its
	 * parent's answer pages would leave it out, so the walk stops here.
	 */
	ownForEveryTitle: boolean;
}

/**
 * The page a reader who picked a title in a place goes to: the pair's own answer page, or
 * else the title's row on the place's own check page, which names the place, says plainly
 * whose answer applies there (`findAnswerPage`) and links to it. A reader never lands on a
 * page about another place that does not name their own.
 * @example findAnswerTarget(placeOf, 'us-tx', 'physician') // '/check/us-tx/physician/'
 * @example findAnswerTarget(placeOf, 'us-al', 'registered-nurse') // '/check/us-al/#registered-nurse'
 */
export function findAnswerTarget(
	placeOf: (id: string) => AnswerPlace | undefined,
	placeId: string,
	roleId: string,
): string {
	return placeOf(placeId)?.pages.has(roleId)
		? checkPath(placeId, roleId)
		: checkPlacePath(placeId, roleId);
}

/**
 * The place whose answer page for the title answers it in `placeId`: the place's own, or,
 * walking up `parent` while no place on the way has something of its own for every title, the
 * nearest one above; undefined when none does. Stops at a
 * place `placeOf` does not know, and before any place already seen.
 * @example findAnswerPage(placeOf, 'us-al', 'registered-nurse') // 'us'
 */
export function findAnswerPage(
	placeOf: (id: string) => AnswerPlace | undefined,
	placeId: string,
	roleId: string,
): string | undefined {
	const seen = new Set<string>();
	let id: string | undefined = placeId;
	while (id !== undefined && !seen.has(id)) {
		seen.add(id);
		const place = placeOf(id);
		if (!place) return undefined;
		if (place.pages.has(roleId)) return id;
		if (place.ownForEveryTitle) return undefined;
		id = place.parent;
	}
	return undefined;
}

/** A place as its option in the picker carries it: `data-pages`, `data-own`, `data-parent`. */
export interface AnswerPlaceAttributes {
	/** The titles with an answer page of the place's own, separated by spaces. */
	'data-pages'?: string;
	/** Present when the place has something of its own for every title. */
	'data-own'?: '';
	/** The parent, left out where the walk stops anyway. */
	'data-parent'?: string;
}

/**
 * A place's picker attributes, as short as the walk allows: no parent where the walk stops.
 * @example answerPlaceAttributes({ parent: 'us', pages: new Set(['physician']), ownForEveryTitle: false })
 * // { 'data-pages': 'physician', 'data-parent': 'us' }
 */
export function answerPlaceAttributes(place: AnswerPlace): AnswerPlaceAttributes {
	return {
		...(place.pages.size > 0 ? { 'data-pages': [...place.pages].join(' ') } : {}),
		...(place.ownForEveryTitle
			? { 'data-own': '' as const }
			: place.parent !== undefined
				? { 'data-parent': place.parent }
				: {}),
	};
}

/**
 * Reads a place back from its option's `dataset` (`data-pages` → `pages`), the inverse of
 * `answerPlaceAttributes`.
 * @example readAnswerPlace({ pages: 'physician', parent: 'us' }).pages // Set { 'physician' }
 */
export function readAnswerPlace(dataset: {
	readonly pages?: string | undefined;
	readonly own?: string | undefined;
	readonly parent?: string | undefined;
}): AnswerPlace {
	return {
		parent: dataset.parent,
		pages: new Set(dataset.pages?.split(' ').filter((id) => id !== '') ?? []),
		ownForEveryTitle: dataset.own !== undefined,
	};
}
