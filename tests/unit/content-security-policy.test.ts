import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	componentDirs,
	contentSecurityPolicy,
	cspHash,
	extraScriptSources,
	inlineScripts,
	moveCspFirst,
} from '../../src/lib/build/content-security-policy.ts';

describe('inlineScripts', () => {
	test('returns the body of each is:inline script, verbatim, and no other script', () => {
		const source = `---\nconst a = 1;\n---\n<script is:inline>\n\ta();\n</script>\n<script>bundled()</script>\n<script is:inline aria-hidden="true">b()</script>`;
		expect(inlineScripts(source)).toEqual(['\n\ta();\n', 'b()']);
	});
});

describe('cspHash', () => {
	test('returns the SHA-256 hash source a browser computes for an inline script', () => {
		// The hash Chromium reports for an empty inline script.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});
});

describe('extraScriptSources', () => {
	test('returns wasm-unsafe-eval for the search page only', () => {
		expect(extraScriptSources('/search/')).toEqual(["'wasm-unsafe-eval'"]);
		expect(extraScriptSources('/claims/a/')).toEqual([]);
	});
});

describe('contentSecurityPolicy', () => {
	let dir: string;

	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'atlas-csp-'));
		await mkdir(path.join(dir, 'nested'));
		await writeFile(path.join(dir, 'nested/A.astro'), '<script is:inline>a()</script>');
		await writeFile(path.join(dir, 'B.astro'), '<script>bundled()</script>');
		await writeFile(path.join(dir, 'c.ts'), '"<script is:inline>c()</script>"');
	});

	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('returns the directives, scripts from the site and by the hash of each inline script', async () => {
		expect(await contentSecurityPolicy([dir])).toEqual({
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'"], hashes: [cspHash('a()')] },
			styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
		});
	});

	test('hashes the inline scripts Starlight writes into every page', async () => {
		const [starlight] = componentDirs();
		const themeProvider = await readFile(
			path.join(starlight!, 'components/ThemeProvider.astro'),
			'utf8',
		);
		const hashes = inlineScripts(themeProvider).map(cspHash);
		expect(hashes).toHaveLength(1);
		expect((await contentSecurityPolicy()).scriptDirective?.hashes).toEqual(
			expect.arrayContaining(hashes),
		);
	});
});

describe('moveCspFirst', () => {
	const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

	test('returns the page with its policy right after <meta charset>, before any title or script', () => {
		const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script>a()</script>${meta}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
		expect(moveCspFirst(html)).toBe(
			`<!DOCTYPE html><html><head><meta charset="utf-8">${meta}<title>T</title><script>a()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
		);
	});

	test('returns the page with its policy first in the head when there is no <meta charset>', () => {
		expect(moveCspFirst(`<head><title>T</title>${meta}</head>`)).toBe(
			`<head>${meta}<title>T</title></head>`,
		);
	});

	test('returns a page without a policy, or without a head, as it is', () => {
		expect(moveCspFirst('<head><title>T</title></head>')).toBe('<head><title>T</title></head>');
		expect(moveCspFirst(`<p>${meta}</p>`)).toBe(`<p>${meta}</p>`);
	});
});
