import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from './common.ts';

/**
 * A claim id that has been published, listed in `content/published-claims.yaml`. Ids are
 * permalinks: an entry is never removed, and a claim that goes away names its successor.
 */
export const PublishedClaimSchema = z
	.strictObject({
		/** The published claim id. */
		id: IdSchema.describe('The published claim id.'),
		/** The claim that replaces it, when it is no longer on file; `/claims/<id>/` redirects there. */
		replacedBy: IdSchema.optional().describe(
			'The claim that replaces it, when it is no longer on file; `/claims/<id>/` redirects there.',
		),
		/** The day it was replaced. */
		retired: IsoDateSchema.optional().describe('The day it was replaced.'),
		/** Why it was replaced, for readers of the registry. */
		reason: z
			.string()
			.min(1)
			.optional()
			.describe('Why it was replaced, for readers of the registry.'),
	})
	.describe(
		'A claim id that has been published, listed in `content/published-claims.yaml`. Ids are permalinks: an entry is never removed, and a claim that goes away names its successor.',
	);

/** The registry file: every claim id ever published. */
export const PublishedClaimFileSchema = z.array(PublishedClaimSchema);

export type PublishedClaim = z.infer<typeof PublishedClaimSchema>;
