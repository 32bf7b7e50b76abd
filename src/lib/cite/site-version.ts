import { readSiteVersion, type SiteVersion } from '../data/site-version.ts';

/** The site's version as citations give it: which commit a page was built from, and when. */
export interface CitationVersion {
	/** The commit, shortened to 12 characters; undefined when the build knew no commit. */
	commit?: string;
	/** True when the build's working tree differed from the commit. */
	modified: boolean;
	/** The build date, `YYYY-MM-DD`. */
	built: string;
}

/** How many characters of a commit hash a citation gives: as many as the data page shows. */
const commitLength = 12;

/**
 * Shortens a build's version for citations.
 * @example citationVersion({ commit: 'c3c2e1c4d5e6f7a8…', modified: false, built: '2026-11-22' })
 * // { commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' }
 */
export function citationVersion(version: SiteVersion): CitationVersion {
	return {
		...(version.commit ? { commit: version.commit.slice(0, commitLength) } : {}),
		modified: version.modified,
		built: version.built,
	};
}

/**
 * The version label of a citation (CSL `version`): the commit, and whether the tree differed
 * from it; undefined without a commit, so a citation never names a version it does not know.
 * @example versionLabel({ commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' }) // 'c3c2e1c4d5e6'
 */
export function versionLabel(version: CitationVersion): string | undefined {
	if (!version.commit) return undefined;
	return version.modified ? `${version.commit} with local changes` : version.commit;
}

/**
 * The version in words, for a citation's note.
 * @example describeVersion({ commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' })
 * // 'version c3c2e1c4d5e6, built 2026-11-22'
 * @example describeVersion({ modified: false, built: '2026-11-22' }) // 'built 2026-11-22'
 */
export function describeVersion(version: CitationVersion): string {
	const label = versionLabel(version);
	return label ? `version ${label}, built ${version.built}` : `built ${version.built}`;
}

let cached: CitationVersion | undefined;

/**
 * The version of the build running now: `ATLAS_COMMIT` or Git's `HEAD`, and the build date
 * (`ATLAS_TODAY` pins it). Git runs once per build; later calls reuse the answer.
 */
export function readCitationVersion(): CitationVersion {
	cached ??= citationVersion(readSiteVersion());
	return cached;
}
