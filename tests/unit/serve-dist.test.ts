import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDist, type SiteServer } from '../../src/lib/build/serve-dist.ts';

let dir: string;
let server: SiteServer;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'atlas-serve-'));
	await mkdir(path.join(dir, 'a'));
	await writeFile(path.join(dir, 'index.html'), '<p>home</p>');
	await writeFile(path.join(dir, 'a/index.html'), '<p>a</p>');
	await writeFile(path.join(dir, 'a/style.css'), 'p{}');
	await writeFile(path.join(dir, '404.html'), '<p>missing</p>');
	server = await serveDist(dir);
});

afterAll(async () => {
	await server?.close();
	await rm(dir, { recursive: true, force: true });
});

test('serves index.html for a folder path, uncompressed and uncached', async () => {
	const response = await fetch(`${server.origin}/a/`);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
	expect(response.headers.get('cache-control')).toBe('no-store');
	expect(await response.text()).toBe('<p>a</p>');
});

test('serves files with their content type', async () => {
	const response = await fetch(`${server.origin}/a/style.css`);
	expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
	expect(await response.text()).toBe('p{}');
});

test('redirects a folder without its slash, keeping the query', async () => {
	const response = await fetch(`${server.origin}/a?q=1`, { redirect: 'manual' });
	expect(response.status).toBe(301);
	expect(response.headers.get('location')).toBe('/a/?q=1');
});

test('answers 404.html with status 404 for missing paths and paths outside the folder', async () => {
	for (const pathname of ['/nowhere/', '/..%2F..%2Fetc%2Fpasswd']) {
		const response = await fetch(`${server.origin}${pathname}`);
		expect(response.status).toBe(404);
		expect(await response.text()).toBe('<p>missing</p>');
	}
});
