import { getCollection, type CollectionEntry } from 'astro:content';
import {
	indexPermissions,
	resolvePermission,
	type ResolvedPermission,
} from '../lib/graph/resolve-permission.ts';
import { claimPhase, type ClaimPhase } from '../lib/site/claim-phase.ts';
import { todayIso } from '../lib/text/today.ts';

/** Every collection of the knowledge base, keyed by id, loaded once per build. */
export interface Atlas {
	sources: Map<string, CollectionEntry<'sources'>>;
	claims: Map<string, CollectionEntry<'claims'>>;
	jurisdictions: Map<string, CollectionEntry<'jurisdictions'>>;
	roles: Map<string, CollectionEntry<'roles'>>;
	risks: Map<string, CollectionEntry<'risks'>>;
	riskCategories: Map<string, CollectionEntry<'riskCategories'>>;
	events: Map<string, CollectionEntry<'events'>>;
	/** Permissions by jurisdiction, then role. */
	permissions: Map<string, Map<string, PermissionEntry>>;
}

/** A permission entry, with its jurisdiction lifted out for the resolver. */
export type PermissionEntry = CollectionEntry<'permissions'> & { jurisdiction: string };

let atlas: Promise<Atlas> | undefined;

/** Loads the knowledge base from Astro's content layer; later calls reuse the first load. */
export function loadAtlas(): Promise<Atlas> {
	atlas ??= (async () => {
		const byId = <T extends { id: string }>(entries: T[]) =>
			new Map(entries.sort((a, b) => a.id.localeCompare(b.id)).map((e) => [e.id, e]));
		return {
			sources: byId(await getCollection('sources')),
			claims: byId(await getCollection('claims')),
			jurisdictions: byId(await getCollection('jurisdictions')),
			roles: byId(await getCollection('roles')),
			risks: byId(await getCollection('risks')),
			riskCategories: byId(await getCollection('riskCategories')),
			events: byId(await getCollection('events')),
			permissions: indexPermissions(
				(await getCollection('permissions')).map((p) => ({
					...p,
					jurisdiction: p.data.jurisdiction,
				})),
			),
		};
	})();
	return atlas;
}

/** The claims with these ids, in the order given, skipping none (the checker guarantees them). */
export function claimsById(data: Atlas, ids: readonly string[]): CollectionEntry<'claims'>[] {
	return ids.flatMap((id) => {
		const claim = data.claims.get(id);
		return claim ? [claim] : [];
	});
}

/** A role's resolved permission in a jurisdiction, and where the rule comes from. */
export type ResolvedEntry = ResolvedPermission<PermissionEntry>;

/** Resolves a role's permission in a jurisdiction, walking up `parent` when it has none. */
export function resolveStatus(data: Atlas, jurisdiction: string, role: string): ResolvedEntry {
	return resolvePermission(data, jurisdiction, role);
}

/** Every claim that backs a permission, as status evidence or as a condition. */
export function permissionClaims(data: Atlas): CollectionEntry<'claims'>[] {
	const ids = new Set<string>();
	for (const byRole of data.permissions.values()) {
		for (const p of byRole.values())
			for (const id of [...p.data.claims, ...p.data.conditions]) ids.add(id);
	}
	return claimsById(data, [...ids]);
}

/** Where a claim stands today: current, proposed, or history (see `claimPhase`). */
export function phaseOf(data: Atlas, claim: CollectionEntry<'claims'>): ClaimPhase {
	return claimPhase(
		{ claim: claim.data, source: data.sources.get(claim.data.source)?.data },
		todayIso(),
	);
}

/** Whether a claim's source is a secondary account, which every page citing it must say. */
export function isSecondary(data: Atlas, claim: CollectionEntry<'claims'>): boolean {
	return data.sources.get(claim.data.source)?.data.force === 'secondary';
}

/** Whether every claim establishing a permission comes from a secondary source. */
export function restsOnlyOnSecondary(data: Atlas, permission: PermissionEntry): boolean {
	const claims = claimsById(data, permission.data.claims);
	return claims.length > 0 && claims.every((claim) => isSecondary(data, claim));
}

/** The table-of-contents entries of the sections `MoreFacts` renders for these claims. */
export function moreFactsHeadings(
	data: Atlas,
	claims: readonly CollectionEntry<'claims'>[],
): { depth: number; slug: string; text: string }[] {
	const phases = new Set(claims.map((claim) => phaseOf(data, claim)));
	return [
		{ depth: 2, slug: 'facts', text: 'More facts on file' },
		...(phases.has('proposed')
			? [{ depth: 2, slug: 'proposed', text: 'Proposed, not in force' }]
			: []),
		...(phases.has('history') ? [{ depth: 2, slug: 'history', text: 'History' }] : []),
	];
}
