import { describe, expect, test } from 'vitest';
import { claimRedirects, resolveReplacement } from '../../src/lib/permalinks/replacements.ts';
import { appendPublishedIds } from '../../src/lib/permalinks/publish-ids.ts';

const current = new Set(['c', 'd']);
const registry = [
	{ id: 'a', replacedBy: 'b' },
	{ id: 'b', replacedBy: 'c' },
	{ id: 'c' },
	{ id: 'x', replacedBy: 'y' },
	{ id: 'p', replacedBy: 'q' },
	{ id: 'q', replacedBy: 'p' },
];
const byId = new Map(registry.map((e) => [e.id, e]));

describe('resolveReplacement', () => {
	test('returns the claim on file a chain of replacements reaches', () => {
		expect(resolveReplacement('a', byId, current)).toEqual({ kind: 'current', id: 'c' });
	});

	test('returns where a chain stops short of a claim on file', () => {
		expect(resolveReplacement('x', byId, current)).toEqual({ kind: 'missing', id: 'y' });
	});

	test('returns a cycle instead of looping', () => {
		expect(resolveReplacement('p', byId, current)).toEqual({
			kind: 'cycle',
			chain: ['p', 'q', 'p'],
		});
	});
});

describe('claimRedirects', () => {
	test('returns a redirect to the final successor for each replaced claim that reaches one', () => {
		expect(claimRedirects(registry, current)).toEqual({ a: 'c', b: 'c' });
	});
});

describe('appendPublishedIds', () => {
	test('returns the registry with new ids appended and everything else kept', () => {
		const text = '# registry\n- id: a\n  replacedBy: b\n- id: b';
		expect(appendPublishedIds(text, ['b', 'c', 'a'])).toBe(`${text}\n- id: c\n`);
	});

	test('returns the text unchanged when every id is listed', () => {
		expect(appendPublishedIds('- id: a\n', ['a'])).toBe('- id: a\n');
	});
});
