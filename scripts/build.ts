/**
 * `npm run build`: checks the knowledge base, builds the site with Astro (Starlight runs
 * Pagefind), and only then replaces `dist/`. A failed check or build leaves `dist/` as it was.
 * ATLAS_CONTENT_DIR and ATLAS_DIST choose other folders (tests and the benchmark use them).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { publishDist } from '../src/lib/build/publish-dist.ts';
import { formatFindingsText } from '../src/lib/check/format-findings.ts';
import { runCheck } from '../src/lib/check/run-check.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { todayIso } from '../src/lib/text/today.ts';

const root = process.cwd();
const contentDir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
const dist = path.resolve(process.env.ATLAS_DIST ?? 'dist');

const check = runCheck(await readContentDir(contentDir, root), todayIso());
console.log(formatFindingsText(check.findings, check.counts));
if (!check.ok) {
	console.error(
		`\nThe build stopped before Astro ran: fix the errors above. ${rel(dist)} was not touched.`,
	);
	process.exit(1);
}

const staging = path.join(path.dirname(dist), `.build-${path.basename(dist)}-${process.pid}`);
await mkdir(path.dirname(staging), { recursive: true });
// The same Node that runs this script runs Astro, whatever `node` is first on the PATH.
const astro = spawnSync(
	process.execPath,
	[path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
	{
		stdio: 'inherit',
		env: { ...process.env, ATLAS_OUT_DIR: staging, ATLAS_CONTENT_DIR: contentDir },
	},
);
if (astro.status !== 0) {
	await rm(staging, { recursive: true, force: true });
	console.error(`\nAstro's build failed (see above). ${rel(dist)} was not touched.`);
	process.exit(1);
}
try {
	await publishDist(staging, dist, ['index.html', 'pagefind/pagefind.js']);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`\nThe site is in ${rel(dist)}.`);

function rel(p: string): string {
	return path.relative(root, p) || '.';
}
