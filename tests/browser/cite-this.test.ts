import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { findAxeViolations, openSchemeContexts, openSite, type Site } from './helpers.ts';

/** A fact's page (one control) and a source's page (two). */
const pages = [
	'/claims/has-fatal-anaphylactic-shock/',
	'/sources/has-2014-aesthetic-mesotherapy-risks/',
];

describe('the cite controls, opened, in the light and dark colour schemes', () => {
	let site: Site;
	let contexts: Map<'light' | 'dark', BrowserContext>;

	beforeAll(async () => {
		site = await openSite();
		contexts = await openSchemeContexts(site.browser);
	});

	afterAll(() => site?.close());

	const cases = pages.flatMap((route) =>
		(['light', 'dark'] as const).map((scheme) => ({ route, scheme })),
	);

	test.concurrent.for(cases)(
		'$route in $scheme opens by keyboard with a visible focus and passes WCAG 2.2 A and AA',
		async ({ route, scheme }, { expect }) => {
			const page = await contexts.get(scheme)!.newPage();
			await page.goto(`${site.origin}${route}`, { waitUntil: 'networkidle' });
			const summaries = page.locator('details.atlas-cite-this > summary');
			const count = await summaries.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const summary = summaries.nth(i);
				await summary.focus();
				await page.keyboard.press('Enter');
				const outline = await summary.evaluate((e) => getComputedStyle(e).outlineStyle);
				expect.soft(outline, 'focus outline of the summary').not.toBe('none');
			}
			const open = await page
				.locator('details.atlas-cite-this')
				.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
			expect(open).toEqual(Array(count).fill(true));
			const violations = await findAxeViolations(page);
			expect(violations, violations.join('\n')).toEqual([]);
			await page.close();
		},
	);
});
