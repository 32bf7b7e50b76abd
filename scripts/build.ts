/**
 * `npm run build`: checks the knowledge base, builds the site with Astro (Starlight runs
 * Pagefind) into a staging folder, and only then replaces `dist/`. A failed check or build
 * leaves `dist/` as it was. ATLAS_CONTENT_DIR and ATLAS_DIST choose other folders (tests and
 * the benchmark use them).
 *
 * Stopped by SIGINT, SIGTERM or SIGHUP, it passes the signal on to Astro and everything Astro
 * started (a process group of their own), waits for them, deletes its staging folder and exits
 * with 128 plus the signal's number (130, 143, 129); `dist/` is then the old site or, when the
 * signal came after the swap, the new one (src/lib/build/publish-dist.ts). It starts by
 * clearing what killed builds left beside `dist/` (src/lib/build/build-folders.ts). npm passes
 * SIGINT and SIGTERM on to the shell that runs a script, and a shell does not pass them on:
 * `npm run build` runs this script with `exec`, in the shell's place.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
	buildFolder,
	clearBuildFolders,
	clearStaleBuildFolders,
	findBuildFolders,
} from '../src/lib/build/build-folders.ts';
import {
	exitStatusOf,
	signalGroup,
	spawnGroup,
	stopSignals,
	waitForExit,
} from '../src/lib/build/process-group.ts';
import { publishDist } from '../src/lib/build/publish-dist.ts';
import { formatFindingsText } from '../src/lib/check/format-findings.ts';
import { runCheck } from '../src/lib/check/run-check.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { todayIso } from '../src/lib/text/today.ts';

const root = process.cwd();
const contentDir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
const dist = path.resolve(process.env.ATLAS_DIST ?? 'dist');
const staging = buildFolder(dist, 'staging');
/** How long Astro gets to stop after a signal before it and its group are killed. */
const stopGraceMs = 10_000;

let astro: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;
let published = false;

for (const signal of stopSignals) {
	process.on(signal, () => {
		stopping ??= signal;
		if (!astro) stop(stopping);
		// Astro's exit ends the wait below, which then stops the build.
		signalGroup(astro, signal);
		const running = astro;
		setTimeout(() => signalGroup(running, 'SIGKILL'), stopGraceMs).unref();
	});
}
// Whatever ends this process (an exception too) takes Astro's group and the staging folder.
process.on('exit', () => {
	if (astro) signalGroup(astro, 'SIGKILL');
	clearOwnFolders();
});

const cleared = clearStaleBuildFolders(dist);
if (cleared.restored) {
	console.log(
		`Put back ${rel(dist)} from ${rel(cleared.restored)}: a build was killed while replacing it.`,
	);
}
for (const folder of cleared.removed)
	console.log(`Deleted ${rel(folder)}, left by a killed build.`);

const check = runCheck(readContentDir(contentDir, root), todayIso());
console.log(formatFindingsText(check.findings, check.counts));
if (!check.ok) {
	console.error(
		`\nThe build stopped before Astro ran: fix the errors above. ${rel(dist)} was not touched.`,
	);
	process.exit(1);
}

mkdirSync(path.dirname(staging), { recursive: true });
// The same Node that runs this script runs Astro, whatever `node` is first on the PATH. Astro
// reads nothing from the terminal; in a group of its own it could not.
astro = spawnGroup(
	process.execPath,
	[path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
	{
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, ATLAS_OUT_DIR: staging, ATLAS_CONTENT_DIR: contentDir },
	},
);
const exit = await waitForExit(astro);
// Anything Astro started and left running.
signalGroup(astro, 'SIGKILL');
astro = undefined;
if (stopping) stop(stopping);
if (exit.code !== 0) {
	clearOwnFolders();
	console.error(`\nAstro's build failed (see above). ${rel(dist)} was not touched.`);
	process.exit(1);
}
try {
	publishDist(staging, dist, ['index.html', 'pagefind/pagefind.js']);
	published = true;
} catch (error) {
	clearOwnFolders();
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`\nThe site is in ${rel(dist)}.`);

/** Deletes this build's folders and exits as a program that `signal` ended. */
function stop(signal: NodeJS.Signals): never {
	clearOwnFolders();
	console.error(
		`\nThe build was stopped (${signal}). ${rel(dist)} ${published ? 'has the new site' : 'was not touched'}.`,
	);
	process.exit(exitStatusOf(signal));
}

/** Deletes this build's staging folder and any other it made (build-folders.ts). */
function clearOwnFolders(): void {
	clearBuildFolders(
		dist,
		findBuildFolders(dist).filter((folder) => folder.pid === process.pid),
	);
}

function rel(p: string): string {
	return path.relative(root, p) || '.';
}
