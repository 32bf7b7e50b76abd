/**
 * The risks as a reader scans them: by the severity the sources give, most severe first, and
 * those no source rates last; by name within each group.
 */
import type { Risk } from '../../schemas/index.ts';

/** The severities in the order a list shows them. */
export const severityOrder: readonly Risk['severity'][] = [
	'major',
	'serious',
	'minor',
	'not-rated',
];

/** One severity and its risks. */
export interface RiskGroup<T> {
	severity: Risk['severity'];
	risks: T[];
}

/**
 * Groups risks by severity, in `severityOrder`, each group by name; severities with no risk
 * are left out.
 * @example riskGroups([bruising, shock]).map((g) => g.severity) // ['major', 'not-rated']
 */
export function riskGroups<T extends { data: Pick<Risk, 'name' | 'severity'> }>(
	risks: Iterable<T>,
): RiskGroup<T>[] {
	const all = [...risks];
	return severityOrder
		.map((severity) => ({
			severity,
			risks: all
				.filter((r) => r.data.severity === severity)
				.sort((a, b) => a.data.name.localeCompare(b.data.name)),
		}))
		.filter((g) => g.risks.length > 0);
}
