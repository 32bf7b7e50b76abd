import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeChromium, findChromium, launchChromium } from '../build/chromium.ts';

/** What a response is, for the page-weight table. Anything under `/pagefind/` is Pagefind. */
export type ResourceKind = 'HTML' | 'CSS' | 'JavaScript' | 'Pagefind' | 'other';

/** The kinds, in the order the table shows them. */
export const resourceKinds: readonly ResourceKind[] = [
	'HTML',
	'CSS',
	'JavaScript',
	'Pagefind',
	'other',
];

/** Bytes as sent uncompressed, and gzip-compressed at level 9. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** What one page load fetched, in bytes by kind and in all. */
export interface PageWeight {
	byKind: Record<ResourceKind, Bytes>;
	total: Bytes;
	/** How many responses had a body. */
	responses: number;
}

/** One response a page load received. */
export interface FetchedResource {
	url: string;
	/** The `content-type` header, if any. */
	contentType: string | undefined;
	body: Buffer;
}

/**
 * The kind of a response: Pagefind for any URL whose path is under `/pagefind/` (its script,
 * WebAssembly and index), otherwise by content type, falling back on the file extension.
 */
export function resourceKind(url: string, contentType: string | undefined): ResourceKind {
	const { pathname } = new URL(url);
	if (pathname.startsWith('/pagefind/')) return 'Pagefind';
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
	if (type === 'text/html' || (!type && /(?:\/|\.html)$/.test(pathname))) return 'HTML';
	if (type === 'text/css' || (!type && pathname.endsWith('.css'))) return 'CSS';
	if (/javascript|ecmascript/.test(type) || (!type && /\.m?js$/.test(pathname))) {
		return 'JavaScript';
	}
	return 'other';
}

/**
 * Adds up the bodies of a page load by kind, each raw and gzip-compressed at level 9 (as a
 * host serving compressed files would send it; tiny bodies can grow by gzip's ~20-byte frame).
 */
export function weighResources(resources: readonly FetchedResource[]): PageWeight {
	const zero = (): Bytes => ({ raw: 0, gzip: 0 });
	const byKind = Object.fromEntries(resourceKinds.map((kind) => [kind, zero()])) as Record<
		ResourceKind,
		Bytes
	>;
	const total = zero();
	for (const resource of resources) {
		const raw = resource.body.length;
		const gzip = gzipSync(resource.body, { level: 9 }).length;
		const bytes = byKind[resourceKind(resource.url, resource.contentType)];
		bytes.raw += raw;
		bytes.gzip += gzip;
		total.raw += raw;
		total.gzip += gzip;
	}
	return { byKind, total, responses: resources.length };
}

/** What a browser context has fetched so far, for {@link watchContext}. */
export interface ContextWatch {
	/** Every response body received so far, in order; redirects, which have none, left out. */
	resources(): Promise<FetchedResource[]>;
	/** Resolves once no request has been in flight for `quietMs` milliseconds. */
	quiet(quietMs?: number): Promise<void>;
	/** Requests to other origins, stopped before they left the machine. */
	foreign: string[];
}

/**
 * Watches every request of a browser context, its pages' and their workers' (Pagefind searches
 * in a web worker unless told not to): stops any to an origin but `origin` and records it in
 * `foreign`, and keeps each response's body. Call before the first page loads.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<ContextWatch> {
	const foreign: string[] = [];
	await context.route(
		(target) => !/^(?:data|blob):$/.test(target.protocol) && target.origin !== origin,
		async (route) => {
			foreign.push(route.request().url());
			await route.abort('blockedbyclient');
		},
	);
	const bodies: Promise<FetchedResource | undefined>[] = [];
	let inFlight = 0;
	context.on('request', () => inFlight++);
	context.on('requestfinished', () => inFlight--);
	context.on('requestfailed', () => inFlight--);
	context.on('response', (response) => {
		bodies.push(
			response.body().then(
				(body) => ({ url: response.url(), contentType: response.headers()['content-type'], body }),
				// A redirect has no body to fetch.
				() => undefined,
			),
		);
	});
	return {
		foreign,
		resources: async () =>
			(await Promise.all(bodies)).filter(
				(resource): resource is FetchedResource => resource !== undefined,
			),
		quiet: async (quietMs = 500) => {
			const step = 50;
			for (let idle = 0; idle < quietMs; idle = inFlight === 0 ? idle + step : 0) {
				await new Promise((resolve) => setTimeout(resolve, step));
			}
		},
	};
}

/**
 * Loads `url` in a fresh browser context (nothing cached), waits until the network is idle and
 * then for `ready` (if given) and for the network to be quiet again, and returns every response
 * body the page received. Redirects, which have no body, are left out. Requests to any origin
 * but the URL's are stopped before they leave the machine and returned in `foreign`; `status`
 * is the page's own (after any redirect).
 */
export async function recordPageLoad(
	browser: Browser,
	url: string,
	ready?: (page: Page) => Promise<void>,
): Promise<{ resources: FetchedResource[]; foreign: string[]; status: number | undefined }> {
	const context = await browser.newContext();
	try {
		context.setDefaultTimeout(30_000);
		const watch = await watchContext(context, new URL(url).origin);
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (ready) {
			await ready(page);
			await watch.quiet();
		}
		return {
			resources: await watch.resources(),
			foreign: watch.foreign,
			status: response?.status(),
		};
	} finally {
		await context.close();
	}
}

/**
 * Starts Chromium as the browser tests do (CHROMIUM_PATH, the system's, or the npm package's)
 * and says which one, or returns why it cannot: the benchmark then says so and skips the page
 * weights.
 */
export async function launchBenchChromium(): Promise<
	{ browser: Browser; chromium: string } | { missing: string }
> {
	try {
		const choice = await findChromium();
		const browser = await launchChromium(choice);
		return { browser, chromium: describeChromium(choice, browser.version()) };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		// The benchmark ends the reason with its own full stop.
		return { missing: message.replace(/\.$/, '') };
	}
}
