/**
 * Which answer pages the site builds, and where every link to an answer goes. A place gets an
 * answer page for a title only where it has something of its own on file for that title, so
 * the pages grow with the content rather than with places × titles; every other pair is
 * answered by a place above it or by the title's row on the place's check page.
 */
import type { Claim, Jurisdiction, Permission } from '../../schemas/index.ts';
import {
	resolvePermission,
	type PermissionIndex,
	type PermissionNode,
} from '../graph/resolve-permission.ts';
import { isPlaceWideRule, touchesPair } from './pair-facts.ts';
import { placeName } from './place-name.ts';
import { checkPath, checkPlacePath } from './routes.ts';
import { findAnswerPage, findAnswerTarget, type AnswerPlace } from './answer-target.ts';
import type { ResolvedAnswer } from './answer-label.ts';

/** The knowledge base as answer pages are decided from it: the checker's, or a part of it. */
export interface AnswerData {
	jurisdictions: ReadonlyMap<
		string,
		{
			readonly data: Pick<
				Jurisdiction,
				| 'name'
				| 'definiteArticle'
				| 'parent'
				| 'regulators'
				| 'verify'
				| 'redFlags'
				| 'ifItGoesWrong'
			>;
		}
	>;
	roles: ReadonlyMap<string, unknown>;
	claims: ReadonlyMap<
		string,
		{ readonly data: { readonly about: Claim['about']; readonly status?: Claim['status'] } }
	>;
	permissions: PermissionIndex<
		PermissionNode & { readonly data: Pick<Permission, 'extent' | 'scope'> }
	>;
}

const places = new WeakMap<AnswerData, ReadonlyMap<string, AnswerPlace>>();

/**
 * Every place as the walk to an answer reads it, computed once per knowledge base: its
 * parent, the titles with an answer page of its own (its own permission entry for the title,
 * or a claim about the place and the title), and whether it has a regulator, a way to verify
 * a licence, red flags, what to do if something goes wrong or a rule for every title of its
 * own, which every title's answer there shows.
 */
export function answerPlaces(data: AnswerData): ReadonlyMap<string, AnswerPlace> {
	const known = places.get(data);
	if (known) return known;
	const pages = new Map<string, Set<string>>();
	const add = (place: string, role: string) => {
		if (!data.jurisdictions.has(place) || !data.roles.has(role)) return;
		let titles = pages.get(place);
		if (!titles) pages.set(place, (titles = new Set()));
		titles.add(role);
	};
	for (const [place, byRole] of data.permissions) {
		for (const role of byRole.keys()) add(place, role);
	}
	// A place with a rule for every title shows it on each title's row, so the walk stops there.
	const everyTitle = new Set<string>();
	for (const claim of data.claims.values()) {
		const { jurisdictions, roles } = claim.data.about;
		for (const place of jurisdictions) for (const role of roles) add(place, role);
		if (isPlaceWideRule(claim.data)) for (const place of jurisdictions) everyTitle.add(place);
	}
	const result = new Map<string, AnswerPlace>();
	for (const [id, { data: place }] of data.jurisdictions) {
		result.set(id, {
			parent: place.parent,
			pages: pages.get(id) ?? new Set(),
			ownForEveryTitle:
				place.regulators.length > 0 ||
				place.verify.length > 0 ||
				place.redFlags.length > 0 ||
				place.ifItGoesWrong.length > 0 ||
				everyTitle.has(id),
		});
	}
	places.set(data, result);
	return result;
}

/**
 * The pairs with an answer page, as place and title ids.
 * @example answerPages(kb) // [{ place: 'us', role: 'physician' }, …]
 */
export function answerPages(data: AnswerData): { place: string; role: string }[] {
	return [...answerPlaces(data)].flatMap(([place, { pages }]) =>
		[...pages].map((role) => ({ place, role })),
	);
}

/**
 * Whether a place and title have an answer page of their own.
 * @example hasAnswerPage(kb, 'us-al', 'registered-nurse') // false
 */
export function hasAnswerPage(data: AnswerData, place: string, role: string): boolean {
	return answerPlaces(data).get(place)?.pages.has(role) ?? false;
}

/**
 * The page a reader who picked this place and title goes to (see `findAnswerTarget`).
 * @example answerTarget(kb, 'us-al', 'registered-nurse') // '/check/us-al/#registered-nurse'
 * @example answerTarget(kb, 'us-tx', 'aesthetician') // '/check/us-tx/#aesthetician'
 */
export function answerTarget(data: AnswerData, place: string, role: string): string {
	const index = answerPlaces(data);
	return findAnswerTarget((id) => index.get(id), place, role);
}

/** One title's row on a place's check page. */
export interface PlaceAnswer {
	role: string;
	answer: ResolvedAnswer;
	/** Whether facts on file bear on the pair (see `touchesPair`), so it is never "not documented". */
	hasFacts: boolean;
	/** The rule that applies, its own or a place above's, where one does. */
	rule?: Pick<Permission, 'extent' | 'scope'> | undefined;
	/** The place whose general rule applies, when it is not this place's own. */
	inheritedFrom?: string | undefined;
	/** Where the title's answer is: its own page, a place above's, or this row. */
	target: string;
	/** True when the row itself is the answer (`target` is the row's anchor). */
	here: boolean;
	/** Said beside the verdict when the answer shown is not the pair's own page. */
	note?: string | undefined;
	/** Where the row itself answers with a place above's rule: that rule's answer page. */
	ruleTarget?: string | undefined;
}

/**
 * Each title's row on a place's check page: the verdict that applies there, where its answer
 * is, and a plain note when what is shown is another place's.
 * @example placeAnswers(kb, 'us-al')[0].note // 'Nothing specific to Alabama is on file; the answer for the United States applies.'
 */
export function placeAnswers(data: AnswerData, placeId: string): PlaceAnswer[] {
	const index = answerPlaces(data);
	const place = index.get(placeId);
	const hasOwn = place !== undefined && (place.pages.size > 0 || place.ownForEveryTitle);
	const name = (id: string) => {
		const j = data.jurisdictions.get(id)?.data;
		return j ? placeName(j) : id;
	};
	const nothingHere = `Nothing specific to ${name(placeId)} is on file${hasOwn ? ' for this title' : ''}`;
	return [...data.roles.keys()].map((role) => {
		const resolved = resolvePermission(data, placeId, role);
		const inheritedFrom = resolved.inherited ? resolved.from : undefined;
		const answeredBy = findAnswerPage((id) => index.get(id), placeId, role);
		const row = {
			role,
			answer: resolved.answer,
			hasFacts: touchesPair(data, placeId, role),
			rule: resolved.permission?.data,
			inheritedFrom,
			// The row links on to the answer page that applies, wherever that is.
			target:
				answeredBy === undefined ? checkPlacePath(placeId, role) : checkPath(answeredBy, role),
			here: answeredBy === undefined,
		};
		if (answeredBy !== undefined && answeredBy !== placeId) {
			return { ...row, note: `${nothingHere}; the answer for ${name(answeredBy)} applies.` };
		}
		if (answeredBy === undefined && inheritedFrom !== undefined) {
			return {
				...row,
				note: `${nothingHere}; the general rule of ${name(inheritedFrom)} applies.`,
				ruleTarget: answerTarget(data, inheritedFrom, role),
			};
		}
		return row;
	});
}
