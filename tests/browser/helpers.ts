/**
 * What the browser tests share: the built site served over HTTP, Chromium (CHROMIUM_PATH's, the
 * system's or the npm package's) driven by playwright-core, a watch on what a page logs and
 * requests, and axe-core.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../src/lib/build/chromium.ts';
import { serveDist } from '../../src/lib/build/serve-dist.ts';
import { root } from '../build/helpers.ts';

/** The folder of the shared build, or an error with the end of the failed build's output. */
export function builtDist(): string {
	const build = inject('siteBuild');
	if (build.status !== 0) {
		const output = `${build.stdout.trim()}\n${build.stderr.trim()}`;
		const tail = output.trim().split('\n').slice(-20).join('\n');
		throw new Error(
			`The site did not build (exit ${build.status}), so no page can be tested:\n${tail}`,
		);
	}
	return build.dist;
}

/** The built site served and a browser started, for one test file. */
export interface Site {
	origin: string;
	browser: Browser;
	close(): Promise<void>;
}

/** Serves the shared build and starts Chromium; `close` stops both. */
export async function openSite(): Promise<Site> {
	const server = await serveDist(builtDist());
	try {
		const browser = await launchChromium();
		return {
			origin: server.origin,
			browser,
			close: async () => {
				await browser.close();
				await server.close();
			},
		};
	} catch (error) {
		await server.close();
		throw error;
	}
}

/** What a page did that a visitor would not want: errors, and requests to other sites. */
export interface PageTrouble {
	consoleErrors: string[];
	pageErrors: string[];
	/** URLs requested from anywhere but the site's own server. */
	foreignRequests: string[];
}

/**
 * Records console errors, uncaught exceptions and requests to any origin but `origin` from
 * now on, and stops those requests before they leave the machine. Call before navigating.
 */
export async function watchPage(page: Page, origin: string): Promise<PageTrouble> {
	const trouble: PageTrouble = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
	// data: and blob: URLs never leave the browser.
	const isForeign = (url: URL) => !/^(?:data|blob):$/.test(url.protocol) && url.origin !== origin;
	await page.route(isForeign, (route) => route.abort('blockedbyclient'));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		trouble.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	});
	page.on('pageerror', (error) => trouble.pageErrors.push(error.stack ?? error.message));
	page.on('request', (request) => {
		if (isForeign(new URL(request.url()))) trouble.foreignRequests.push(request.url());
	});
	return trouble;
}

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: (string | string[])[] }[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page with the WCAG A and AA rules and returns each violation on one
 * line: rule, impact, what it asks, and the selectors of the failing elements.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
	axeSource ??= await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
	// Evaluated, not added as a <script>: the site's Content-Security-Policy blocks inline ones.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<unknown> } }).axe;
		const results = (await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		})) as { violations: AxeViolation[] };
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target })),
		}));
	}, wcagTags);
	return violations.map((v) => {
		// A target is a selector, or a path of them into frames and shadow roots.
		const targets = v.nodes.slice(0, 5).map((n) => n.target.flat().join(' → '));
		const more = v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : '';
		return `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${targets.join(', ')}${more}`;
	});
}

/** Opens one browser context per colour scheme, light and dark, for checks that need both. */
export async function openSchemeContexts(
	browser: Browser,
): Promise<Map<'light' | 'dark', BrowserContext>> {
	const contexts = new Map<'light' | 'dark', BrowserContext>();
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme: scheme });
		context.setDefaultTimeout(10_000);
		contexts.set(scheme, context);
	}
	return contexts;
}
