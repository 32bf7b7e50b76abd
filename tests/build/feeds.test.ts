import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { allPermissions, type KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import {
	jurisdictionFeedEntries,
	siteFeedEntries,
	type FeedData,
} from '../../src/lib/feed/select-entries.ts';
import { validateAtom } from '../../src/lib/feed/validate-atom.ts';
import { claimPath, feedPath } from '../../src/lib/site/routes.ts';
import { root } from './helpers.ts';

/** An Atom feed, as fast-xml-parser reads it (attributes prefixed with `@`). */
interface AtomFeed {
	'@xmlns': string;
	id: string;
	title: string;
	updated: string;
	link: { '@rel': string; '@href': string }[];
	entry: { id: string; updated: string; link: { '@href': string }[]; title: unknown }[];
}

const atom = 'http://www.w3.org/2005/Atom';
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => name === 'entry' || name === 'link',
});

describe('the Atom feeds in the built site', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;
	let data: FeedData;

	beforeAll(() => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
		data = kb;
	});

	const readFeed = async (route: string): Promise<AtomFeed> => {
		const xml = await readFile(path.join(dist, route), 'utf8');
		expect(XMLValidator.validate(xml), route).toBe(true);
		expect(validateAtom(xml), route).toEqual([]);
		return (parser.parse(xml) as { feed: AtomFeed }).feed;
	};
	// Ids and links are absolute once the site has an address; until then links are
	// root-relative and ids tag URIs of the same paths. A title answered on its place's check
	// page is a fragment of it (`/check/fr/#aesthetician`).
	const pathOf = (url: string) => {
		const { pathname, hash } = new URL(url.replace(/^tag:meso-atlas,2026:/, ''), 'http://site');
		return pathname + hash;
	};

	const expectWellFormedAtom = async (route: string, expectedPaths: string[]) => {
		const feed = await readFeed(route);
		expect(feed['@xmlns']).toBe(atom);
		expect(feed.id).toBeTruthy();
		expect(feed.title).toBeTruthy();
		expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(feed.link.map((l) => [l['@rel'], pathOf(l['@href'])])).toContainEqual(['self', route]);
		const entries = feed.entry;
		expect(entries.map((e) => pathOf(e.id))).toEqual(
			entries.map((e) => pathOf(e.link[0]!['@href'])),
		);
		expect(entries.map((e) => pathOf(e.id)).sort()).toEqual([...expectedPaths].sort());
		const dates = entries.map((e) => e.updated);
		expect(dates, 'newest first').toEqual([...dates].sort().reverse());
		expect(feed.updated).toBe(dates[0]);
		for (const entry of entries) {
			const { pathname, hash } = new URL(entry.link[0]!['@href'], 'http://site');
			const file = path.join(dist, pathname, 'index.html');
			await expect(access(file), pathname).resolves.toBeUndefined();
			if (hash) expect(await readFile(file, 'utf8'), hash).toContain(` id="${hash.slice(1)}"`);
		}
		return entries.map((e) => pathOf(e.id));
	};

	test('the site feed has one entry per claim and per permission, each linking to a built page', async () => {
		const paths = await expectWellFormedAtom(
			feedPath(),
			siteFeedEntries(data).map((e) => e.path),
		);
		for (const id of kb.claims.keys()) expect(paths).toContain(claimPath(id));
		expect(paths).toHaveLength(kb.claims.size + [...allPermissions(kb)].length);
	});

	test('each jurisdiction’s feed has an entry per claim about it, each linking to a built page', async () => {
		expect(kb.jurisdictions.size).toBeGreaterThan(0);
		for (const id of kb.jurisdictions.keys()) {
			const paths = await expectWellFormedAtom(
				feedPath(id),
				jurisdictionFeedEntries(data, id).map((e) => e.path),
			);
			for (const claim of kb.claims.values()) {
				if (claim.data.about.jurisdictions.includes(id))
					expect(paths).toContain(claimPath(claim.id));
			}
		}
	});
});
