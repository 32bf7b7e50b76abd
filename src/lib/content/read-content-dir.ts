import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './knowledge-base.ts';

/**
 * Reads every file below `contentDir`, naming each by its path relative to the folder and, for
 * messages, relative to `projectRoot`. Skips dot-files and everything in dot-folders. Returns a
 * symbolic link (to a file or a folder) as an entry of its own, marked `symlink` and with empty
 * text, without following it: the knowledge base refuses links, which Astro would build.
 * @example readContentDir('content').find((f) => f.relPath === 'events.yaml')?.path // 'content/events.yaml'
 */
export function readContentDir(contentDir: string, projectRoot = process.cwd()): ContentFile[] {
	const files: ContentFile[] = [];
	const shownDir = toPosix(path.relative(projectRoot, contentDir));
	const shownPrefix = shownDir === '' ? '' : `${shownDir}/`;
	// One synchronous walk: for some 25,000 small files it is ten times faster than a pool of
	// promises. It goes folder by folder because a recursive readdir follows linked folders.
	const folders: [absolute: string, relative: string][] = [[contentDir, '']];
	for (let next = folders.pop(); next !== undefined; next = folders.pop()) {
		const [folder, relFolder] = next;
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const absolute = path.join(folder, entry.name);
			const relPath = `${relFolder}${entry.name}`;
			if (entry.isDirectory()) {
				folders.push([absolute, `${relPath}/`]);
			} else if (entry.isSymbolicLink()) {
				files.push({ relPath, path: shownPrefix + relPath, text: '', symlink: true });
			} else if (entry.isFile()) {
				files.push({ relPath, path: shownPrefix + relPath, text: readFileSync(absolute, 'utf8') });
			}
		}
	}
	return files;
}

function toPosix(p: string): string {
	return p.split(path.sep).join('/');
}
