/**
 * Starlight's light colours for readers whose system prefers light and whose browser runs no
 * script; the head links it inside `<noscript>` for `(prefers-color-scheme: light)`.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { lightThemeCss } from '../lib/site/light-theme-css.ts';
import { starlightPropsCss } from '../lib/build/starlight-files.ts';

export const GET: APIRoute = async () =>
	new Response(lightThemeCss(await readFile(starlightPropsCss(), 'utf8')), {
		headers: { 'Content-Type': 'text/css; charset=utf-8' },
	});
