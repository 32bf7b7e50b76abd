/**
 * Every fact on file that bears on one place and one practitioner title: what the sources say
 * about that title there and in each place above it, and the rules that bind every title
 * there. An answer page shows all of them; "not documented" means this finds nothing.
 */
import type { Claim } from '../../schemas/index.ts';
import { ancestorsOf, type JurisdictionNode } from '../graph/jurisdiction-ancestors.ts';

/** The knowledge base as this module reads it. */
export interface PairFactsData {
	jurisdictions: ReadonlyMap<string, JurisdictionNode>;
	claims: ReadonlyMap<
		string,
		{ readonly data: { readonly about: Claim['about']; readonly status?: Claim['status'] } }
	>;
}

/** The facts of one place in the chain from the place asked about up to its country. */
export interface PlaceFacts {
	place: string;
	/** Claims about this title in this place, in file order. */
	title: string[];
	/** Rules about this place that name no title and no risk, so bind every title there. */
	everyTitle: string[];
}

/**
 * Whether a claim states a rule for every title in its places: it states a rule (it has a
 * `status`), and names no title and no risk.
 * @example isPlaceWideRule({ about: { jurisdictions: ['fr'], roles: [], risks: [] }, status: 'in-force' }) // true
 */
export function isPlaceWideRule(claim: {
	about: Claim['about'];
	status?: Claim['status'];
}): boolean {
	return (
		claim.status !== undefined && claim.about.roles.length === 0 && claim.about.risks.length === 0
	);
}

/**
 * Whether a fact a place lists for every reader (a red flag, where to complain) concerns a
 * title: it names no title, or names this one. A warning about non-doctors, or a board that
 * handles nurses only, is not one for the others.
 * @example concernsTitle({ about: { jurisdictions: ['us-ca'], roles: ['registered-nurse'], risks: [] } }, 'physician') // false
 */
export function concernsTitle(claim: { about: Claim['about'] }, role: string): boolean {
	return claim.about.roles.length === 0 || claim.about.roles.includes(role);
}

const indexes = new WeakMap<
	PairFactsData,
	Map<string, { title: Map<string, string[]>; everyTitle: string[] }>
>();

function indexOf(data: PairFactsData) {
	let index = indexes.get(data);
	if (index) return index;
	index = new Map();
	for (const [id, { data: claim }] of data.claims) {
		for (const place of new Set(claim.about.jurisdictions)) {
			let entry = index.get(place);
			if (!entry) index.set(place, (entry = { title: new Map(), everyTitle: [] }));
			if (isPlaceWideRule(claim)) entry.everyTitle.push(id);
			for (const role of new Set(claim.about.roles)) {
				const list = entry.title.get(role) ?? [];
				list.push(id);
				entry.title.set(role, list);
			}
		}
	}
	indexes.set(data, index);
	return index;
}

/**
 * The facts bearing on `role` in `place`, the place itself first, then each place above it.
 * A claim about several places in the chain is listed under the nearest.
 * @example pairFacts(kb, 'us-tx', 'registered-nurse')[0] // { place: 'us-tx', title: ['us-tx-…'], everyTitle: ['us-tx-sb2696-…'] }
 */
export function pairFacts(data: PairFactsData, place: string, role: string): PlaceFacts[] {
	const index = indexOf(data);
	const seen = new Set<string>();
	const fresh = (ids: readonly string[]) =>
		ids.filter((id) => !seen.has(id) && (seen.add(id), true));
	return [place, ...ancestorsOf(place, data.jurisdictions)].map((id) => {
		const entry = index.get(id);
		return {
			place: id,
			title: fresh(entry?.title.get(role) ?? []),
			everyTitle: fresh(entry?.everyTitle ?? []),
		};
	});
}

/**
 * Whether any fact on file bears on `role` in `place`.
 * @example touchesPair(kb, 'us-al', 'aesthetician') // true: the United States article speaks of aestheticians
 */
export function touchesPair(data: PairFactsData, place: string, role: string): boolean {
	return pairFacts(data, place, role).some((f) => f.title.length + f.everyTitle.length > 0);
}

/**
 * The rules on file that bind every title in `place` or a place above it, nearest first.
 * @example everyTitleRules(kb, 'gb-eng') // ['gb-eng-2023-consultation-professionals-only', …]
 */
export function everyTitleRules(data: PairFactsData, place: string): string[] {
	return pairFacts(data, place, '').flatMap((f) => f.everyTitle);
}
