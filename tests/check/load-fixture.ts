import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../../src/lib/content/knowledge-base.ts';

/** The folder holding `base/` and `broken/<case>/`. */
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The file in a broken fixture that lists base files to leave out, one relative path a line. */
const deleteList = '_delete.txt';

/**
 * The file in a broken fixture that lists base files to read as symbolic links, one relative
 * path a line (a fixture cannot hold a real link portably).
 */
const symlinkList = '_symlinks.txt';

/** Lists the broken fixtures, by folder name (`claim-unknown-source`, `url-scheme--mdx-link`). */
export function listBrokenFixtures(): string[] {
	return readdirSync(path.join(fixturesDir, 'broken'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/**
 * Reads the base knowledge base in memory, overlaid with a broken fixture's files (same paths
 * replace, new paths add, `_delete.txt` removes, `_symlinks.txt` turns into links). Paths read as `content/<relPath>`, as they do
 * when the checker runs on the real content folder.
 */
export function loadFixture(broken?: string): ContentFile[] {
	const files = new Map<string, string>(readTree(path.join(fixturesDir, 'base')));
	const symlinks = new Set<string>();
	const lines = (text: string) => text.split('\n').flatMap((line) => line.trim() || []);
	if (broken !== undefined) {
		for (const [relPath, text] of readTree(path.join(fixturesDir, 'broken', broken))) {
			if (relPath === deleteList) for (const line of lines(text)) files.delete(line);
			else if (relPath === symlinkList) for (const line of lines(text)) symlinks.add(line);
			else files.set(relPath, text);
		}
	}
	return [...files].map(([relPath, text]) =>
		symlinks.has(relPath)
			? { relPath, path: `content/${relPath}`, text: '', symlink: true }
			: { relPath, path: `content/${relPath}`, text },
	);
}

function readTree(root: string): [string, string][] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const absolute = path.join(entry.parentPath, entry.name);
			const relPath = path.relative(root, absolute).split(path.sep).join('/');
			return [relPath, readFileSync(absolute, 'utf8')];
		});
}

/** The rule id a broken fixture's folder is named for: `claim-unknown-source` → `claim/unknown-source`. */
export function ruleOfFixture(folder: string, ruleIds: Iterable<string>): string | undefined {
	const name = folder.split('--')[0]!;
	for (const id of ruleIds) if (id.replace('/', '-') === name) return id;
	return undefined;
}
