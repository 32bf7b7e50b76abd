import type { Claim, Jurisdiction, Permission, Source, SourceForce } from '../../schemas/index.ts';

/** What the coverage page reads: the records of the knowledge base, by id. */
export interface CoverageInput {
	jurisdictions: ReadonlyMap<string, { data: Pick<Jurisdiction, 'name' | 'parent' | 'gaps'> }>;
	claims: ReadonlyMap<string, { data: Pick<Claim, 'source' | 'about' | 'reviewed'> }>;
	sources: ReadonlyMap<string, { data: Pick<Source, 'force'> }>;
	/** Permission entries by the jurisdiction their file names, then by role. */
	permissions: ReadonlyMap<string, ReadonlyMap<string, { data: Pick<Permission, 'role'> }>>;
}

/** What is on file for one jurisdiction. */
export interface CoverageRow {
	id: string;
	name: string;
	/** The id of the place whose general rule applies where this one has none. */
	parent?: string;
	/** How many facts are about this place itself. */
	facts: number;
	/** The roles with a rule of this place's own. */
	roles: string[];
	/** How many distinct sources those facts come from, by legal force. */
	sourcesByForce: Record<SourceForce, number>;
	/** The latest review of a fact about this place; undefined when none is on file. */
	lastReviewed?: string;
	/** What was searched for and not found. */
	gaps: string[];
}

/**
 * Counts, for each jurisdiction, the facts about it, the roles it has its own rule for, its
 * sources by legal force, its latest review and its known gaps. Rows keep the map's order.
 * @example coverage(input).find((row) => row.id === 'us-al') // { facts: 0, roles: [], … }
 */
export function coverage(input: CoverageInput): CoverageRow[] {
	const roles = new Map<string, string[]>();
	for (const [jurisdiction, byRole] of input.permissions) {
		roles.set(
			jurisdiction,
			[...byRole.values()].map((p) => p.data.role),
		);
	}
	return [...input.jurisdictions].map(([id, { data }]) => {
		const claims = [...input.claims.values()].filter((c) =>
			c.data.about.jurisdictions.includes(id),
		);
		const sourcesByForce: Record<SourceForce, number> = {
			binding: 0,
			guidance: 0,
			opinion: 0,
			secondary: 0,
		};
		for (const sourceId of new Set(claims.map((c) => c.data.source))) {
			const force = input.sources.get(sourceId)?.data.force;
			if (force) sourcesByForce[force] += 1;
		}
		const lastReviewed = claims
			.map((c) => c.data.reviewed)
			.sort()
			.at(-1);
		return {
			id,
			name: data.name,
			...(data.parent ? { parent: data.parent } : {}),
			facts: claims.length,
			roles: roles.get(id) ?? [],
			sourcesByForce,
			...(lastReviewed ? { lastReviewed } : {}),
			gaps: data.gaps,
		};
	});
}

/**
 * Totals across rows: places, places with facts of their own, facts (a fact about several
 * places counts once per place), and gaps.
 * @example coverageTotals(rows) // { places: 67, documented: 23, facts: 310, gaps: 21 }
 */
export function coverageTotals(rows: readonly CoverageRow[]): {
	places: number;
	documented: number;
	facts: number;
	gaps: number;
} {
	return {
		places: rows.length,
		documented: rows.filter((r) => r.facts > 0).length,
		facts: rows.reduce((n, r) => n + r.facts, 0),
		gaps: rows.reduce((n, r) => n + r.gaps.length, 0),
	};
}

/** The figures issue-level goals are measured by, for one country's places and the rest. */
export interface CountryFigures {
	/** The places whose parent is the country. */
	places: number;
	/** Of those, how many have a source of their own. */
	withSources: number;
	/** Of those, how many have a primary source (law, official guidance or a regulator's opinion). */
	withPrimary: number;
	/** Of those, how many have rules of their own for every one of `titles`. */
	withTitles: number;
	/** Places outside the country with a source of their own. */
	elsewhereWithSources: number;
}

/**
 * Counts, for the places within `country`, those with sources of their own, primary ones, and
 * rules of their own for each of `titles`; and the places outside it with sources.
 * @example countryFigures(rows, 'us', ['registered-nurse', 'aesthetician']) // { places: 51, withSources: 9, … }
 */
export function countryFigures(
	rows: readonly CoverageRow[],
	country: string,
	titles: readonly string[],
): CountryFigures {
	const sources = (r: CoverageRow) =>
		r.sourcesByForce.binding +
		r.sourcesByForce.guidance +
		r.sourcesByForce.opinion +
		r.sourcesByForce.secondary;
	const within = rows.filter((r) => r.parent === country);
	return {
		places: within.length,
		withSources: within.filter((r) => sources(r) > 0).length,
		withPrimary: within.filter((r) => sources(r) - r.sourcesByForce.secondary > 0).length,
		withTitles: within.filter((r) => titles.every((t) => r.roles.includes(t))).length,
		elsewhereWithSources: rows.filter(
			(r) => r.id !== country && r.parent !== country && sources(r) > 0,
		).length,
	};
}
