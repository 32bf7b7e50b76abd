/**
 * One jurisdiction's Atom feed: the facts about it or a place above it, and the status of each
 * practitioner there, newest review first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/atlas.ts';
import { dataLicence } from '../../../lib/data/licence.ts';
import { jurisdictionFeedTitle } from '../../../lib/feed/feed-links.ts';
import { renderAtom } from '../../../lib/feed/render-atom.ts';
import { jurisdictionFeedEntries, nameInSentence } from '../../../lib/feed/select-entries.ts';
import { feedPath, jurisdictionPath } from '../../../lib/site/routes.ts';
import { todayIso } from '../../../lib/text/today.ts';

export const getStaticPaths = (async () => {
	const atlas = await loadAtlas();
	return [...atlas.jurisdictions.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const atlas = await loadAtlas();
	const id = params.id!;
	const jurisdiction = atlas.jurisdictions.get(id);
	if (!jurisdiction) return new Response(null, { status: 404 });
	const xml = renderAtom(
		{
			title: jurisdictionFeedTitle(jurisdiction.data.name),
			subtitle: `The facts on file about ${nameInSentence(atlas, id)} and each practitioner’s status there, dated by their last review.`,
			path: feedPath(id),
			page: jurisdictionPath(id),
			entries: jurisdictionFeedEntries(atlas, id),
			emptyUpdated: todayIso(),
			rights: dataLicence.rights,
		},
		import.meta.env.SITE || undefined,
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
