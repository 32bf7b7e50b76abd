import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resultsPerPage } from '../../src/lib/site/search-rank.ts';
import { resultSummary } from '../../src/lib/site/search-state.ts';
import { openSite, type Site } from './helpers.ts';

/**
 * Questions the three kinds of reader bring, as they would type them, and the page (or pages)
 * that answer each: one must be among the first three results.
 */
const questions = [
	// Consumers: a title from a salon's price list, a licence, a risk.
	{ who: 'consumer', query: 'beautician', answer: '/roles/aesthetician/' },
	{ who: 'consumer', query: 'esthetician', answer: '/roles/aesthetician/' },
	{ who: 'consumer', query: 'RN', answer: '/roles/registered-nurse/' },
	{ who: 'consumer', query: 'MD', answer: '/roles/physician/' },
	{ who: 'consumer', query: 'cosmetologist', answer: '/roles/cosmetologist/' },
	{ who: 'consumer', query: 'infection', answer: '/risks/local-infection/' },
	// Trainers: technique, depth, asepsis, the French rules on products.
	{
		who: 'trainer',
		query: 'nappage',
		answer: '/claims/us-delivery-methods-nappage-point-by-point/',
	},
	{
		who: 'trainer',
		query: 'injection depth',
		answer: ['/claims/us-injection-depth-1-to-4-mm/', '/guides/trainers/procedure-and-depth/'],
	},
	{
		who: 'trainer',
		query: 'sterile technique',
		answer: '/claims/us-sterile-technique-and-anatomy-required/',
	},
	{ who: 'trainer', query: 'mixing pharmacies', answer: '/claims/has-mixing-only-in-pharmacies/' },
	{
		who: 'trainer',
		query: 'off-label patient informed',
		answer: '/claims/has-patient-informed-of-off-label-use/',
	},
	// Journalists: the fatal case, the legal vacuum, the report's record, the unknowns.
	{ who: 'journalist', query: 'anaphylactic shock', answer: '/risks/fatal-anaphylactic-shock/' },
	{ who: 'journalist', query: 'legal framework', answer: '/claims/has-no-legal-framework/' },
	{ who: 'journalist', query: 'ISBN', answer: '/sources/has-2014-aesthetic-mesotherapy-risks/' },
	{ who: 'journalist', query: 'thyrotoxicosis', answer: '/risks/thyrotoxicosis/' },
	{
		who: 'journalist',
		query: 'frequency complications',
		answer: '/claims/has-frequency-not-assessable/',
	},
	{ who: 'consumer', query: 'Ontario', answer: '/jurisdictions/ca-on/' },
	{ who: 'consumer', query: 'Queensland', answer: '/jurisdictions/au-qld/' },
	{ who: 'journalist', query: '193.17', answer: '/sources/tx-22-tac-193-17/' },
	{
		who: 'journalist',
		query: 'Mycobacterium chelonae Lima',
		answer: [
			'/events/',
			'/risks/mycobacterial-infection/',
			'/claims/outbreak-peru-m-chelonae-procaine-vial/',
		],
	},
];

describe('search', () => {
	let site: Site;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		site = await openSite();
		context = await site.browser.newContext();
		context.setDefaultTimeout(10_000);
		page = await context.newPage();
	});

	afterAll(() => site?.close());

	/** Opens the search page at a query string and waits for the announced result count. */
	async function search(queryString: string): Promise<string[]> {
		await page.goto(`${site.origin}/search/${queryString}`);
		await page
			.locator('[data-search-status]')
			.filter({ hasText: /result/ })
			.waitFor();
		return shownResults();
	}

	/** The paths of the results listed. */
	function shownResults(): Promise<string[]> {
		return page
			.locator('[data-search-results] > li h2 a')
			.evaluateAll((links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
			);
	}

	/** Shows every result of the search on the page, a page of them at a time. */
	async function showAll(): Promise<string[]> {
		const more = page.getByRole('button', { name: 'Show more results' });
		while (await more.isVisible()) {
			const shown = await page.locator('[data-search-results] > li').count();
			await more.click();
			await page.locator('[data-search-results] > li').nth(shown).waitFor();
		}
		return shownResults();
	}

	test.each(questions)('a $who searching “$query” finds $answer in the first three', async (q) => {
		const results = await search(`?q=${encodeURIComponent(q.query)}`);
		const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
		expect(
			results.slice(0, 3).filter((path) => answers.includes(path)),
			`first results: ${results.slice(0, 5).join(', ')}`,
		).not.toEqual([]);
	});

	test('browses by filters alone, combining values within a group with OR', async () => {
		const risks = await search('?type=Risk&risk+category=Infectious+risks');
		expect(risks.length).toBeGreaterThan(1);
		expect(risks.every((path) => path.startsWith('/risks/'))).toBe(true);
		await search('?type=Risk&type=Source');
		const either = await showAll();
		expect(either.some((path) => path.startsWith('/risks/'))).toBe(true);
		expect(either.some((path) => path.startsWith('/sources/'))).toBe(true);
		expect(either.every((path) => /^\/(risks|sources)\//.test(path))).toBe(true);
	});

	test('keeps its state in the address, so a search can be shared', async () => {
		await search('?q=nurse');
		await page.getByText('Filters: type, place, practitioner, risk category').click();
		await page.getByRole('checkbox', { name: 'Answer' }).check();
		await page.waitForURL((url) => url.searchParams.getAll('type').includes('Answer'));
		const shared = new URL(page.url()).search;
		expect(shared).toBe('?q=nurse&type=Answer');
		const results = await search(shared);
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((path) => path.startsWith('/check/'))).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Answer' }).isChecked()).toBe(true);
		expect(await page.getByLabel('Words to find').inputValue()).toBe('nurse');
	});

	test('fetches the data of the results it shows only, and shows more on request', async () => {
		const fragments: string[] = [];
		const onRequest = (request: { url(): string }) => {
			if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
		};
		page.on('request', onRequest);
		try {
			const first = await search('?q=nurse');
			expect(first).toHaveLength(resultsPerPage);
			expect(fragments).toHaveLength(resultsPerPage);
			await page.getByRole('button', { name: 'Show more results' }).click();
			const items = page.locator('[data-search-results] > li');
			await items.nth(2 * resultsPerPage - 1).waitFor();
			expect(fragments).toHaveLength(2 * resultsPerPage);
			expect(await page.getByRole('status').textContent()).toMatch(
				new RegExp(`for “nurse”\\. The first ${2 * resultsPerPage} are shown\\.$`),
			);
			// The reader goes on from the first result added.
			expect(
				await items.nth(resultsPerPage).evaluate((item) => item.contains(document.activeElement)),
			).toBe(true);
		} finally {
			page.off('request', onRequest);
		}
	});

	test('announces the number of results to screen readers, and how many are shown', async () => {
		const first = await search('?q=thyrotoxicosis');
		const status = page.getByRole('status');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		const announced = await status.textContent();
		const all = await showAll();
		expect(announced).toBe(resultSummary(all.length, 'thyrotoxicosis', first.length));
		expect(await status.textContent()).toBe(resultSummary(all.length, 'thyrotoxicosis'));
	});

	test.each([
		[
			'estetician texas',
			'/check/us-tx/aesthetician/',
			'May an aesthetician perform mesotherapy in Texas?',
		],
		[
			'aesthetician texas',
			'/check/us-tx/aesthetician/',
			'May an aesthetician perform mesotherapy in Texas?',
		],
		[
			'my nurse in florida offers mesotherapy',
			'/check/us-fl/registered-nurse/',
			'May a registered nurse perform mesotherapy in Florida?',
		],
		[
			'who can do mesotherapy in england',
			'/check/gb-eng/',
			'Who may perform mesotherapy in England: every title',
		],
		// With every state's boards on file, many facts name a board; a reader asking for the
		// board wants to check a licence, which their place's page says how to do.
		['state licensing board', '/check/', 'How to check a practitioner’s licence: pick your place'],
		[
			'texas licence lookup',
			'/check/us-tx/#verify',
			'How to check a practitioner’s licence in Texas',
		],
		[
			'complaint about an aesthetician in Texas',
			'/check/us-tx/aesthetician/#if-something-goes-wrong',
			'If something goes wrong in Texas: where to complain or report',
		],
	])('leads “%s” with the answer for what it names', async (query, href, text) => {
		await search(`?q=${encodeURIComponent(query)}`);
		const lead = page.locator('[data-search-lead] a');
		expect(await lead.innerText()).toBe(text);
		expect(
			new URL(await lead.evaluate((a) => (a as HTMLAnchorElement).href)).pathname +
				new URL(await lead.evaluate((a) => (a as HTMLAnchorElement).href)).hash,
		).toBe(href);
	});

	test('searches a misspelt word as the word the site knows, and says so', async () => {
		const results = await search('?q=mesotherpy');
		expect(results.length).toBeGreaterThan(0);
		expect(await page.locator('[data-search-status]').innerText()).toMatch(
			/^(Nothing matches|Only \d+ pages? match(es)?) “mesotherpy”\. \d+ results for “mesotherapy”\./,
		);
	});

	test('never ends on an empty page: a search that finds nothing shows a way on', async () => {
		await page.goto(`${site.origin}/search/?q=qwxzvbnm`);
		await page
			.locator('[data-search-status]')
			.filter({ hasText: /result/ })
			.waitFor();
		expect(await shownResults()).toEqual([]);
		const wayOn = page.locator('[data-search-way-on]');
		await expect(wayOn.isVisible()).resolves.toBe(true);
		expect(
			await wayOn.getByRole('link', { name: 'check a practitioner' }).getAttribute('href'),
		).toBe('/check/');
	});

	test('shows the first results right under the box, the filters folded away', async () => {
		await search('?q=nurse');
		const filters = page.locator('[data-search-filters]');
		expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		const box = await page.getByLabel('Words to find').boundingBox();
		const first = await page.locator('[data-search-results] > li').first().boundingBox();
		expect(first!.y).toBeLessThan(page.viewportSize()!.height / 2 + 200);
		// Only the folded filters, the result count and any leading answer stand between them.
		expect(first!.y - (box!.y + box!.height)).toBeLessThan(220);
	});

	test('lists results compactly: titles in small type, matching sections on one line, excerpts from the text', async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await search('?q=mesotherapy');
		const titles = page.locator('[data-search-results] > li h2');
		const size = await titles.first().evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
		expect(size).toBeLessThanOrEqual(20);
		// Three results begin in the first screen or just below it, not two.
		const third = await page.locator('[data-search-results] > li').nth(2).boundingBox();
		expect(third!.y).toBeLessThan(1.25 * 800);
		for (const excerpt of await page.locator('[data-search-results] > li > p').allInnerTexts()) {
			expect(excerpt).not.toMatch(/^Last reviewed/);
		}
	});
});
