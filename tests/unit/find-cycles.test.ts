import { describe, expect, test } from 'vitest';
import { findCycles, formatCycle } from '../../src/lib/graph/find-cycles.ts';

function graph(edges: Record<string, string[]>) {
	return [Object.keys(edges), (node: string) => edges[node] ?? []] as const;
}

describe('findCycles', () => {
	test('returns nothing for a graph without cycles', () => {
		expect(findCycles(...graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
	});

	test('returns each cycle once, rotated to start at its smallest id', () => {
		expect(findCycles(...graph({ c: ['a'], a: ['b'], b: ['c'] }))).toEqual([['a', 'b', 'c']]);
	});

	test('returns a node that points at itself as a cycle of one', () => {
		expect(findCycles(...graph({ a: ['a'], b: ['a'] }))).toEqual([['a']]);
	});

	test('returns separate cycles sorted by their ids', () => {
		const cycles = findCycles(...graph({ x: ['y'], y: ['x'], a: ['b'], b: ['a'], c: ['a'] }));
		expect(cycles).toEqual([
			['a', 'b'],
			['x', 'y'],
		]);
	});

	test('ignores edges to ids that are not nodes', () => {
		expect(findCycles(['a'], () => ['missing', 'a'])).toEqual([['a']]);
	});

	test('handles a chain far longer than the call stack allows', () => {
		const size = 50_000;
		const cycles = findCycles(
			Array.from({ length: size }, (_, i) => `n${i}`),
			(node) => [`n${(Number(node.slice(1)) + 1) % size}`],
		);
		expect(cycles).toHaveLength(1);
		expect(cycles[0]).toHaveLength(size);
	});
});

describe('formatCycle', () => {
	test('returns the cycle as a chain back to its start', () => {
		expect(formatCycle(['a', 'b'])).toBe('a → b → a');
		expect(formatCycle(['a'])).toBe('a → a');
	});
});
