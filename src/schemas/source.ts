import { z } from 'astro/zod';
import {
	EffectiveSchema,
	HttpUrlSchema,
	IdListSchema,
	IdSchema,
	IsoDateSchema,
	LegalStatusSchema,
	PartialDateSchema,
} from './common.ts';

/** What kind of document a source is. */
export const SourceKindSchema = z
	.enum([
		'report',
		'article',
		'statute',
		'regulation',
		'court-decision',
		'board-opinion',
		'guideline',
		'journal-article',
		'news',
	])
	.describe('What kind of document a source is.');

/** How much a source binds anyone: law, official guidance, an opinion, or a secondary account. */
export const SourceForceSchema = z
	.enum(['binding', 'guidance', 'opinion', 'secondary'])
	.describe(
		'How much a source binds anyone: law, official guidance, an opinion, or a secondary account.',
	);

/** A part of a document (an article, a section) whose status differs from the whole. */
export const SourcePartSchema = z
	.strictObject({
		/** The part as the document names it (`Article 2`); claims whose locator is this name are in it. */
		part: z
			.string()
			.min(1)
			.describe(
				'The part as the document names it (`Article 2`); claims whose locator is this name are in it.',
			),
		/** Where the part stands. */
		status: LegalStatusSchema.describe('Where the part stands.'),
		/** When the part applied. */
		effective: EffectiveSchema.optional().describe('When the part applied.'),
		/** Claims that document the part's status (the decision that annulled it). */
		claims: IdListSchema.default([]).describe(
			"Claims that document the part's status (the decision that annulled it).",
		),
	})
	.describe('A part of a document (an article, a section) whose status differs from the whole.');

/**
 * A document on file (`content/sources/<id>.md`): its bibliographic record as frontmatter, the
 * text we hold as the body. Headings in the body are the locators claims point at.
 */
export const SourceSchema = z
	.strictObject({
		/** The document's title as it gives it. */
		title: z.string().min(1).describe("The document's title as it gives it."),
		/** Who published it; `null` when the document does not say, which the site shows as such. */
		publisher: z
			.string()
			.min(1)
			.nullable()
			.describe(
				'Who published it; `null` when the document does not say, which the site shows as such.',
			),
		/** The authors it names, in its order; empty when it names none. */
		authors: z
			.array(z.string().min(1))
			.describe('The authors it names, in its order; empty when it names none.'),
		/** When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `null` when it does not say. */
		date: PartialDateSchema.nullable().describe(
			'When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `null` when it does not say.',
		),
		/** Where it can be read; `null` when no address is known. */
		url: HttpUrlSchema.nullable().describe(
			'Where it can be read; `null` when no address is known.',
		),
		/** Its ISBN, where it gives one. */
		isbn: z.string().min(10).optional().describe('Its ISBN, where it gives one.'),
		/** The language of the text on file, as a BCP 47 tag (`en`, `fr`). */
		language: z
			.string()
			.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en')
			.describe('The language of the text on file, as a BCP 47 tag (`en`, `fr`).'),
		/** What kind of document it is. */
		kind: SourceKindSchema.describe('What kind of document it is.'),
		/** Its legal force. `secondary` marks an account of rules written by someone else. */
		force: SourceForceSchema.describe(
			'Its legal force. `secondary` marks an account of rules written by someone else.',
		),
		/** The day the text on file was taken. */
		accessed: IsoDateSchema.describe('The day the text on file was taken.'),
		/** Whether the body holds the whole text or only quoted excerpts. */
		coverage: z
			.enum(['full-text', 'excerpts'])
			.describe('Whether the body holds the whole text or only quoted excerpts.'),
		/**
		 * Where the document stands, for a rule, decision or proposal. Left out for documents that
		 * state no rule of their own (reports, articles, news).
		 */
		status: LegalStatusSchema.optional().describe(
			'Where the document stands, for a rule, decision or proposal. Left out for documents that state no rule of their own (reports, articles, news).',
		),
		/** When the rule applied. */
		effective: EffectiveSchema.optional().describe('When the rule applied.'),
		/** The source on file that replaced this one, when its status is `replaced`. */
		replacedBy: IdSchema.optional().describe(
			'The source on file that replaced this one, when its status is `replaced`.',
		),
		/** Parts whose status differs from the whole document's. */
		parts: z
			.array(SourcePartSchema)
			.default([])
			.describe("Parts whose status differs from the whole document's."),
		/** What a reader should know about the record itself: gaps, provenance, oddities of the text. */
		notes: z
			.string()
			.min(1)
			.optional()
			.describe(
				'What a reader should know about the record itself: gaps, provenance, oddities of the text.',
			),
	})
	.describe(
		'A document on file (`content/sources/<id>.md`): its bibliographic record as frontmatter, the text we hold as the body. Headings in the body are the locators claims point at.',
	);

export type Source = z.infer<typeof SourceSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type SourceForce = z.infer<typeof SourceForceSchema>;
export type SourcePart = z.infer<typeof SourcePartSchema>;
