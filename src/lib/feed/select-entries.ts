import { ruleClaims, type Claim, type Jurisdiction, type Permission } from '../../schemas/index.ts';
import { ruleVerdict } from '../site/rule-verdict.ts';
import { answerTarget } from '../site/answer-pages.ts';
import { placeName } from '../site/place-name.ts';
import { ancestorsOf } from '../graph/jurisdiction-ancestors.ts';
import { resolvePermission, type PermissionIndex } from '../graph/resolve-permission.ts';
import {
	claimEntry,
	permissionEntry,
	sortEntries,
	type ClaimNode,
	type FeedEntry,
	type SourceNode,
} from './entries.ts';

/** A permission entry as the feeds read it. */
interface PermissionNode {
	readonly jurisdiction: string;
	readonly data: Permission;
}

/** The knowledge base as the feeds read it: Astro's collections or the checker's loader. */
export interface FeedData {
	claims: ReadonlyMap<
		string,
		ClaimNode & { readonly data: { about: Claim['about']; status?: Claim['status'] } }
	>;
	sources: ReadonlyMap<string, SourceNode>;
	jurisdictions: ReadonlyMap<
		string,
		{
			readonly data: Pick<
				Jurisdiction,
				| 'name'
				| 'definiteArticle'
				| 'parent'
				| 'kind'
				| 'verify'
				| 'redFlags'
				| 'ifItGoesWrong'
				| 'regulators'
			>;
		}
	>;
	roles: ReadonlyMap<string, { readonly data: { name: string } }>;
	permissions: PermissionIndex<PermissionNode>;
}

/**
 * The whole site's feed: one entry per claim, and one per permission on file (linking to the
 * answer page of its own place), newest first.
 */
export function siteFeedEntries(data: FeedData): FeedEntry[] {
	const claims = [...data.claims.values()].map((c) =>
		claimEntry(c, data.sources.get(c.data.source)),
	);
	const permissions = [...data.permissions.values()].flatMap((byRole) =>
		[...byRole.values()].map((p) => permissionFeedEntry(data, p.jurisdiction, p.data.role)),
	);
	return sortEntries([...claims, ...permissions].filter((e) => e !== undefined));
}

/**
 * One jurisdiction's feed: an entry per claim it shows (see `jurisdictionClaimIds`), and an
 * entry per role whose status there is on file, its own or a place above it's, linking to
 * the page that answers it (`answerTarget`), newest first.
 */
export function jurisdictionFeedEntries(data: FeedData, jurisdictionId: string): FeedEntry[] {
	const claims = jurisdictionClaimIds(data, jurisdictionId).flatMap((id) => {
		const claim = data.claims.get(id);
		return claim ? [claimEntry(claim, data.sources.get(claim.data.source))] : [];
	});
	const permissions = [...data.roles.keys()].map((role) =>
		permissionFeedEntry(data, jurisdictionId, role),
	);
	return sortEntries([...claims, ...permissions].filter((e) => e !== undefined));
}

/**
 * The claims a jurisdiction's feed follows: those about it or a place above it, those its
 * record cites (regulators, how to verify a licence, red flags), and those behind the
 * permissions that apply there. Sorted by id.
 * @example jurisdictionClaimIds(data, 'us-tx') // claims about Texas or the United States, …
 */
export function jurisdictionClaimIds(data: FeedData, jurisdictionId: string): string[] {
	const places = new Set([jurisdictionId, ...ancestorsOf(jurisdictionId, data.jurisdictions)]);
	const ids = new Set<string>();
	for (const claim of data.claims.values()) {
		if (claim.data.about.jurisdictions.some((j) => places.has(j))) ids.add(claim.id);
	}
	const record = data.jurisdictions.get(jurisdictionId)?.data;
	if (record) {
		for (const id of [
			...record.regulators.flatMap((r) => r.claims),
			...record.verify,
			...record.redFlags,
			...record.ifItGoesWrong,
		])
			ids.add(id);
	}
	for (const role of data.roles.keys()) {
		const { permission } = resolvePermission(data, jurisdictionId, role);
		for (const id of permission ? ruleClaims(permission.data) : []) ids.add(id);
	}
	return [...ids].filter((id) => data.claims.has(id)).sort();
}

function permissionFeedEntry(
	data: FeedData,
	jurisdictionId: string,
	roleId: string,
): FeedEntry | undefined {
	const { resolved, sentence } = ruleVerdict(data, jurisdictionId, roleId);
	const { permission } = resolved;
	if (!permission) return undefined;
	const nameOf = (id: string) => data.roles.get(id)?.data.name ?? id;
	return permissionEntry({
		path: answerTarget(data, jurisdictionId, roleId),
		jurisdictionName: nameInSentence(data, jurisdictionId),
		roleName: nameOf(roleId),
		answer: resolved.answer,
		hedge: permission.data.extent.hedge,
		verdict: sentence,
		claims: ruleClaims(permission.data).flatMap((id) => {
			const claim = data.claims.get(id);
			return claim ? [claim] : [];
		}),
		inheritedFrom: resolved.inherited ? nameInSentence(data, resolved.from!) : undefined,
	});
}

/** A jurisdiction's name as it reads inside a sentence ("the United States"). */
export function nameInSentence(data: Pick<FeedData, 'jurisdictions'>, id: string): string {
	const place = data.jurisdictions.get(id)?.data;
	if (!place) return id;
	return placeName(place);
}
