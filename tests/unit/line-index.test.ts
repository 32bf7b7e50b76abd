import { describe, expect, test } from 'vitest';
import { createLineIndex } from '../../src/lib/text/line-index.ts';

describe('createLineIndex', () => {
	const toPosition = createLineIndex('ab\ncd\n\nef');

	test('returns 1-based lines and columns', () => {
		expect(toPosition(0)).toEqual({ line: 1, column: 1 });
		expect(toPosition(1)).toEqual({ line: 1, column: 2 });
		expect(toPosition(3)).toEqual({ line: 2, column: 1 });
		expect(toPosition(7)).toEqual({ line: 4, column: 1 });
	});

	test('returns the newline itself as the end of its line', () => {
		expect(toPosition(2)).toEqual({ line: 1, column: 3 });
		expect(toPosition(6)).toEqual({ line: 3, column: 1 });
	});

	test('returns positions past the end on the last line', () => {
		expect(toPosition(10)).toEqual({ line: 4, column: 4 });
	});
});
