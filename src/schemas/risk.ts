import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './common.ts';

/** A specific documented risk (`content/risks/<id>.mdx`); the id is the file name. */
export const RiskSchema = z
	.strictObject({
		/** The risk's name. */
		name: z.string().min(1).describe("The risk's name."),
		/** The id of its risk category. */
		category: IdSchema.describe('The id of its risk category.'),
		/**
		 * Severity on the sources' own scale (HAS: major, serious, minor); `not-rated` where no
		 * source on file rates it.
		 */
		severity: z
			.enum(['major', 'serious', 'minor', 'not-rated'])
			.describe(
				"Severity on the sources' own scale (HAS: major, serious, minor); `not-rated` where no source on file rates it.",
			),
		/**
		 * What is known of how often it happens: `not-assessable` where a source says frequency
		 * could not be assessed, `not-documented` where no source on file speaks of it.
		 */
		frequency: z
			.enum(['not-assessable', 'not-documented'])
			.describe(
				'What is known of how often it happens: `not-assessable` where a source says frequency could not be assessed, `not-documented` where no source on file speaks of it.',
			),
		/** Claims that document this risk; at least one. */
		claims: IdListSchema.default([]).describe('Claims that document this risk; at least one.'),
	})
	.describe('A specific documented risk (`content/risks/<id>.mdx`); the id is the file name.');

export type Risk = z.infer<typeof RiskSchema>;
