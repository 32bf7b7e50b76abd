/**
 * `npm run bench [-- --factor N] [-- --site-factor N] [-- --skip-site] [-- --content DIR]`:
 *
 * The checker: times the checker on the real knowledge base and on synthetic ones 10 and N
 * (default 100) times its size, each written to a temporary folder and checked as `npm run
 * check` does it (read from disk, then every rule; best of 3 runs after a warm-up). Prints a
 * table, the size and time ratios, and whether the largest base met the aim of a check in
 * under 3 s.
 *
 * The site (unless --skip-site): builds the real site and a synthetic one --site-factor
 * (default 10) times its size with `node scripts/build.ts`, each from a temporary content folder
 * into a temporary dist, and prints build seconds, HTML pages, milliseconds per page, the ratio
 * of time per page (aim ≤ 1) and how much of each build is the check and how much Astro. Then
 * serves the real build and loads five pages in Debian's Chromium, printing the bytes each
 * fetched by kind, raw and gzip-compressed, the Pagefind bytes one query fetches, and whether a
 * content page met the aim of under 60 KB gzip before search is opened. Without Chromium it
 * says so and skips the page weights.
 *
 * Exits 1 when a synthetic base has check errors or a build fails. Temporary folders, and the
 * Astro caches of the temporary content folders, are removed at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { countEntities, formatBench, type BenchRow } from '../src/lib/bench/format-bench.ts';
import {
	formatBuildBench,
	formatPageWeights,
	type BuildRow,
	type PageWeightRow,
} from '../src/lib/bench/format-site-bench.ts';
import {
	launchBenchChromium,
	recordPageLoad,
	weighResources,
} from '../src/lib/bench/page-weight.ts';
import { synthesizeKnowledgeBase } from '../src/lib/bench/synthesize-knowledge-base.ts';
import { timeCheck } from '../src/lib/bench/time-check.ts';
import { timeBuild } from '../src/lib/bench/time-build.ts';
import { astroCacheDir } from '../src/lib/build/astro-cache-dir.ts';
import { writeContentDir } from '../src/lib/bench/write-content-dir.ts';
import { serveDist } from '../src/lib/build/serve-dist.ts';
import { formatFindingsText } from '../src/lib/check/format-findings.ts';
import type { ContentFile } from '../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { todayIso } from '../src/lib/text/today.ts';

const aimSeconds = 3;
/** A content page's aim, in bytes (gzip, all it fetches before search is opened). */
const pageAimBytes = 60_000;
const root = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
	options: {
		factor: { type: 'string', default: '100' },
		'site-factor': { type: 'string', default: '10' },
		'skip-site': { type: 'boolean', default: false },
		content: { type: 'string', default: 'content' },
	},
});

const factor = Number(values.factor);
if (!Number.isInteger(factor) || factor < 1) {
	console.error(`--factor must be a whole number of at least 1, not \`${values.factor}\`.`);
	process.exit(2);
}
const siteFactor = Number(values['site-factor']);
if (!Number.isInteger(siteFactor) || siteFactor < 2) {
	console.error(
		`--site-factor must be a whole number of at least 2, not \`${values['site-factor']}\`.`,
	);
	process.exit(2);
}

const today = todayIso();
const real = await readContentDir(path.resolve(values.content));
const factors = [...new Set([1, 10, factor])].filter((f) => f <= factor).sort((a, b) => a - b);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'meso-atlas-bench-'));
/** Astro caches that the builds of temporary content folders leave in the temporary folder. */
const cacheDirs: string[] = [];
try {
	await benchChecker();
	if (values['skip-site']) {
		console.log('\nSite build and page weight: skipped (--skip-site).');
	} else {
		const realDist = await benchBuilds();
		if (realDist) await benchPageWeight(realDist);
		else console.log('\nPage weight: skipped, because the real site did not build (see above).');
	}
} finally {
	await Promise.all([tmp, ...cacheDirs].map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The checker on the real knowledge base and its synthetic copies; prints the table. */
async function benchChecker(): Promise<void> {
	const rows: BenchRow[] = [];
	const failures: string[] = [];
	console.log(
		`Checking the real knowledge base and synthetic copies (${factors.map((f) => `${f}×`).join(', ')}), each as \`npm run check\` does: read from disk, then every rule; best of 3 runs after a warm-up.\n`,
	);
	for (const f of factors) {
		const dir = path.join(tmp, `check-${f}x`);
		await writeContentDir(
			f === 1 ? real : synthesizeKnowledgeBase(real, f),
			path.join(dir, 'content'),
		);
		const { seconds, files, result } = await timeCheck(path.join(dir, 'content'), dir, today);
		await rm(dir, { recursive: true, force: true });
		const errors = result.findings.filter((finding) => finding.severity === 'error');
		rows.push({
			factor: f,
			files,
			entities: countEntities(result.counts),
			errors: errors.length,
			warnings: result.findings.length - errors.length,
			seconds,
		});
		if (errors.length > 0 && (f === 1 || rows[0]!.errors === 0)) {
			const why =
				f === 1
					? 'The real knowledge base has check errors, so its synthetic copies have them too. Run `npm run check` and fix them first.'
					: `The synthetic ${f}× knowledge base has check errors though the real one has none, so the synthesizer (src/lib/bench/synthesize-knowledge-base.ts) built an invalid copy.`;
			failures.push(
				`${why} The first of them:\n\n${formatFindingsText(errors.slice(0, 5), result.counts)}`,
			);
		}
	}
	console.log(formatBench(rows, aimSeconds));
	if (failures.length > 0) {
		console.error(`\n${failures.join('\n\n')}`);
		process.exitCode = 1;
	}
}

/**
 * Builds the real site and one --site-factor times its size, prints the table, and returns
 * the real site's dist, or undefined when it did not build.
 */
async function benchBuilds(): Promise<string | undefined> {
	console.log(
		`\nBuilding the real site (1×) and a synthetic one ${siteFactor}× its size with \`node scripts/build.ts\` (the check, then Astro with Pagefind), each from a temporary content folder into a temporary dist, with a cold Astro cache. One run each, wall clock: a build takes seconds, so expect a few percent of noise between runs. The check's share is the time to the build's first output (with Node's start-up); Astro's is the rest. Guide pages (docs/) are not multiplied.\n`,
	);
	const rows: BuildRow[] = [];
	let realDist: string | undefined;
	for (const f of [1, siteFactor]) {
		const dir = path.join(tmp, `site-${f}x`);
		const contentDir = path.join(dir, 'content');
		const dist = path.join(dir, 'dist');
		const files = f === 1 ? real : withDocs(synthesizeKnowledgeBase(real, f));
		await writeContentDir(files, contentDir);
		cacheDirs.push(astroCacheDir(contentDir));
		const build = await timeBuild({ root, contentDir, dist });
		if (!build.ok) {
			const tail = build.output.trim().split('\n').slice(-25).join('\n');
			console.error(
				`\nThe ${f === 1 ? 'real' : `synthetic ${f}×`} site did not build (exit ${build.exit}). The end of its output:\n${tail}\n`,
			);
			process.exitCode = 1;
			continue;
		}
		rows.push({
			factor: f,
			files: files.length,
			pages: build.pages,
			seconds: build.seconds,
			checkSeconds: build.checkSeconds,
			astroSeconds: build.astroSeconds,
			pagefindSeconds: build.reported.pagefindSeconds,
		});
		if (f === 1) realDist = dist;
	}
	console.log(formatBuildBench(rows));
	return realDist;
}

/**
 * The synthetic knowledge base with every guide page of the real one: the synthesizer keeps
 * them (copy 0 is the original), but the home page is a guide page, so make sure.
 */
function withDocs(files: ContentFile[]): ContentFile[] {
	const have = new Set(files.map((file) => file.relPath));
	const docs = real.filter((file) => file.relPath.startsWith('docs/') && !have.has(file.relPath));
	return [...files, ...docs];
}

/** Serves the real site's build and weighs five page loads in Chromium; prints the table. */
async function benchPageWeight(dist: string): Promise<void> {
	const pages: { label: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
		{ label: '(a) content', path: '/jurisdictions/us/' },
		{ label: '(b) answer', path: '/check/us/registered-nurse/' },
		{ label: '(c) source', path: '/sources/has-2014-aesthetic-mesotherapy-risks/' },
		{ label: '(d) search, no query', path: '/search/' },
		{
			label: '(e) search, one query',
			path: '/search/?q=nurse',
			ready: (page) =>
				page
					.locator('[data-search-status]')
					.filter({ hasText: /result/ })
					.waitFor(),
		},
	];
	const launched = await launchBenchChromium();
	if ('missing' in launched) {
		console.log(`\nPage weight: skipped, because ${launched.missing}.`);
		return;
	}
	const { browser, executablePath } = launched;
	const server = await serveDist(dist);
	try {
		console.log(
			`\nPage weight of the real site's build, served locally (uncompressed, nothing cached): each page loaded in a fresh context of Chromium (${executablePath}) until the network was idle; (e) also until the results status says "result". Bytes are response bodies, raw and gzip -9 (as a host serving compressed files would send them), in KB of 1,000 bytes.\n`,
		);
		const rows: PageWeightRow[] = [];
		const notes: string[] = [];
		for (const page of pages) {
			const { resources, foreign, status } = await recordPageLoad(
				browser,
				`${server.origin}${page.path}`,
				page.ready,
			);
			if (status !== 200) notes.push(`${page.path} answered with status ${status ?? 'none'}.`);
			if (foreign.length > 0) {
				notes.push(`${page.path} asked other sites for ${foreign.join(', ')} (blocked).`);
			}
			rows.push({ label: page.label, path: page.path, weight: weighResources(resources) });
		}
		console.log(
			formatPageWeights(rows, {
				contentPage: '/jurisdictions/us/',
				searchBefore: '/search/',
				searchAfter: '/search/?q=nurse',
				aimBytes: pageAimBytes,
			}),
		);
		for (const note of notes) console.log(`Note: ${note}`);
	} finally {
		await browser.close();
		await server.close();
	}
}
