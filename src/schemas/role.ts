import { z } from 'astro/zod';

/** A practitioner title (`content/roles/<id>.mdx`); the id is the file name. */
export const RoleSchema = z.strictObject({
	/** The title as readers know it. */
	name: z.string().min(1),
	/** Credentials and post-nominals that identify it (MD, DO, NP, RN, …). */
	credentials: z.array(z.string().min(1)).default([]),
	/** Other names people use for it, so search finds "esthetician" or "beautician". */
	aliases: z.array(z.string().min(1)).default([]),
	/** Whether it is a licensed healthcare profession. */
	licensed: z.boolean(),
});

export type Role = z.infer<typeof RoleSchema>;
