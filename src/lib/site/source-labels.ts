import type { SourceForce, SourceKind } from '../../schemas/index.ts';

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

/** The reader-facing words for a source's legal force. */
export function sourceForceLabel(force: SourceForce): string {
	return forces[force];
}
