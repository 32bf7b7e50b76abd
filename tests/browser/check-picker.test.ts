import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';

describe('the check picker on the home page', () => {
	let site: Site;
	let withScript: BrowserContext;
	let withoutScript: BrowserContext;

	beforeAll(async () => {
		site = await openSite();
		withScript = await site.browser.newContext();
		withoutScript = await site.browser.newContext({ javaScriptEnabled: false });
		for (const context of [withScript, withoutScript]) context.setDefaultTimeout(10_000);
	});

	afterAll(() => site?.close());

	/** Opens the home page and picks a place and a title by the names a visitor reads. */
	async function pick(context: BrowserContext, place: string, title: string): Promise<Page> {
		const page = await context.newPage();
		await page.goto(`${site.origin}/`);
		const form = page.locator('form[data-atlas-picker]');
		await choose(form.locator('#picker-jurisdiction'), place);
		await choose(form.locator('#picker-role'), title);
		await form.getByRole('button', { name: 'Check', exact: true }).click();
		return page;
	}

	test('with JavaScript, goes straight to the answer page', async () => {
		const page = await pick(withScript, 'United States', 'Registered nurse');
		await page.waitForURL(`${site.origin}/check/us/registered-nurse/`);
		expect(await verdictOf(page)).toBe('Allowed, almost always with conditions');
		await page.close();
	});

	test('without JavaScript, hides the form, which cannot build a path, and leads to the answer by links: country, place, title', async () => {
		const page = await withoutScript.newPage();
		await page.goto(`${site.origin}/`);
		await expect(page.locator('form[data-atlas-picker]').isVisible()).resolves.toBe(false);
		const places = page.getByRole('navigation', { name: /Where are you\?/ });
		await places.getByText(/^United States \(\d+ places\)$/).click();
		await places.getByRole('link', { name: 'United States (the whole country)' }).click();
		await page.waitForURL(`${site.origin}/check/us/`);
		const main = page.getByRole('main');
		await main.getByRole('link', { name: 'Registered nurse', exact: true }).click();
		await page.waitForURL(`${site.origin}/check/us/registered-nurse/`);
		expect(await verdictOf(page)).toBe('Allowed, almost always with conditions');
		await page.close();
	});

	test('groups places by country, in the form and in the links', async () => {
		const page = await withScript.newPage();
		await page.goto(`${site.origin}/`);
		const groups: { label: string; options: string[] }[] = await page
			.locator('#picker-jurisdiction optgroup')
			.evaluateAll((els) =>
				els.map((g) => ({
					label: g.getAttribute('label') ?? '',
					options: [...g.querySelectorAll('option')].map((o) => o.textContent?.trim() ?? ''),
				})),
			);
		const optionsOf = (country: string) => groups.find((g) => g.label === country)?.options;
		expect(optionsOf('United States')).toEqual(
			expect.arrayContaining(['United States', 'Georgia', 'Texas']),
		);
		expect(optionsOf('Germany')).toEqual(['Germany']);
		const labels = groups.map((g) => g.label);
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
		await expect(page.locator('#picker-jurisdiction').inputValue()).resolves.toBe('');
		await expect(page.locator('#picker-role').inputValue()).resolves.toBe('');
		await page.close();
	});

	test.each([
		['France', 'Pharmacist', 'fr/pharmacist', 'No rule on file; see the facts'],
		['United States', 'Aesthetician', 'us/aesthetician', 'Not allowed'],
	])('says what is on file for %s and %s', async (place, title, path, verdict) => {
		const page = await pick(withScript, place, title);
		await page.waitForURL(`${site.origin}/check/${path}/`);
		expect(await verdictOf(page)).toBe(verdict);
		await page.close();
	});

	test('with JavaScript, answers a state with no rule of its own on its own check page, which names it and leads to the United States answer', async () => {
		const page = await pick(withScript, 'Hawaii', 'Registered nurse');
		await page.waitForURL(`${site.origin}/check/us-hi/#registered-nurse`);
		const row = page.locator('li#registered-nurse');
		expect(await row.locator('.atlas-status').innerText()).toBe(
			'Allowed, almost always with conditions',
		);
		expect(squash(await row.innerText())).toContain(
			'Nothing specific to Hawaii is on file for this title; the general rule of the United States applies.',
		);
		await row.getByRole('link', { name: /^The answer for the United States/ }).click();
		await page.waitForURL(`${site.origin}/check/us/registered-nurse/`);
		await page.close();
	});

	test('without JavaScript, says on the state’s page that the United States answer applies, and leads to it', async () => {
		const page = await withoutScript.newPage();
		await page.goto(`${site.origin}/`);
		const places = page.getByRole('navigation', { name: /Where are you\?/ });
		await places.getByText(/^United States \(\d+ places\)$/).click();
		await places.getByRole('link', { name: 'Hawaii', exact: true }).click();
		await page.waitForURL(`${site.origin}/check/us-hi/`);
		const row = page.locator('li#registered-nurse');
		expect(await row.locator('.atlas-status').innerText()).toBe(
			'Allowed, almost always with conditions',
		);
		expect(squash(await row.innerText())).toContain(
			'Nothing specific to Hawaii is on file for this title; the general rule of the United States applies.',
		);
		await row.getByRole('link', { name: /^The answer for the United States/ }).click();
		await page.waitForURL(`${site.origin}/check/us/registered-nurse/`);
		expect(await verdictOf(page)).toBe('Allowed, almost always with conditions');
		await page.close();
	});

	test.each(['with', 'without'] as const)(
		'%s JavaScript, answers a title a place has nothing of its own for on the place’s check page, with the place’s own regulator',
		async (which) => {
			let page: Page;
			if (which === 'with') {
				page = await pick(withScript, 'Washington', 'Cosmetologist');
			} else {
				page = await withoutScript.newPage();
				await page.goto(`${site.origin}/check/`);
				await page.getByRole('main').getByRole('link', { name: 'Washington', exact: true }).click();
			}
			await page.waitForURL((url) => url.pathname === '/check/us-wa/');
			if (which === 'with') expect(new URL(page.url()).hash).toBe('#cosmetologist');
			const row = page.locator('li#cosmetologist');
			expect(await row.locator('.atlas-status').innerText()).toBe('Not allowed');
			expect(squash(await row.innerText())).toContain(
				'Nothing specific to Washington is on file for this title; the general rule of the United States applies.',
			);
			expect(
				await row
					.getByRole('link', { name: /^The answer for the United States/ })
					.getAttribute('href'),
			).toBe('/check/us/cosmetologist/');
			const main = squash(await page.getByRole('main').innerText());
			expect(main).toContain('Washington Medical Commission');
			await expect(
				page.locator('#claim-us-wa-2007-notice-mesotherapy-significant-risk').count(),
			).resolves.toBe(1);
			await page.close();
		},
	);
});

/** Selects the option whose label is `name`, or starts with it before the other names. */
async function choose(select: Locator, name: string): Promise<void> {
	const labels = await select.locator('option').allTextContents();
	const label = labels.find((l) => l.trim() === name || l.trim().startsWith(`${name} (`));
	expect(label, `an option "${name}" among ${JSON.stringify(labels)}`).toBeDefined();
	await select.selectOption({ label: label! });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The status label of the answer, as the page shows it. */
async function verdictOf(page: Page): Promise<string> {
	const status = page.locator('.atlas-verdict .atlas-status');
	await status.waitFor({ state: 'visible' });
	return (await status.innerText()).trim();
}
