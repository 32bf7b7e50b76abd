/**
 * What a page offers to cite, and what its meta tags describe. Every page can be cited as a
 * page of the site; a fact's page is the fact itself; a source's page also cites the source
 * document, which its meta tags then describe, so a reference manager saves the document.
 */
import type { Claim, Source } from '../../schemas/index.ts';
import { claimIdOfPath, normalizeRoute, sourceIdOfPath } from '../site/routes.ts';
import {
	claimItem,
	pageItem,
	quotedSourceItem,
	sourceItem,
	type CiteContext,
	type CslItem,
	siteName,
} from './csl-item.ts';
import { describeVersion } from './site-version.ts';

/** One cite control: what it says, what it cites, and what its files are called. */
export interface CiteControl {
	/**
	 * The control's summary: "Cite this page", "Cite this fact", "Cite the original document"
	 * or "Cite this source".
	 */
	summary: string;
	item: CslItem;
	/** What every format gives, in a sentence. */
	hint: string;
	/** The downloads' file name, without extension. */
	fileName: string;
}

/** A page's citations. */
export interface PageCitations {
	/** The item the page's meta tags describe. */
	described: CslItem;
	/** True when that item is a page of the site (our content), false for a source document. */
	describesSite: boolean;
	controls: CiteControl[];
}

/** The facts and sources a page may be about, looked up by id. */
export interface CitableRecords {
	claim(id: string): Pick<Claim, 'id' | 'statement' | 'locator' | 'quote' | 'source'> | undefined;
	source(id: string): { id: string; data: Source } | undefined;
}

/**
 * The citations of the page at `path` titled `title`: on a fact's page, the fact and the
 * original document it quotes, at its section.
 * @example pageCitations({ path: '/roles/physician/', title: 'Physician' }, records, context)
 * // one control, "Cite this page", citing the page
 */
export function pageCitations(
	page: { path: string; title: string },
	records: CitableRecords,
	context: CiteContext,
): PageCitations {
	const path = normalizeRoute(page.path);
	const fileName = `meso-atlas${path.replace(/\/+$/, '').replace(/\//g, '-')}`;
	const claim = records.claim(claimIdOfPath(path) ?? '');
	const claimSource = claim && records.source(claim.source);
	if (claim && claimSource) {
		const item = claimItem(claim, claimSource.data, context);
		const control = {
			summary: 'Cite this fact',
			item,
			hint: siteHint('fact', context),
			fileName,
		};
		const original = {
			summary: 'Cite the original document',
			item: quotedSourceItem(claim, claimSource, context),
			hint: `Each format cites the document this fact quotes, from its record, at the section “${claim.locator}”, with the quote in the note; the accessed date is the day its text was put on file here.`,
			fileName: claimSource.id,
		};
		return { described: item, describesSite: true, controls: [control, original] };
	}
	const pageControl = {
		summary: 'Cite this page',
		item: pageItem({ path, title: page.title }, context),
		hint: siteHint('page', context),
		fileName,
	};
	const source = records.source(sourceIdOfPath(path) ?? '');
	if (source) {
		const item = sourceItem(source, context);
		const control = {
			summary: 'Cite this source',
			item,
			hint: `Each format cites the document itself, from its record; the accessed date is the day its text was put on file here. ${siteName}’s own record of it is cited below.`,
			fileName: source.id,
		};
		return { described: item, describesSite: false, controls: [control, pageControl] };
	}
	return { described: pageControl.item, describesSite: true, controls: [pageControl] };
}

/** What the citations of a page of the site give, and what to check before using one. */
function siteHint(what: 'page' | 'fact', context: CiteContext): string {
	const parts = [
		`Each format gives this ${what}’s permanent address, the version of the site (${describeVersion(context.version)}) and an accessed date: the day the site was built, which you may change to the day you read it.`,
	];
	if (!context.site) {
		parts.push(
			'This copy of the site was built without its public address, so the address is a path on the site.',
		);
	}
	return parts.join(' ');
}
