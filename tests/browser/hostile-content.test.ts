/**
 * Content is untrusted input: anyone may send a correction. This builds a small site from the
 * base fixture with hostile text wherever content reaches a page, straight with Astro as
 * `scripts/build.ts` runs it but without the check that would refuse it (the renderers are the
 * second line), and with a secret in the build's environment. Then, in Chromium, no page it
 * shows opens a dialog or runs a script, each shows the text as text, and the built site
 * holds no trace of the secret.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroCacheDir } from '../../src/lib/build/astro-cache-dir.ts';
import { launchChromium } from '../../src/lib/build/chromium.ts';
import { serveDist, type SiteServer } from '../../src/lib/build/serve-dist.ts';
import { root, makeBuildDir } from '../build/helpers.ts';
import { watchPage } from './helpers.ts';

/**
 * Text that would run a script, set `window.__pwned` and open a dialog wherever it is written
 * into HTML unescaped (as an element's text, in `<title>` or in an attribute); `label` names it.
 */
function payload(label: string): string {
	return `${label} "'></title><script>window.__pwned='${label}'</script><img src=x onerror="window.__pwned='${label}'"><svg/onload=alert('${label}')>`;
}

/** One hostile input: where in the base fixture it goes, and a page that shows it. */
interface HostileInput {
	name: string;
	/** The fixture's file, relative to its folder. */
	file: string;
	/** The text of the file it replaces; the test fails if the fixture no longer has it. */
	find: string;
	replace: string;
	page: string;
	/** Text the page shows as it is, and in its title when `inTitle`. */
	shows: string;
	inTitle?: true;
}

const secret = `atlas-test-secret-${randomUUID()}`;
const formula = '=HYPERLINK("https://example.org/?"&A1,"Click")';
const claimText = payload('pwnclaim');

const inputs: HostileInput[] = [
	{
		name: 'a claim statement',
		file: 'claims/permissions.yaml',
		find: 'statement: Physicians may perform mesotherapy and delegate it.',
		replace: `statement: ${JSON.stringify(claimText)}`,
		page: '/claims/physicians-perform-and-delegate/',
		shows: claimText,
		inTitle: true,
	},
	{
		name: 'a claim statement that is a spreadsheet formula',
		file: 'claims/permissions.yaml',
		find: "statement: Nurse practitioners may perform mesotherapy under a physician's supervision.",
		replace: `statement: ${JSON.stringify(formula)}`,
		page: '/claims/nurse-practitioners-under-supervision/',
		shows: formula,
		inTitle: true,
	},
	{
		name: 'a jurisdiction name',
		file: 'jurisdictions/us-tx.mdx',
		find: 'name: Texas',
		replace: `name: ${JSON.stringify(payload('pwnplace'))}`,
		page: '/jurisdictions/us-tx/',
		shows: payload('pwnplace'),
		inTitle: true,
	},
	{
		name: 'a role name',
		file: 'roles/physician.mdx',
		find: 'name: Physician',
		replace: `name: ${JSON.stringify(payload('pwnrole'))}`,
		page: '/roles/physician/',
		shows: payload('pwnrole'),
		inTitle: true,
	},
	{
		name: 'a risk name',
		file: 'risks/infection.mdx',
		find: 'name: Infection',
		replace: `name: ${JSON.stringify(payload('pwnrisk'))}`,
		page: '/risks/infection/',
		shows: payload('pwnrisk'),
		inTitle: true,
	},
	{
		name: 'a source title',
		file: 'sources/who-may-perform.md',
		find: 'title: Who Is Legally Allowed to Perform Mesotherapy?',
		replace: `title: ${JSON.stringify(payload('pwnsource'))}`,
		page: '/sources/who-may-perform/',
		shows: payload('pwnsource'),
		inTitle: true,
	},
	{
		name: 'links, raw HTML and the build’s environment in a source body',
		file: 'sources/has-2014.md',
		find: '\n# ',
		replace: [
			"\nRead [the full text](javascript:window.__pwned='link') or <javascript:alert('autolink')>.",
			"\n<script>window.__pwned='raw'</script>",
			'\n<img src=x onerror="alert(\'raw-img\')">',
			'\nThe key is {process.env.ATLAS_TEST_SECRET} {import.meta.env.ATLAS_TEST_SECRET}.\n',
			'\n# ',
		].join('\n'),
		page: '/sources/has-2014/',
		shows: "Read the full text or javascript:alert('autolink').",
	},
	{
		name: 'the build’s environment in an entity body',
		file: 'jurisdictions/us.mdx',
		find: '\n---\n',
		replace: [
			'\n---\n',
			'export const leaked = process.env.ATLAS_TEST_SECRET;',
			'',
			'The key is {process.env.ATLAS_TEST_SECRET}, {import.meta.env.ATLAS_TEST_SECRET}, {leaked}.',
			'',
		].join('\n'),
		page: '/jurisdictions/us/',
		shows: 'The key is {process.env.ATLAS_TEST_SECRET}',
	},
];

/** The environment `npm run build` gets: none of the variables Vitest sets (see runBuild). */
function buildEnvironment(env: Record<string, string>): Record<string, string | undefined> {
	const outside = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !['NODE_ENV', 'TEST', 'VITEST'].includes(name) && !name.startsWith('VITEST_'),
		),
	);
	return { ...outside, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Every file under `dir`, as bytes, Pagefind's compressed index inflated. */
async function readTree(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
	const names = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = names.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
	return Promise.all(
		files.map(async (file) => {
			const bytes = await readFile(file);
			try {
				return { file, bytes: Buffer.concat([bytes, gunzipSync(bytes)]) };
			} catch {
				return { file, bytes };
			}
		}),
	);
}

describe('a site built from hostile content', () => {
	let dir: string;
	let content: string;
	let dist: string;
	let build: SpawnSyncReturns<string>;
	let server: SiteServer | undefined;
	let browser: Browser | undefined;
	let context: BrowserContext;

	beforeAll(async () => {
		dir = await makeBuildDir('atlas-hostile-');
		content = path.join(dir, 'content');
		await cp(path.join(root, 'tests/fixtures/base'), content, { recursive: true });
		// The fixture's home page is the checker's: it shows a claim without importing <Claim>.
		await writeFile(
			path.join(content, 'docs/index.mdx'),
			'---\ntitle: Meso Atlas\n---\n\nA test.\n',
		);
		for (const input of inputs) {
			const file = path.join(content, input.file);
			const text = await readFile(file, 'utf8');
			expect(text, `${input.file} has no “${input.find}” for ${input.name}`).toContain(input.find);
			await writeFile(file, text.replace(input.find, input.replace));
		}
		// Astro writes its server build beside an out folder inside the project, and under the
		// project's shared .astro/ for one outside it: inside, no other build can overwrite it.
		dist = path.join(root, '.build', `hostile-${randomUUID()}`);
		await mkdir(path.dirname(dist), { recursive: true });
		build = spawnSync(
			process.execPath,
			[path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
			{
				cwd: root,
				encoding: 'utf8',
				timeout: 240_000,
				env: buildEnvironment({
					ATLAS_CONTENT_DIR: content,
					ATLAS_OUT_DIR: dist,
					ATLAS_TEST_SECRET: secret,
				}),
			},
		);
		if (build.status !== 0) return;
		server = await serveDist(dist);
		browser = await launchChromium();
		context = await browser.newContext();
		context.setDefaultTimeout(10_000);
		await context.addInitScript(() => {
			const store = window as unknown as { __cspViolations: string[] };
			store.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => {
				store.__cspViolations.push(`${event.violatedDirective} ${event.sample}`);
			});
		});
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await rm(dir, { recursive: true, force: true });
		await rm(dist, { recursive: true, force: true });
		await rm(astroCacheDir(content), { recursive: true, force: true });
	});

	test('builds', () => {
		const output = `${build.stdout}\n${build.stderr}\n${build.error?.message ?? ''}`;
		expect(build.status, output.trim().split('\n').slice(-30).join('\n')).toBe(0);
	});

	/** Opens a page and reports what it did: dialogs, scripts that ran, the policy it broke. */
	async function visit(route: string, ready?: (page: Page) => Promise<unknown>) {
		if (!server || !browser) throw new Error('The hostile site did not build; see the first test.');
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const trouble = await watchPage(page, server.origin);
		await page.goto(`${server.origin}${route}`, { waitUntil: 'networkidle' });
		await ready?.(page);
		const seen = await page.evaluate(() => {
			const store = window as unknown as { __pwned?: string; __cspViolations: string[] };
			return {
				pwned: store.__pwned,
				violations: store.__cspViolations,
				title: document.title,
				text: document.body.textContent ?? '',
				// The cite control's downloads are data: links of the site's own making.
				links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]:not([download])')]
					.filter((a) => !['http:', 'https:', 'mailto:'].includes(a.protocol))
					.map((a) => a.getAttribute('href')),
			};
		});
		await page.close();
		return { dialogs, trouble, ...seen };
	}

	test.for(inputs)('runs nothing of $name and shows it as text', async (input) => {
		const seen = await visit(input.page);
		expect(seen.dialogs, 'dialogs opened').toEqual([]);
		expect(seen.pwned, 'a script from content ran').toBeUndefined();
		expect(seen.violations, 'Content-Security-Policy violations').toEqual([]);
		expect(seen.links, 'links to unsafe addresses').toEqual([]);
		expect(seen.trouble).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
		expect(seen.text.replace(/\s+/g, ' ')).toContain(input.shows.replace(/\s+/g, ' '));
		if (input.inTitle) expect(seen.title).toContain(input.shows);
	});

	test('runs nothing of hostile text in search results', async () => {
		const seen = await visit('/search/?q=pwnclaim', (page) =>
			page.locator('[data-search-results] > li').first().waitFor(),
		);
		expect(seen.dialogs).toEqual([]);
		expect(seen.pwned).toBeUndefined();
		expect(seen.violations).toEqual([]);
		expect(seen.text).toContain('pwnclaim');
	});

	test('writes no markup from content into any page unescaped', async () => {
		const pages = (await readTree(dist)).filter((f) => f.file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const { file, bytes } of pages) {
			// Inside a quoted attribute value `<` is text; only `"` could end it, and is escaped.
			const html = bytes.toString('utf8').replace(/="[^"]*"/g, '=""');
			expect(html, path.relative(dist, file)).not.toMatch(/<script>window\.__pwned|<svg\/onload/);
			expect(bytes.toString('utf8'), path.relative(dist, file)).not.toMatch(
				/href="\s*javascript:/i,
			);
		}
	});

	test('writes no CSV cell a spreadsheet would run as a formula', async () => {
		const csv = await readFile(path.join(dist, 'data/claims.csv'), 'utf8');
		const cells = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
		expect(cells.data.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		expect(cells.data.flat()).toContain(`'${formula}`);
	});

	test('holds no trace of the secret in its build’s environment', async () => {
		const files = await readTree(dist);
		const leaks = files.filter((f) => f.bytes.includes(secret)).map((f) => f.file);
		expect(leaks).toEqual([]);
	});
});
