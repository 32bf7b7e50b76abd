import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './common.ts';

/** A family of risks (infectious, pharmacological, …), listed in `content/risk-categories.yaml`. */
export const RiskCategorySchema = z
	.strictObject({
		/** Stable id, kebab-case. */
		id: IdSchema.describe('Stable id, kebab-case.'),
		/** The category's name. */
		name: z.string().min(1).describe("The category's name."),
		/** Claims in which a source names this category of risk. */
		claims: IdListSchema.default([]).describe(
			'Claims in which a source names this category of risk.',
		),
	})
	.describe(
		'A family of risks (infectious, pharmacological, …), listed in `content/risk-categories.yaml`.',
	);

/** The risk-categories file: a list of categories. */
export const RiskCategoryFileSchema = z.array(RiskCategorySchema);

export type RiskCategory = z.infer<typeof RiskCategorySchema>;
