import { describe, expect, test } from 'vitest';
import { misspellReferences } from '../../src/lib/bench/misspell-references.ts';

const file = (relPath: string, text: string) => ({ relPath, path: `content/${relPath}`, text });

describe('misspellReferences', () => {
	test('swaps two neighbouring letters in the middle of the first claim references, in path order', () => {
		const files = [
			file('roles/b.mdx', '<Claim id="nurses-may-inject" />\n<Claim id="aa-bb" />\n'),
			file('jurisdictions/a.mdx', '---\nname: A\n---\n\n<Claim id="physicians-perform" />\n'),
			file('claims/c.yaml', '- id: not-a-reference\n'),
		];
		const { files: changed, misspelled } = misspellReferences(files, 2);
		expect(misspelled).toBe(2);
		expect(changed.map((f) => f.text)).toEqual([
			'- id: not-a-reference\n',
			'---\nname: A\n---\n\n<Claim id="physicians-eprform" />\n',
			'<Claim id="nurses-mya-inject" />\n<Claim id="aa-bb" />\n',
		]);
	});

	test('returns how many it misspelled when the files hold fewer references', () => {
		const { misspelled } = misspellReferences([file('roles/b.mdx', '<Claim id="abcd" />')], 5);
		expect(misspelled).toBe(1);
	});
});
