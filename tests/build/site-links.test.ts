import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { checkPath, claimPath } from '../../src/lib/site/routes.ts';
import { root } from './helpers.ts';

/** A built page: its path on the site, the ids it defines and the internal links it makes. */
interface BuiltPage {
	route: string;
	ids: Set<string>;
	links: string[];
}

describe('links and anchors in the built site', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;
	let pages: Map<string, BuiltPage>;

	beforeAll(async () => {
		kb = loadKnowledgeBase(await readContentDir(path.join(root, 'content'), root)).kb;
		pages = await readPages(dist);
	});

	test('has an answer page for every place and title, including every documented pair', () => {
		for (const permission of kb.permissions) {
			expect(pages.has(checkPath(permission.jurisdiction, permission.data.role))).toBe(true);
		}
		const missing = [...kb.jurisdictions.keys()].flatMap((j) =>
			[...kb.roles.keys()].map((r) => checkPath(j, r)).filter((route) => !pages.has(route)),
		);
		expect(missing).toEqual([]);
	});

	test('has a permalink page for every claim, and the claim anchored wherever a page shows it', () => {
		for (const id of kb.claims.keys()) expect(pages.has(claimPath(id)), id).toBe(true);
		const unanchored: string[] = [];
		for (const page of pages.values()) {
			for (const link of page.links) {
				const claim = /^#claim-(.+)$/.exec(link)?.[1];
				if (claim && !page.ids.has(`claim-${claim}`)) unanchored.push(`${page.route} ${link}`);
			}
		}
		expect(unanchored).toEqual([]);
	});

	test('resolves every internal link, fragment included', () => {
		const broken: string[] = [];
		for (const page of pages.values()) {
			for (const link of page.links) {
				const url = new URL(link, `http://site${page.route}`);
				const target = pages.get(url.pathname);
				if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/_astro/')) continue;
				if (/\.\w+$/.test(url.pathname)) continue; // files such as /favicon.svg
				if (!target) broken.push(`${page.route} → ${link} (no page)`);
				else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) {
					broken.push(`${page.route} → ${link} (no such anchor)`);
				}
			}
		}
		expect(pages.size).toBeGreaterThan(100);
		expect(broken).toEqual([]);
	});
});

async function readPages(dist: string): Promise<Map<string, BuiltPage>> {
	const pages = new Map<string, BuiltPage>();
	const files = await readdir(dist, { recursive: true });
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const html = await readFile(path.join(dist, file), 'utf8');
		const route = `/${file.split(path.sep).join('/')}`
			.replace(/index\.html$/, '')
			.replace(/\.html$/, '/');
		pages.set(route, {
			route,
			ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHtml(m[1]!))),
			links: [...html.matchAll(/\shref="([^"]*)"/g)]
				.map((m) => decodeHtml(m[1]!))
				.filter((href) => href.startsWith('/') || href.startsWith('#')),
		});
	}
	return pages;
}

function decodeHtml(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}
