/**
 * Compares two dates written as precisely as known (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at the
 * precision they share, so `2011` neither precedes nor follows `2011-06-17`.
 * @example comparePartialDates('2012-02', '2011-06-17') // 1
 * @example comparePartialDates('2011', '2011-06-17') // 0
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
	const n = Math.min(a.length, b.length);
	const x = a.slice(0, n);
	const y = b.slice(0, n);
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether a period has ended by `today`: its end is before today at the end's precision.
 * @example hasEnded({ to: '2025-01-09' }, '2026-11-29') // true
 * @example hasEnded({ to: '2026' }, '2026-11-29') // false
 */
export function hasEnded(effective: { to?: string } | undefined, today: string): boolean {
	return effective?.to !== undefined && comparePartialDates(effective.to, today) < 0;
}
