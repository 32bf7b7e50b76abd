import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './common.ts';

/** What kind of reported event it is. */
export const EventKindSchema = z
	.enum(['outbreak', 'case-series', 'adverse-event-report', 'review'])
	.describe(
		'What kind of reported event it is: `outbreak` (a cluster investigated as one), `case-series` (cases collected by a clinic or laboratory), `adverse-event-report` (reports to a regulator or authority) or `review` (a systematic review pooling published cases).',
	);

/**
 * A documented outbreak or adverse-event report, as data. Events live as a list in
 * `content/events.yaml`; every figure in one must be stated by the claims it cites.
 */
export const EventSchema = z
	.strictObject({
		/** Stable kebab-case id. */
		id: IdSchema.describe('Stable kebab-case id.'),
		/** What kind of event it is. */
		kind: EventKindSchema.describe('What kind of event it is.'),
		/** Where it happened, as the source names the place (`Lima, Peru`). */
		place: z
			.string()
			.min(1)
			.describe('Where it happened, as the source names the place (`Lima, Peru`).'),
		/** The jurisdiction it happened in, where one is on file. */
		jurisdiction: IdSchema.optional().describe(
			'The jurisdiction it happened in, where one is on file.',
		),
		/** The first and last year of the cases. */
		years: z
			.strictObject({
				/** The first year. */
				from: z.number().int().min(1900).describe('The first year.'),
				/** The last year; the same as `from` for a single year. */
				to: z
					.number()
					.int()
					.min(1900)
					.describe('The last year; the same as `from` for a single year.'),
			})
			.describe('The first and last year of the cases.'),
		/** The organism or substance behind it, as the source names it; absent when none is named. */
		cause: z
			.string()
			.min(1)
			.optional()
			.describe(
				'The organism or substance behind it, as the source names it; absent when none is named.',
			),
		/** How many people were affected; must appear in the quote of one of its claims. */
		people: z
			.number()
			.int()
			.positive()
			.optional()
			.describe('How many people were affected; must appear in the quote of one of its claims.'),
		/** The setting, in a few words (`mesotherapy training sessions`), where the source gives one. */
		setting: z
			.string()
			.min(1)
			.optional()
			.describe(
				'The setting, in a few words (`mesotherapy training sessions`), where the source gives one.',
			),
		/** The risks it is an instance of. */
		risks: IdListSchema.min(1).describe('The risks it is an instance of.'),
		/** The claims that document it; their sources are the event's sources. */
		claims: IdListSchema.min(1).describe(
			"The claims that document it; their sources are the event's sources.",
		),
	})
	.describe(
		'A documented outbreak or adverse-event report, as data. Events live as a list in `content/events.yaml`; every figure in one must be stated by the claims it cites.',
	);

/** The events file: a list of events. */
export const EventFileSchema = z.array(EventSchema);

export type ReportedEvent = z.infer<typeof EventSchema>;
export type EventKind = z.infer<typeof EventKindSchema>;
