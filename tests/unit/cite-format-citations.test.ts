import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { claimItem, pageItem, sourceItem, type CslItem } from '../../src/lib/cite/csl-item.ts';
import {
	apaItem,
	citationFormats,
	formatCitations,
	htmlToText,
	standardBibtexMonth,
	type CitationFormat,
} from '../../src/lib/cite/format-citations.ts';
import { context, fatalShock, has, whoMayPerform } from './cite-fixtures.ts';

const claim = claimItem(fatalShock, has.data, context);
const page = pageItem({ path: '/jurisdictions/fr/', title: 'France' }, context);
const report = sourceItem(has, context);

/** The item's citation in each format, as text. */
function texts(item: CslItem): Record<CitationFormat, string> {
	return Object.fromEntries(formatCitations(item, 'file').map((c) => [c.format, c.text])) as Record<
		CitationFormat,
		string
	>;
}

/** What a citation parsed back by citation-js names. */
function parsedBack(input: unknown) {
	const [item] = new Cite(input).data;
	return { title: item?.title, publisher: item?.publisher, issued: item?.issued };
}

describe('formatCitations', () => {
	test('returns the six formats in order, the reference managers’ ones as files', () => {
		const citations = formatCitations(claim, 'meso-atlas-claims-x');
		expect(citations.map((c) => [c.format, c.label, c.file?.name])).toEqual([
			['apa', 'APA (7th edition)', undefined],
			['mla', 'MLA (9th edition)', undefined],
			['chicago', 'Chicago (17th edition, author-date)', undefined],
			['bibtex', 'BibTeX', 'meso-atlas-claims-x.bib'],
			['ris', 'RIS', 'meso-atlas-claims-x.ris'],
			['csl-json', 'CSL-JSON', 'meso-atlas-claims-x.json'],
		]);
		expect(citationFormats).toEqual(citations.map((c) => c.format));
	});

	test.each([
		['a fact', claim],
		['a page', page],
		['a source document', report],
	])(
		'returns BibTeX, RIS and CSL-JSON that citation-js parses back to the title, publisher and date of %s',
		(_, item) => {
			const expected = { title: item.title, publisher: item.publisher, issued: item.issued };
			const citation = texts(item);
			// BibTeX dates go no finer than the month.
			const [[year, month] = []] = item.issued?.['date-parts'] ?? [];
			expect(parsedBack(citation.bibtex), 'BibTeX').toEqual({
				...expected,
				issued: item.issued && { 'date-parts': [month ? [year, month] : [year]] },
			});
			expect(parsedBack(citation.ris), 'RIS').toEqual(expected);
			expect(parsedBack(JSON.parse(citation['csl-json'])), 'CSL-JSON').toEqual(expected);
		},
	);

	test('returns a record without publisher or date that parses back without them', () => {
		const citation = texts(sourceItem(whoMayPerform, context));
		const expected = {
			title: 'Who Is Legally Allowed to Perform Mesotherapy?',
			publisher: undefined,
			issued: undefined,
		};
		expect(parsedBack(citation.bibtex)).toEqual(expected);
		expect(parsedBack(citation.ris)).toEqual(expected);
		expect(parsedBack(JSON.parse(citation['csl-json']))).toEqual(expected);
	});

	test('returns RIS and BibTeX that keep the address, the version, the accessed date and the ISBN', () => {
		const fact = texts(claim);
		for (const format of ['bibtex', 'ris'] as const) {
			expect(fact[format]).toContain('https://example.org/claims/has-fatal-anaphylactic-shock/');
			expect(fact[format]).toContain('version c3c2e1c4d5e6, built 2026-11-22');
			expect(fact[format]).toContain('Accessed 2026-11-22');
		}
		const source = texts(report);
		expect(new Cite(source.bibtex).data[0]).toMatchObject({ ISBN: '978-2-11-138113-1' });
		// RIS has no ISBN field for a report: its SN there is the report's number.
		expect(new Cite(source.ris).data[0]).toMatchObject({ URL: has.data.url });
	});

	test('returns BibTeX whose month is the standard macro, without the day', () => {
		const bibtex = texts(claim).bibtex;
		expect(bibtex).toMatch(/^\s*month = [a-z]{3},$/m);
		expect(standardBibtexMonth('\tmonth = {dec 2},\n\tmonth = {may},')).toBe(
			'\tmonth = dec,\n\tmonth = may,',
		);
	});

	test('returns RIS with each value on one line, however long', () => {
		const ris = texts(report).ris;
		expect(ris).toContain(`TI  - ${has.data.title}\n`);
		expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
		expect(ris.endsWith('ER  - ')).toBe(true);
	});

	test('returns a fact in APA, MLA and Chicago with its title, publisher, date, permalink and version', () => {
		expect(texts(claim)).toMatchObject({
			apa: 'Meso Atlas. (2026, November 22). HAS identified one major adverse event: a fatal anaphylactic shock [Version c3c2e1c4d5e6]. https://example.org/claims/has-fatal-anaphylactic-shock/',
			mla: '“HAS Identified One Major Adverse Event: A Fatal Anaphylactic Shock.” Meso Atlas, version c3c2e1c4d5e6, 22 Nov. 2026, https://example.org/claims/has-fatal-anaphylactic-shock/. Accessed 22 Nov. 2026.',
			chicago:
				'Meso Atlas. 2026. “HAS Identified One Major Adverse Event: A Fatal Anaphylactic Shock.” Version c3c2e1c4d5e6. November 22, 2026. Accessed November 22, 2026. https://example.org/claims/has-fatal-anaphylactic-shock/.',
		});
	});

	test('returns a source document in APA, MLA and Chicago from its record', () => {
		const url = has.data.url!;
		expect(texts(report)).toMatchObject({
			apa: `Lhuillier-Nkandjeu, H. (2014). Assessment of the risks associated with aesthetic mesotherapy practices. Haute Autorité de santé (HAS). ${url}`,
			mla: `Lhuillier-Nkandjeu, Huguette. Assessment of the Risks Associated with Aesthetic Mesotherapy Practices. Haute Autorité de santé (HAS), 2014, ${url}. Accessed 22 Nov. 2026.`,
			chicago: `Lhuillier-Nkandjeu, Huguette. 2014. Assessment of the Risks Associated with Aesthetic Mesotherapy Practices. Haute Autorité de santé (HAS). Accessed November 22, 2026. ${url}.`,
		});
		expect(texts(sourceItem(whoMayPerform, context))).toMatchObject({
			apa: 'Who Is Legally Allowed to Perform Mesotherapy? (n.d.).',
			mla: 'Who Is Legally Allowed to Perform Mesotherapy? Accessed 22 Nov. 2026.',
			chicago: 'Who Is Legally Allowed to Perform Mesotherapy? n.d. Accessed November 22, 2026.',
		});
	});

	test('returns the styles’ italics as HTML', () => {
		const [apa, mla, chicago] = formatCitations(report, 'file');
		const italic = '<i>Assessment of the Risks Associated with Aesthetic Mesotherapy Practices</i>';
		expect(apa?.html).toContain(
			'<i>Assessment of the risks associated with aesthetic mesotherapy practices</i>',
		);
		expect(mla?.html).toContain(italic);
		expect(chicago?.html).toContain(italic);
		expect(formatCitations(claim, 'file')[1]?.html).toContain('<i>Meso Atlas</i>');
	});
});

describe('the MLA 9 and Chicago 17 author-date styles', () => {
	const accessed = { 'date-parts': [[2026, 11, 22]] } as CslItem['accessed'];
	const cases: [string, CslItem, string, string][] = [
		[
			'a newspaper article',
			{
				id: 'n',
				'citation-key': 'n',
				type: 'article-newspaper',
				title: 'Clinics offering mesotherapy face inspections',
				'container-title': 'The Texas Tribune',
				author: [{ family: 'Doe', given: 'Jane' }],
				issued: { 'date-parts': [[2020, 9, 3]] },
				accessed,
				URL: 'https://example.com/news',
				language: 'en',
			},
			'Doe, Jane. “Clinics Offering Mesotherapy Face Inspections.” The Texas Tribune, 3 Sept. 2020, https://example.com/news. Accessed 22 Nov. 2026.',
			'Doe, Jane. 2020. “Clinics Offering Mesotherapy Face Inspections.” The Texas Tribune, September 3, 2020. Accessed November 22, 2026. https://example.com/news.',
		],
		[
			'a journal article by two authors',
			{
				id: 'j',
				'citation-key': 'j',
				type: 'article-journal',
				title: 'Complications of mesotherapy',
				'container-title': 'Journal of Cosmetic Dermatology',
				author: [
					{ family: 'Doe', given: 'Jane' },
					{ family: 'Roe', given: 'Richard' },
				],
				issued: { 'date-parts': [[2019, 6]] },
				accessed,
				language: 'en',
			},
			'Doe, Jane, and Richard Roe. “Complications of Mesotherapy.” Journal of Cosmetic Dermatology, June 2019. Accessed 22 Nov. 2026.',
			'Doe, Jane, and Richard Roe. 2019. “Complications of Mesotherapy.” Journal of Cosmetic Dermatology. Accessed November 22, 2026.',
		],
		[
			'a law',
			{
				id: 'l',
				'citation-key': 'l',
				type: 'legislation',
				title: 'Texas Occupations Code, section 157.001',
				publisher: 'State of Texas',
				issued: { 'date-parts': [[2019]] },
				accessed,
				URL: 'https://example.com/law',
				language: 'en',
			},
			'Texas Occupations Code, Section 157.001. State of Texas, 2019, https://example.com/law. Accessed 22 Nov. 2026.',
			'Texas Occupations Code, Section 157.001. 2019. State of Texas. Accessed November 22, 2026. https://example.com/law.',
		],
		[
			'a court decision',
			{
				id: 'c',
				'citation-key': 'c',
				type: 'legal_case',
				title: 'Smith v. Texas Medical Board',
				publisher: 'Texas Court of Appeals',
				issued: { 'date-parts': [[2018, 5, 4]] },
				accessed,
				language: 'en',
			},
			'Smith v. Texas Medical Board. Texas Court of Appeals, 4 May 2018. Accessed 22 Nov. 2026.',
			'Smith v. Texas Medical Board. 2018. Texas Court of Appeals. Accessed November 22, 2026.',
		],
		[
			'a document by three authors',
			{
				id: 'd',
				'citation-key': 'd',
				type: 'document',
				title: 'Guidance on cosmetic injections',
				publisher: 'Texas Medical Board',
				author: [
					{ family: 'Doe', given: 'Jane' },
					{ family: 'Roe', given: 'Richard' },
					{ literal: 'Ann Other' },
				],
				issued: { 'date-parts': [[2021, 7, 1]] },
				accessed,
				language: 'en',
			},
			'Doe, Jane, et al. Guidance on Cosmetic Injections. Texas Medical Board, 1 July 2021. Accessed 22 Nov. 2026.',
			'Doe, Jane, Richard Roe, and Ann Other. 2021. Guidance on Cosmetic Injections. Texas Medical Board. Accessed November 22, 2026.',
		],
		[
			'a report in French, by an organisation',
			{
				id: 'f',
				'citation-key': 'f',
				type: 'report',
				title: 'Évaluation des risques',
				publisher: 'HAS',
				issued: { 'date-parts': [[2014]] },
				accessed,
				language: 'fr',
			},
			'Évaluation des risques. HAS, 2014. Accessed 22 Nov. 2026.',
			'HAS. 2014. Évaluation des risques. Accessed November 22, 2026.',
		],
	];

	test.each(cases)('return %s as the handbooks give it', (_, item, mla, chicago) => {
		expect(texts(item)).toMatchObject({ mla, chicago });
	});
});

describe('htmlToText', () => {
	test('returns the text of the CSL processor’s HTML', () => {
		expect(
			htmlToText('Doe, J., &#38; Roe, R. <i>Title</i> &lt;x&gt; <span style="x">&amp;</span>'),
		).toBe('Doe, J., & Roe, R. Title <x> &');
	});
});

describe('apaItem', () => {
	test('returns a page of the site without the site’s name and with its version described', () => {
		const view = apaItem(claim);
		expect(view).not.toHaveProperty('container-title');
		expect(view.genre).toBe('Version c3c2e1c4d5e6');
		expect(apaItem(report)).toBe(report);
	});
});
