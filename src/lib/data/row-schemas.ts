import { z } from 'astro/zod';
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
} from '../../schemas/index.ts';

/** The kinds of entity offered as downloads, in the order the data page lists them. */
export const dataKinds = [
	'claims',
	'permissions',
	'jurisdictions',
	'roles',
	'risks',
	'risk-categories',
	'events',
	'sources',
] as const;

export type DataKind = (typeof dataKinds)[number];

/** Prefixes an entity schema with the `id` its file name gives it. */
function withFileId<T extends z.ZodRawShape>(schema: z.ZodObject<T>, example: string) {
	return z
		.strictObject({
			id: IdSchema.describe(`Stable id, kebab-case: the name of its file (\`${example}\`).`),
			...schema.shape,
		})
		.describe(schema.description ?? '');
}

/**
 * One row of each download: the entity exactly as its schema in `src/schemas/` gives it, plus
 * the `id` (and, for permissions, the `jurisdiction`) that its file name gives it. A source's
 * row is its bibliographic record only: the text on file is the publisher's, not ours.
 */
export const rowSchemas = {
	claims: ClaimSchema,
	permissions: z
		.strictObject({
			id: z
				.string()
				.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
				.describe('`<jurisdiction>/<role>`: one entry per role documented in a jurisdiction.'),
			jurisdiction: IdSchema.describe(
				'The jurisdiction the entry is for: the name of its permissions file (`us`).',
			),
			...PermissionSchema.shape,
		})
		.describe(PermissionSchema.description ?? ''),
	jurisdictions: withFileId(JurisdictionSchema, 'us'),
	roles: withFileId(RoleSchema, 'registered-nurse'),
	risks: withFileId(RiskSchema, 'local-infection'),
	'risk-categories': RiskCategorySchema,
	events: EventSchema,
	sources: withFileId(SourceSchema, 'has-2014-aesthetic-mesotherapy-risks'),
} satisfies Record<DataKind, z.ZodObject>;

/** A row of one kind, as the download holds it. */
export type Row<K extends DataKind> = z.output<(typeof rowSchemas)[K]>;

/** The reader-facing name of each kind, for headings and titles. */
export const kindTitles: Record<DataKind, string> = {
	claims: 'Claims (facts)',
	permissions: 'Permissions',
	jurisdictions: 'Jurisdictions',
	roles: 'Practitioner titles (roles)',
	risks: 'Risks',
	'risk-categories': 'Risk categories',
	events: 'Reported events (outbreaks and adverse-event reports)',
	sources: 'Sources (records only)',
};

/** What a reader of each download should know beyond its fields. */
export const kindNotes: Partial<Record<DataKind, string>> = {
	permissions:
		'A role with no entry in a place is not documented there; the site then shows the rule of the nearest place above it (its `parent`), if any, as that place’s general rule.',
	sources:
		'The download holds each source’s record only. The text on file is its publisher’s work, not ours: what we quote from it is in the claims’ `quote`, and the whole text can be read on the source’s page.',
};
