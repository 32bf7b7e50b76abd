import { z } from 'astro/zod';
import { HttpUrlSchema, IdListSchema, IdSchema } from './common.ts';

/** What a regulator oversees. */
export const RegulatorKindSchema = z
	.enum([
		'medical-board',
		'nursing-board',
		'cosmetology-board',
		'pharmacy-board',
		'health-authority',
		'medicines-agency',
		'other',
	])
	.describe('What it oversees.');

/** A body that licenses or oversees practitioners in a jurisdiction. */
export const RegulatorSchema = z
	.strictObject({
		/** The regulator's name as it gives it. */
		name: z.string().min(1).describe("The regulator's name as it gives it."),
		/** What it oversees. */
		kind: RegulatorKindSchema,
		/** Its website, where known. */
		url: HttpUrlSchema.optional().describe('Its website, where known.'),
		/** The page where anyone can look up a practitioner's licence, where one exists. */
		lookup: HttpUrlSchema.optional().describe(
			"The page where anyone can look up a practitioner's licence, where one exists.",
		),
		/**
		 * The titles whose practitioners it registers, where its kind does not say (a register of
		 * many professions) or says too much (a college of one kind of nurse). When given, it is a
		 * register for these titles only; otherwise for the titles licensed by its kind.
		 */
		licenses: IdListSchema.optional().describe(
			'The titles whose practitioners it registers, where its kind does not say (a register of many professions) or says too much (a college of one kind of nurse). When given, it is a register for these titles only; otherwise for the titles licensed by its kind.',
		),
		/** Claims that document this regulator. */
		claims: IdListSchema.default([]).describe('Claims that document this regulator.'),
	})
	.describe('A body that licenses or oversees practitioners in a jurisdiction.');

/** A place with its own rules (`content/jurisdictions/<id>.mdx`); the id is the file name. */
export const JurisdictionSchema = z
	.strictObject({
		/** The name readers know it by. */
		name: z.string().min(1).describe('The name readers know it by.'),
		/** Whether the name takes "the" inside a sentence ("in the United States"). */
		definiteArticle: z
			.boolean()
			.default(false)
			.describe('Whether the name takes "the" inside a sentence ("in the United States").'),
		/** What kind of place it is. */
		kind: z
			.enum(['country', 'state', 'province', 'territory', 'nation', 'district'])
			.describe('What kind of place it is.'),
		/** The jurisdiction whose general rules apply where this one has none of its own. */
		parent: IdSchema.optional().describe(
			'The jurisdiction whose general rules apply where this one has none of its own.',
		),
		/** Who licenses practitioners there. */
		regulators: z.array(RegulatorSchema).default([]).describe('Who licenses practitioners there.'),
		/** Claims telling a consumer how to check a practitioner's licence there. */
		verify: IdListSchema.default([]).describe(
			"Claims telling a consumer how to check a practitioner's licence there.",
		),
		/**
		 * Claims that each describe a warning sign a consumer can check before booking there; each
		 * carries its `sign`, the checklist item.
		 */
		redFlags: IdListSchema.default([]).describe(
			'Claims that each describe a warning sign a consumer can check before booking there; each carries its `sign`, the checklist item.',
		),
		/**
		 * Claims telling a consumer what to do if something goes wrong there: where to complain
		 * about a practitioner or report unlicensed practice or a side effect, and where to get care.
		 */
		ifItGoesWrong: IdListSchema.default([]).describe(
			'Claims telling a consumer what to do if something goes wrong there: where to complain about a practitioner or report unlicensed practice or a side effect, and where to get care.',
		),
		/** What was searched for and not found: shown to readers as not documented, never guessed. */
		gaps: z
			.array(
				z
					.string()
					.regex(
						/^[^;]+$/,
						'must hold no semicolon: the CSV download separates gaps with "; " (write two gaps instead)',
					),
			)
			.default([])
			.describe(
				'What was searched for and not found: shown to readers as not documented, never guessed.',
			),
	})
	.describe(
		'A place with its own rules (`content/jurisdictions/<id>.mdx`); the id is the file name.',
	);

export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type Regulator = z.infer<typeof RegulatorSchema>;
export type RegulatorKind = z.infer<typeof RegulatorKindSchema>;
