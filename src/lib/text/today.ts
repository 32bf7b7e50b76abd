/** Today's date in UTC, `YYYY-MM-DD`; `ATLAS_TODAY` overrides it so builds and tests can pin it. */
export function todayIso(env: Record<string, string | undefined> = process.env): string {
	return env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
}
