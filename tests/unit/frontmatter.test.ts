import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

describe('splitFrontmatter', () => {
	test('returns the frontmatter and the body with their offsets in the file', () => {
		const text = '---\ntitle: A\n---\n# Body\n';
		const split = splitFrontmatter(text);
		expect(split).toEqual({
			frontmatter: 'title: A\n',
			frontmatterOffset: 4,
			body: '# Body\n',
			bodyOffset: 17,
			closed: true,
		});
		expect(text.slice(split.bodyOffset)).toBe(split.body);
	});

	test('returns the whole file as the body when there is no frontmatter', () => {
		expect(splitFrontmatter('# Only a body\n')).toMatchObject({
			frontmatter: '',
			body: '# Only a body\n',
			bodyOffset: 0,
			closed: true,
		});
	});

	test('accepts Windows line endings and a fence at the very end', () => {
		expect(splitFrontmatter('---\r\na: 1\r\n---')).toMatchObject({
			frontmatter: 'a: 1\r\n',
			body: '',
			closed: true,
		});
	});

	test('reports a frontmatter that is never closed', () => {
		expect(splitFrontmatter('---\ntitle: A\n# Body\n')).toMatchObject({
			frontmatter: 'title: A\n# Body\n',
			body: '',
			closed: false,
		});
	});

	test('does not take a horizontal rule later in the body for frontmatter', () => {
		expect(splitFrontmatter('Text\n---\nmore\n').body).toBe('Text\n---\nmore\n');
	});

	test('finds the frontmatter after a byte-order mark, keeping offsets in the whole file', () => {
		const text = '\uFEFF---\ntitle: A\n---\nBody\n';
		const split = splitFrontmatter(text);
		expect(split).toMatchObject({
			frontmatter: 'title: A\n',
			frontmatterOffset: 5,
			body: 'Body\n',
		});
		expect(text.slice(split.bodyOffset)).toBe(split.body);
		expect(splitFrontmatter('\uFEFFBody only\n')).toMatchObject({
			body: 'Body only\n',
			bodyOffset: 1,
		});
	});
});
