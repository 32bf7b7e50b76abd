import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlListLoader } from './loaders/yaml-list-loader.ts';
import {
	ClaimSchema,
	EventSchema,
	IdSchema,
	JurisdictionSchema,
	PermissionSchema,
	RiskCategorySchema,
	RiskSchema,
	RoleSchema,
	SourceSchema,
} from './schemas/index.ts';

// ATLAS_CONTENT_DIR lets tests and the benchmark build another knowledge base.
const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';
const yamlFile = (name: string) => /\.ya?ml$/.test(name);

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/docs` }),
		schema: docsSchema(),
	}),
	sources: defineCollection({
		loader: glob({ pattern: '*.md', base: `${contentDir}/sources` }),
		schema: SourceSchema,
	}),
	jurisdictions: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/jurisdictions` }),
		schema: JurisdictionSchema,
	}),
	roles: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/roles` }),
		schema: RoleSchema,
	}),
	risks: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/risks` }),
		schema: RiskSchema,
	}),
	claims: defineCollection({
		loader: yamlListLoader({
			base: `${contentDir}/claims`,
			include: yamlFile,
			id: (item) => String(item.id),
		}),
		schema: ClaimSchema,
	}),
	permissions: defineCollection({
		loader: yamlListLoader({
			base: `${contentDir}/permissions`,
			include: yamlFile,
			id: (item, jurisdiction) => `${jurisdiction}/${String(item.role)}`,
			extend: (jurisdiction) => ({ jurisdiction }),
		}),
		schema: PermissionSchema.extend({
			/** The jurisdiction, from the permissions file's name. */
			jurisdiction: IdSchema,
		}),
	}),
	events: defineCollection({
		loader: yamlListLoader({
			base: contentDir,
			include: (name) => /^events\.ya?ml$/.test(name),
			id: (item) => String(item.id),
		}),
		schema: EventSchema,
	}),
	riskCategories: defineCollection({
		loader: yamlListLoader({
			base: contentDir,
			include: (name) => /^risk-categories\.ya?ml$/.test(name),
			id: (item) => String(item.id),
		}),
		schema: RiskCategorySchema,
	}),
};
