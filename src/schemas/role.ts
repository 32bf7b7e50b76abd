import { z } from 'astro/zod';
import { RegulatorKindSchema } from './jurisdiction.ts';

/** A practitioner title (`content/roles/<id>.mdx`); the id is the file name. */
export const RoleSchema = z
	.strictObject({
		/** The title as readers know it. */
		name: z.string().min(1).describe('The title as readers know it.'),
		/** Credentials and post-nominals that identify it (MD, DO, NP, RN, …). */
		credentials: z
			.array(z.string().min(1))
			.default([])
			.describe('Credentials and post-nominals that identify it (MD, DO, NP, RN, …).'),
		/** Other names people use for it, so search finds "esthetician" or "beautician". */
		aliases: z
			.array(z.string().min(1))
			.default([])
			.describe('Other names people use for it, so search finds "esthetician" or "beautician".'),
		/** Whether it is a licensed healthcare profession. */
		licensed: z.boolean().describe('Whether it is a licensed healthcare profession.'),
		/**
		 * The kinds of regulator whose register a reader looks this title up in (a medical board
		 * for physicians): answer pages link the register of that kind on file for the place.
		 */
		licensedBy: z
			.array(RegulatorKindSchema)
			.default([])
			.describe(
				'The kinds of regulator whose register a reader looks this title up in (a medical board for physicians): answer pages link the register of that kind on file for the place.',
			),
	})
	.describe('A practitioner title (`content/roles/<id>.mdx`); the id is the file name.');

export type Role = z.infer<typeof RoleSchema>;
