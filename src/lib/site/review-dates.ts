/**
 * Returns the earliest of the claims' `reviewed` dates: the date by which every fact shown
 * has been checked against its source. Undefined when there are no claims.
 * @example earliestReview([{ reviewed: '2026-01-02' }, { reviewed: '2025-12-01' }]) // '2025-12-01'
 */
export function earliestReview(claims: readonly { reviewed: string }[]): string | undefined {
	let earliest: string | undefined;
	for (const { reviewed } of claims)
		if (earliest === undefined || reviewed < earliest) earliest = reviewed;
	return earliest;
}

/**
 * Formats an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) for readers, in English, without
 * time-zone drift.
 * @example formatDate('2014') // '2014'
 * @example formatDate('2026-11-22') // '22 November 2026'
 */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	const monthName = month ? months[Number(month) - 1] : undefined;
	if (!monthName) return year ?? date;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** How long a review holds: after this many days a claim is due for another (the checker warns). */
export const reviewIntervalDays = 365;

/**
 * Returns the day a review made on `reviewed` falls due again.
 * @example nextReviewDue('2026-11-22') // '2027-11-22'
 */
export function nextReviewDue(reviewed: string, days = reviewIntervalDays): string {
	const due = new Date(`${reviewed}T00:00:00Z`);
	due.setUTCDate(due.getUTCDate() + days);
	return due.toISOString().slice(0, 10);
}
