/**
 * The two sides of a disputed answer, each with its date and legal force, the most recent
 * first, and which statement is the latest from a rule-maker (not a secondary account).
 */
import type { SourceForce } from '../../schemas/index.ts';

/** One claim on a side, as the dispute needs it. */
export interface SideClaim {
	id: string;
	/** The claim's own date (when its rule took effect) or its source's, `YYYY[-MM[-DD]]`. */
	date: string | null;
	force: SourceForce;
	/** The document the claim quotes, as readers know it. */
	sourceTitle: string;
}

/** One side of a dispute: its claims and its date, the latest of theirs. */
export interface DisputeSide {
	claims: SideClaim[];
	date: string | null;
}

/** The sides, most recent first, and the latest statement by a rule-maker, if any. */
export interface Dispute {
	sides: DisputeSide[];
	latestPrimary?: SideClaim & { side: number };
}

/**
 * Orders the sides of a dispute by date, the most recent first (an undated side last), and
 * finds the latest statement whose force is not `secondary`.
 * @example orderDispute([[{ id: 'a', date: '2017', force: 'opinion', sourceTitle: 'A' }], [{ id: 'b', date: '2024-03', force: 'opinion', sourceTitle: 'B' }]]).sides[0].date // '2024-03'
 */
export function orderDispute(sides: readonly (readonly SideClaim[])[]): Dispute {
	const dated = sides.map((claims) => ({
		claims: [...claims].sort((a, b) => compareDates(b.date, a.date)),
		date: claims.reduce<string | null>(
			(latest, c) => (compareDates(c.date, latest) > 0 ? c.date : latest),
			null,
		),
	}));
	dated.sort((a, b) => compareDates(b.date, a.date));
	let latestPrimary: Dispute['latestPrimary'];
	for (const [side, { claims }] of dated.entries()) {
		for (const claim of claims) {
			if (claim.force === 'secondary' || claim.date === null) continue;
			if (!latestPrimary || compareDates(claim.date, latestPrimary.date) > 0) {
				latestPrimary = { ...claim, side };
			}
		}
	}
	return latestPrimary ? { sides: dated, latestPrimary } : { sides: dated };
}

/** Compares partial ISO dates; `null` (undated) sorts before every date. */
function compareDates(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	return a < b ? -1 : 1;
}

/**
 * The headings of a dispute's sides, ordered as `orderDispute` orders them: "the more recent"
 * and "the earlier" only when both sides are dated, since an undated side cannot be placed
 * before or after the other; otherwise "one side" and "the other side". Each names its date,
 * or says it is undated.
 * @example sideHeadings(['2024-03', '2017'], (d) => d) // ['The more recent side: 2024-03', 'The earlier side: 2017']
 * @example sideHeadings(['2024-03', null], (d) => d) // ['One side: 2024-03', 'The other side: undated']
 */
export function sideHeadings(
	dates: readonly (string | null)[],
	formatDate: (date: string) => string,
): string[] {
	const words = (date: string | null) => (date === null ? 'undated' : formatDate(date));
	const comparable = dates.every((d) => d !== null);
	return dates.map((date, i) => {
		const side = comparable
			? i === 0
				? 'The more recent side'
				: 'The earlier side'
			: i === 0
				? 'One side'
				: 'The other side';
		return `${side}: ${words(date)}`;
	});
}
