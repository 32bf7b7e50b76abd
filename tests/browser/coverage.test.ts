/**
 * Coverage beyond the first two documents, as a reader meets it: places with no rule of their
 * own, secondary sources, reported events, the coverage page, and what
 * applies today shown before history.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { resolvePermission } from '../../src/lib/graph/resolve-permission.ts';
import { answerTarget } from '../../src/lib/site/answer-pages.ts';
import { claimPhase } from '../../src/lib/site/claim-phase.ts';
import { placeName } from '../../src/lib/site/place-name.ts';
import { answerLabels, factsOnlyLabel, shortAnswer } from '../../src/lib/site/answer-label.ts';
import { touchesPair } from '../../src/lib/site/pair-facts.ts';
import { todayIso } from '../../src/lib/text/today.ts';
import { root } from '../build/helpers.ts';
import { builtDist, openSite, type Site } from './helpers.ts';

let site: Site;
let context: BrowserContext;
let page: Page;
let kb: KnowledgeBase;

beforeAll(async () => {
	kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	site = await openSite();
	context = await site.browser.newContext({ javaScriptEnabled: false });
	context.setDefaultTimeout(10_000);
	page = await context.newPage();
});

afterAll(() => site?.close());

const open = (pathname: string) => page.goto(new URL(pathname, site.origin).href);
const mainText = async () => squash(await page.locator('main').innerText());
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a US state with no rule of its own', () => {
	/**
	 * The first state with no permission of its own and no fact naming a title there: what it has
	 * of its own (where to complain, say) concerns every title, and no rule is its own.
	 */
	const ruleLessState = () => {
		const own = new Set(kb.permissions.keys());
		const titled = new Set(
			[...kb.claims.values()]
				.filter((c) => c.data.about.roles.length > 0)
				.flatMap((c) => c.data.about.jurisdictions),
		);
		const state = [...kb.jurisdictions.values()].find(
			(j) => j.data.parent === 'us' && !own.has(j.id) && !titled.has(j.id),
		);
		expect(state, 'a US state with no rule of its own on file').toBeDefined();
		return state!;
	};

	test('shows the US rule, labelled as the general rule, and says where nothing of its own is on file', async () => {
		const state = ruleLessState();
		await open(`/jurisdictions/${state.id}/`);
		expect(await mainText()).toContain(
			`where nothing specific to ${state.data.name} is on file, its general rule is shown and labelled as such.`,
		);
		const us = resolvePermission(kb, 'us', 'registered-nurse');
		expect(us.answer).not.toBe('not-documented');
		const row = page.locator('tr', { has: page.locator('th', { hasText: /^Registered nurse$/ }) });
		const cell = squash(await row.innerText());
		expect(cell).toContain(
			shortAnswer({
				answer: us.answer,
				hedge: us.permission?.data.extent.hedge,
				subjects: us.permission?.data.scope.subjects,
			}).label,
		);
		expect(cell).toContain('(general rule of the United States)');
	});

	test('answers the check question on its own check page, which says whose rule it is and leads to it', async () => {
		const state = ruleLessState();
		expect(answerTarget(kb, state.id, 'registered-nurse')).toBe(
			`/check/${state.id}/#registered-nurse`,
		);
		await open('/check/us/registered-nurse/');
		const usVerdict = squash(await page.locator('.atlas-verdict .atlas-status').innerText());
		await open(`/check/${state.id}/`);
		const row = page.locator('li#registered-nurse');
		expect(squash(await row.locator('.atlas-status').innerText())).toBe(usVerdict);
		expect(squash(await row.innerText())).toContain(
			`Nothing specific to ${placeName(state.data)} is on file for this title; the general rule of the United States applies.`,
		);
		expect(
			await row
				.getByRole('link', { name: /^The answer for the United States/ })
				.getAttribute('href'),
		).toBe('/check/us/registered-nurse/');
	});
});

describe('secondary sources', () => {
	// Reads every built page: more time than one page's on a slow machine.
	test(
		'are labelled on every page that cites them, wherever a citation stands',
		{
			timeout: 120_000,
		},
		async () => {
			const secondary = [...kb.sources.values()]
				.filter((s) => s.data.force === 'secondary')
				.map((s) => s.id);
			expect(secondary.length).toBeGreaterThan(0);
			const files = (await readdir(builtDist(), { recursive: true }))
				.filter((f) => f.endsWith('index.html'))
				.map((f) => path.join(builtDist(), f));
			const citing: { file: string; html: string }[] = [];
			for (const file of files) {
				const html = await readFile(file, 'utf8');
				if (secondary.some((id) => html.includes(`/sources/${id}/`))) citing.push({ file, html });
			}
			expect(citing.length).toBeGreaterThan(secondary.length);
			await open('/');
			// Chromium parses each page; a link to a secondary source must stand in a unit (a fact, a
			// list item, a table cell, a paragraph) that says "secondary".
			const unlabelled: string[] = [];
			for (let i = 0; i < citing.length; i += 40) {
				const batch = citing.slice(i, i + 40);
				const found = await page.evaluate(
					({ pages, ids }) =>
						pages.flatMap(({ file, html }) => {
							const doc = new DOMParser().parseFromString(html, 'text/html');
							const main = doc.querySelector('main');
							if (!main) return [];
							return ids.flatMap((id) =>
								[...main.querySelectorAll<HTMLAnchorElement>(`a[href^="/sources/${id}/"]`)]
									.filter((a) => !a.closest('.atlas-record'))
									.filter((a) => {
										const unit = a.closest('.atlas-claim, li, td, p, dd');
										return !/secondary/i.test(unit?.textContent ?? '');
									})
									.map((a) => `${file}: ${a.textContent ?? ''} (${id})`),
							);
						}),
					{ pages: batch, ids: secondary },
				);
				unlabelled.push(...found);
			}
			expect(unlabelled).toEqual([]);
		},
	);

	// One page per secondary source: a hundred and more of them, so more time than one page's.
	test('say so on their own page', { timeout: 180_000 }, async () => {
		for (const source of [...kb.sources.values()].filter((s) => s.data.force === 'secondary')) {
			await open(`/sources/${source.id}/`);
			expect(await page.locator('.atlas-record').innerText(), source.id).toContain(
				'Secondary source',
			);
		}
	});
});

describe('reported events', () => {
	test('stand on each of their risk pages and on /events/, in the table and on the timeline', async () => {
		const events = [...kb.events.values()];
		expect(events.length).toBeGreaterThan(0);
		const pages = [
			'/events/',
			...new Set(events.flatMap((e) => e.data.risks.map((r) => `/risks/${r}/`))),
		];
		for (const pathname of pages) {
			await open(pathname);
			const here = events.filter(
				(e) => pathname === '/events/' || e.data.risks.some((r) => pathname === `/risks/${r}/`),
			);
			for (const event of here) {
				const row = squash(await page.locator(`#event-${event.id}`).innerText());
				expect(row, `${pathname} ${event.id}`).toContain(event.data.place);
				if (event.data.people !== undefined) expect(row).toContain(String(event.data.people));
				await expect(
					page.locator(`.atlas-timeline a[href="#event-${event.id}"]`).count(),
				).resolves.toBe(1);
			}
		}
	});
});

describe('the coverage page', () => {
	test('has a row for every jurisdiction and lists every known gap', async () => {
		await open('/coverage/');
		const rows = await page.locator('main tbody th[scope=row]').allInnerTexts();
		expect(rows.map(squash).sort()).toEqual(
			[...kb.jurisdictions.values()].map((j) => j.data.name).sort(),
		);
		const text = await mainText();
		for (const j of kb.jurisdictions.values()) {
			for (const gap of j.data.gaps) expect(text, j.id).toContain(squash(gap));
		}
	});

	test('uses the same words for "not documented" as the matrix and the check pages', async () => {
		const words = answerLabels['not-documented'];
		await open('/coverage/');
		expect(await mainText()).toContain(words);
		await open('/matrix/');
		expect(await mainText()).toContain(words);
		// A pair no fact on file touches: the title's row on its place's check page answers.
		const pair = [...kb.jurisdictions.keys()]
			.flatMap((place) => [...kb.roles.keys()].map((role) => ({ place, role })))
			.find(
				({ place, role }) =>
					resolvePermission(kb, place, role).answer === 'not-documented' &&
					!touchesPair(kb, place, role),
			);
		expect(pair, 'a place and title nothing on file touches').toBeDefined();
		const { place, role } = pair!;
		expect(answerTarget(kb, place, role)).toBe(`/check/${place}/#${role}`);
		await open(`/check/${place}/#${role}`);
		expect(await page.locator(`li#${role}`).innerText()).toContain(words);
	});

	test('never says "not documented" for a title that facts on file touch, and says so in words', async () => {
		// A title with no rule in a place, whose row facts on file about the place touch.
		const pair = [...kb.jurisdictions.keys()]
			.flatMap((place) => [...kb.roles.keys()].map((role) => ({ place, role })))
			.find(
				({ place, role }) =>
					resolvePermission(kb, place, role).answer === 'not-documented' &&
					touchesPair(kb, place, role) &&
					answerTarget(kb, place, role) === `/check/${place}/#${role}`,
			);
		expect(pair, 'a title with facts on file but no rule, answered on its row').toBeDefined();
		const { place, role } = pair!;
		await open(`/check/${place}/#${role}`);
		const row = await page.locator(`li#${role}`).innerText();
		expect(row).not.toContain(answerLabels['not-documented']);
		expect(row).toContain(factsOnlyLabel);
	});
});

describe('what applies today', () => {
	test('comes before proposals and history on every jurisdiction page', async () => {
		const today = todayIso();
		const order = { current: 0, proposed: 1, history: 2 } as const;
		let checked = 0;
		for (const j of kb.jurisdictions.values()) {
			const about = [...kb.claims.values()].filter((c) =>
				c.data.about.jurisdictions.includes(j.id),
			);
			if (
				!about.some(
					(c) =>
						claimPhase({ claim: c.data, source: kb.sources.get(c.data.source)?.data }, today) !==
						'current',
				)
			)
				continue;
			await open(`/jurisdictions/${j.id}/`);
			const ids = await page
				.locator('main [id^="claim-"]')
				.evaluateAll((els) => els.map((el) => el.id.slice('claim-'.length)));
			const phases = ids.map((id) => {
				const claim = kb.claims.get(id)!;
				return order[
					claimPhase({ claim: claim.data, source: kb.sources.get(claim.data.source)?.data }, today)
				];
			});
			expect(phases, j.id).toEqual([...phases].sort((a, b) => a - b));
			checked += 1;
		}
		expect(checked).toBeGreaterThan(0);
	});
});
