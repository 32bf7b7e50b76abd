import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { pageCitations, type PageCitations } from '../lib/cite/page-citations.ts';
import { readCitationVersion } from '../lib/cite/site-version.ts';
import { loadAtlas } from './atlas.ts';

/**
 * The citations of the page Starlight is rendering, or undefined for the 404 page, which is
 * nothing to cite. `site` is Astro's `site` (the public address), when the build has one.
 */
export async function routeCitations(
	route: StarlightRouteData,
	pathname: string,
	site: URL | undefined,
): Promise<PageCitations | undefined> {
	if (route.entry.id === '404' || route.entry.id.endsWith('/404')) return undefined;
	const atlas = await loadAtlas();
	return pageCitations(
		{ path: pathname, title: route.entry.data.title },
		{
			claim: (id) => atlas.claims.get(id)?.data,
			source: (id) => atlas.sources.get(id),
		},
		{ site: site?.href, version: readCitationVersion(), language: route.lang },
	);
}
