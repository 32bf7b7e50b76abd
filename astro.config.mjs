// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { astroCacheDir } from './src/lib/build/astro-cache-dir.ts';
import { readClaimRedirects } from './src/lib/permalinks/read-redirects.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR;

export default defineConfig({
	// A build writes to a staging folder that scripts/build.ts swaps in only when it succeeds.
	outDir: process.env.ATLAS_OUT_DIR ?? './dist',
	// Another knowledge base (tests, the benchmark) gets a content cache of its own, so no entry
	// of one leaks into a build of the other.
	cacheDir: contentDir ? astroCacheDir(contentDir) : './node_modules/.astro',
	// The public address, when deployed; feeds, schemas and citations then carry absolute URLs.
	site: process.env.ATLAS_SITE_URL,
	trailingSlash: 'always',
	// A replaced claim's permalink leads to its successor (content/published-claims.yaml).
	redirects: await readClaimRedirects(contentDir ?? './content'),
	vite: {
		// Guides import components as `~/components/…`, which resolves wherever the content
		// folder is (tests and the benchmark build copies of it elsewhere).
		resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
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
