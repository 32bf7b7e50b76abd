import path from 'node:path';
import { ruleClaims, type Claim } from '../schemas/index.ts';
import { formatFindingsText } from '../lib/check/format-findings.ts';
import {
	allPermissions,
	type Entry,
	type KnowledgeBase,
	type PermissionEntry,
} from '../lib/content/knowledge-base.ts';
import { loadKnowledgeBase } from '../lib/content/load-knowledge-base.ts';
import { readContentDir } from '../lib/content/read-content-dir.ts';
import { resolvePermission, type ResolvedPermission } from '../lib/graph/resolve-permission.ts';
import { claimPhase, type ClaimPhase } from '../lib/site/claim-phase.ts';
import { todayIso } from '../lib/text/today.ts';

/** The knowledge base as pages read it: the very one the checker's loader builds. */
export type Atlas = KnowledgeBase;

/** A claim as pages read it. */
export type ClaimEntry = Entry<Claim>;

export type { PermissionEntry };

let atlas: Promise<Atlas> | undefined;

/**
 * Loads the knowledge base once per build with the checker's own loader, from
 * ATLAS_CONTENT_DIR (tests and the benchmark) or `content/`. `npm run build` has run the whole
 * check first; a file the loader cannot read (which only `astro dev` can meet) stops the
 * build with the checker's located messages instead of leaving the file out silently.
 */
export function loadAtlas(): Promise<Atlas> {
	atlas ??= Promise.resolve().then(() => {
		const contentDir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
		const { kb, findings } = loadKnowledgeBase(readContentDir(contentDir));
		const errors = findings.filter((finding) => finding.severity === 'error');
		if (errors.length > 0) {
			throw new Error(`The knowledge base cannot be read:\n${formatFindingsText(errors, {})}`);
		}
		return kb;
	});
	return atlas;
}

/** The claims with these ids, in the order given, skipping none (the checker guarantees them). */
export function claimsById(data: Atlas, ids: readonly string[]): ClaimEntry[] {
	return ids.flatMap((id) => {
		const claim = data.claims.get(id);
		return claim ? [claim] : [];
	});
}

/** A title's rule in a place, and where the rule comes from. */
export type ResolvedEntry = ResolvedPermission<PermissionEntry>;

/** Resolves a title's rule in a place, walking up `parent` when it has none of its own. */
export function resolveRule(data: Atlas, jurisdiction: string, role: string): ResolvedEntry {
	return resolvePermission(data, jurisdiction, role);
}

/** Every claim that backs a part of a rule. */
export function permissionClaims(data: Atlas): ClaimEntry[] {
	const ids = new Set<string>();
	for (const p of allPermissions(data)) {
		for (const id of ruleClaims(p.data)) ids.add(id);
	}
	return claimsById(data, [...ids]);
}

/** Where a claim stands today: current, proposed, or history (see `claimPhase`). */
export function phaseOf(data: Atlas, claim: ClaimEntry): ClaimPhase {
	return claimPhase(
		{ claim: claim.data, source: data.sources.get(claim.data.source)?.data },
		todayIso(),
	);
}

/** Whether a claim's source is a secondary account, which every page citing it must say. */
export function isSecondary(data: Atlas, claim: ClaimEntry): boolean {
	return data.sources.get(claim.data.source)?.data.force === 'secondary';
}

/** Whether every claim giving a rule's answer comes from a secondary source. */
export function restsOnlyOnSecondary(data: Atlas, permission: PermissionEntry): boolean {
	const claims = claimsById(data, permission.data.claims);
	return claims.length > 0 && claims.every((claim) => isSecondary(data, claim));
}

/** The table-of-contents entries of the sections `MoreFacts` renders for these claims. */
export function moreFactsHeadings(
	data: Atlas,
	claims: readonly ClaimEntry[],
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
