import { getCollection, type CollectionEntry } from 'astro:content';
import type { ResolvedStatus } from '../lib/site/status-label.ts';

/** Every collection of the knowledge base, keyed by id, loaded once per build. */
export interface Atlas {
	sources: Map<string, CollectionEntry<'sources'>>;
	claims: Map<string, CollectionEntry<'claims'>>;
	jurisdictions: Map<string, CollectionEntry<'jurisdictions'>>;
	roles: Map<string, CollectionEntry<'roles'>>;
	risks: Map<string, CollectionEntry<'risks'>>;
	riskCategories: Map<string, CollectionEntry<'riskCategories'>>;
	permissions: CollectionEntry<'permissions'>[];
}

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
			permissions: await getCollection('permissions'),
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
export interface ResolvedPermission {
	status: ResolvedStatus;
	permission?: CollectionEntry<'permissions'>;
	/** The jurisdiction whose rule applies; differs from the one asked for when inherited. */
	from?: string;
	inherited: boolean;
}

/** Resolves a role's permission in a jurisdiction, walking up `parent` when it has none. */
export function resolveStatus(data: Atlas, jurisdiction: string, role: string): ResolvedPermission {
	const seen = new Set<string>();
	let current: string | undefined = jurisdiction;
	while (current && !seen.has(current)) {
		seen.add(current);
		const here: string = current;
		const permission = data.permissions.find(
			(p) => p.data.jurisdiction === here && p.data.role === role,
		);
		if (permission) {
			return {
				status: permission.data.status,
				permission,
				from: here,
				inherited: here !== jurisdiction,
			};
		}
		current = data.jurisdictions.get(here)?.data.parent;
	}
	return { status: 'not-documented', inherited: false };
}
