import { describe, expect, test } from 'vitest';
import { plainWords } from '../../src/lib/site/plain-words.ts';

describe('plainWords', () => {
	test('explains the terms an answer uses, and only those', () => {
		const terms = plainWords(
			'In Florida, a registered nurse may inject Botox only when a physician delegates it, under the on-site supervision of a physician. This comes from a ruling on one petitioner’s case. This answer rests only on secondary sources.',
		).map((w) => w.term);
		expect(terms).toEqual(['Secondary source', 'Delegates', 'Supervision', 'Ruling on one case']);
		expect(plainWords('Generally allowed.')).toEqual([]);
	});

	test('says what "on file" and "general rule" mean on this site', () => {
		const [onFile, general] = plainWords('No rule on file: the general rule of the United States.');
		expect(onFile?.meaning).toMatch(/documents Meso Atlas holds/);
		expect(general?.meaning).toMatch(/nothing specific to the smaller place/);
	});
});
