/**
 * `npm run publish-ids`: adds every claim id not yet in content/published-claims.yaml to it.
 * From then on the id is a permalink: the checker refuses to let it disappear.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKnowledgeBase } from '../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { appendPublishedIds } from '../src/lib/permalinks/publish-ids.ts';

const contentDir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
const registry = path.join(contentDir, 'published-claims.yaml');
const { kb } = loadKnowledgeBase(readContentDir(contentDir));
const before = await readFile(registry, 'utf8').catch(() => '');
const after = appendPublishedIds(before, [...kb.claims.keys()]);
if (after === before) {
	console.log('Every claim id is already in the registry.');
} else {
	await writeFile(registry, after);
	const added = after.slice(before.length).split('\n').filter(Boolean).length;
	console.log(
		`Added ${added} claim id${added === 1 ? '' : 's'} to ${path.relative(process.cwd(), registry)}.`,
	);
}
