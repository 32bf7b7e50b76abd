import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { citationTitle, type CslItem } from '../../src/lib/cite/csl-item.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { citationJs } from '../unit/cite-fixtures.ts';
import { root } from './helpers.ts';

/** One page of every type the site has, besides the fact and source pages tested apart. */
const sitePages = [
	'/',
	'/check/',
	'/check/us/',
	'/check/us/registered-nurse/',
	'/jurisdictions/',
	'/jurisdictions/fr/',
	'/roles/aesthetician/',
	'/risks/fatal-anaphylactic-shock/',
	'/sources/',
	'/matrix/',
	'/data/',
	'/data/codebook/',
	'/search/',
	'/guides/trainers/procedure-and-depth/',
];
const formats = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'];
const labels = [
	'APA (7th edition)',
	'MLA (9th edition)',
	'Chicago (17th edition, author-date)',
	'BibTeX',
	'RIS',
	'CSL-JSON',
];

describe('citations in the built site', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;

	beforeAll(() => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	});

	const page = (route: string) => readFile(path.join(dist, route, 'index.html'), 'utf8');

	test.each(sitePages)(
		'%s describes itself as a page of Meso Atlas in its meta tags',
		async (route) => {
			const html = await page(route);
			const title = meta(html, 'og:title', 'property')[0];
			const built = meta(html, 'DC.date')[0];
			expect(built, 'DC.date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(tags(html)).toEqual({
				citation_title: [citationTitle(title!)],
				citation_publication_date: [built!.replace(/-/g, '/')],
				citation_date: [built!.replace(/-/g, '/')],
				citation_publisher: ['Meso Atlas'],
				citation_language: ['en'],
				'DC.title': [citationTitle(title!)],
				'DC.publisher': ['Meso Atlas'],
				'DC.date': [built],
				'DC.type': ['webpage'],
				'DC.language': ['en'],
				'DC.rights': [expect.stringContaining('CC BY 4.0')],
			});
		},
	);

	test('a fact’s page describes the fact, titled with its statement', async () => {
		for (const claim of kb.claims.values()) {
			const html = await page(`claims/${claim.id}`);
			expect(meta(html, 'citation_title'), claim.id).toEqual([citationTitle(claim.data.statement)]);
			expect(meta(html, 'citation_publisher'), claim.id).toEqual(['Meso Atlas']);
			expect(meta(html, 'DC.type'), claim.id).toEqual(['webpage']);
		}
	});

	test('a source’s page describes the source document: its title, publisher, date and ISBN', async () => {
		const html = await page('sources/has-2014-aesthetic-mesotherapy-risks');
		const has = kb.sources.get('has-2014-aesthetic-mesotherapy-risks')!.data;
		expect(has.isbn).toBeDefined();
		expect(tags(html)).toMatchObject({
			citation_title: [has.title],
			citation_author: ['Lhuillier-Nkandjeu, Huguette'],
			citation_publisher: [has.publisher],
			citation_technical_report_institution: [has.publisher],
			citation_date: [has.date],
			citation_isbn: [has.isbn],
			citation_public_url: [has.url],
			'DC.identifier': [has.url, `ISBN ${has.isbn}`],
			'DC.type': ['report'],
		});
		expect(tags(html)).not.toHaveProperty('DC.rights');
	});

	test('a source’s page leaves out what its record does not give', async () => {
		for (const source of kb.sources.values()) {
			const found = tags(await page(`sources/${source.id}`));
			expect(found.citation_title, source.id).toEqual([source.data.title]);
			expect('citation_publisher' in found, source.id).toBe(source.data.publisher !== null);
			expect('citation_date' in found, source.id).toBe(source.data.date !== null);
			expect('citation_public_url' in found, source.id).toBe(source.data.url !== null);
			expect('citation_author' in found, source.id).toBe(source.data.authors.length > 0);
		}
	});

	test('every page but the 404 page has a cite control with all six formats', async () => {
		const pages = await starlightPages(dist);
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages) {
			const html = await readFile(file, 'utf8');
			const route = `/${path.relative(dist, path.dirname(file))}/`.replace(/^\/\.?\/$/, '/');
			const controls = citeControls(html);
			if (route === '/404/' || file.endsWith('404.html')) {
				expect(controls, route).toEqual([]);
				expect(meta(html, 'citation_title'), route).toEqual([]);
				continue;
			}
			const expected =
				route.startsWith('/sources/') && route !== '/sources/'
					? ['Cite this source', 'Cite this page']
					: route.startsWith('/claims/')
						? ['Cite this fact', 'Cite the original document']
						: ['Cite this page'];
			expect(
				controls.map((c) => c.summary),
				route,
			).toEqual(expected);
			for (const control of controls) {
				expect(control.formats, route).toEqual(formats);
				expect(control.labels, route).toEqual(labels);
			}
		}
	});

	test('pages of every kind cite as citation-js does, string for string', async () => {
		// The first four pages of each section (claims, sources, check, guides…), and one in ten.
		const seen = new Map<string, number>();
		const sample = (await starlightPages(dist)).filter((file, i) => {
			const section = path.relative(dist, file).split(path.sep)[0]!;
			seen.set(section, (seen.get(section) ?? 0) + 1);
			return seen.get(section)! <= 4 || i % 10 === 0;
		});
		let compared = 0;
		for (const file of sample) {
			for (const control of citeControls(await readFile(file, 'utf8'))) {
				// The page's CSL-JSON is the item its citations were made from.
				const item = (JSON.parse(control.texts['csl-json']!) as CslItem[])[0]!;
				const expected = citationJs(item);
				expect(control.entries, file).toEqual({
					apa: expected.apa,
					mla: expected.mla,
					chicago: expected.chicago,
				});
				expect(control.texts.bibtex, file).toBe(expected.bibtex);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(50);
	});

	test('a fact’s citations give its permalink and the site’s version, and parse back', async () => {
		const claim = kb.claims.get('has-fatal-anaphylactic-shock')!;
		const html = await page(`claims/${claim.id}`);
		const [control] = citeControls(html);
		expect(control?.hint).toMatch(
			/version of the site \((?:version [0-9a-f]{12}(?: with local changes)?, )?built \d{4}-\d{2}-\d{2}\)/,
		);
		const text = control!.texts;
		for (const format of ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json']) {
			expect(text[format], format).toContain(`/claims/${claim.id}/`);
		}
		const expected = {
			title: citationTitle(claim.data.statement),
			publisher: 'Meso Atlas',
		};
		for (const format of ['bibtex', 'ris']) {
			expect(new Cite(text[format]).data[0], format).toMatchObject(expected);
		}
		expect(new Cite(JSON.parse(text['csl-json']!)).data[0]).toMatchObject(expected);
		// Each download holds the text shown.
		for (const [format, href] of Object.entries(control!.downloads)) {
			expect(decodeURIComponent(href.replace(/^data:[^,]*,/, '')).trim(), format).toBe(
				text[format],
			);
		}
	});
});

/** The contents of the meta tags named `name` (or with `property` `name`), in order. */
function meta(html: string, name: string, attribute = 'name'): string[] {
	return [...html.matchAll(/<meta\b[^>]*>/g)].flatMap(([tag]) => {
		const found = new RegExp(`\\b${attribute}="([^"]*)"`).exec(tag)?.[1];
		const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
		return found === name && content !== undefined ? [unescapeHtml(content)] : [];
	});
}

/** Every `citation_*` and `DC.*` tag, by name. */
function tags(html: string): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
		const name = /\bname="((?:citation_|DC\.)[^"]*)"/.exec(tag)?.[1];
		const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
		if (name && content !== undefined) (found[name] ??= []).push(unescapeHtml(content));
	}
	return found;
}

interface CiteControl {
	summary: string;
	hint: string;
	formats: string[];
	labels: string[];
	/** Each format's text, tags stripped. */
	texts: Record<string, string>;
	/** Each reference style's entry, as HTML. */
	entries: Record<string, string>;
	/** Each download link's address, by format. */
	downloads: Record<string, string>;
}

/** The cite controls of a page. */
function citeControls(html: string): CiteControl[] {
	return [...html.matchAll(/<details class="atlas-cite-this[^"]*">([\s\S]*?)<\/details>/g)].map(
		([, body = '']) => {
			const figures = [
				...body.matchAll(/<figure [^>]*data-format="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g),
			];
			const text = (fragment: string) => unescapeHtml(fragment.replace(/<[^>]+>/g, '')).trim();
			return {
				summary: text(/<summary[^>]*>([\s\S]*?)<\/summary>/.exec(body)?.[1] ?? ''),
				hint: text(/<p class="atlas-cite-this__hint[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? ''),
				formats: figures.map(([, format]) => format!),
				labels: figures.map(([, , inner]) =>
					text(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner!)?.[1] ?? ''),
				),
				texts: Object.fromEntries(
					figures.map(([, format, inner]) => [
						format!,
						text(/<(?:pre|p)\b[^>]*>([\s\S]*?)<\/(?:pre|p)>/.exec(inner!)?.[1] ?? ''),
					]),
				),
				entries: Object.fromEntries(
					figures.flatMap(([, format, inner]) => {
						const entry = /<p class="atlas-cite-this__entry\b[^>]*>([\s\S]*?)<\/p>/.exec(inner!);
						return entry ? [[format!, entry[1]!]] : [];
					}),
				),
				downloads: Object.fromEntries(
					figures.flatMap(([, format, inner]) => {
						const href = /<a href="(data:[^"]*)"/.exec(inner!)?.[1];
						return href ? [[format!, unescapeHtml(href)]] : [];
					}),
				),
			};
		},
	);
}

/** Every page Starlight built, as a file path. */
async function starlightPages(dir: string): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = path.join(entry.parentPath, entry.name);
		if ((await readFile(file, 'utf8')).includes('content="Starlight v')) files.push(file);
	}
	return files;
}

function unescapeHtml(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
