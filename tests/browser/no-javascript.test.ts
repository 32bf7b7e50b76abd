import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';

/** Content pages: facts and prose, nothing to interact with beyond Starlight's own chrome. */
const contentPages = [
	'/jurisdictions/us/',
	'/risks/fatal-anaphylactic-shock/',
	'/claims/has-fatal-anaphylactic-shock/',
];

/**
 * The JavaScript a content page may load, all of it Starlight's: theme, sidebar and table of
 * contents (about 11 KB measured; the header's search is a plain link). Room for Starlight to
 * grow a little, not for a UI library or an island.
 */
const budget = 16 * 1024;

/** What only the check picker's script contains. */
const pickerMarker = 'data-atlas-picker';

interface PageScripts {
	/** Bytes of every JavaScript file the page loaded, and of its inline scripts. */
	bytes: number;
	/** Where each script came from: a URL path, or `inline` and its first words. */
	scripts: { from: string; bytes: number; code: string }[];
}

describe('content pages', () => {
	let site: Site;
	let context: BrowserContext;

	beforeAll(async () => {
		site = await openSite();
		context = await site.browser.newContext();
		context.setDefaultTimeout(10_000);
	});

	afterAll(() => site?.close());

	/** Loads a page until the network is idle and collects the JavaScript it ran. */
	async function collectScripts(route: string): Promise<PageScripts> {
		const page = await context.newPage();
		const files: Promise<PageScripts['scripts'][number]>[] = [];
		page.on('response', (response) => {
			if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
			files.push(
				response.text().then((code) => ({
					from: new URL(response.url()).pathname,
					bytes: Buffer.byteLength(code),
					code,
				})),
			);
		});
		await page.goto(`${site.origin}${route}`, { waitUntil: 'networkidle' });
		const inline = await page.evaluate(() =>
			[...document.scripts].filter((s) => !s.src).map((s) => s.textContent),
		);
		await page.close();
		const scripts = [
			...(await Promise.all(files)),
			...inline.map((code) => ({
				from: `inline: ${code.replace(/\s+/g, ' ').trim().slice(0, 50)}…`,
				bytes: Buffer.byteLength(code),
				code,
			})),
		];
		return { bytes: scripts.reduce((sum, s) => sum + s.bytes, 0), scripts };
	}

	test('the check picker script is found where it is: on the home page', async () => {
		const home = await collectScripts('/');
		expect(home.scripts.some((s) => s.code.includes(pickerMarker))).toBe(true);
	});

	test.each(contentPages)(
		'%s loads no picker script and stays within the JavaScript budget',
		async (route) => {
			const { bytes, scripts } = await collectScripts(route);
			const list = scripts.map((s) => `${String(s.bytes).padStart(6)} B  ${s.from}`).join('\n');
			console.log(
				`${route}: ${kb(bytes)} of JavaScript in ${scripts.length} scripts (budget ${kb(budget)})`,
			);
			const picker = scripts.filter((s) => s.code.includes(pickerMarker)).map((s) => s.from);
			expect(picker, 'scripts of the check picker').toEqual([]);
			expect(bytes, `JavaScript over the budget of ${kb(budget)}:\n${list}\n`).toBeLessThanOrEqual(
				budget,
			);
		},
	);
});

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

describe('the theme', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	/** The page's background as the reader sees it, for a system scheme, with or without script. */
	async function background(colorScheme: 'light' | 'dark', javaScriptEnabled: boolean) {
		const context = await site.browser.newContext({ colorScheme, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${site.origin}/jurisdictions/us/`, { waitUntil: 'networkidle' });
		const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await context.close();
		return color;
	}

	test.each([true, false])(
		'follows the system: light on a light system, dark on a dark one (JavaScript %s)',
		async (javaScriptEnabled) => {
			expect(await background('light', javaScriptEnabled)).toBe('rgb(255, 255, 255)');
			expect(await background('dark', javaScriptEnabled)).not.toBe('rgb(255, 255, 255)');
		},
	);
});
