/**
 * Moves each page's Content-Security-Policy `<meta>` to the top of its `<head>`, so that it
 * covers the whole page (see `moveCspFirst`). Runs once per page at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { moveCspFirst } from './lib/build/content-security-policy.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(moveCspFirst(await response.text()), response);
});
