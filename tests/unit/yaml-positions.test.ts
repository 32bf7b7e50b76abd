import { describe, expect, test } from 'vitest';
import { locateYamlOffsets } from '../../src/lib/content/yaml-positions.ts';

describe('locateYamlOffsets', () => {
	test('returns the offset of the value at a path', () => {
		const text = '- id: a\n  about: { roles: [x, y] }\n  nested:\n    # note\n    deep: 1\n';
		const offsets = locateYamlOffsets(text);
		expect(offsets([0, 'about', 'roles', 1])).toBe(text.indexOf('y]'));
		expect(offsets([0, 'nested'])).toBe(text.indexOf('deep'));
		expect(offsets([0, 'nested', 'deep'])).toBe(text.indexOf('1\n'));
	});

	test('returns the closest existing ancestor for a path that leads past the data', () => {
		const text = 'a:\n  b: 1\nempty:\n';
		const offsets = locateYamlOffsets(text);
		expect(offsets(['a', 'c', 0])).toBe(text.indexOf('b:'));
		expect(offsets(['empty'])).toBe(text.indexOf('\n', text.indexOf('empty')));
		expect(offsets([])).toBe(0);
		expect(locateYamlOffsets('# only a comment\n')(['a'])).toBe(0);
	});

	test('returns undefined where the nodes read cannot be matched with the data', () => {
		expect(locateYamlOffsets('x: {a, b: 1}\n')(['x', 'b'])).toBeUndefined();
		expect(locateYamlOffsets('- \n- a\n')([1])).toBeUndefined();
		expect(locateYamlOffsets('? k\n: v\n')(['k'])).toBeUndefined();
	});

	test('throws on malformed YAML', () => {
		expect(() => locateYamlOffsets('a: [1\n')).toThrow();
	});
});
