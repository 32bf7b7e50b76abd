/**
 * The site's Content Security Policy, given to Astro (`security.csp`), which writes it as a
 * `<meta http-equiv="content-security-policy">` on every page with the hashes of the scripts
 * and styles it bundles or inlines; `src/middleware.ts` moves it to the top of the head.
 * Nothing from another origin is allowed, and no inline script runs unless its hash is
 * listed, so markup that slipped through from content cannot run: the escaping in the
 * renderers is the first line, this the second.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * Every directive but `script-src` and `style-src`, which Astro writes. Images may also be
 * `data:` URLs: Starlight's stylesheets draw some icons so, and an image runs no script.
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: a policy in a `<meta>` cannot
 * carry them, and a browser logs an error for each.
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Pages whose script compiles WebAssembly: Pagefind's search. */
export const wasmPages: readonly string[] = ['/search/'];

/**
 * The script sources a page needs beyond the site's policy: `'wasm-unsafe-eval'` for
 * Pagefind, on the search page only.
 * @example extraScriptSources('/search/') // ["'wasm-unsafe-eval'"]
 */
export function extraScriptSources(pathname: string): string[] {
	return wasmPages.includes(pathname) ? ["'wasm-unsafe-eval'"] : [];
}

/**
 * The bodies of the `<script is:inline>` elements in an Astro component's source, as Astro
 * writes them into a page (verbatim), for hashing. Astro hashes the scripts it bundles, but
 * not these (withastro/astro#16664); Starlight's theme and sidebar scripts are such.
 * @example inlineScripts('<script is:inline>a()</script>') // ['a()']
 */
export function inlineScripts(astroSource: string): string[] {
	return [...astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
		(m) => m[1]!,
	);
}

/**
 * A script's or style's CSP hash source, without the quotes.
 * @example cspHash('a()') // 'sha256-…'
 */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The folders of the Astro components whose inline scripts a page may carry: Starlight's
 * (`dist/`, its components and user components) and ours (`src/`).
 */
export function componentDirs(): string[] {
	const starlight = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Head.astro'));
	return [path.dirname(path.dirname(starlight)), fileURLToPath(new URL('../..', import.meta.url))];
}

/**
 * The `security.csp` configuration: the directives above; scripts from the site itself, and
 * the inline scripts of the Astro components under `dirs` by hash; styles from the site
 * itself, and those Astro inlines by the hashes it adds. Style attributes are allowed
 * (`style-src-attr 'unsafe-inline'`): Starlight sizes its icons with them, and an attribute
 * can style a page but not run code.
 */
export async function contentSecurityPolicy(
	dirs: readonly string[] = componentDirs(),
): Promise<CspConfig> {
	const hashes = new Set<`sha256-${string}`>();
	for (const dir of dirs) {
		for (const file of await listAstroFiles(dir)) {
			for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(cspHash(script));
		}
	}
	return {
		algorithm: 'SHA-256',
		directives: [...cspDirectives],
		scriptDirective: { resources: ["'self'"], hashes: [...hashes].sort() },
		// Styles keep Astro's default source, 'self'; naming it here would make Astro warn that
		// `style-src-attr` does not fall back to it, which is the point.
		styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
	};
}

async function listAstroFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

const cspMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/**
 * A page with its Content-Security-Policy `<meta>` moved to the top of `<head>` (after
 * `<meta charset>`). Astro writes it at the end of the head, and a policy in a `<meta>` holds
 * only for what follows it: the title and the inline scripts above it would go unchecked.
 * A page without one is returned as it is.
 * @example moveCspFirst('<head><title>t</title><meta http-equiv="content-security-policy" content="x"></head>')
 * // '<head><meta http-equiv="content-security-policy" content="x"><title>t</title></head>'
 */
export function moveCspFirst(html: string): string {
	const meta = cspMeta.exec(html)?.[0];
	const head = /<head>(<meta charset="[^"]*">)?/i.exec(html);
	if (!meta || !head) return html;
	const rest = html.slice(head.index + head[0].length).replace(meta, '');
	return `${html.slice(0, head.index + head[0].length)}${meta}${rest}`;
}
