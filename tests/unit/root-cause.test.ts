import { describe, expect, test } from 'vitest';
import { findRootCauses } from '../../src/lib/content/root-cause.ts';

describe('findRootCauses', () => {
	test('reports a byte-order mark at the start of a file', () => {
		const file = { relPath: 'sources/a.md', path: 'content/sources/a.md', text: '\uFEFF---\n' };
		expect(findRootCauses(file)).toEqual([
			{
				file: 'content/sources/a.md',
				line: 1,
				column: 1,
				severity: 'error',
				rule: 'content/bom',
				message: expect.stringContaining('byte-order mark (U+FEFF)') as string,
				hint: 'Save the file as UTF-8 without BOM (most editors offer it where they show the encoding).',
			},
		]);
	});

	test('reports nothing for a file without one', () => {
		expect(
			findRootCauses({ relPath: 'a.yaml', path: 'content/a.yaml', text: 'a: \uFEFF\n' }),
		).toEqual([]);
	});
});
