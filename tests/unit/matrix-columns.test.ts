import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../build/helpers.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';

describe("the matrix's stylesheet", () => {
	test('has a rule to hide the column of every title on file', () => {
		const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));
		const page = readFileSync(path.join(root, 'src/pages/matrix.astro'), 'utf8');
		const columns = [...page.matchAll(/input\[data-col='(\d+)'\]:not\(:checked\)/g)].map((m) =>
			Number(m[1]),
		);
		for (let i = 1; i <= kb.roles.size; i++) expect(columns).toContain(i);
	});
});
