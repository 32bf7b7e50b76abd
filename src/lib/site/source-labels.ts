import type { LegalStatus, SourceForce, SourceKind } from '../../schemas/index.ts';

const kinds: Record<SourceKind, string> = {
	report: 'Report',
	article: 'Article',
	statute: 'Statute',
	regulation: 'Regulation',
	'court-decision': 'Court decision',
	'board-opinion': 'Board opinion',
	guideline: 'Guideline',
	'journal-article': 'Journal article',
	news: 'News report',
};

const forces: Record<SourceForce, string> = {
	binding: 'Binding law',
	guidance: 'Official guidance (not binding)',
	opinion: 'Opinion',
	secondary: 'Secondary source: an account of the rules by someone other than the rule-maker',
};

/** The reader-facing name of a source's kind. */
export function sourceKindLabel(kind: SourceKind): string {
	return kinds[kind];
}

/**
 * The reader-facing words for a source's legal force; a proposal (a bill, a draft under
 * consultation) would bind only once adopted, and says so.
 * @example sourceForceLabel('binding', 'proposed') // 'A proposal: it would be binding law only if adopted'
 */
export function sourceForceLabel(force: SourceForce, status?: LegalStatus): string {
	if (force === 'binding' && (status === 'proposed' || status === 'under-consultation')) {
		return 'A proposal: it would be binding law only if adopted';
	}
	return forces[force];
}
