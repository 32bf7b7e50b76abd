import { resourceKinds, type Bytes, type PageWeight } from './page-weight.ts';
import { pagefindParts, type SearchWeight } from './search-weight.ts';

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

/** Which row the summary line is about, by path, and its aim. */
export interface PageWeightSummary {
	/** The content page the aim is about. */
	contentPage: string;
	/** The aim for the content page's gzip total, in bytes. */
	aimBytes: number;
}

/**
 * Formats page loads as a table of KB (1,000 bytes) by kind, a raw and a gzip line per page;
 * then whether the content page met the aim, comparing its gzip total.
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
	const content = rows.find((row) => row.path === summary.contentPage);
	if (content) {
		const { total } = content.weight;
		const met = total.gzip < summary.aimBytes;
		lines.push(
			`Aim: a content page under ${summary.aimBytes / 1000} KB in all before search is opened (gzip, as a host serving compressed files sends it): ${summary.contentPage} is ${kb(total.gzip)} KB gzip (${kb(total.raw)} KB raw): ${met ? 'met' : 'NOT met'}.`,
		);
	}
	return lines.join('\n');
}

/** The aims for what Pagefind fetches per search, gzip, in bytes. */
export interface SearchAims {
	/** The first search of a visit, Pagefind's start-up included. */
	firstBytes: number;
	/** Each later search in the same page. */
	laterBytes: number;
}

/**
 * Formats the searches of one visit to the search page, in order, as a table of the KB (1,000
 * bytes) Pagefind fetched for each: gzip by part and in all, then raw, and how many results'
 * data (fragments) it loaded; then whether the first search, start-up included, and each later
 * one met their aims, comparing gzip totals.
 */
export function formatSearchWeights(searches: readonly SearchWeight[], aims: SearchAims): string {
	const header = ['search', ...pagefindParts, 'total', 'raw total', 'results loaded'];
	const body = searches.map((search, i) => [
		`${i + 1}. “${search.query}”`,
		...pagefindParts.map((part) => kb(search.byPart[part].gzip)),
		kb(search.total.gzip),
		kb(search.total.raw),
		String(search.fragments),
	]);
	const lines = [...table(header, body, 1), ''];
	const [first, ...later] = searches;
	if (first) {
		const met = first.total.gzip <= aims.firstBytes;
		lines.push(
			`First search (“${first.query}”): ${kb(first.total.gzip)} KB gzip, of which Pagefind's start-up ${kb(first.byPart['start-up'].gzip)} KB. Aim ≤ ${aims.firstBytes / 1000} KB: ${met ? 'met' : 'NOT met'}.`,
		);
	}
	if (later.length > 0) {
		const most = Math.max(...later.map((search) => search.total.gzip));
		lines.push(
			`Later searches: ${later.map((search) => kb(search.total.gzip)).join(', ')} KB gzip (at most ${kb(most)} KB). Aim ≤ ${aims.laterBytes / 1000} KB each: ${most <= aims.laterBytes ? 'met' : 'NOT met'}.`,
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
