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
