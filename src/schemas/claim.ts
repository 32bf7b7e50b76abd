import { z } from 'astro/zod';
import { IdListSchema, IdSchema, IsoDateSchema } from './common.ts';

/** The entities a claim is evidence for. */
export const ClaimAboutSchema = z.strictObject({
	/** Jurisdictions the claim speaks of. */
	jurisdictions: IdListSchema.default([]),
	/** Practitioner roles the claim speaks of. */
	roles: IdListSchema.default([]),
	/** Risks the claim speaks of. */
	risks: IdListSchema.default([]),
});

/**
 * One atomic fact, in our words, backed by a verbatim quote from one source on file.
 * Claims live as lists in `content/claims/<topic>.yaml`.
 */
export const ClaimSchema = z.strictObject({
	/** Stable permalink id, kebab-case; never renamed or reused once published. */
	id: IdSchema,
	/** The fact in our own words: one plain sentence. */
	statement: z.string().min(1),
	/** The id of the source the quote comes from. */
	source: IdSchema,
	/** Where in the source: a heading of the source's body. */
	locator: z.string().min(1),
	/** The source's words, verbatim (white space, quote marks and dashes may differ). */
	quote: z.string().min(1),
	/** What the claim is evidence for. */
	about: ClaimAboutSchema.default({ jurisdictions: [], roles: [], risks: [] }),
	/** The day someone last checked the claim against its source. */
	reviewed: IsoDateSchema,
});

/** A claims file: a list of claims. */
export const ClaimFileSchema = z.array(ClaimSchema);

export type Claim = z.infer<typeof ClaimSchema>;
