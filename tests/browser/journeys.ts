/**
 * What the readers' journey tests share: the three screen sizes the issue names, each with and
 * without JavaScript, and a fresh browser context opened on the home page.
 */
import type { Page } from 'playwright-core';
import type { Site } from './helpers.ts';

/** A laptop, a common desktop and a phone. */
export const sizes = [
	{ width: 1280, height: 800 },
	{ width: 1366, height: 768 },
	{ width: 390, height: 844 },
] as const;

/** Each size with and without JavaScript, named for the test title. */
export const cases = sizes.flatMap((viewport) =>
	[true, false].map((javaScriptEnabled) => ({
		...viewport,
		viewport,
		javaScriptEnabled,
		js: javaScriptEnabled ? 'with' : 'without',
	})),
);

/**
 * A reader arriving at the home page in a context of their own; `clipboard` lets the page
 * write to and read from the clipboard, as a reader's browser would after a click.
 */
export async function openHome(
	site: Site,
	viewport: { width: number; height: number },
	javaScriptEnabled: boolean,
	{ clipboard = false } = {},
): Promise<Page> {
	const context = await site.browser.newContext({ viewport, javaScriptEnabled });
	context.setDefaultTimeout(10_000);
	if (clipboard) {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
	}
	const page = await context.newPage();
	await page.goto(`${site.origin}/`);
	return page;
}
