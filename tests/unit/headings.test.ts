import { describe, expect, test } from 'vitest';
import { listHeadings } from '../../src/lib/text/headings.ts';

describe('listHeadings', () => {
	test('returns ATX headings with their depth, text and line', () => {
		const headings = listHeadings('# Title\n\ntext\n\n## Aim ##\n   ### Indented\n');
		expect(headings.map(({ depth, text, line }) => ({ depth, text, line }))).toEqual([
			{ depth: 1, text: 'Title', line: 1 },
			{ depth: 2, text: 'Aim', line: 5 },
			{ depth: 3, text: 'Indented', line: 6 },
		]);
	});

	test('returns each section as the text from after its heading to the next heading', () => {
		const body = '# A\nfirst\n## B\nsecond\n';
		const [a, b] = listHeadings(body);
		expect(body.slice(a!.sectionStart, a!.sectionEnd)).toBe('first\n');
		expect(body.slice(b!.sectionStart, b!.sectionEnd)).toBe('second\n');
	});

	test('ignores lines in fenced code and text that is not a heading', () => {
		const body = '```\n# not a heading\n```\n#hashtag\n~~~md\n## nor this\n~~~\n# Real\n';
		expect(listHeadings(body).map((h) => h.text)).toEqual(['Real']);
	});

	test('returns nothing for a body without headings', () => {
		expect(listHeadings('just text\n')).toEqual([]);
	});
});
