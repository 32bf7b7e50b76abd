import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../content/knowledge-base.ts';
import { mapLimit, openFilesLimit } from '../content/map-limit.ts';

/**
 * Writes content files below `contentDir`, each at its `relPath`, creating folders as needed,
 * so `readContentDir(contentDir)` reads the same files back.
 */
export async function writeContentDir(
	files: readonly ContentFile[],
	contentDir: string,
): Promise<void> {
	const folders = new Set(files.map((file) => path.dirname(path.join(contentDir, file.relPath))));
	await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
	await mapLimit(files, openFilesLimit, (file) =>
		writeFile(path.join(contentDir, file.relPath), file.text, 'utf8'),
	);
}
