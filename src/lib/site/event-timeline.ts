/** What the timeline needs of an event. */
export interface TimelineInput {
	id: string;
	years: { from: number; to: number };
}

/** One bar of the timeline: where it starts and how wide it is, as shares of the whole span. */
export interface TimelineBar<T extends TimelineInput> {
	event: T;
	/** Where the bar starts, as a percentage of the timeline's width. */
	offset: number;
	/** How wide the bar is, as a percentage; a single year is one year wide. */
	width: number;
	/** The years in words: `2004–2005`, or `2008` for one year. */
	label: string;
}

/**
 * Lays events out on one time axis, oldest first (ties by id), from the first year of the
 * earliest to the last year of the latest, each year one equal slot.
 * @example timelineBars([{ id: 'a', years: { from: 2000, to: 2001 } }, { id: 'b', years: { from: 2003, to: 2003 } }]).map((b) => [b.offset, b.width]) // [[0, 50], [75, 25]]
 */
export function timelineBars<T extends TimelineInput>(events: readonly T[]): TimelineBar<T>[] {
	const span = timelineSpan(events);
	if (!span) return [];
	const first = span.from;
	const slots = span.to - first + 1;
	const share = (years: number) => Math.round((years / slots) * 10_000) / 100;
	return [...events]
		.sort(
			(a, b) => a.years.from - b.years.from || a.years.to - b.years.to || a.id.localeCompare(b.id),
		)
		.map((event) => ({
			event,
			offset: share(event.years.from - first),
			width: share(event.years.to - event.years.from + 1),
			label: yearsLabel(event.years),
		}));
}

/**
 * A span of years in words.
 * @example yearsLabel({ from: 2004, to: 2005 }) // '2004–2005'
 * @example yearsLabel({ from: 2008, to: 2008 }) // '2008'
 */
export function yearsLabel(years: { from: number; to: number }): string {
	return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}

/**
 * The first and last year of a set of events, for the timeline's axis.
 * @example timelineSpan([{ id: 'a', years: { from: 2002, to: 2003 } }]) // { from: 2002, to: 2003 }
 */
export function timelineSpan(
	events: readonly TimelineInput[],
): { from: number; to: number } | undefined {
	if (events.length === 0) return undefined;
	return {
		from: Math.min(...events.map((e) => e.years.from)),
		to: Math.max(...events.map((e) => e.years.to)),
	};
}
