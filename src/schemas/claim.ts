import { z } from 'astro/zod';
import {
	EffectiveSchema,
	IdListSchema,
	IdSchema,
	IsoDateSchema,
	LegalStatusSchema,
} from './common.ts';

/** The entities a claim is evidence for. */
export const ClaimAboutSchema = z
	.strictObject({
		/** Jurisdictions the claim speaks of. */
		jurisdictions: IdListSchema.default([]).describe('Jurisdictions the claim speaks of.'),
		/** Practitioner roles the claim speaks of. */
		roles: IdListSchema.default([]).describe('Practitioner roles the claim speaks of.'),
		/** Risks the claim speaks of. */
		risks: IdListSchema.default([]).describe('Risks the claim speaks of.'),
	})
	.describe('The entities a claim is evidence for.');

/**
 * One atomic fact, in our words, backed by a verbatim quote from one source on file.
 * Claims live as lists in `content/claims/<topic>.yaml`.
 */
export const ClaimSchema = z
	.strictObject({
		/** Stable permalink id, kebab-case; never renamed or reused once published. */
		id: IdSchema.describe(
			'Stable permalink id, kebab-case; never renamed or reused once published.',
		),
		/** The fact in our own words: one plain sentence. */
		statement: z.string().min(1).describe('The fact in our own words: one plain sentence.'),
		/** The id of the source the quote comes from. */
		source: IdSchema.describe('The id of the source the quote comes from.'),
		/** Where in the source: a heading of the source's body. */
		locator: z.string().min(1).describe("Where in the source: a heading of the source's body."),
		/** The source's words, verbatim (white space, quote marks and dashes may differ). */
		quote: z
			.string()
			.min(1)
			.describe("The source's words, verbatim (white space, quote marks and dashes may differ)."),
		/**
		 * The warning sign the quote describes, in a reader's plain words, as an item of a
		 * checklist ("An aesthetician offers to inject you"): what a consumer can see or ask
		 * before booking. Required on a claim a place lists as a red flag; it says no more than the
		 * quote, whose statement is printed under it.
		 */
		sign: z
			.string()
			.min(1)
			.optional()
			.describe(
				"The warning sign the quote describes, in a reader's plain words, as an item of a checklist: what a consumer can see or ask before booking. Required on a claim a place lists as a red flag.",
			),
		/** What the claim is evidence for. */
		about: ClaimAboutSchema.default({ jurisdictions: [], roles: [], risks: [] }).describe(
			'What the claim is evidence for.',
		),
		/**
		 * Where the rule the claim states stands. Left out when the claim states no rule (a finding,
		 * a report, an event).
		 */
		status: LegalStatusSchema.optional().describe(
			'Where the rule the claim states stands. Left out when the claim states no rule (a finding, a report, an event).',
		),
		/** When the rule or state of affairs the claim describes applied. */
		effective: EffectiveSchema.optional().describe(
			'When the rule or state of affairs the claim describes applied.',
		),
		/** The day someone last checked the claim against its source. */
		reviewed: IsoDateSchema.describe('The day someone last checked the claim against its source.'),
	})
	.describe(
		'One atomic fact, in our words, backed by a verbatim quote from one source on file. Claims live as lists in `content/claims/<topic>.yaml`.',
	);

/** A claims file: a list of claims. */
export const ClaimFileSchema = z.array(ClaimSchema);

export type Claim = z.infer<typeof ClaimSchema>;
