import { Feed } from 'feed';
import { escapeHtml, type FeedEntry } from './entries.ts';

/** What a feed says about itself. */
export interface FeedDocument {
	title: string;
	subtitle: string;
	/** The feed's own path (`/feed.xml`). */
	path: string;
	/** The page the feed follows (`/`, `/jurisdictions/us/`). */
	page: string;
	/** Newest first. */
	entries: readonly FeedEntry[];
	/** The feed's date when it has no entries, `YYYY-MM-DD`. */
	emptyUpdated: string;
	/** The rights statement (Atom `rights`). */
	rights: string;
}

// feed 6 requires absolute URLs; without the site's address, links are written against this
// reserved origin (RFC 2606) and then made root-relative.
const placeholderOrigin = 'https://site.invalid';

/**
 * The tag URI (RFC 4151) naming a page when the site has no address: Atom ids must be
 * absolute IRIs (RFC 4287 §4.2.6), which a path is not.
 * @example tagId('/claims/x/') // 'tag:meso-atlas,2026:/claims/x/'
 */
export function tagId(path: string): string {
	return `tag:meso-atlas,2026:${path}`;
}

/**
 * Writes an Atom 1.0 feed. With the site's address (Astro's `site`), every id and link is an
 * absolute URL; without it, links are root-relative paths (`/claims/<id>/`), which readers
 * resolve against the feed's own address, and ids are tag URIs of those paths.
 */
export function renderAtom(doc: FeedDocument, site?: string | URL): string {
	const origin = site ? new URL(site) : new URL(placeholderOrigin);
	const url = (path: string) => new URL(path, origin).href;
	const id = (path: string) => (site ? url(path) : tagId(path));
	const feed = new Feed({
		title: doc.title,
		description: doc.subtitle,
		id: id(doc.page),
		link: url(doc.page),
		feed: url(doc.path),
		language: 'en',
		copyright: doc.rights,
		updated: atMidnight(doc.entries[0]?.updated ?? doc.emptyUpdated),
		generator: 'Meso Atlas',
		author: { name: 'Meso Atlas', link: url('/') },
	});
	for (const entry of doc.entries) {
		feed.addItem({
			title: escapeHtml(entry.title),
			id: id(entry.path),
			link: url(entry.path),
			date: atMidnight(entry.updated),
			description: entry.summary,
		});
	}
	const xml = feed.atom1();
	return site ? xml : xml.replaceAll(placeholderOrigin, '');
}

function atMidnight(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}
