import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentGlob, contentKind } from './lib/content/content-kinds.ts';

// ATLAS_CONTENT_DIR lets tests and the benchmark build another knowledge base.
const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';
const pages = contentKind('pages');

/**
 * Only Starlight's pages are an Astro collection, read with the same folder and extensions as
 * the checker's table of content kinds. Every other kind reaches pages through `loadAtlas()`,
 * the checker's own loader, so the site and the check read `content/` one way.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({
			pattern: contentGlob(pages),
			base: `${contentDir}/${'folder' in pages.place ? pages.place.folder : ''}`,
		}),
		schema: docsSchema(),
	}),
};
