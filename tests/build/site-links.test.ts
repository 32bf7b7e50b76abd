import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { allPermissions, type KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { answerPages, answerTarget } from '../../src/lib/site/answer-pages.ts';
import {
	findAnswerTarget,
	readAnswerPlace,
	type AnswerPlace,
} from '../../src/lib/site/answer-target.ts';
import { checkPath, checkPlacePath, claimPath } from '../../src/lib/site/routes.ts';
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
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
		pages = await readPages(dist);
	});

	test('has an answer page for each pair with something of its own on file, and no other', () => {
		const built = [...pages.keys()].filter((route) => /^\/check\/[^/]+\/[^/]+\/$/.test(route));
		const expected = answerPages(kb).map(({ place, role }) => checkPath(place, role));
		expect(built.sort()).toEqual(expected.sort());
		for (const permission of allPermissions(kb)) {
			expect(pages.has(checkPath(permission.jurisdiction, permission.data.role))).toBe(true);
		}
		expect(built.length).toBeLessThan(kb.jurisdictions.size * kb.roles.size);
	});

	test('leads every place and title the picker offers to a page that answers it, with and without JavaScript', async () => {
		const picker = await readPicker(path.join(dist, 'index.html'));
		expect([...picker.keys()].sort()).toEqual([...kb.jurisdictions.keys()].sort());
		const unanswered: string[] = [];
		for (const place of kb.jurisdictions.keys()) {
			// Without JavaScript: /check/ → the place's check page → the title's link, or its row.
			const placePage = pages.get(checkPlacePath(place))!;
			if (!pages.get('/check/')!.links.includes(checkPlacePath(place))) {
				unanswered.push(`/check/ has no link to ${checkPlacePath(place)}`);
			}
			for (const role of kb.roles.keys()) {
				const target = answerTarget(kb, place, role);
				// With JavaScript: the picker walks what the home page's options carry.
				const picked = findAnswerTarget((id) => picker.get(id), place, role);
				if (picked !== target) unanswered.push(`${place} ${role}: the picker goes to ${picked}`);
				const url = new URL(target, 'http://site');
				const page = pages.get(url.pathname);
				const answers = url.hash
					? url.pathname === checkPlacePath(place) && page?.ids.has(role)
					: url.pathname.endsWith(`/${role}/`) && page !== undefined;
				if (!answers) unanswered.push(`${place} ${role}: ${target} does not answer it`);
				const linked = url.hash ? placePage.ids.has(role) : placePage.links.includes(target);
				if (!linked) unanswered.push(`${checkPlacePath(place)} does not lead to ${target}`);
			}
		}
		expect(unanswered).toEqual([]);
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

/** The places of the home page's picker, read from their options as its script reads them. */
async function readPicker(file: string): Promise<Map<string, AnswerPlace>> {
	const html = await readFile(file, 'utf8');
	const select = /<select[^>]*name="jurisdiction"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
	const places = new Map<string, AnswerPlace>();
	for (const [, attributes = ''] of select.matchAll(/<option([^>]*)>/g)) {
		const dataset = Object.fromEntries(
			[...attributes.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [
				m[1]!.replace(/^data-/, ''),
				decodeHtml(m[2] ?? ''),
			]),
		);
		if (dataset.value) places.set(dataset.value, readAnswerPlace(dataset));
	}
	return places;
}

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
