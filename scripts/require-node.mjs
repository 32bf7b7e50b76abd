// Runs before every npm script: astro 7, @astrojs/mdx 8 and vitest 5 need Node 22.12 or newer,
// and fail later with obscure errors on older versions. Plain JavaScript so any Node can run it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Meso Atlas needs Node 22.12 or newer; this is Node ${process.versions.node} (${process.execPath}).\n` +
			'Run scripts through npm (`npm start`, `npm test`, `npm run check`): npm puts the pinned Node 22 from\n' +
			'node_modules/.bin first on the PATH. If node_modules/.bin/node is missing, run `npm install` again.',
	);
	process.exit(1);
}
