/** A jurisdiction as the graph helpers need it: an Astro collection entry or a checker entry. */
export interface JurisdictionNode {
	readonly data: { readonly parent?: string | undefined };
}

/**
 * Lists the jurisdictions above `id`, nearest first: its parent, then the parent's parent, and
 * so on. Stops at a parent that is not in `jurisdictions` (it is left out) and before any id
 * already seen, so a cycle of parents cannot loop forever.
 * @example ancestorsOf('us-tx', jurisdictions) // ['us']
 */
export function ancestorsOf(
	id: string,
	jurisdictions: ReadonlyMap<string, JurisdictionNode>,
): string[] {
	const ancestors: string[] = [];
	const seen = new Set([id]);
	let parent = jurisdictions.get(id)?.data.parent;
	while (parent !== undefined && !seen.has(parent) && jurisdictions.has(parent)) {
		ancestors.push(parent);
		seen.add(parent);
		parent = jurisdictions.get(parent)?.data.parent;
	}
	return ancestors;
}
