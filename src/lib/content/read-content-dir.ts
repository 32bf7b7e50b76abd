import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from './knowledge-base.ts';
import { mapLimit, openFilesLimit } from './map-limit.ts';

/**
 * Reads every file below `contentDir` (skipping dot-files), naming each by its path relative
 * to the folder and, for messages, relative to `projectRoot`.
 */
export async function readContentDir(contentDir: string, projectRoot = process.cwd()): Promise<ContentFile[]> {
	const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
	return mapLimit(files, openFilesLimit, async (entry) => {
		const absolute = path.join(entry.parentPath, entry.name);
		return {
			relPath: toPosix(path.relative(contentDir, absolute)),
			path: toPosix(path.relative(projectRoot, absolute)),
			text: await readFile(absolute, 'utf8'),
		};
	});
}

function toPosix(p: string): string {
	return p.split(path.sep).join('/');
}
