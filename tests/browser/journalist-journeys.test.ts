/**
 * The journalist's journey, as a journalist would take it from the home page at three screen
 * sizes, with and without JavaScript: two links to the HAS fatal-anaphylaxis fact, whose page
 * shows the verbatim quote, the source's record and the review date, and cites the original
 * document, at its section, in one more click; with JavaScript each format has a Copy button
 * that puts the citation on the clipboard.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';
import { cases, openHome } from './journeys.ts';

const factPath = '/claims/has-fatal-anaphylactic-shock/';

describe('the journalist’s citation, from the home page', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	const open = (viewport: { width: number; height: number }, javaScriptEnabled: boolean) =>
		openHome(site, viewport, javaScriptEnabled, { clipboard: javaScriptEnabled });

	test.each(cases)(
		'at $width×$height $js JavaScript: two links to the fact, and the original document cited in one more click',
		async ({ viewport, javaScriptEnabled }) => {
			const page = await open(viewport, javaScriptEnabled);
			await page.locator('main').getByRole('link', { name: 'Fact sheet', exact: true }).click();
			await page.waitForURL((url) => url.pathname === '/guides/journalists/fact-sheet/');
			await page
				.locator('main li', { hasText: 'fatal anaphylactic shock' })
				.getByRole('link', { name: 'Cite this fact' })
				.click();
			await page.waitForURL((url) => url.pathname === factPath);

			// What a journalist checks before citing: the quote, the source's record, the review.
			const main = page.locator('main');
			expect(await main.locator('blockquote').first().innerText()).toMatch(/anaphylactic shock/);
			expect(await main.innerText()).toMatch(/Haute Autorité de santé/);
			expect(await main.innerText()).toMatch(/Last reviewed/);

			// One click opens the original document's citation, at the section it quotes.
			const original = page.locator('details.atlas-cite-this', {
				hasText: 'Cite the original document',
			});
			await original.locator('summary').click();
			const apa = original.locator('[data-format="apa"] .atlas-cite-this__entry');
			expect(await apa.isVisible()).toBe(true);
			expect(await apa.innerText()).toMatch(/Lhuillier-Nkandjeu, H\. \(2014\)/);
			expect(await original.innerText()).toMatch(/anaphylactic shock/);

			const copy = original.getByRole('button', { name: 'Copy the APA (7th edition) citation' });
			if (javaScriptEnabled) {
				await copy.click();
				await expect.poll(() => copy.innerText()).toBe('Copied');
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
					(await apa.innerText()).trim(),
				);
			} else {
				// Without a script there is nothing to press: the text is there to select.
				expect(await copy.isVisible()).toBe(false);
			}
			await page.context().close();
		},
	);

	test('only a fact’s page ships the Copy buttons’ script', async () => {
		const page = await site.browser.newPage();
		const scripts = async (path: string) => {
			await page.goto(`${site.origin}${path}`);
			return page.locator('script').evaluateAll((all) => all.map((s) => s.textContent).join());
		};
		expect(await scripts(factPath)).toMatch(/clipboard/);
		for (const path of ['/', '/check/us-tx/aesthetician/', '/guides/trainers/techniques/']) {
			expect(await scripts(path), path).not.toMatch(/clipboard/);
		}
		await page.close();
	});
});
