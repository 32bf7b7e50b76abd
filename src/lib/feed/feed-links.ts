import { feedPath, normalizeRoute } from '../site/routes.ts';

/** A `<link rel="alternate">` to a feed, for a page's head. */
export interface FeedLink {
	rel: 'alternate';
	type: 'application/atom+xml';
	href: string;
	title: string;
}

/**
 * The feeds a page offers: the whole site's on every page, and a jurisdiction's own on its
 * page and its answer pages. `jurisdictionName` names a jurisdiction from its id; a page whose
 * id it does not know gets no jurisdiction feed.
 * @example feedLinks('/jurisdictions/us/', (id) => names.get(id)).map((l) => l.href)
 * // ['/feed.xml', '/jurisdictions/us/feed.xml']
 */
export function feedLinks(
	route: string,
	jurisdictionName: (id: string) => string | undefined = (id) => id,
): FeedLink[] {
	const links: FeedLink[] = [
		{
			rel: 'alternate',
			type: 'application/atom+xml',
			href: feedPath(),
			title: siteFeedTitle,
		},
	];
	const id = /^\/(?:jurisdictions|check)\/([^/]+)\/(?:[^/]+\/)?$/.exec(normalizeRoute(route))?.[1];
	const name = id === undefined ? undefined : jurisdictionName(id);
	if (id !== undefined && name !== undefined) {
		links.push({
			rel: 'alternate',
			type: 'application/atom+xml',
			href: feedPath(id),
			title: jurisdictionFeedTitle(name),
		});
	}
	return links;
}

/** The whole site's feed title. */
export const siteFeedTitle = 'Meso Atlas: every fact, newest review first';

/** A jurisdiction's feed title. @example jurisdictionFeedTitle('France') // 'Meso Atlas: France' */
export function jurisdictionFeedTitle(name: string): string {
	return `Meso Atlas: ${name}`;
}
