/**
 * The trainer's journey, as a trainer would take it from the home page at three screen sizes,
 * with and without JavaScript: two links to a module, whose technique sections give facts with
 * their sources, and which prints with the site, its address, the version and the date, and
 * the self-check's answers after its questions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site } from './helpers.ts';
import { cases, openHome } from './journeys.ts';

describe('the trainer’s module, from the home page', () => {
	let site: Site;

	beforeAll(async () => {
		site = await openSite();
	});

	afterAll(() => site?.close());

	const open = (viewport: { width: number; height: number }, javaScriptEnabled: boolean) =>
		openHome(site, viewport, javaScriptEnabled);

	test.each(cases)(
		'at $width×$height $js JavaScript: two links to module 2, whose techniques are sourced facts',
		async ({ viewport, javaScriptEnabled }) => {
			const page = await open(viewport, javaScriptEnabled);
			await page.locator('main').getByRole('link', { name: 'Guides', exact: true }).click();
			await page.waitForURL((url) => url.pathname === '/guides/');
			await page
				.locator('main')
				.getByRole('link', { name: 'Techniques: nappage and point by point' })
				.click();
			await page.waitForURL((url) => url.pathname === '/guides/trainers/techniques/');

			// The section a trainer came for holds facts, each linked to the passage it quotes.
			const nappage = page.locator('h3#how-nappage-is-performed + .atlas-claim');
			expect(await nappage.innerText()).toMatch(/nappage/i);
			expect(await nappage.getByRole('link', { name: /^Source: / }).count()).toBeGreaterThan(0);
			// What nothing on file describes still says so, in its own section.
			expect(
				await page.locator('h3#how-point-by-point-injection-is-performed + p').innerText(),
			).toMatch(/^Not documented here yet/);
			await page.context().close();
		},
	);

	test.each(cases)(
		'at $width×$height $js JavaScript: the module prints with its site, version, date and answers',
		async ({ viewport, javaScriptEnabled }) => {
			const page = await open(viewport, javaScriptEnabled);
			await page.goto(`${site.origin}/guides/trainers/techniques/`);
			await page.emulateMedia({ media: 'print' });

			const colophon = page.locator('.atlas-print-colophon');
			expect(await colophon.isVisible()).toBe(true);
			expect(await colophon.innerText()).toMatch(
				/^Printed from Meso Atlas, \S*\/guides\/trainers\/techniques\/ \(version \S+.*built \d{4}-\d{2}-\d{2}\)\.$/,
			);

			// The answers follow the questions, one for each, each the fact's own words.
			const questions = await page.locator('h2#self-check ~ ol').first().locator('li').count();
			const answers = page.locator('h3#answers + ol > li');
			expect(await answers.count()).toBe(questions);
			for (const answer of await answers.allInnerTexts()) {
				expect(answer).not.toMatch(/^See /);
				expect(answer.length).toBeGreaterThan(30);
			}
			// Navigation and the citation form stay off the paper.
			expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
			expect(await page.locator('.atlas-cite-this').first().isVisible()).toBe(false);
			await page.context().close();
		},
	);
});
