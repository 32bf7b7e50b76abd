import type { Effective, LegalStatus, SourcePart } from '../../schemas/index.ts';
import { hasEnded } from '../text/partial-date.ts';

/**
 * Where a fact stands today, for ordering a page: `current` facts first, then `proposed` ones
 * (proposals and consultations not adopted), then `history` (replaced, annulled, suspended or
 * ended rules).
 */
export type ClaimPhase = 'current' | 'proposed' | 'history';

/** The parts of a claim and its source that decide its phase. */
export interface PhaseInput {
	claim: { status?: LegalStatus | undefined; effective?: Effective | undefined; locator: string };
	source:
		| {
				status?: LegalStatus | undefined;
				effective?: Effective | undefined;
				parts: readonly Pick<SourcePart, 'part' | 'status'>[];
		  }
		| undefined;
}

const past = new Set<LegalStatus>(['replaced', 'annulled', 'suspended']);
const pending = new Set<LegalStatus>(['proposed', 'under-consultation']);

/**
 * The status that applies to a claim: its own, else that of the part of its source it quotes,
 * else its source's; undefined when none says (a finding, a report).
 * @example effectiveStatus({ claim: { locator: 'Article 2' }, source: { parts: [{ part: 'Article 2', status: 'annulled' }] } }) // 'annulled'
 */
export function effectiveStatus({ claim, source }: PhaseInput): LegalStatus | undefined {
	return (
		claim.status ?? source?.parts.find((p) => p.part === claim.locator)?.status ?? source?.status
	);
}

/**
 * Decides a claim's phase on `today`: history when its status is replaced, annulled or
 * suspended or its period has ended; proposed when it is proposed or under consultation;
 * current otherwise.
 * @example claimPhase({ claim: { status: 'replaced', locator: 'x' }, source: undefined }, '2026-11-29') // 'history'
 */
export function claimPhase(input: PhaseInput, today: string): ClaimPhase {
	const status = effectiveStatus(input);
	if (status && past.has(status)) return 'history';
	if (hasEnded(input.claim.effective, today)) return 'history';
	if (input.claim.status === undefined && hasEnded(input.source?.effective, today))
		return 'history';
	if (status && pending.has(status)) return 'proposed';
	return 'current';
}

/** The words each legal status is shown with. */
export const legalStatusLabels: Record<LegalStatus, string> = {
	'in-force': 'In force',
	replaced: 'Replaced',
	annulled: 'Annulled',
	suspended: 'Suspended',
	proposed: 'Proposed',
	'under-consultation': 'Under consultation',
};

/** What each legal status means, for the codebook. */
export const legalStatusMeanings: Record<LegalStatus, string> = {
	'in-force': 'It applies today.',
	replaced: 'A later rule took its place.',
	annulled: 'A court set it aside.',
	suspended: 'It is on hold, pending a decision.',
	proposed: 'It was put forward and has not been adopted.',
	'under-consultation': 'It is open for comment and has not been adopted.',
};

/**
 * A period in words, as precisely as known.
 * @example periodWords({ from: '2011-04-11', to: '2012-02-17' }) // 'from 2011-04-11 to 2012-02-17'
 * @example periodWords({ to: '2025-01-09' }) // 'until 2025-01-09'
 */
export function periodWords(effective: Effective | undefined): string {
	const { from, to } = effective ?? {};
	if (from && to) return `from ${from} to ${to}`;
	if (from) return `from ${from}`;
	if (to) return `until ${to}`;
	return '';
}

/**
 * Splits items into the three phases, keeping their order within each.
 * @example groupByPhase(claims, (c) => phaseOf(c)) // { current: […], proposed: […], history: […] }
 */
export function groupByPhase<T>(
	items: readonly T[],
	phase: (item: T) => ClaimPhase,
): Record<ClaimPhase, T[]> {
	const groups: Record<ClaimPhase, T[]> = { current: [], proposed: [], history: [] };
	for (const item of items) groups[phase(item)].push(item);
	return groups;
}
