import type { EventKind } from '../../schemas/index.ts';

/** The words each kind of reported event is shown with. */
export const eventKindLabels: Record<EventKind, string> = {
	outbreak: 'Outbreak',
	'case-series': 'Case series',
	'adverse-event-report': 'Adverse-event reports',
	review: 'Systematic review',
};

/** What each kind of reported event means, for keys and the codebook. */
export const eventKindMeanings: Record<EventKind, string> = {
	outbreak: 'A cluster of cases investigated as one.',
	'case-series': 'Cases collected by a clinic, laboratory or hospital.',
	'adverse-event-report': 'Reports of harm to a regulator or health authority.',
	review: 'A systematic review pooling published cases.',
};
