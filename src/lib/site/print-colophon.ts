/**
 * The line a printed page ends with, so a handout names where it came from: the site, the
 * page's address, and the version and date of the build.
 */
import { describeVersion, type CitationVersion } from '../cite/site-version.ts';

/**
 * The colophon of a printed page. The address is absolute with the site's URL, else the path.
 * @example printColophon('/guides/trainers/techniques/', 'https://atlas.example', { commit: 'c3c2e1c4d5e6', modified: false, built: '2026-12-02' })
 * // 'Printed from Meso Atlas, https://atlas.example/guides/trainers/techniques/ (version c3c2e1c4d5e6, built 2026-12-02).'
 */
export function printColophon(
	path: string,
	site: string | URL | undefined,
	version: CitationVersion,
): string {
	const address = site ? new URL(path, site).href : path;
	return `Printed from Meso Atlas, ${address} (${describeVersion(version)}).`;
}
