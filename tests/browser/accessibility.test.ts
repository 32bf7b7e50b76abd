import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import {
	findAxeViolations,
	openSchemeContexts,
	openSite,
	watchPage,
	type Site,
} from './helpers.ts';

/** One page of every type the site has. */
const pages = [
	'/',
	'/check/',
	'/check/us/',
	'/check/us/registered-nurse/',
	'/jurisdictions/',
	'/jurisdictions/fr/',
	'/roles/aesthetician/',
	'/risks/fatal-anaphylactic-shock/',
	'/sources/has-2014-aesthetic-mesotherapy-risks/',
	'/claims/has-fatal-anaphylactic-shock/',
	'/matrix/',
	'/coverage/',
	'/events/',
	'/risks/mycobacterial-infection/',
	'/check/es/registered-nurse/',
	'/jurisdictions/us-tx/',
	'/data/',
	'/data/codebook/',
	'/guides/trainers/procedure-and-depth/',
	// With words to find, so the results are checked too.
	'/search/?q=anaphylactic',
];
/** A path the site does not have: its 404 page. */
const missingPage = '/no-such-page/';

describe('every page type, in the light and dark colour schemes', () => {
	let site: Site;
	let contexts: Map<'light' | 'dark', BrowserContext>;

	beforeAll(async () => {
		site = await openSite();
		contexts = await openSchemeContexts(site.browser);
	});

	afterAll(() => site?.close());

	const cases = [...pages, missingPage].flatMap((route) =>
		(['light', 'dark'] as const).map((scheme) => ({ route, scheme })),
	);

	test.concurrent.for(cases)(
		'$route in $scheme passes WCAG 2.2 A and AA, logs no error and asks nothing of other sites',
		async ({ route, scheme }, { expect }) => {
			const page = await contexts.get(scheme)!.newPage();
			const trouble = await watchPage(page, site.origin);
			// Network idle: scripts that load late (Pagefind, the search results) have run.
			const response = await page.goto(`${site.origin}${route}`, { waitUntil: 'networkidle' });
			expect(response?.status(), 'HTTP status').toBe(route === missingPage ? 404 : 200);
			// Starlight follows the system's colour scheme until a visitor picks one.
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);

			// Each kind of trouble is reported, one item a line, even when another is found too.
			const report = (what: string, items: string[]) =>
				expect.soft(items.length, `${what}:\n${items.map((i) => `  - ${i}`).join('\n')}\n`).toBe(0);
			report('axe violations', await findAxeViolations(page));
			report('uncaught exceptions', trouble.pageErrors);
			// Chromium logs the 404 status of the missing page itself as an error: that one is right.
			report(
				'console errors',
				trouble.consoleErrors.filter(
					(e) => !(route === missingPage && e.includes('404') && e.includes(route)),
				),
			);
			report('requests to other sites', trouble.foreignRequests);
			await page.close();
		},
	);
});
