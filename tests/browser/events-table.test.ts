import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';

describe('the reported events table', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	test.each([
		{ width: 1280, height: 800 },
		{ width: 1366, height: 768 },
	])(
		'fits every column on a $width×$height screen, each row a few lines tall',
		async (viewport) => {
			const page = await site.browser.newPage({ viewport });
			await page.goto(`${site.origin}/events/`);
			const [client, scroll] = await page
				.locator('.atlas-table-wrap')
				.first()
				.evaluate((e) => [e.clientWidth, e.scrollWidth]);
			expect(scroll).toBeLessThanOrEqual(client);
			const heights = await page
				.locator('.atlas-events tbody tr')
				.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
			expect(heights.length).toBeGreaterThan(0);
			expect(Math.max(...heights)).toBeLessThan(200);
			await page.close();
		},
	);

	test('opens a row’s facts and sources on request, and keeps the table scrollable on a phone', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.origin}/events/`);
		const first = page.locator('.atlas-events tbody tr').first();
		const facts = first.locator('.atlas-event-facts a');
		await expect(facts.first().isVisible()).resolves.toBe(false);
		await first.locator('summary').click();
		await expect(facts.first().isVisible()).resolves.toBe(true);
		const region = page.getByRole('region', { name: /Reported outbreaks/ }).first();
		const [client, scroll] = await region.evaluate((e) => [e.clientWidth, e.scrollWidth]);
		expect(scroll).toBeGreaterThan(client);
		await expect(region.getAttribute('tabindex')).resolves.toBe('0');
		await page.close();
	});
});
