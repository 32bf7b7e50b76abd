import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from '../content/knowledge-base.ts';

/**
 * Writes content files below `contentDir`, each at its `relPath`, creating folders as needed,
 * so `readContentDir(contentDir)` reads the same files back. Synchronous, one file at a time,
 * like the reader: faster for many small files than a pool of promises.
 */
export function writeContentDir(files: readonly ContentFile[], contentDir: string): void {
	const folders = new Set(files.map((file) => path.dirname(path.join(contentDir, file.relPath))));
	for (const folder of folders) mkdirSync(folder, { recursive: true });
	for (const file of files) writeFileSync(path.join(contentDir, file.relPath), file.text, 'utf8');
}
