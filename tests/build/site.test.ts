import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { root } from './helpers.ts';

describe('npm run build on the real content', () => {
	// Built once for the whole run by tests/browser/global-setup.ts.
	const result = inject('siteBuild');
	const { dist } = result;
	let kb: KnowledgeBase;

	beforeAll(() => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	});

	const page = (route: string) => readFile(path.join(dist, route, 'index.html'), 'utf8');

	test('succeeds and publishes the site with its search index', async () => {
		expect(result.stderr).not.toMatch(/error/i);
		expect(result.status).toBe(0);
		await access(path.join(dist, 'index.html'));
		await access(path.join(dist, 'pagefind/pagefind.js'));
	});

	test('renders a page for every jurisdiction, role, risk and source, titled with its name', async () => {
		const expected = [
			...[...kb.jurisdictions.values()].map((e) => [`jurisdictions/${e.id}`, e.data.name] as const),
			...[...kb.roles.values()].map((e) => [`roles/${e.id}`, e.data.name] as const),
			...[...kb.risks.values()].map((e) => [`risks/${e.id}`, e.data.name] as const),
			...[...kb.sources.values()].map((e) => [`sources/${e.id}`, e.data.title] as const),
		];
		expect(expected.length).toBeGreaterThan(10);
		for (const [route, name] of expected) {
			const h1 = /<h1\b[^>]*>(.*?)<\/h1>/s.exec(await page(route))?.[1];
			expect(h1, route).toBe(escapeHtml(name));
		}
	});

	test('gives every claim a permalink anchor on its source page', async () => {
		for (const claim of kb.claims.values()) {
			const html = await page(`sources/${claim.data.source}`);
			expect(html, claim.id).toContain(`id="quote-${claim.id}"`);
		}
	});

	test('shows a source record field the document does not give as not stated', async () => {
		const unstated = [...kb.sources.values()].find((s) => s.data.publisher === null);
		expect(unstated, 'a source without a publisher').toBeDefined();
		const html = await page(`sources/${unstated!.id}`);
		expect(html).toMatch(/<dt>Publisher<\/dt>\s*<dd>Not stated in the document<\/dd>/);
	});

	test('loads no script, style or font from another site', async () => {
		for (const route of ['', 'jurisdictions/us', 'sources/has-2014-aesthetic-mesotherapy-risks']) {
			const html = await page(route);
			const external = [
				...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]+"/g),
			]
				.map((m) => m[0])
				.filter((tag) => !/rel="(?:canonical|alternate)"/.test(tag));
			expect(external, route || 'home').toEqual([]);
		}
	});
});

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
