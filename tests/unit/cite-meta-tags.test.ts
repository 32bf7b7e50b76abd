import { describe, expect, test } from 'vitest';
import { claimItem, pageItem, sourceItem } from '../../src/lib/cite/csl-item.ts';
import { citationMetaTags, formatDateParts, formatName } from '../../src/lib/cite/meta-tags.ts';
import { context, fatalShock, has, whoMayPerform } from './cite-fixtures.ts';

const asPairs = (tags: { name: string; content: string }[]) => tags.map((t) => [t.name, t.content]);

describe('formatDateParts', () => {
	test('returns the date as precise as it is, months and days in two digits', () => {
		expect(formatDateParts({ 'date-parts': [[2014]] }, '/')).toBe('2014');
		expect(formatDateParts({ 'date-parts': [[2026, 3]] }, '-')).toBe('2026-03');
		expect(formatDateParts({ 'date-parts': [[2026, 11, 2]] }, '/')).toBe('2026/11/02');
	});
});

describe('formatName', () => {
	test('returns family name first, or the name as it stands', () => {
		expect(
			formatName({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }),
		).toBe('van Beethoven, Ludwig');
		expect(formatName({ family: 'Plato' })).toBe('Plato');
		expect(formatName({ literal: 'World Health Organization' })).toBe('World Health Organization');
	});
});

describe('citationMetaTags', () => {
	test('returns a source document’s Highwire and Dublin Core tags, ISBN included', () => {
		expect(asPairs(citationMetaTags(sourceItem(has, context)))).toEqual([
			['citation_title', has.data.title],
			['citation_author', 'Lhuillier-Nkandjeu, Huguette'],
			['citation_publication_date', '2014'],
			['citation_date', '2014'],
			['citation_publisher', 'Haute Autorité de santé (HAS)'],
			['citation_technical_report_institution', 'Haute Autorité de santé (HAS)'],
			['citation_isbn', '978-2-11-138113-1'],
			['citation_public_url', has.data.url],
			['citation_language', 'en'],
			['DC.title', has.data.title],
			['DC.creator', 'Lhuillier-Nkandjeu, Huguette'],
			['DC.publisher', 'Haute Autorité de santé (HAS)'],
			['DC.date', '2014'],
			['DC.identifier', has.data.url],
			['DC.identifier', 'ISBN 978-2-11-138113-1'],
			['DC.type', 'report'],
			['DC.language', 'en'],
		]);
	});

	test('returns a fact’s page as a web page of the site, under the licence given', () => {
		const tags = citationMetaTags(claimItem(fatalShock, has.data, context), {
			rights: 'CC BY 4.0',
		});
		expect(asPairs(tags)).toEqual([
			['citation_title', 'HAS identified one major adverse event: a fatal anaphylactic shock'],
			['citation_publication_date', '2026/11/22'],
			['citation_date', '2026/11/22'],
			['citation_publisher', 'Meso Atlas'],
			['citation_public_url', 'https://example.org/claims/has-fatal-anaphylactic-shock/'],
			['citation_language', 'en'],
			['DC.title', 'HAS identified one major adverse event: a fatal anaphylactic shock'],
			['DC.publisher', 'Meso Atlas'],
			['DC.date', '2026-11-22'],
			['DC.identifier', 'https://example.org/claims/has-fatal-anaphylactic-shock/'],
			['DC.type', 'webpage'],
			['DC.language', 'en'],
			['DC.rights', 'CC BY 4.0'],
		]);
	});

	test('returns no tag for a field the record lacks, nor for an address that is only a path', () => {
		const names = (tags: { name: string }[]) => tags.map((t) => t.name);
		expect(names(citationMetaTags(sourceItem(whoMayPerform, context)))).toEqual([
			'citation_title',
			'citation_language',
			'DC.title',
			'DC.type',
			'DC.language',
		]);
		const page = pageItem(
			{ path: '/roles/', title: 'Practitioners' },
			{ ...context, site: undefined },
		);
		expect(names(citationMetaTags(page))).not.toContain('citation_public_url');
		expect(names(citationMetaTags(page))).not.toContain('DC.identifier');
	});
});
