import { resourceKinds, type Bytes, type PageWeight } from './page-weight.ts';

/** One site build's benchmark figures. */
export interface BuildRow {
	/** How many times the real knowledge base it is (1 for the real one). */
	factor: number;
	/** Content files built. */
	files: number;
	/** HTML files in the built site. */
	pages: number;
	/** Wall clock of the whole build, in seconds. */
	seconds: number;
	/** Of which the check (with Node's start-up), in seconds. */
	checkSeconds: number;
	/** Of which Astro (with Pagefind and the swap into place), in seconds. */
	astroSeconds: number;
	/** Pagefind's own figure, in seconds, when the build printed it. */
	pagefindSeconds?: number;
}

/**
 * Formats site builds, smallest first, as a table (site, content files, HTML pages, build,
 * check, Astro and Pagefind seconds, milliseconds per page); then, for each larger build, the
 * ratio of time per page against the first (aim ≤ 1: no worse per page) and the time each
 * added page cost; then each build's split between the check and Astro.
 */
export function formatBuildBench(rows: readonly BuildRow[]): string {
	const header = [
		'site',
		'content files',
		'HTML pages',
		'build s',
		'check s',
		'Astro s',
		'Pagefind s',
		'ms/page',
	];
	const body = rows.map((row) => [
		siteName(row.factor),
		String(row.files),
		String(row.pages),
		row.seconds.toFixed(2),
		row.checkSeconds.toFixed(2),
		row.astroSeconds.toFixed(2),
		row.pagefindSeconds === undefined ? '–' : row.pagefindSeconds.toFixed(2),
		msPerPage(row).toFixed(1),
	]);
	const lines = [...table(header, body, 1), ''];
	const base = rows[0];
	if (base) {
		for (const row of rows.slice(1)) {
			const ratio = msPerPage(row) / msPerPage(base);
			lines.push(
				`Time per page at ${row.factor}× / at ${base.factor}×: ${ratio.toFixed(2)} (${msPerPage(row).toFixed(1)} ms / ${msPerPage(base).toFixed(1)} ms; pages ${(row.pages / base.pages).toFixed(1)}×, time ${(row.seconds / base.seconds).toFixed(1)}×). Aim ≤ 1, no worse per page: ${ratio <= 1 ? 'met' : 'NOT met'}.`,
			);
			// Astro's fixed start-up flatters the larger build; the added pages' cost shows growth.
			const added = ((row.seconds - base.seconds) * 1000) / (row.pages - base.pages);
			if (row.pages > base.pages) {
				lines.push(
					`Each page added from ${base.factor}× to ${row.factor}× cost ${added.toFixed(1)} ms (time added / pages added, so the fixed start-up is left out).`,
				);
			}
		}
	}
	for (const row of rows) {
		lines.push(
			`${siteName(row.factor)}: check ${row.checkSeconds.toFixed(2)} s (${percent(row.checkSeconds, row.seconds)}), Astro ${row.astroSeconds.toFixed(2)} s (${percent(row.astroSeconds, row.seconds)})${row.pagefindSeconds === undefined ? '' : `, of which Pagefind ${row.pagefindSeconds.toFixed(2)} s`}.`,
		);
	}
	return lines.join('\n');
}

/** One page load's weight, for the page-weight table. */
export interface PageWeightRow {
	/** What the page is (`content page`). */
	label: string;
	/** The path and query loaded (`/search/?q=nurse`). */
	path: string;
	weight: PageWeight;
}

/** Which rows the summary lines compare, by path, and the aim for a content page. */
export interface PageWeightSummary {
	/** The content page the aim is about. */
	contentPage: string;
	/** The search page before a query, and with one. */
	searchBefore: string;
	searchAfter: string;
	/** The aim for the content page's gzip total, in bytes. */
	aimBytes: number;
}

/**
 * Formats page loads as a table of KB (1,000 bytes) by kind, a raw and a gzip line per page;
 * then the Pagefind bytes one query fetched (the search page with a query less the search page
 * before one) and whether the content page met the aim, comparing its gzip total.
 */
export function formatPageWeights(
	rows: readonly PageWeightRow[],
	summary: PageWeightSummary,
): string {
	const header = ['page', '', ...resourceKinds, 'total', 'responses'];
	const body = rows.flatMap((row) => {
		const cells = (which: keyof Bytes) =>
			[...resourceKinds.map((kind) => row.weight.byKind[kind]), row.weight.total].map((bytes) =>
				kb(bytes[which]),
			);
		return [
			[`${row.label} ${row.path}`, 'raw', ...cells('raw'), String(row.weight.responses)],
			['', 'gzip', ...cells('gzip'), ''],
		];
	});
	const lines = [...table(header, body, 2), ''];
	const find = (path: string) => rows.find((row) => row.path === path);
	const before = find(summary.searchBefore);
	const after = find(summary.searchAfter);
	if (before && after) {
		const raw = after.weight.byKind.Pagefind.raw - before.weight.byKind.Pagefind.raw;
		const gzip = after.weight.byKind.Pagefind.gzip - before.weight.byKind.Pagefind.gzip;
		lines.push(
			`Pagefind bytes fetched for one query (${summary.searchAfter} less ${summary.searchBefore}): ${kb(raw)} KB raw, ${kb(gzip)} KB gzip.`,
		);
	}
	const content = find(summary.contentPage);
	if (content) {
		const { total } = content.weight;
		const met = total.gzip < summary.aimBytes;
		lines.push(
			`Aim: a content page under ${summary.aimBytes / 1000} KB in all before search is opened (gzip, as a host serving compressed files sends it): ${summary.contentPage} is ${kb(total.gzip)} KB gzip (${kb(total.raw)} KB raw): ${met ? 'met' : 'NOT met'}.`,
		);
	}
	return lines.join('\n');
}

/** Bytes as KB of 1,000 bytes, one decimal. */
export function kb(bytes: number): string {
	return (bytes / 1000).toFixed(1);
}

function siteName(factor: number): string {
	return factor === 1 ? 'real (1×)' : `synthetic ${factor}×`;
}

function msPerPage(row: BuildRow): number {
	return (row.seconds * 1000) / row.pages;
}

function percent(part: number, whole: number): string {
	return `${Math.round((part / whole) * 100)}%`;
}

/** Aligns cells in columns: the first `left` to the left, the rest to the right. */
function table(
	header: readonly string[],
	body: readonly (readonly string[])[],
	left: number,
): string[] {
	const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]!.length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [line(header), ...body.map(line)];
}
