import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';

const sizes = [
	{ width: 1280, height: 800 },
	{ width: 1366, height: 768 },
	{ width: 390, height: 844 },
];

describe('the matrix, read at three sizes without JavaScript', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	async function open(browser: Browser, viewport: (typeof sizes)[number]): Promise<Page> {
		const context = await browser.newContext({ viewport, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/matrix/`);
		return page;
	}

	const headerTexts = (page: Page) =>
		page.locator('.atlas-matrix thead th:visible').allInnerTexts();

	test.each(sizes)(
		'at $width×$height keeps the titles and place names in view as the table scrolls',
		async (viewport) => {
			const page = await open(site.browser, viewport);
			const region = page.getByRole('region', {
				name: 'Matrix of jurisdictions and practitioners',
			});
			await region.evaluate((e) => e.scrollTo(e.scrollWidth, e.scrollHeight / 2));
			const box = (await region.boundingBox())!;
			const header = (await page.locator('.atlas-matrix thead th').first().boundingBox())!;
			expect(Math.abs(header.y - box.y)).toBeLessThan(2);
			const place = page.locator('.atlas-matrix tbody th[scope="row"]').nth(20);
			await place.scrollIntoViewIfNeeded();
			await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
			const placeBox = (await place.boundingBox())!;
			expect(Math.abs(placeBox.x - box.x)).toBeLessThan(2);
			await page.context().close();
		},
	);

	test('groups places under their country', async () => {
		const page = await open(site.browser, sizes[0]!);
		const us = page.locator('.atlas-matrix tbody', {
			has: page.locator('.atlas-matrix-country', { hasText: 'United States' }),
		});
		const places = await us.locator('th[scope="row"]').allInnerTexts();
		expect(places).toEqual(expect.arrayContaining(['United States', 'Texas', 'Georgia']));
		expect(places).not.toContain('Germany');
		await page.context().close();
	});

	test('shows the titles the reader ticks, and hides the others, with no script', async () => {
		const page = await open(site.browser, sizes[0]!);
		const shown = await headerTexts(page);
		expect(shown).toEqual(
			expect.arrayContaining(['Jurisdiction', 'Registered nurse', 'Aesthetician']),
		);
		expect(shown).not.toContain('Dentist');
		await page.getByRole('checkbox', { name: 'Dentist' }).check();
		await page.getByRole('checkbox', { name: 'Aesthetician' }).uncheck();
		const after = await headerTexts(page);
		expect(after).toContain('Dentist');
		expect(after).not.toContain('Aesthetician');
		// Every row shows as many cells as the header.
		const cells = await page
			.locator('.atlas-matrix tbody tr:not(.atlas-matrix-country)')
			.first()
			.locator('th:visible, td:visible')
			.count();
		expect(cells).toBe(after.length);
		await page.context().close();
	});
});
