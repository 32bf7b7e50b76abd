// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { astroCacheDir } from './src/lib/build/astro-cache-dir.ts';
import { contentSecurityPolicy } from './src/lib/build/content-security-policy.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR;
// Pagefind's word index in chunks of about 6 KB instead of 25 KB, so a search fetches a quarter
// as much of it (`npm run bench`). Read by the Pagefind binary Starlight starts; the variable is
// marked unstable: https://github.com/Pagefind/pagefind/blob/main/pagefind/src/options.rs
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '4000';

export default defineConfig({
	// A build writes to a staging folder that scripts/build.ts swaps in only when it succeeds.
	outDir: process.env.ATLAS_OUT_DIR ?? './dist',
	// Another knowledge base (tests, the benchmark) gets a content cache of its own, so no entry
	// of one leaks into a build of the other.
	cacheDir: contentDir ? astroCacheDir(contentDir) : './node_modules/.astro',
	// The public address, when deployed; feeds, schemas and citations then carry absolute URLs.
	site: process.env.ATLAS_SITE_URL,
	trailingSlash: 'always',
	// A Content-Security-Policy <meta> on every page: scripts and styles only from the site or
	// by hash, nothing from other origins (src/lib/build/content-security-policy.ts).
	security: { csp: await contentSecurityPolicy() },
	// No code blocks on the site; Shiki's inline styles would only make Astro warn about the policy.
	markdown: { syntaxHighlight: false },
	// Every stylesheet a file: Astro hashes the small ones it inlines into a page for the policy,
	// but not those of components a guide imports, which the policy would then block.
	build: { inlineStylesheets: 'never' },
	vite: {
		// Guides import components as `~/components/…`, which resolves wherever the content
		// folder is (tests and the benchmark build copies of it elsewhere).
		resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
		// A build's staging folder and the old site while it is swapped out
		// (src/lib/build/build-folders.ts): thousands of files the dev server need not watch.
		server: { watch: { ignored: ['**/.build-*/**'] } },
	},
	integrations: [
		starlight({
			title: 'Meso Atlas',
			description:
				'Who may legally perform mesotherapy, where, under whose supervision, and what the documented risks are: every fact quoted from a source on file.',
			// No code blocks on the site: Expressive Code would only add CSS and a script.
			expressiveCode: false,
			customCss: ['./src/styles/atlas.css', './src/styles/print.css'],
			components: {
				// Cite controls before the footer; citation meta tags for reference managers.
				Footer: './src/components/overrides/Footer.astro',
				Head: './src/components/overrides/Head.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
			sidebar: [
				{ label: 'Home', link: '/' },
				{
					label: 'Browse',
					items: [
						{ label: 'Jurisdictions', link: '/jurisdictions/' },
						{ label: 'Practitioners', link: '/roles/' },
						{ label: 'Risks', link: '/risks/' },
						{ label: 'Sources', link: '/sources/' },
						{ label: 'Reported events', link: '/events/' },
						{ label: 'At a glance', link: '/matrix/' },
						{ label: 'Coverage', link: '/coverage/' },
					],
				},
				// Listed by hand: Starlight's autogenerate expects the docs in src/content/docs.
				{
					label: 'Guides',
					items: [
						{ label: 'All guides', link: '/guides/' },
						{ label: 'Before you book', link: '/guides/consumers/before-you-book/' },
						{ label: 'Fact sheet for journalists', link: '/guides/journalists/fact-sheet/' },
						{
							label: 'Trainer modules',
							collapsed: true,
							items: [
								{ label: 'All modules', link: '/guides/trainers/' },
								{ label: '1. Procedure and depth', link: '/guides/trainers/procedure-and-depth/' },
								{ label: '2. Techniques', link: '/guides/trainers/techniques/' },
								{ label: '3. Sterile practice', link: '/guides/trainers/sterile-practice/' },
								{ label: '4. Complications', link: '/guides/trainers/complications/' },
								{
									label: '5. Off-label use and mixing',
									link: '/guides/trainers/off-label-and-mixing/',
								},
								{ label: '6. Informing the patient', link: '/guides/trainers/informing-patients/' },
								{ label: '7. Who may perform it', link: '/guides/trainers/who-may-perform/' },
							],
						},
					],
				},
				{ label: 'Check a practitioner', link: '/check/' },
				{ label: 'Data downloads', link: '/data/' },
				{ label: 'Search', link: '/search/' },
			],
		}),
		// MDX inherits Astro 7's Markdown processor, which has GFM built in.
		mdx(),
	],
});
