import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { severityOrder } from '../../src/lib/site/risk-groups.ts';
import { root } from '../build/helpers.ts';
import { openSite, type Site } from './helpers.ts';

describe('the list of risks, as a reader scans it', () => {
	let site: Site;
	let context: BrowserContext;
	const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));

	beforeAll(async () => {
		site = await openSite();
		context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		context.setDefaultTimeout(10_000);
	});

	afterAll(() => site?.close());

	test('leads with how often complications happen, then the most severe risks first, the unrated last', async () => {
		const page = await context.newPage();
		await page.goto(`${site.origin}/risks/`);
		const main = page.getByRole('main');
		const frequency = kb.claims.get('has-frequency-not-assessable')!.data.statement;
		const text = (await main.innerText()).replace(/\s+/g, ' ');
		const headings = await main.locator('h2').allInnerTexts();
		expect(text.indexOf(frequency)).toBeGreaterThan(-1);
		expect(text.indexOf(frequency)).toBeLessThan(text.indexOf(headings[0]!));
		// The groups follow the severity scale, and each holds the risks the sources rate so.
		const severities = [...new Set([...kb.risks.values()].map((r) => r.data.severity))];
		const expected = severityOrder.filter((s) => severities.includes(s));
		expect(headings).toHaveLength(expected.length);
		expect(headings.at(-1)).toBe('Not rated by any source on file');
		for (const [i, severity] of expected.entries()) {
			const names = await main
				.locator(`section:has(h2#severity-${severity}) li > a`)
				.allInnerTexts();
			const rated = [...kb.risks.values()].filter((r) => r.data.severity === severity);
			expect(names).toEqual(rated.map((r) => r.data.name).sort((a, b) => a.localeCompare(b)));
			expect(headings[i]).toContain(severity === 'not-rated' ? 'Not rated' : 'Rated');
		}
		// Each risk says what is known of how often it happens.
		const items = await main.locator('section li').allInnerTexts();
		expect(items.every((item) => /how often: /.test(item))).toBe(true);
		await page.close();
	});
});
