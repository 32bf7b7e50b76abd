/**
 * Every kind of page carries the site's Content-Security-Policy first in its head and breaks
 * none of it: no script, style or request the policy blocks, on the built real content.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtDist, openSite, watchPage, type Site } from './helpers.ts';

/** The first page, by name, in a folder of the built site: `/claims/<first id>/`. */
async function firstPage(folder: string, depth = 1): Promise<string> {
	let route = `/${folder}/`;
	for (let level = 0; level < depth; level++) {
		const entries = await readdir(path.join(builtDist(), route), { withFileTypes: true });
		const first = entries
			.filter((e) => e.isDirectory())
			.map((e) => e.name)
			.sort()[0];
		if (!first) throw new Error(`The built site has no page under ${route}.`);
		route = `${route}${first}/`;
	}
	return route;
}

/** What a page reports to the listener `addInitScript` puts on every document. */
interface PolicyReport {
	violations: string[];
	/** Where the policy stands among the head's elements, and where the first title or script does. */
	policyAt: number;
	firstTitleOrScriptAt: number;
	policies: string[];
}

/** Every kind of page: a path, or the first page in a folder of the built site. */
const pageKinds: { kind: string; route?: string; folder?: string; depth?: number }[] = [
	{ kind: 'the home page', route: '/' },
	{ kind: 'the check picker', route: '/check/' },
	{ kind: 'an answer', folder: 'check', depth: 2 },
	{ kind: 'an index of entities', route: '/jurisdictions/' },
	{ kind: 'a jurisdiction', folder: 'jurisdictions' },
	{ kind: 'a practitioner', folder: 'roles' },
	{ kind: 'a risk', folder: 'risks' },
	{ kind: 'a source', folder: 'sources' },
	{ kind: 'a fact', folder: 'claims' },
	{ kind: 'the matrix', route: '/matrix/' },
	{ kind: 'the coverage page', route: '/coverage/' },
	{ kind: 'the reported events', route: '/events/' },
	{ kind: 'the guides', route: '/guides/' },
	{ kind: 'a guide', folder: 'guides', depth: 2 },
	// Its <details> draw their marker with a data: image.
	{ kind: 'a trainer module', folder: 'guides/trainers' },
	{ kind: 'the data downloads', route: '/data/' },
	{ kind: 'the codebook', route: '/data/codebook/' },
	{ kind: 'the 404 page', route: '/404.html' },
];

describe('the Content-Security-Policy', () => {
	let site: Site;
	let context: BrowserContext;

	beforeAll(async () => {
		site = await openSite();
		context = await site.browser.newContext();
		context.setDefaultTimeout(10_000);
		await context.addInitScript(() => {
			const store = window as unknown as { __cspViolations: string[] };
			store.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => {
				store.__cspViolations.push(
					`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
				);
			});
		});
	});

	afterAll(() => site?.close());

	async function visit(route: string) {
		const page = await context.newPage();
		const trouble = await watchPage(page, site.origin);
		await page.goto(`${site.origin}${route}`, { waitUntil: 'networkidle' });
		const report = await page.evaluate((): PolicyReport => {
			const head = [...document.head.children];
			const isPolicy = (e: Element) => e.matches('meta[http-equiv="content-security-policy" i]');
			return {
				violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
				policyAt: head.findIndex(isPolicy),
				firstTitleOrScriptAt: head.findIndex((e) => e.matches('title, script')),
				policies: head.filter(isPolicy).map((e) => e.getAttribute('content') ?? ''),
			};
		});
		return { page, trouble, report };
	}

	test.for(pageKinds)('comes first on $kind, which breaks none of it', async (kind) => {
		const route = kind.route ?? (await firstPage(kind.folder!, kind.depth));
		const { page, trouble, report } = await visit(route);
		expect(report.policies, route).toHaveLength(1);
		expect(report.policyAt, `${route}: the policy comes after a title or script`).toBeLessThan(
			report.firstTitleOrScriptAt,
		);
		expect(report.policies[0], route).toContain("default-src 'self'");
		expect(report.policies[0], route).not.toContain('wasm-unsafe-eval');
		expect(report.violations, route).toEqual([]);
		expect(trouble, route).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
		// Starlight's theme script is inline: it runs only if its hash is in the policy.
		expect(await page.evaluate(() => 'StarlightThemeProvider' in window), route).toBe(true);
		await page.close();
	});

	test('lets Pagefind compile its WebAssembly on the search page, and find pages', async () => {
		const { page, trouble, report } = await visit('/search/?q=mesotherapy');
		await page.locator('[data-search-results] > li').first().waitFor();
		expect(report.policies[0]).toContain("'wasm-unsafe-eval'");
		const violations = await page.evaluate(
			() => (window as unknown as { __cspViolations: string[] }).__cspViolations,
		);
		expect(violations).toEqual([]);
		expect(trouble).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
		await page.close();
	});
});
