/** A registry entry as these helpers need it. */
export interface RegistryEntry {
	id: string;
	replacedBy?: string | undefined;
}

/** Where a published id leads: the current claim it resolves to, or why it resolves to none. */
export type Resolution =
	| { kind: 'current'; id: string }
	| { kind: 'missing'; id: string }
	| { kind: 'cycle'; chain: string[] };

/**
 * Follows `replacedBy` from a published id until it reaches a claim on file. A chain that
 * reaches an id neither on file nor replaced is `missing`; one that comes back on itself is a
 * `cycle`.
 * @example resolveReplacement('a', registry, new Set(['c'])) // { kind: 'current', id: 'c' } for a → b → c
 */
export function resolveReplacement(
	id: string,
	registry: ReadonlyMap<string, RegistryEntry>,
	current: { has(id: string): boolean },
): Resolution {
	const chain = [id];
	let at = id;
	for (;;) {
		if (current.has(at)) return { kind: 'current', id: at };
		const next = registry.get(at)?.replacedBy;
		if (next === undefined) return { kind: 'missing', id: at };
		if (chain.includes(next)) return { kind: 'cycle', chain: [...chain, next] };
		chain.push(next);
		at = next;
	}
}

/**
 * The redirects the site serves for replaced claims, from each old id to the current claim its
 * chain reaches (`/claims/<old>/` leads to `/claims/<current>/`), skipping entries whose chain
 * does not reach a claim on file (the checker reports those).
 * @example claimRedirects([{ id: 'a', replacedBy: 'b' }], new Set(['b'])) // { a: 'b' }
 */
export function claimRedirects(
	registry: readonly RegistryEntry[],
	current: { has(id: string): boolean },
): Record<string, string> {
	const byId = new Map(registry.map((entry) => [entry.id, entry]));
	const redirects: Record<string, string> = {};
	for (const entry of registry) {
		if (entry.replacedBy === undefined || current.has(entry.id)) continue;
		const target = resolveReplacement(entry.id, byId, current);
		if (target.kind === 'current') redirects[entry.id] = target.id;
	}
	return redirects;
}
