import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { watchContext, type Bytes, type FetchedResource } from './page-weight.ts';

/** The parts of Pagefind's bundle a search fetches, in the order the table shows them. */
export const pagefindParts = ['start-up', 'index', 'fragments'] as const;

/**
 * `start-up`: what Pagefind fetches once whatever the query (its script and worker, the
 * WebAssembly, the entry and metadata files, the filter index); `index`: chunks of the word
 * index, by the words searched; `fragments`: the data of each result loaded.
 */
export type PagefindPart = (typeof pagefindParts)[number];

/**
 * The part of Pagefind's bundle a URL is, or `undefined` for a URL outside `/pagefind/`.
 * @example pagefindPart('http://127.0.0.1:4321/pagefind/index/en_1a2b.pf_index') // 'index'
 */
export function pagefindPart(url: string): PagefindPart | undefined {
	const { pathname } = new URL(url);
	if (!pathname.startsWith('/pagefind/')) return undefined;
	if (pathname.startsWith('/pagefind/index/')) return 'index';
	if (pathname.startsWith('/pagefind/fragment/')) return 'fragments';
	return 'start-up';
}

/** What one search fetched from Pagefind, by part and in all. */
export interface SearchWeight {
	query: string;
	byPart: Record<PagefindPart, Bytes>;
	total: Bytes;
	/** How many fragment files it fetched: the results whose data it loaded. */
	fragments: number;
}

/**
 * Adds up the Pagefind responses of one search by part, each raw and gzip-compressed at level 9
 * as `weighResources` does; responses outside `/pagefind/` are left out.
 */
export function weighSearch(query: string, resources: readonly FetchedResource[]): SearchWeight {
	const byPart = Object.fromEntries(
		pagefindParts.map((part) => [part, { raw: 0, gzip: 0 }]),
	) as Record<PagefindPart, Bytes>;
	const total: Bytes = { raw: 0, gzip: 0 };
	let fragments = 0;
	for (const resource of resources) {
		const part = pagefindPart(resource.url);
		if (!part) continue;
		const raw = resource.body.length;
		const gzip = gzipSync(resource.body, { level: 9 }).length;
		byPart[part].raw += raw;
		byPart[part].gzip += gzip;
		total.raw += raw;
		total.gzip += gzip;
		if (part === 'fragments') fragments++;
	}
	return { query, byPart, total, fragments };
}

/**
 * Opens the search page at `url` in a fresh browser context (nothing cached) and waits until
 * the network is idle; then, in that same page, as a reader searching one thing after another,
 * runs each query with `search` (which types it and waits for its results) and waits for the
 * network to go quiet. Returns, for each query, the responses it brought; the first query's
 * include everything Pagefind fetched while the page loaded. Requests to any origin but the
 * URL's are stopped and returned in `foreign`.
 */
export async function recordSearches(
	browser: Browser,
	url: string,
	queries: readonly string[],
	search: (page: Page, query: string) => Promise<void>,
): Promise<{
	searches: { query: string; resources: FetchedResource[] }[];
	foreign: string[];
	status: number | undefined;
}> {
	const context = await browser.newContext();
	try {
		context.setDefaultTimeout(30_000);
		const watch = await watchContext(context, new URL(url).origin);
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		// The first search owns what Pagefind fetched as the page loaded (its script, if any).
		const loaded = await watch.resources();
		let earlier = loaded.filter((resource) => pagefindPart(resource.url));
		let seen = loaded.length;
		const searches: { query: string; resources: FetchedResource[] }[] = [];
		for (const query of queries) {
			await search(page, query);
			await watch.quiet();
			const all = await watch.resources();
			searches.push({ query, resources: [...earlier, ...all.slice(seen)] });
			earlier = [];
			seen = all.length;
		}
		return { searches, foreign: watch.foreign, status: response?.status() };
	} finally {
		await context.close();
	}
}
