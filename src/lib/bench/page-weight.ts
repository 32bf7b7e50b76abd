import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchSystemChromium } from '../build/chromium.ts';

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

/**
 * Loads `url` in a fresh browser context (nothing cached), waits until the network is idle and
 * then for `ready` (if given) and for the network to be idle again, and returns every response
 * body the page received. Redirects, which have no body, are left out. Requests to any origin
 * but the URL's are stopped before they leave the machine and returned in `foreign`; `status`
 * is the page's own (after any redirect).
 */
export async function recordPageLoad(
	browser: Browser,
	url: string,
	ready?: (page: Page) => Promise<void>,
): Promise<{ resources: FetchedResource[]; foreign: string[]; status: number | undefined }> {
	const { origin } = new URL(url);
	const context = await browser.newContext();
	try {
		context.setDefaultTimeout(30_000);
		const foreign: string[] = [];
		await context.route(
			(target) => !/^(?:data|blob):$/.test(target.protocol) && target.origin !== origin,
			async (route) => {
				foreign.push(route.request().url());
				await route.abort('blockedbyclient');
			},
		);
		const page = await context.newPage();
		const bodies: Promise<FetchedResource | undefined>[] = [];
		page.on('response', (response) => {
			bodies.push(
				response.body().then(
					(body) => ({
						url: response.url(),
						contentType: response.headers()['content-type'],
						body,
					}),
					// A redirect has no body to fetch.
					() => undefined,
				),
			);
		});
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (ready) {
			await ready(page);
			await page.waitForLoadState('networkidle');
		}
		const resources = (await Promise.all(bodies)).filter(
			(resource): resource is FetchedResource => resource !== undefined,
		);
		return { resources, foreign, status: response?.status() };
	} finally {
		await context.close();
	}
}

/**
 * Starts the system's Chromium (CHROMIUM_PATH, or Debian's at /usr/bin/chromium) as the browser
 * tests do, or returns why it cannot: the benchmark then says so and skips the page weights.
 */
export async function launchBenchChromium(): Promise<
	{ browser: Browser; executablePath: string } | { missing: string }
> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		return {
			missing: `no Chromium at ${executablePath}: install Debian's package (\`apt-get install chromium\`) or set CHROMIUM_PATH to a Chromium binary`,
		};
	}
	try {
		const browser = await launchSystemChromium();
		return { browser, executablePath };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { missing: `Chromium at ${executablePath} did not start: ${message}` };
	}
}
