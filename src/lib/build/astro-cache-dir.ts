import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The Astro content cache for a build of `contentDir` other than the project's own: one per
 * folder, so no entry of one knowledge base leaks into a build of another.
 * @example astroCacheDir('/tmp/x/content') // '/tmp/atlas-cache-1a2b3c4d5e6f'
 */
export function astroCacheDir(contentDir: string): string {
	const hash = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
	return path.join(tmpdir(), `atlas-cache-${hash}`);
}
