import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';

describe('readContentDir', () => {
	const root = mkdtempSync(path.join(os.tmpdir(), 'read-content-dir-'));
	const content = path.join(root, 'content');
	const write = (relPath: string, text: string) => {
		mkdirSync(path.dirname(path.join(root, relPath)), { recursive: true });
		writeFileSync(path.join(root, relPath), text);
	};
	write('content/events.yaml', '- id: a\n');
	write('content/sources/a.md', '\uFEFF---\n');
	write('content/.hidden.yaml', 'x\n');
	write('content/.drafts/b.md', 'x\n');
	write('elsewhere/c.md', 'outside\n');
	symlinkSync('../elsewhere', path.join(content, 'linked-folder'));
	symlinkSync('a.md', path.join(content, 'sources', 'linked.md'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('returns every file with its paths and text, and skips dot-files and dot-folders', () => {
		const files = readContentDir(content, root).filter((file) => !file.symlink);
		expect(files.sort((a, b) => a.relPath.localeCompare(b.relPath))).toEqual([
			{ relPath: 'events.yaml', path: 'content/events.yaml', text: '- id: a\n' },
			{ relPath: 'sources/a.md', path: 'content/sources/a.md', text: '\uFEFF---\n' },
		]);
	});

	test('returns symbolic links as entries of their own, without following them', () => {
		const links = readContentDir(content, root).filter((file) => file.symlink);
		expect(links.sort((a, b) => a.relPath.localeCompare(b.relPath))).toEqual([
			{ relPath: 'linked-folder', path: 'content/linked-folder', text: '', symlink: true },
			{ relPath: 'sources/linked.md', path: 'content/sources/linked.md', text: '', symlink: true },
		]);
	});
});
