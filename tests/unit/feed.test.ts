import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPermissions } from '../../src/lib/content/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import {
	claimEntry,
	escapeHtml,
	permissionEntry,
	sortEntries,
	type FeedEntry,
} from '../../src/lib/feed/entries.ts';
import { feedLinks } from '../../src/lib/feed/feed-links.ts';
import { renderAtom, type FeedDocument } from '../../src/lib/feed/render-atom.ts';
import { validateAtom } from '../../src/lib/feed/validate-atom.ts';
import {
	jurisdictionClaimIds,
	jurisdictionFeedEntries,
	siteFeedEntries,
	type FeedData,
} from '../../src/lib/feed/select-entries.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'tests/fixtures/base'), root));
const data: FeedData = kb;

const claim = {
	id: 'a-claim',
	data: {
		statement: 'Nurses may inject <only> under delegation & supervision.',
		quote: '  under the "direct" supervision ]]> of a physician ',
		locator: 'Nurses',
		source: 'a-source',
		reviewed: '2026-10-01',
	},
};

describe('claimEntry', () => {
	test('returns the statement as title, the review date, and the statement, quote and source as escaped HTML', () => {
		expect(claimEntry(claim, { data: { title: 'Who may inject', force: 'secondary' } })).toEqual({
			path: '/claims/a-claim/',
			title: 'Nurses may inject <only> under delegation & supervision.',
			updated: '2026-10-01',
			summary:
				'<p>Nurses may inject &lt;only&gt; under delegation &amp; supervision.</p>' +
				'<blockquote><p>“under the &quot;direct&quot; supervision ]]&gt; of a physician”</p></blockquote>' +
				'<p>Source: Who may inject, section “Nurses”. Reviewed 2026-10-01.</p>',
		});
	});
});

describe('permissionEntry', () => {
	const input = {
		path: '/check/us/registered-nurse/',
		jurisdictionName: 'Texas',
		roleName: 'Registered nurse',
		answer: 'allowed-with-conditions' as const,
		hedge: 'often' as const,
		verdict:
			'Across the United States, a registered nurse may perform mesotherapy, often only under the supervision of a physician.',
		claims: [claim, { ...claim, id: 'b', data: { ...claim.data, reviewed: '2026-11-02' } }],
		inheritedFrom: 'the United States',
	};

	test('returns the page that answers it, dated by the newest review of the facts behind it', () => {
		const entry = permissionEntry(input)!;
		expect(entry).toMatchObject({
			path: '/check/us/registered-nurse/',
			title: 'Registered nurse in Texas: Allowed, often with conditions',
			updated: '2026-11-02',
		});
		expect(entry.summary).toContain(
			'<p>Across the United States, a registered nurse may perform mesotherapy, often only under the supervision of a physician.</p>',
		);
		expect(entry.summary).toContain('The general rule of the United States applies');
	});

	test('returns nothing when no fact backs the permission', () => {
		expect(permissionEntry({ ...input, claims: [] })).toBeUndefined();
	});
});

describe('sortEntries', () => {
	test('returns the newest first, and entries of one day by path', () => {
		const entry = (path: string, updated: string): FeedEntry => ({
			path,
			updated,
			title: path,
			summary: '',
		});
		expect(
			sortEntries([
				entry('/b/', '2026-01-01'),
				entry('/c/', '2026-02-01'),
				entry('/a/', '2026-01-01'),
			]).map((e) => e.path),
		).toEqual(['/c/', '/a/', '/b/']);
	});
});

describe('jurisdictionClaimIds', () => {
	test('returns the claims about a place or a place above it, and those behind its permissions', () => {
		const us = jurisdictionClaimIds(data, 'us');
		const texas = jurisdictionClaimIds(data, 'us-tx');
		const aboutUs = [...kb.claims.values()]
			.filter((c) => c.data.about.jurisdictions.includes('us'))
			.map((c) => c.id);
		expect(us).toEqual(expect.arrayContaining(aboutUs));
		expect(texas).toEqual(us);
		for (const p of allPermissions(kb)) expect(us).toEqual(expect.arrayContaining(p.data.claims));
	});
});

describe('siteFeedEntries', () => {
	test('returns one entry per claim and per permission on file, newest first', () => {
		const entries = siteFeedEntries(data);
		expect(entries).toHaveLength(kb.claims.size + [...allPermissions(kb)].length);
		expect(entries.map((e) => e.updated)).toEqual(
			entries
				.map((e) => e.updated)
				.sort()
				.reverse(),
		);
	});
});

describe('jurisdictionFeedEntries', () => {
	test('returns the claims it follows and each role with a status there, linked to the page that answers it', () => {
		const entries = jurisdictionFeedEntries(data, 'us-tx');
		const paths = entries.map((e) => e.path);
		// Texas has nothing of its own on file: its own check page answers for it, naming it.
		expect(paths).toEqual(
			expect.arrayContaining([
				'/check/us-tx/#physician',
				...jurisdictionClaimIds(data, 'us-tx').map((id) => `/claims/${id}/`),
			]),
		);
		expect(paths).toHaveLength(
			jurisdictionClaimIds(data, 'us-tx').length + [...allPermissions(kb)].length,
		);
	});
});

const doc: FeedDocument = {
	title: 'Meso Atlas: Texas',
	subtitle: 'Facts & statuses',
	path: '/jurisdictions/us-tx/feed.xml',
	page: '/jurisdictions/us-tx/',
	entries: [claimEntry(claim, undefined)],
	emptyUpdated: '2026-11-22',
	rights: 'CC BY 4.0',
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('renderAtom', () => {
	test('returns well-formed Atom with absolute ids and links when the site’s address is known', () => {
		const xml = renderAtom(doc, 'https://example.org');
		expect(XMLValidator.validate(xml)).toBe(true);
		const { feed } = parser.parse(xml) as { feed: Record<string, unknown> };
		expect(feed).toMatchObject({
			'@xmlns': 'http://www.w3.org/2005/Atom',
			id: 'https://example.org/jurisdictions/us-tx/',
			title: 'Meso Atlas: Texas',
			updated: '2026-10-01T00:00:00.000Z',
			rights: 'CC BY 4.0',
			entry: {
				id: 'https://example.org/claims/a-claim/',
				link: { '@href': 'https://example.org/claims/a-claim/' },
				updated: '2026-10-01T00:00:00.000Z',
				title: { '#text': 'Nurses may inject &lt;only&gt; under delegation &amp; supervision.' },
			},
		});
		expect(xml).toContain(
			'<link rel="self" href="https://example.org/jurisdictions/us-tx/feed.xml"/>',
		);
	});

	test('returns tag-URI ids and root-relative links without it, valid Atom either way', () => {
		const xml = renderAtom(doc);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).toContain('<id>tag:meso-atlas,2026:/claims/a-claim/</id>');
		expect(xml).toContain('<link href="/claims/a-claim/"/>');
		expect(xml).not.toContain('invalid');
		expect(validateAtom(xml)).toEqual([]);
		expect(validateAtom(renderAtom(doc, 'https://example.org'))).toEqual([]);
	});

	test('dates an empty feed by the day given', () => {
		expect(renderAtom({ ...doc, entries: [] })).toContain(
			'<updated>2026-11-22T00:00:00.000Z</updated>',
		);
	});
});

describe('validateAtom', () => {
	const valid = renderAtom(doc, 'https://example.org');

	test('finds a relative id, a repeated entry id and a bad date', () => {
		const broken = valid
			.replace(
				'<id>https://example.org/jurisdictions/us-tx/</id>',
				'<id>/jurisdictions/us-tx/</id>',
			)
			.replace('<updated>2026-10-01T00:00:00.000Z</updated>', '<updated>1 October 2026</updated>');
		const problems = validateAtom(broken);
		expect(problems).toContain(`The feed's id "/jurisdictions/us-tx/" is not an absolute IRI.`);
		expect(problems).toContain(`The feed's updated "1 October 2026" is not an RFC 3339 date.`);
		const twice = valid.replace(/(<entry>[\s\S]*<\/entry>)/, '$1$1');
		expect(validateAtom(twice)).toContain(
			'Entry 2\'s id "https://example.org/claims/a-claim/" is used by an earlier entry.',
		);
	});

	test('finds a document that is not a well-formed Atom feed', () => {
		expect(validateAtom('<feed>')[0]).toMatch(/^The XML is not well formed/);
		expect(validateAtom('<rss></rss>')).toEqual([
			'The document is not an Atom feed: its root is not <feed>.',
		]);
	});
});

describe('feedLinks', () => {
	const names = new Map([['us', 'United States']]);
	const hrefs = (route: string) => feedLinks(route, (id) => names.get(id)).map((l) => l.href);

	test('returns the site’s feed on every page, and a jurisdiction’s on its pages', () => {
		expect(hrefs('/')).toEqual(['/feed.xml']);
		expect(hrefs('/jurisdictions/')).toEqual(['/feed.xml']);
		expect(hrefs('/jurisdictions/us/')).toEqual(['/feed.xml', '/jurisdictions/us/feed.xml']);
		expect(hrefs('/check/us/registered-nurse/')).toEqual([
			'/feed.xml',
			'/jurisdictions/us/feed.xml',
		]);
		expect(hrefs('/jurisdictions/nowhere/')).toEqual(['/feed.xml']);
	});

	test('returns link attributes ready for the head', () => {
		expect(feedLinks('/jurisdictions/us/', (id) => names.get(id))[1]).toEqual({
			rel: 'alternate',
			type: 'application/atom+xml',
			href: '/jurisdictions/us/feed.xml',
			title: 'Meso Atlas: United States',
		});
	});
});

test('escapeHtml escapes markup, so no text can end a CDATA section', () => {
	expect(escapeHtml('a < b > c & "d" ]]>')).toBe('a &lt; b &gt; c &amp; &quot;d&quot; ]]&gt;');
});
