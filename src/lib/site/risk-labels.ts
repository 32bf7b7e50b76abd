import type { Risk } from '../../schemas/index.ts';

const severities: Record<Risk['severity'], string> = {
	major: 'Major',
	serious: 'Serious',
	minor: 'Minor or mild',
	'not-rated': 'Not rated by any source on file',
};

const frequencies: Record<Risk['frequency'], string> = {
	'not-assessable': 'Not assessable (see the facts below)',
	'not-documented': 'Not documented here yet',
};

/** The reader-facing words for a risk's severity. */
export function severityLabel(severity: Risk['severity']): string {
	return severities[severity];
}

/** The reader-facing words for what is known of a risk's frequency. */
export function frequencyLabel(frequency: Risk['frequency']): string {
	return frequencies[frequency];
}

const frequenciesInList: Record<Risk['frequency'], string> = {
	'not-assessable': 'how often: not assessable',
	'not-documented': 'how often: not documented here yet',
};

/** What is known of a risk's frequency, in a list of risks (the facts are on its page). */
export function frequencyListLabel(frequency: Risk['frequency']): string {
	return frequenciesInList[frequency];
}
