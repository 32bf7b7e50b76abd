import type { PermissionStatus } from '../../schemas/index.ts';

/** A permission status, or `not-documented` where no rule is on file. */
export type ResolvedStatus = PermissionStatus | 'not-documented';

/** The words every page uses for a status, so the matrix, tables and verdicts agree. */
export const statusLabels: Record<ResolvedStatus, string> = {
	independent: 'Allowed independently',
	supervised: 'Allowed under supervision',
	delegated: 'Only under direct delegation',
	prohibited: 'Not allowed',
	contested: 'Sources disagree',
	'not-documented': 'Not documented here yet',
};

/**
 * Returns the label for a status.
 * @example statusLabel('prohibited') // 'Not allowed'
 */
export function statusLabel(status: ResolvedStatus): string {
	return statusLabels[status];
}

/** What each status means, for keys and the codebook. */
export const statusMeanings: Record<ResolvedStatus, string> = {
	independent: 'May perform it and delegate it.',
	supervised: 'May perform it under supervision or a collaborative agreement.',
	delegated: 'Only under direct supervision and delegation.',
	prohibited: 'May not perform it.',
	contested: 'The sources on file disagree.',
	'not-documented': 'Nothing on file says either way.',
};
