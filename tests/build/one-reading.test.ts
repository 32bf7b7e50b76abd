import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { root } from './helpers.ts';

/** The ids a built folder holds a page for: `dist/<folder>/<id>/index.html`. */
async function builtIds(dist: string, folder: string): Promise<string[]> {
	const entries = await readdir(path.join(dist, folder), { withFileTypes: true });
	const ids: string[] = [];
	for (const entry of entries) {
		if (!entry.isDirectory()) continue;
		const inner = await readdir(path.join(dist, folder, entry.name));
		if (inner.includes('index.html')) ids.push(entry.name);
	}
	return ids.sort();
}

/** Every `index.html` below `dist`, as a slug (`guides/trainers`), skipping the given folders. */
async function builtSlugs(dist: string, skip: ReadonlySet<string>): Promise<string[]> {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => path.relative(dist, entry.parentPath).split(path.sep).join('/'))
		.filter((slug) => !skip.has(slug.split('/')[0]!))
		.sort();
}

describe('what the checker loads is what the site renders', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;

	beforeAll(() => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	});

	const sorted = (ids: Iterable<string>) => [...ids].sort();

	test('the same jurisdictions, roles, risks and sources, each with its own page', async () => {
		expect(await builtIds(dist, 'jurisdictions')).toEqual(sorted(kb.jurisdictions.keys()));
		expect(await builtIds(dist, 'roles')).toEqual(sorted(kb.roles.keys()));
		expect(await builtIds(dist, 'risks')).toEqual(sorted(kb.risks.keys()));
		expect(await builtIds(dist, 'sources')).toEqual(sorted(kb.sources.keys()));
	});

	test('the same claims: a permalink page for each, and a redirect for each replaced one', async () => {
		const retired = [...(kb.published?.values() ?? [])]
			.filter((entry) => entry.data.replacedBy !== undefined && !kb.claims.has(entry.id))
			.map((entry) => entry.id);
		expect(await builtIds(dist, 'claims')).toEqual(sorted([...kb.claims.keys(), ...retired]));
	});

	test('the same guide pages, at the slugs the checker resolves links against', async () => {
		// Every other top-level folder of the site is a route of src/pages, not a guide.
		const routes = new Set(['check', 'claims', 'data', 'events', 'jurisdictions', 'matrix']);
		for (const folder of ['risks', 'roles', 'search', 'sources', 'coverage']) routes.add(folder);
		const slugs = (await builtSlugs(dist, routes)).filter((slug) => slug !== '');
		const pages = sorted([...kb.pages.keys()].filter((slug) => slug !== '' && slug !== '404'));
		expect(slugs).toEqual(pages);
	});
});
