/**
 * `npm run bench [-- --factor N] [-- --site-factor N] [-- --skip-site] [-- --content DIR]
 * [-- --dist DIR]`:
 *
 * The checker: times the checker on the real knowledge base and on synthetic ones 10 and N
 * (default 100) times its size, each written to a temporary folder and checked cold, as `npm
 * run check` runs: `node scripts/check.ts` in a fresh process (Node's start-up, reading every
 * file, every rule, printing), best of 3 by the wall clock. The N× copy is checked twice more:
 * as if today were two years on, so that every claim's review is due and a warning is located
 * for each; and with 1,000 claim references misspelled, each an unknown id for which the
 * checker looks up the nearest claim id. Prints a table, the size and time ratios, whether the
 * N× base met the aim of a check in under 3 s, and what each of the two cases added.
 *
 * The site (unless --skip-site): builds the real site and a synthetic one --site-factor
 * (default 10) times its size with `node scripts/build.ts`, each from a temporary content folder
 * into a temporary dist, and prints build seconds, HTML pages, milliseconds per page, the ratio
 * of time per page (aim ≤ 1) and how much of each build is the check and how much Astro. Then
 * serves the real build and loads five pages in Chromium, printing the bytes each fetched by
 * kind, raw and gzip-compressed, and whether a content page met the aim of under 60 KB gzip
 * before search is opened. Then, in one visit to the search page, runs a few readers' searches
 * one after another and prints what Pagefind fetched for each, by part (its start-up, index
 * chunks, results' data), and whether the first search met the aim of 120 KB gzip, start-up
 * included, and each later one 60 KB. Without Chromium it says so and skips the page weights.
 *
 * With --dist DIR, weighs the pages and searches of the site already built in DIR, and times
 * neither the checker nor a build.
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
	formatSearchWeights,
	type BuildRow,
	type PageWeightRow,
} from '../src/lib/bench/format-site-bench.ts';
import {
	launchBenchChromium,
	recordPageLoad,
	weighResources,
} from '../src/lib/bench/page-weight.ts';
import { recordSearches, weighSearch } from '../src/lib/bench/search-weight.ts';
import { misspellReferences } from '../src/lib/bench/misspell-references.ts';
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
/** How many claim references the unknown-ids case misspells. */
const unknownIds = 1000;
/** A content page's aim, in bytes (gzip, all it fetches before search is opened). */
const pageAimBytes = 60_000;
/** What Pagefind may fetch per search, in bytes (gzip): the first with its start-up, each later. */
const searchAims = { firstBytes: 120_000, laterBytes: 60_000 };
/** Readers' searches, typed one after another in one visit to the search page. */
const searches = ['nurse', 'texas aesthetician', 'anaphylactic shock', 'botox'];
const root = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
	options: {
		factor: { type: 'string', default: '100' },
		'site-factor': { type: 'string', default: '10' },
		'skip-site': { type: 'boolean', default: false },
		content: { type: 'string', default: 'content' },
		dist: { type: 'string' },
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
const real = readContentDir(path.resolve(values.content));
const factors = [...new Set([1, 10, factor])].filter((f) => f <= factor).sort((a, b) => a - b);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'meso-atlas-bench-'));
/** Astro caches that the builds of temporary content folders leave in the temporary folder. */
const cacheDirs: string[] = [];
try {
	if (values.dist) {
		await benchPageWeight(path.resolve(values.dist));
	} else {
		await benchAll();
	}
} finally {
	await Promise.all([tmp, ...cacheDirs].map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The checker, then (unless --skip-site) the site builds and the real site's page weight. */
async function benchAll(): Promise<void> {
	await benchChecker();
	if (values['skip-site']) {
		console.log('\nSite build and page weight: skipped (--skip-site).');
	} else {
		const realDist = await benchBuilds();
		if (realDist) await benchPageWeight(realDist);
		else console.log('\nPage weight: skipped, because the real site did not build (see above).');
	}
}

/** The checker on the real knowledge base and its synthetic copies; prints the table. */
async function benchChecker(): Promise<void> {
	const rows: BenchRow[] = [];
	const failures: string[] = [];
	const dueDay = `${Number(today.slice(0, 4)) + 2}-12-31`;
	const [load] = os.loadavg();
	console.log(
		`Checking the real knowledge base and synthetic copies (${factors.map((f) => `${f}×`).join(', ')}), each cold as \`npm run check\` runs: \`node scripts/check.ts\` in a fresh process (Node's start-up, reading every file, every rule, printing), best of 3 runs by the wall clock. The ${factor}× copy twice more: as if today were ${dueDay}, so that every review is due and a warning is located for each claim; and with ${unknownIds.toLocaleString('en')} claim references misspelled, each an unknown id for which the nearest claim id is looked up. Load average at the start: ${load!.toFixed(1)} on ${os.availableParallelism()} CPUs.\n`,
	);
	/** Writes the files to a fresh folder, checks them as of each day, adds a row for each and removes the folder. */
	const measure = async (
		f: number,
		files: ContentFile[],
		days: { day: string; variant?: string }[],
	) => {
		const dir = path.join(tmp, `check-${f}x`);
		writeContentDir(files, path.join(dir, 'content'));
		const measured = [];
		for (const { day, variant } of days) {
			const { runs, cpu, report } = await timeCheck({
				root,
				contentDir: path.join(dir, 'content'),
				today: day,
			});
			rows.push({
				factor: f,
				variant,
				files: files.length,
				entities: countEntities(report.counts),
				errors: report.errors,
				warnings: report.warnings,
				runs,
				cpu,
			});
			measured.push(report);
		}
		await rm(dir, { recursive: true, force: true });
		return measured;
	};
	for (const f of factors) {
		const files = f === 1 ? real : synthesizeKnowledgeBase(real, f);
		const cases =
			f === factor
				? [{ day: today }, { day: dueDay, variant: 'every review due' }]
				: [{ day: today }];
		const [report, due] = await measure(f, files, cases);
		const errors = report!.findings.filter((finding) => finding.severity === 'error');
		if (errors.length > 0 && (f === 1 || rows[0]!.errors === 0)) {
			const why =
				f === 1
					? 'The real knowledge base has check errors, so its synthetic copies have them too. Run `npm run check` and fix them first.'
					: `The synthetic ${f}× knowledge base has check errors though the real one has none, so the synthesizer (src/lib/bench/synthesize-knowledge-base.ts) built an invalid copy.`;
			failures.push(
				`${why} The first of them:\n\n${formatFindingsText(errors.slice(0, 5), report!.counts)}`,
			);
		}
		if (due && (due.errors > 0 || due.warnings < (due.counts.claims ?? 0))) {
			failures.push(
				`Checked as of ${dueDay}, the ${f}× copy gave ${due.errors} errors and ${due.warnings} warnings, where every claim (${due.counts.claims}) should have been due for review and nothing else found.`,
			);
		}
		if (f !== factor) continue;
		const misspelt = misspellReferences(files, unknownIds);
		const [unknown] = await measure(f, misspelt.files, [
			{ day: today, variant: `${misspelt.misspelled.toLocaleString('en')} unknown ids` },
		]);
		const suggested = unknown!.findings.filter((finding) => / Did you mean /.test(finding.message));
		if (unknown!.errors !== misspelt.misspelled || suggested.length !== misspelt.misspelled) {
			failures.push(
				`With ${misspelt.misspelled} claim references misspelled, the ${f}× copy gave ${unknown!.errors} errors, ${suggested.length} of them with a suggestion, where each misspelling should have given one error with a suggestion.`,
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
		writeContentDir(files, contentDir);
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

/**
 * Serves a built site (the real one's, or --dist) and weighs five page loads and a visit's
 * searches in Chromium; prints the tables.
 */
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
	const { browser, chromium } = launched;
	const server = await serveDist(dist);
	try {
		console.log(
			`\nPage weight of ${values.dist ? `the site built in ${dist}` : "the real site's build"}, served locally (uncompressed, nothing cached): each page loaded in a fresh context of ${chromium} until the network was idle; (e) also until the results status says "result". Bytes are response bodies, raw and gzip -9 (as a host serving compressed files would send them), in KB of 1,000 bytes.\n`,
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
			formatPageWeights(rows, { contentPage: '/jurisdictions/us/', aimBytes: pageAimBytes }),
		);
		console.log(
			`\nWhat Pagefind fetched per search in one visit to /search/ (fresh context, nothing cached): the searches typed one after another, each until its results were announced and the network was quiet. The first includes Pagefind's start-up; Pagefind keeps what it fetched, so a later search fetches only index chunks and results' data it lacks. KB gzip -9, by part, as above.\n`,
		);
		const visit = await recordSearches(
			browser,
			`${server.origin}/search/`,
			searches,
			async (page, query) => {
				await page.getByLabel('Words to find').fill(query);
				await page
					.locator('[data-search-status]')
					.filter({ hasText: `for “${query}”` })
					.waitFor();
			},
		);
		if (visit.foreign.length > 0) {
			notes.push(`/search/ asked other sites for ${visit.foreign.join(', ')} (blocked).`);
		}
		console.log(
			formatSearchWeights(
				visit.searches.map((search) => weighSearch(search.query, search.resources)),
				searchAims,
			),
		);
		for (const note of notes) console.log(`Note: ${note}`);
	} finally {
		await browser.close();
		await server.close();
	}
}
