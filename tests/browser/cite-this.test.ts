import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findAxeViolations, openSchemeContexts, openSite, type Site } from './helpers.ts';

/** A fact's page (the fact and the original document) and a source's page (the source and the page). */
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

describe('a fact’s citation of the original document', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	test('is one click away, and cites the document at its section with the quote', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/claims/has-fatal-anaphylactic-shock/`);
		await page.getByText('Cite the original document', { exact: true }).click();
		const control = page.locator('details.atlas-cite-this', {
			has: page.getByText('Cite the original document', { exact: true }),
		});
		const apa = control.locator('[data-format="apa"]');
		await expect(apa.isVisible()).resolves.toBe(true);
		expect(await apa.innerText()).toContain('Haute Autorité de santé');
		const bibtex = await control.locator('[data-format="bibtex"] pre').innerText();
		// BibTeX writes quotation marks as ``…''.
		expect(bibtex).toMatch(/note = \{Section ``[^']+'': ``As regards severity/);
		expect(bibtex).toContain('isbn = {978-2-11-138113-1}');
		await page.close();
	});
});
