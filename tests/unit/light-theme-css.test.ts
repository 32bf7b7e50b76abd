import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { starlightPropsCss } from '../../src/lib/build/starlight-files.ts';
import { lightThemeCss } from '../../src/lib/site/light-theme-css.ts';

describe('lightThemeCss', () => {
	test("sets the installed Starlight's light colours on :root, with a light colour scheme", () => {
		const css = lightThemeCss(readFileSync(starlightPropsCss(), 'utf8'));
		expect(css.startsWith(':root {\n')).toBe(true);
		// Light mode turns Starlight's scale around: its "black" is white.
		expect(css).toContain('\t--sl-color-black: hsl(0, 0%, 100%);\n');
		expect(css).toContain('\t--sl-color-accent-high: hsl(234, 80%, 30%);\n');
		expect(css).toMatch(/\tcolor-scheme: light;\n\}\n$/);
		expect(css).not.toContain('/*');
	});

	test('keeps multi-line values whole and drops comments', () => {
		const css = lightThemeCss(
			":root[data-theme='light'],\n[data-theme='light'] ::backdrop {\n\t/* Colours */\n\t--a: 1px,\n\t\t2px;\n\t--b: red;\n}",
		);
		expect(css).toBe(':root {\n\t--a: 1px, 2px;\n\t--b: red;\n\tcolor-scheme: light;\n}\n');
	});

	test('fails when the light block is missing, rather than shipping a dark page', () => {
		expect(() => lightThemeCss(':root { --a: 1; }')).toThrow(/no `:root\[data-theme='light'\]`/);
	});
});
