/** Records and a build context shared by the citation tests. */
import type { CiteContext } from '../../src/lib/cite/csl-item.ts';
import type { Source } from '../../src/schemas/index.ts';

/** A build with a public address, from a clean checkout. */
export const context: CiteContext = {
	site: 'https://example.org',
	version: { commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' },
	language: 'en',
};

/** The HAS assessment's record, as content/sources holds it. */
export const has: { id: string; data: Source } = {
	id: 'has-2014-aesthetic-mesotherapy-risks',
	data: {
		title: 'Assessment of the risks associated with aesthetic mesotherapy practices',
		publisher: 'Haute Autorité de santé (HAS)',
		authors: ['Huguette Lhuillier-Nkandjeu'],
		date: '2014',
		url: 'http://www.has-sante.fr/portail/jcms/c_1522566/fr/evaluation-des-risques-lies-aux-pratiques-de-mesotherapie-a-visee-esthetique',
		isbn: '978-2-11-138113-1',
		language: 'en',
		kind: 'report',
		force: 'guidance',
		accessed: '2026-11-22',
		coverage: 'full-text',
		parts: [],
	},
};

/** A record that gives no publisher, author, date or address. */
export const whoMayPerform: { id: string; data: Source } = {
	id: 'who-may-perform-mesotherapy',
	data: {
		title: 'Who Is Legally Allowed to Perform Mesotherapy?',
		publisher: null,
		authors: [],
		date: null,
		url: null,
		language: 'en',
		kind: 'article',
		force: 'secondary',
		accessed: '2026-11-22',
		coverage: 'full-text',
		parts: [],
	},
};

/** A fact quoted from the HAS assessment. */
export const fatalShock = {
	id: 'has-fatal-anaphylactic-shock',
	statement: 'HAS identified one major adverse event: a fatal anaphylactic shock.',
	source: has.id,
	locator: 'Conclusions and results',
	quote:
		'As regards severity, the analysis revealed one major event involving fatal anaphylactic shock.',
};
