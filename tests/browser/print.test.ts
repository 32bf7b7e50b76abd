import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { claimIdsInBody } from '../../src/lib/site/claims-in-body.ts';
import { root } from '../build/helpers.ts';
import { openSite, type Site } from './helpers.ts';

const slug = 'guides/trainers/procedure-and-depth';

/** The page's navigation and controls; none of it belongs on paper. */
const navigationParts = [
	'.sl-skip-link',
	'.page > header',
	'nav.sidebar',
	'.right-sidebar-container',
	'.pagination-links',
];

/** What the site's navigation and controls say. */
const navigation = [
	// The header's search link and theme picker.
	'Search',
	'Select theme',
	'Skip to content',
	'Jurisdictions',
	'Practitioners',
	'At a glance',
	'All guides',
	'Before you book',
	'Trainer modules',
	'Check a practitioner',
	'On this page',
	// The pagination: the labels of the modules before and after this one.
	'2. Techniques',
];

interface Fact {
	id: string;
	statement: string;
	/** The citation printed under the fact: its source and the section quoted. */
	citation: string;
	/** The address of the quoted passage, printed with the citation. */
	address: string;
}

describe('a trainer module printed to PDF', () => {
	let site: Site;
	let title: string;
	let facts: Fact[];
	let questions: string[];
	let answers: string[];
	/** The PDF's text, white space collapsed, words split at a line-end hyphen joined again. */
	let text: string;
	/** How each of `navigationParts` is displayed in print. */
	let printedParts: Record<string, string>;

	beforeAll(async () => {
		const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));
		const module = kb.pages.get(slug);
		expect(module, `a page ${slug}`).toBeDefined();
		title = String(module!.data.title);
		facts = claimIdsInBody(module!.body).map((id) => {
			const claim = kb.claims.get(id)!;
			const source = kb.sources.get(claim.data.source)!;
			return {
				id,
				statement: squash(claim.data.statement),
				citation: squash(`Source: ${source.data.title}, section “${claim.data.locator}”.`),
				address: `/sources/${claim.data.source}/#quote-${id}`,
			};
		});
		expect(facts.length, 'facts in the module').toBeGreaterThan(0);

		site = await openSite();
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/${slug}/`, { waitUntil: 'networkidle' });
		// The self-check's questions and its answers, as the page shows them.
		questions = await page.locator('h2#self-check ~ ol').first().locator('li').allInnerTexts();
		answers = await page.locator('.atlas-answer').allInnerTexts();
		await page.emulateMedia({ media: 'print' });
		printedParts = Object.fromEntries(
			await Promise.all(
				navigationParts.map(
					async (selector) =>
						[
							selector,
							await page.locator(selector).evaluate((e) => getComputedStyle(e).display),
						] as const,
				),
			),
		);
		const pdf = await page.pdf({ format: 'A4' });
		await page.close();
		const extracted = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
			mergePages: true,
		});
		text = squash(extracted.text.replace(/-\n/g, '-'));
	});

	afterAll(() => site?.close());

	test('prints the title and every fact of the module', () => {
		expect(text).toContain(title);
		const missing = facts.filter((f) => !text.includes(f.statement)).map((f) => f.id);
		expect(missing, 'facts missing from the PDF').toEqual([]);
	});

	test('prints each fact with its citation, the address of the passage it quotes', () => {
		// An address may be wrapped anywhere at the end of a line: compare without white space.
		const compact = text.replace(/\s/g, '');
		const uncited = facts
			.filter((f) => !text.includes(`${f.statement} ${f.citation}`))
			.map((f) => f.id);
		expect(uncited, 'facts printed without their citation right after them').toEqual([]);
		const unaddressed = facts.filter((f) => !compact.includes(f.address)).map((f) => f.id);
		expect(unaddressed, 'citations printed without their address').toEqual([]);
		// The on-screen glyphs "[source]" and "#" give way to the citation.
		expect(text).not.toContain('[source]');
	});

	test('prints the self-check answers themselves, after all the questions', () => {
		expect(questions.length, 'self-check questions on the page').toBeGreaterThanOrEqual(3);
		expect(answers.length, 'an answer to each question').toBe(questions.length);
		const lastQuestion = text.lastIndexOf(squash(questions.at(-1)!));
		expect(lastQuestion, 'the last question in the PDF').toBeGreaterThan(-1);
		for (const answer of answers) {
			expect(answer).not.toMatch(/^See /);
			expect(text.indexOf(squash(answer), lastQuestion)).toBeGreaterThan(lastQuestion);
		}
	});

	test('names the site, the page, the version and the build date on paper', () => {
		expect(text).toMatch(
			new RegExp(
				`Printed from Meso Atlas, \\S*/${slug}/ \\((version [0-9a-f]{12}( with local changes)?, )?built \\d{4}-\\d{2}-\\d{2}\\)\\.`,
			),
		);
	});

	test('prints none of the navigation', () => {
		expect(printedParts).toEqual(
			Object.fromEntries(navigationParts.map((selector) => [selector, 'none'])),
		);
		const printed = navigation.filter((label) =>
			new RegExp(`\\b${label.replace(/[.?]/g, '\\$&')}\\b`).test(text),
		);
		expect(printed, 'navigation text in the PDF').toEqual([]);
	});
});

/** Collapses runs of white space, as text extracted from a PDF breaks lines anywhere. */
function squash(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}
