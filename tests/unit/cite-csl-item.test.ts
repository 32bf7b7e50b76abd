import { describe, expect, test } from 'vitest';
import {
	citationKey,
	citationTitle,
	claimItem,
	cslDate,
	pageItem,
	parseName,
	permalink,
	sourceItem,
} from '../../src/lib/cite/csl-item.ts';
import type { SourceKind } from '../../src/schemas/index.ts';
import { context, fatalShock, has, whoMayPerform } from './cite-fixtures.ts';

describe('permalink', () => {
	test('returns the address on the site’s origin', () => {
		expect(permalink('/claims/x/', 'https://example.org')).toBe('https://example.org/claims/x/');
		expect(permalink('/claims/x/', 'https://example.org/atlas/')).toBe(
			'https://example.org/claims/x/',
		);
	});

	test('returns the path alone when the build has no public address', () => {
		expect(permalink('/claims/x/', undefined)).toBe('/claims/x/');
	});
});

describe('cslDate', () => {
	test('returns as many date parts as the date gives', () => {
		expect(cslDate('2014')).toEqual({ 'date-parts': [[2014]] });
		expect(cslDate('2014-03')).toEqual({ 'date-parts': [[2014, 3]] });
		expect(cslDate('2026-11-02')).toEqual({ 'date-parts': [[2026, 11, 2]] });
	});
});

describe('parseName', () => {
	test('returns a personal name in its parts', () => {
		expect(parseName('Huguette Lhuillier-Nkandjeu')).toEqual({
			given: 'Huguette',
			family: 'Lhuillier-Nkandjeu',
		});
		expect(parseName('Ludwig van Beethoven')).toEqual({
			given: 'Ludwig',
			'non-dropping-particle': 'van',
			family: 'Beethoven',
		});
		expect(parseName('Lhuillier-Nkandjeu, Huguette')).toEqual({
			given: 'Huguette',
			family: 'Lhuillier-Nkandjeu',
		});
	});

	test('returns an organisation, a single word or a long name as it stands', () => {
		for (const name of [
			'World Health Organization',
			'Haute Autorité de santé (HAS)',
			'Texas Medical Board',
			'HAS',
			'The Five Authors of This Report',
		]) {
			expect(parseName(name)).toEqual({ literal: name });
		}
	});
});

describe('citationTitle', () => {
	test('returns a sentence without its closing full stop, other marks kept', () => {
		expect(
			citationTitle('HAS identified one major adverse event: a fatal anaphylactic shock.'),
		).toBe('HAS identified one major adverse event: a fatal anaphylactic shock');
		expect(citationTitle('Who may inject?')).toBe('Who may inject?');
		expect(citationTitle('It goes on...')).toBe('It goes on...');
		expect(citationTitle('  Two\n  lines ')).toBe('Two lines');
	});
});

describe('citationKey', () => {
	test('returns a key of letters, digits and underscores', () => {
		expect(citationKey('/claims/has-fatal-anaphylactic-shock/')).toBe(
			'MesoAtlas_claims_has_fatal_anaphylactic_shock',
		);
		expect(citationKey('/')).toBe('MesoAtlas');
	});
});

describe('pageItem', () => {
	test('returns a web page of the site with its permalink, version and dates', () => {
		expect(pageItem({ path: '/jurisdictions/fr/', title: 'France' }, context)).toEqual({
			id: 'MesoAtlas_jurisdictions_fr',
			'citation-key': 'MesoAtlas_jurisdictions_fr',
			type: 'webpage',
			title: 'France',
			'container-title': 'Meso Atlas',
			publisher: 'Meso Atlas',
			issued: { 'date-parts': [[2026, 11, 22]] },
			accessed: { 'date-parts': [[2026, 11, 22]] },
			URL: 'https://example.org/jurisdictions/fr/',
			version: 'c3c2e1c4d5e6',
			language: 'en',
			note: 'Meso Atlas, version c3c2e1c4d5e6, built 2026-11-22. Accessed 2026-11-22.',
		});
	});

	test('returns the path and says so when the build has no public address', () => {
		const item = pageItem(
			{ path: '/roles/', title: 'Practitioners' },
			{ ...context, site: undefined },
		);
		expect(item.URL).toBe('/roles/');
		expect(item.note).toContain('The permalink is a path on the Meso Atlas site');
	});

	test('returns no version when the build knew no commit', () => {
		const item = pageItem(
			{ path: '/roles/', title: 'Practitioners' },
			{ ...context, version: { modified: false, built: '2026-11-22' } },
		);
		expect(item).not.toHaveProperty('version');
		expect(item.note).toBe('Meso Atlas, built 2026-11-22. Accessed 2026-11-22.');
	});
});

describe('claimItem', () => {
	test('returns a web page titled with the statement, at the fact’s permalink, quoting its source', () => {
		const item = claimItem(fatalShock, has.data, context);
		expect(item).toMatchObject({
			type: 'webpage',
			title: 'HAS identified one major adverse event: a fatal anaphylactic shock',
			URL: 'https://example.org/claims/has-fatal-anaphylactic-shock/',
			publisher: 'Meso Atlas',
			version: 'c3c2e1c4d5e6',
		});
		expect(item.note).toBe(
			'Quotes Haute Autorité de santé (HAS), “Assessment of the risks associated with aesthetic mesotherapy practices” (2014), section “Conclusions and results”: “As regards severity, the analysis revealed one major event involving fatal anaphylactic shock.” Meso Atlas, version c3c2e1c4d5e6, built 2026-11-22. Accessed 2026-11-22.',
		);
	});

	test('leaves out what the source’s record does not give', () => {
		const item = claimItem({ ...fatalShock, quote: 'No stop' }, whoMayPerform.data, context);
		expect(item.note).toMatch(
			/^Quotes “Who Is Legally Allowed to Perform Mesotherapy\?”, section “Conclusions and results”: “No stop”\. /,
		);
	});
});

describe('sourceItem', () => {
	test('returns the document from its record', () => {
		expect(sourceItem(has, context)).toEqual({
			id: 'has_2014_aesthetic_mesotherapy_risks',
			'citation-key': 'has_2014_aesthetic_mesotherapy_risks',
			type: 'report',
			title: 'Assessment of the risks associated with aesthetic mesotherapy practices',
			publisher: 'Haute Autorité de santé (HAS)',
			author: [{ given: 'Huguette', family: 'Lhuillier-Nkandjeu' }],
			issued: { 'date-parts': [[2014]] },
			accessed: { 'date-parts': [[2026, 11, 22]] },
			URL: has.data.url,
			ISBN: '978-2-11-138113-1',
			language: 'en',
			note: 'Text on file at Meso Atlas: https://example.org/sources/has-2014-aesthetic-mesotherapy-risks/. Accessed 2026-11-22.',
		});
	});

	test('leaves out every field the record gives as null or not at all', () => {
		const item = sourceItem(whoMayPerform, context);
		expect(Object.keys(item).sort()).toEqual(
			['accessed', 'citation-key', 'id', 'language', 'note', 'title', 'type'].sort(),
		);
		expect(item.type).toBe('article');
	});

	test('returns the CSL type of each kind of document', () => {
		const types = Object.fromEntries(
			(
				[
					'report',
					'article',
					'journal-article',
					'news',
					'statute',
					'regulation',
					'court-decision',
					'board-opinion',
					'guideline',
				] as SourceKind[]
			).map((kind) => [kind, sourceItem({ ...has, data: { ...has.data, kind } }, context).type]),
		);
		expect(types).toEqual({
			report: 'report',
			article: 'article',
			'journal-article': 'article-journal',
			news: 'article-newspaper',
			statute: 'legislation',
			regulation: 'legislation',
			'court-decision': 'legal_case',
			'board-opinion': 'document',
			guideline: 'document',
		});
	});
});
