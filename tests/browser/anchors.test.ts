import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { root } from '../build/helpers.ts';
import { openSite, type Site } from './helpers.ts';

const claimId = 'has-fatal-anaphylactic-shock';
const sourcePath = '/sources/has-2014-aesthetic-mesotherapy-risks/';

describe('quoted passages', () => {
	let site: Site;
	let context: BrowserContext;
	let quote: string;

	beforeAll(async () => {
		const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));
		const claim = kb.claims.get(claimId);
		expect(claim, `claim ${claimId}`).toBeDefined();
		quote = squash(claim!.data.quote);
		site = await openSite();
		context = await site.browser.newContext();
		context.setDefaultTimeout(10_000);
	});

	afterAll(() => site?.close());

	/**
	 * What a visitor who followed a link to `#quote-<claim>` sees: the anchor is the page's only
	 * element with that id, and the highlighted passage right after it is on screen, uncovered.
	 */
	async function expectPassageInView(page: Page): Promise<void> {
		const id = `quote-${claimId}`;
		expect(new URL(page.url()).hash).toBe(`#${id}`);
		expect(
			await page.locator(`[id="${id}"]`).count(),
			`elements with id="${id}": the link can lead to only one`,
		).toBe(1);
		const passage = page.locator(`:target + mark`);
		expect(await passage.count(), 'a <mark> right after the anchor').toBe(1);
		expect(quote).toContain(squash(await passage.innerText()));
		const seen = await passage.evaluate((mark) => {
			const box = mark.getClientRects()[0];
			if (!box) return 'not rendered';
			const [x, y] = [box.left + Math.min(box.width / 2, 20), box.top + box.height / 2];
			if (y < 0 || y > window.innerHeight) return `out of view at y=${Math.round(y)}`;
			const top = document.elementFromPoint(x, y);
			return top && mark.contains(top) ? 'visible' : `covered by ${top?.outerHTML.slice(0, 80)}`;
		});
		expect(seen).toBe('visible');
	}

	test('a link to a quote scrolls its highlighted passage into view', async () => {
		const page = await context.newPage();
		await page.goto(`${site.origin}${sourcePath}#quote-${claimId}`);
		await expectPassageInView(page);
		await page.close();
	});

	test("a fact's [source] citation leads to its passage in the source", async () => {
		const page = await context.newPage();
		await page.goto(`${site.origin}/jurisdictions/fr/`);
		const fact = page.locator(`#claim-${claimId}`);
		await fact.getByRole('link', { name: /^Source:/ }).click();
		await page.waitForURL(`${site.origin}${sourcePath}#quote-${claimId}`);
		await expectPassageInView(page);
		await page.close();
	});
});

/** Collapses runs of white space, as the page's text does. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
