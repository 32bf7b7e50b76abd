import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A static file server for a built site. */
export interface SiteServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	/** Stops the server, dropping any open connections. */
	close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.wasm': 'application/wasm',
	// Pagefind's index: binary chunks it fetches and decodes itself.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * Serves the built site in `dist` on 127.0.0.1, on a free port, as a static host would, for the
 * browser tests and the benchmark:
 * - `/x/` serves `/x/index.html`; `/x` serves the file `x`, or redirects (301) to `/x/`, query
 *   kept, when `x` is a folder;
 * - anything missing, or outside `dist`, is `404.html` with status 404 (`Not found` if the site
 *   has no 404 page);
 * - each file is sent as it is on disk, uncompressed, with its content type by extension
 *   (`application/octet-stream` when unknown), its `content-length` and `cache-control:
 *   no-store`, so every load fetches it again; HEAD gets the headers only.
 * Resolves once the server listens; `close` stops it.
 */
export async function serveDist(dist: string): Promise<SiteServer> {
	const base = path.resolve(dist);
	const server: Server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://localhost');
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				pathname = '/404-bad-path';
			}
			let file = path.join(base, pathname, pathname.endsWith('/') ? 'index.html' : '');
			const info = file.startsWith(base + path.sep) ? await stat(file).catch(() => null) : null;
			if (info?.isDirectory()) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			let status = 200;
			if (!info?.isFile()) {
				status = 404;
				file = path.join(base, '404.html');
			}
			const body = await readFile(file).catch(() => Buffer.from('Not found'));
			response.writeHead(status, {
				'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
				'content-length': body.length,
				'cache-control': 'no-store',
			});
			response.end(request.method === 'HEAD' ? undefined : body);
		})().catch((error: unknown) => {
			response.writeHead(500).end(String(error));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
