import { describe, expect, test } from 'vitest';
import { pageCitations, type CitableRecords } from '../../src/lib/cite/page-citations.ts';
import { context, fatalShock, has } from './cite-fixtures.ts';

const records: CitableRecords = {
	claim: (id) => (id === fatalShock.id ? fatalShock : undefined),
	source: (id) => (id === has.id ? has : undefined),
};

describe('pageCitations', () => {
	test('returns "Cite this page" for a page about no fact or source', () => {
		const citations = pageCitations(
			{ path: '/roles/physician/', title: 'Physician' },
			records,
			context,
		);
		expect(citations.controls.map((c) => [c.summary, c.item.title, c.fileName])).toEqual([
			['Cite this page', 'Physician', 'meso-atlas-roles-physician'],
		]);
		expect(citations.described).toBe(citations.controls[0]?.item);
		expect(citations.describesSite).toBe(true);
	});

	test('returns "Cite this fact" for a fact’s page, which its meta tags describe, then the original document', () => {
		const citations = pageCitations(
			{ path: '/claims/has-fatal-anaphylactic-shock/', title: fatalShock.statement },
			records,
			context,
		);
		expect(citations.controls.map((c) => c.summary)).toEqual([
			'Cite this fact',
			'Cite the original document',
		]);
		expect(citations.described.note).toMatch(/^Quotes Haute Autorité de santé/);
		expect(citations.controls[0]?.hint).toBe(
			'Each format gives this fact’s permanent address, the version of the site (version c3c2e1c4d5e6, built 2026-11-22) and an accessed date: the day the site was built, which you may change to the day you read it.',
		);
	});

	test('cites, on a fact’s page, the document the fact quotes, at its section, with the quote', () => {
		const [, original] = pageCitations(
			{ path: '/claims/has-fatal-anaphylactic-shock/', title: fatalShock.statement },
			records,
			context,
		).controls;
		expect(original?.item).toMatchObject({
			title: has.data.title,
			publisher: has.data.publisher,
			ISBN: has.data.isbn,
			section: fatalShock.locator,
		});
		expect(original?.item.note).toContain(
			`Section “${fatalShock.locator}”: “${fatalShock.quote.trim().replace(/\s+/g, ' ')}`,
		);
		expect(original?.fileName).toBe(has.id);
		expect(original?.hint).toContain(`at the section “${fatalShock.locator}”`);
	});

	test('returns the source document and the page for a source’s page, describing the document', () => {
		const citations = pageCitations(
			{ path: `/sources/${has.id}/`, title: has.data.title },
			records,
			context,
		);
		expect(citations.controls.map((c) => [c.summary, c.item.type, c.fileName])).toEqual([
			['Cite this source', 'report', has.id],
			['Cite this page', 'webpage', `meso-atlas-sources-${has.id}`],
		]);
		expect(citations.described.ISBN).toBe('978-2-11-138113-1');
		expect(citations.describesSite).toBe(false);
	});

	test('returns "Cite this page" for an id it does not know, and says when the address is a path', () => {
		const citations = pageCitations({ path: '/claims/no-such-fact', title: 'Gone' }, records, {
			...context,
			site: undefined,
		});
		expect(citations.controls.map((c) => c.summary)).toEqual(['Cite this page']);
		expect(citations.controls[0]?.item.URL).toBe('/claims/no-such-fact/');
		expect(citations.controls[0]?.hint).toContain('built without its public address');
	});
});
