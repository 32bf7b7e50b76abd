/**
 * The site's internal paths, in one place: pages link with these helpers and the checker
 * verifies links in content against `listRoutes`. Every path starts and ends with `/`.
 */

/** @example jurisdictionPath('us-tx') // '/jurisdictions/us-tx/' */
export function jurisdictionPath(id: string): string {
	return `/jurisdictions/${id}/`;
}

/** @example rolePath('physician') // '/roles/physician/' */
export function rolePath(id: string): string {
	return `/roles/${id}/`;
}

/** @example riskPath('skin-infection') // '/risks/skin-infection/' */
export function riskPath(id: string): string {
	return `/risks/${id}/`;
}

/** @example sourcePath('has-2014') // '/sources/has-2014/' */
export function sourcePath(id: string): string {
	return `/sources/${id}/`;
}

/** @example claimPath('has-infectious-risks') // '/claims/has-infectious-risks/' */
export function claimPath(id: string): string {
	return `/claims/${id}/`;
}

/**
 * The id of the fact whose page a path is, the inverse of `claimPath`; undefined for any other page.
 * @example claimIdOfPath('/claims/has-infectious-risks/') // 'has-infectious-risks'
 */
export function claimIdOfPath(path: string): string | undefined {
	return /^\/claims\/([^/]+)\/$/.exec(path)?.[1];
}

/**
 * The id of the source whose page a path is, the inverse of `sourcePath`; undefined otherwise.
 * @example sourceIdOfPath('/sources/has-2014/') // 'has-2014'
 */
export function sourceIdOfPath(path: string): string | undefined {
	return /^\/sources\/([^/]+)\/$/.exec(path)?.[1];
}

/**
 * The page listing the titles to check in one place, with each title's verdict there; with a
 * role, that title's row on it.
 * @example checkPlacePath('us') // '/check/us/'
 * @example checkPlacePath('fr', 'aesthetician') // '/check/fr/#aesthetician'
 */
export function checkPlacePath(jurisdictionId: string, roleId?: string): string {
	return roleId === undefined ? `/check/${jurisdictionId}/` : `/check/${jurisdictionId}/#${roleId}`;
}

/**
 * An answer page. Only the pairs `answerPages` lists have one; link to `answerTarget`.
 * @example checkPath('us-tx', 'physician') // '/check/us-tx/physician/'
 */
export function checkPath(jurisdictionId: string, roleId: string): string {
	return `/check/${jurisdictionId}/${roleId}/`;
}

/**
 * The path of a guide page, from its slug (its path under `docs/` without the extension; the
 * empty string for `docs/index.mdx`).
 * @example pagePath('guides/before-you-book') // '/guides/before-you-book/'
 * @example pagePath('') // '/'
 */
export function pagePath(slug: string): string {
	return slug === '' ? '/' : `/${slug}/`;
}

/** The ids the routes are built from: anything with `keys()` and `has()`, such as Maps. */
export interface RouteSources {
	jurisdictions: IdSet;
	roles: IdSet;
	risks: IdSet;
	sources: IdSet;
	claims: IdSet;
	/** Guide pages by slug. */
	pages: IdSet;
}

interface IdSet {
	keys(): Iterable<string>;
	has(id: string): boolean;
}

/** The pages that are not about one entity: home, the lists of each kind, the matrix. */
export const indexRoutes = [
	'/',
	'/check/',
	'/coverage/',
	'/data/',
	'/data/codebook/',
	'/events/',
	'/jurisdictions/',
	'/matrix/',
	'/roles/',
	'/search/',
	'/risks/',
	'/sources/',
] as const;

/**
 * Every internal path the site builds, as the path helpers write them, except the answer
 * pages, which depend on what is on file for each place (`answerPages`).
 */
export function listRoutes(kb: RouteSources): Set<string> {
	const routes = new Set<string>(indexRoutes);
	for (const slug of kb.pages.keys()) routes.add(pagePath(slug));
	for (const id of kb.jurisdictions.keys()) {
		routes.add(jurisdictionPath(id));
		routes.add(checkPlacePath(id));
	}
	for (const id of kb.roles.keys()) routes.add(rolePath(id));
	for (const id of kb.risks.keys()) routes.add(riskPath(id));
	for (const id of kb.sources.keys()) routes.add(sourcePath(id));
	for (const id of kb.claims.keys()) routes.add(claimPath(id));
	return routes;
}

/**
 * Normalises an internal link for comparison with `listRoutes`: drops the query and fragment
 * and adds the trailing slash a page path may omit.
 * @example normalizeRoute('/roles/physician#training') // '/roles/physician/'
 */
export function normalizeRoute(href: string): string {
	const path = href.replace(/[?#].*$/, '');
	return path.endsWith('/') ? path : `${path}/`;
}

/** The coverage page: what is documented for each jurisdiction, and the known gaps. @example coveragePath() // '/coverage/' */
export function coveragePath(): string {
	return '/coverage/';
}

/** The reported events: outbreaks and adverse-event reports. @example eventsPath() // '/events/' */
export function eventsPath(): string {
	return '/events/';
}

/** The data downloads page. @example dataPath() // '/data/' */
export function dataPath(): string {
	return '/data/';
}

/** The codebook: every field of the downloads and its vocabulary. @example codebookPath() // '/data/codebook/' */
export function codebookPath(): string {
	return '/data/codebook/';
}

/**
 * A data download: a kind's rows as JSON or CSV, or the JSON Schema of its JSON.
 * @example dataFilePath('claims', 'csv') // '/data/claims.csv'
 * @example dataFilePath('claims', 'schema') // '/data/claims.schema.json'
 */
export function dataFilePath(kind: string, format: 'json' | 'csv' | 'schema'): string {
	return `/data/${kind}.${format === 'schema' ? 'schema.json' : format}`;
}

/**
 * The Atom feed of the whole site, or of one jurisdiction.
 * @example feedPath() // '/feed.xml'
 * @example feedPath('us') // '/jurisdictions/us/feed.xml'
 */
export function feedPath(jurisdictionId?: string): string {
	return jurisdictionId === undefined ? '/feed.xml' : `${jurisdictionPath(jurisdictionId)}feed.xml`;
}
