/** The whole site's Atom feed: every fact and every permission, newest review first. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { dataLicence } from '../lib/data/licence.ts';
import { siteFeedTitle } from '../lib/feed/feed-links.ts';
import { renderAtom } from '../lib/feed/render-atom.ts';
import { siteFeedEntries } from '../lib/feed/select-entries.ts';
import { feedPath } from '../lib/site/routes.ts';
import { todayIso } from '../lib/text/today.ts';

export const GET: APIRoute = async () => {
	const atlas = await loadAtlas();
	const xml = renderAtom(
		{
			title: siteFeedTitle,
			subtitle:
				'Each fact on file and each practitioner’s status in each place, dated by its last review.',
			path: feedPath(),
			page: '/',
			entries: siteFeedEntries(atlas),
			emptyUpdated: todayIso(),
			rights: dataLicence.rights,
		},
		import.meta.env.SITE || undefined,
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
