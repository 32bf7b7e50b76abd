import { z } from 'astro/zod';

/** A stable, kebab-case identifier: lower-case letters and digits separated by single hyphens. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens')
	.describe(
		'A stable, kebab-case identifier: lower-case letters and digits separated by single hyphens.',
	);

/** A list of ids, empty when none applies. */
export const IdListSchema = z.array(IdSchema).describe('A list of ids, empty when none applies.');

/**
 * A calendar date written `YYYY-MM-DD`.
 * YAML parsers that turn unquoted dates into `Date` objects are accepted too, and normalised
 * back to the string form, so Astro's loaders and the checker see the same value.
 */
export const IsoDateSchema = z
	.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
			.refine(isCalendarDate, 'is not a real calendar date'),
	)
	.describe('A calendar date written `YYYY-MM-DD`.');

/**
 * A date as precise as the document gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Numbers (an unquoted year) and `Date` objects are normalised to the string form.
 */
export const PartialDateSchema = z
	.preprocess(
		(value) =>
			value instanceof Date
				? value.toISOString().slice(0, 10)
				: typeof value === 'number'
					? String(value)
					: value,
		z
			.string()
			.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be written YYYY, YYYY-MM or YYYY-MM-DD')
			.refine((date) => date.length < 10 || isCalendarDate(date), 'is not a real calendar date'),
	)
	.describe('A date as precise as the document gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.');

/** An absolute web address whose scheme is `https:` or `http:`; anything else is refused. */
export const HttpUrlSchema = z
	.string()
	.superRefine((value, ctx) => {
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			ctx.addIssue({
				code: 'custom',
				message: 'is not an absolute URL',
				params: { rule: 'url/scheme', hint: 'Write the full address, starting with https://.' },
			});
			return;
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			ctx.addIssue({
				code: 'custom',
				message: `uses the scheme \`${url.protocol}\`; only https: and http: are allowed`,
				params: {
					rule: 'url/scheme',
					hint: 'Link to the web page instead (https://…); other schemes do not open for every reader.',
				},
			});
		}
	})
	.describe(
		'An absolute web address whose scheme is `https:` or `http:`; anything else is refused.',
	);

function isCalendarDate(date: string): boolean {
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/**
 * Where a rule stands:
 * - `in-force`: it applies today.
 * - `replaced`: a later rule took its place.
 * - `annulled`: a court set it aside.
 * - `suspended`: it is on hold, pending a decision.
 * - `proposed`: put forward, not adopted.
 * - `under-consultation`: open for comment, not adopted.
 */
export const LegalStatusSchema = z
	.enum(['in-force', 'replaced', 'annulled', 'suspended', 'proposed', 'under-consultation'])
	.describe(
		'Where a rule stands: `in-force` (it applies today), `replaced` (a later rule took its place), `annulled` (a court set it aside), `suspended` (on hold, pending a decision), `proposed` (put forward, not adopted) or `under-consultation` (open for comment, not adopted).',
	);

/** When a rule applied: from the day it took effect to the day it stopped; either may be unknown. */
export const EffectiveSchema = z
	.strictObject({
		/** The day it took effect, as precisely as known. */
		from: PartialDateSchema.optional().describe('The day it took effect, as precisely as known.'),
		/** The day it stopped applying, as precisely as known; absent while it still applies. */
		to: PartialDateSchema.optional().describe(
			'The day it stopped applying, as precisely as known; absent while it still applies.',
		),
	})
	.describe(
		'When a rule applied: from the day it took effect to the day it stopped; either may be unknown.',
	);

export type LegalStatus = z.infer<typeof LegalStatusSchema>;
export type Effective = z.infer<typeof EffectiveSchema>;
