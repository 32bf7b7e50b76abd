/**
 * The consumer's question, "may this person inject me?", asked as a reader would from the home
 * page at three screen sizes, with and without JavaScript: each reaches its answer in at most
 * three actions, with the verdict and where to look the practitioner up in the first screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';
import { openHome, sizes } from './journeys.ts';

/** A question: the place and title as the picker and the links name them, and where it ends. */
const questions = [
	{
		who: 'an aesthetician in Texas',
		country: 'United States',
		place: 'Texas',
		title: 'Aesthetician',
		path: '/check/us-tx/aesthetician/',
	},
	{
		who: 'a nurse in Florida',
		country: 'United States',
		place: 'Florida',
		title: 'Registered nurse',
		path: '/check/us-fl/registered-nurse/',
	},
	{
		who: 'a beautician in France',
		country: undefined,
		place: 'France',
		title: 'Aesthetician',
		path: '/check/fr/aesthetician/',
	},
	{
		who: 'a nurse practitioner in California',
		country: 'United States',
		place: 'California',
		title: 'Nurse practitioner',
		path: '/check/us-ca/#nurse-practitioner',
	},
];

describe('the consumer’s question, from the home page', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	const home = (viewport: (typeof sizes)[number], javaScriptEnabled: boolean) =>
		openHome(site, viewport, javaScriptEnabled);

	/** Whether an element lies wholly within the first screen, before any scrolling. */
	async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
		const box = await page.locator(selector).first().boundingBox();
		return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
	}

	const arrived = (page: Page, path: string) =>
		page.waitForURL((url) => url.pathname + url.hash === path);

	/** The answer as it stands on arrival: a page's verdict, or the title's row on a place's page. */
	async function expectAnswerInFirstScreen(page: Page, path: string) {
		if (path.includes('#')) {
			const row = `li${path.slice(path.indexOf('#'))}`;
			await page.locator(row).scrollIntoViewIfNeeded();
			expect(await page.locator(`${row} .atlas-status`).innerText()).toMatch(/\w/);
			return;
		}
		expect(await inFirstScreen(page, '.atlas-verdict .atlas-status')).toBe(true);
		expect(await inFirstScreen(page, '.atlas-lookup-line')).toBe(true);
		expect(await page.locator('.atlas-lookup-line').innerText()).toMatch(
			/^Look up this practitioner: .+/,
		);
	}

	test.each(sizes)(
		'at $width×$height, the question and the picker are in the first screen',
		async (viewport) => {
			for (const js of [true, false]) {
				const page = await home(viewport, js);
				expect(await page.locator('h1').innerText()).toBe('May this person inject me?');
				expect(
					await inFirstScreen(page, js ? '#picker-jurisdiction' : '.atlas-picker-links summary'),
					`JavaScript ${js}`,
				).toBe(true);
				await page.context().close();
			}
		},
	);

	for (const viewport of sizes) {
		test.each(questions)(
			`at ${viewport.width}×${viewport.height} with JavaScript, $who: three actions to the answer`,
			async ({ place, title, path }) => {
				const page = await home(viewport, true);
				const picker = page.locator('form[data-atlas-picker]');
				await picker.locator('#picker-jurisdiction').selectOption({ label: place });
				const titles = await picker.locator('#picker-role option').allInnerTexts();
				await picker
					.locator('#picker-role')
					.selectOption({ label: titles.find((t) => t === title || t.startsWith(`${title} (`))! });
				await picker.getByRole('button', { name: 'Check' }).click();
				await arrived(page, path);
				await expectAnswerInFirstScreen(page, path);
				await page.context().close();
			},
		);

		test.each(questions)(
			`at ${viewport.width}×${viewport.height} without JavaScript, $who: at most three links to the answer`,
			async ({ country, place, title, path }) => {
				const page = await home(viewport, false);
				const links = page.getByRole('navigation', { name: /Where are you\?/ });
				if (country) await links.getByText(new RegExp(`^${country} \\(\\d+ places\\)$`)).click();
				await links.getByRole('link', { name: place, exact: true }).click();
				const [placePath, titleId] = path.includes('#')
					? [path.split('#')[0]!, path.split('#')[1]!]
					: [`/${path.split('/').slice(1, 3).join('/')}/`, path.split('/')[3]!];
				await arrived(page, placePath);
				const row = page.locator(`li#${titleId}`);
				if (path.includes('#')) {
					// Answered on the place's own page: the title's row says it, in two actions.
					expect(await row.locator('.atlas-status').innerText()).toMatch(/\w/);
				} else {
					await row.getByRole('link', { name: title, exact: true }).first().click();
					await arrived(page, path);
					await expectAnswerInFirstScreen(page, path);
				}
				await page.context().close();
			},
		);
	}

	test.each(sizes)(
		'at $width×$height, anyone in England: the place’s answers for every title in two actions',
		async (viewport) => {
			const page = await home(viewport, false);
			const links = page.getByRole('navigation', { name: /Where are you\?/ });
			await links.getByText(/^United Kingdom \(\d+ places\)$/).click();
			await links.getByRole('link', { name: 'England', exact: true }).click();
			await arrived(page, '/check/gb-eng/');
			expect(await page.locator('main li .atlas-status').count()).toBeGreaterThan(5);
			await page.context().close();
		},
	);
	test.each(sizes)(
		'at $width×$height, an answer lists its red flags as warning signs to tick, and says what to do if something goes wrong',
		async (viewport) => {
			for (const js of [true, false]) {
				const page = await home(viewport, js);
				await page.goto(`${site.origin}/check/us-tx/aesthetician/`);
				const flags = page.locator('h2#red-flags ~ ul.atlas-checklist').first();
				const boxes = flags.getByRole('checkbox');
				expect(await boxes.count(), `JavaScript ${js}`).toBeGreaterThan(1);
				// Each sign is the label of its box, and ticking it needs no script.
				const first = flags.locator('.atlas-sign').first();
				const sign = await first.locator('label').innerText();
				expect(sign).toMatch(/^[A-Z].{20,}\.$/);
				await first.locator('label').click();
				expect(await flags.getByRole('checkbox', { name: sign }).isChecked()).toBe(true);
				// The fact each sign comes from stands under it with its quote, or links to it above.
				for (const item of await flags.locator('li').all()) {
					const above = item.getByRole('link', { name: 'The quote and its source are above' });
					if ((await above.count()) === 0) {
						expect(await item.locator('blockquote').count()).toBe(1);
						continue;
					}
					const target = (await above.getAttribute('href'))!;
					expect(await page.locator(`${target} blockquote, blockquote${target}`).count()).toBe(1);
				}

				const wrong = page.locator('h2#if-something-goes-wrong + ul');
				expect(await wrong.innerText(), `JavaScript ${js}`).toMatch(/Texas Medical Board/);
				await page.context().close();
			}
		},
	);
});
