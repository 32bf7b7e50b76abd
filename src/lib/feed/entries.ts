import type { Claim, Source } from '../../schemas/index.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { claimPath } from '../site/routes.ts';
import { shortAnswer, type ResolvedAnswer } from '../site/answer-label.ts';
import type { RuleHedge } from '../../schemas/index.ts';

// Re-exported: the feed's renderer and its tests take it from here.
export { escapeHtml };

/** One entry of a feed: a page of the site, with the day it last changed. */
export interface FeedEntry {
	/** The page's path on the site; the entry's id and link are built from it. */
	path: string;
	/** Plain text. */
	title: string;
	/** The day it was last reviewed or changed, `YYYY-MM-DD`. */
	updated: string;
	/** HTML, with every text escaped. */
	summary: string;
}

/** A claim as an entry needs it. */
export interface ClaimNode {
	readonly id: string;
	readonly data: Pick<Claim, 'statement' | 'quote' | 'locator' | 'source' | 'reviewed'>;
}

/** A source as an entry needs it. */
export interface SourceNode {
	readonly data: Pick<Source, 'title' | 'force'>;
}

/**
 * A claim's entry: its statement as the title, its review date, and a summary holding the
 * statement, the verbatim quote and where it comes from.
 * @example claimEntry(claim, source).path // '/claims/has-fatal-anaphylactic-shock/'
 */
export function claimEntry(claim: ClaimNode, source: SourceNode | undefined): FeedEntry {
	const { statement, quote, locator, reviewed } = claim.data;
	const from = source ? `${source.data.title}, section “${locator}”` : `section “${locator}”`;
	return {
		path: claimPath(claim.id),
		title: statement,
		updated: reviewed,
		summary: [
			`<p>${escapeHtml(statement)}</p>`,
			`<blockquote><p>“${escapeHtml(quote.trim())}”</p></blockquote>`,
			`<p>Source: ${escapeHtml(from)}. Reviewed ${escapeHtml(reviewed)}.</p>`,
		].join(''),
	};
}

/** What a rule's entry says: a title's answer in a place, its verdict, and the facts behind it. */
export interface PermissionEntryInput {
	/** The page that answers the title in the place: `answerTarget`. */
	path: string;
	/** As it reads inside a sentence ("the United States"). */
	jurisdictionName: string;
	roleName: string;
	answer: ResolvedAnswer;
	hedge: RuleHedge;
	/** The verdict sentence, composed from the rule's parts (`ruleVerdict`). */
	verdict: string;
	/** The claims behind every part of the rule; the newest review dates it. */
	claims: readonly ClaimNode[];
	/** The name of the place whose general rule applies, when it is not the place itself. */
	inheritedFrom?: string | undefined;
}

/**
 * A permission's entry, linking to the page that answers the title in the place. It changes when
 * any fact behind it is reviewed again, so it is dated by the newest review among them.
 * Undefined when no fact backs it (nothing to date it by).
 */
export function permissionEntry(input: PermissionEntryInput): FeedEntry | undefined {
	const updated = input.claims
		.map((c) => c.data.reviewed)
		.sort()
		.at(-1);
	if (updated === undefined) return undefined;
	const inherited = input.inheritedFrom
		? `<p>The general rule of ${escapeHtml(input.inheritedFrom)} applies: this place has no rule of its own for this title on file.</p>`
		: '';
	const facts = input.claims.map((c) => `<li>${escapeHtml(c.data.statement)}</li>`).join('');
	return {
		path: input.path,
		title: `${input.roleName} in ${input.jurisdictionName}: ${shortAnswer({ answer: input.answer, hedge: input.hedge }).label}`,
		updated,
		summary: `<p>${escapeHtml(input.verdict)}</p>${inherited}<p>The facts behind it:</p><ul>${facts}</ul>`,
	};
}

/** Sorts entries newest first; entries of the same day by path, so the order is stable. */
export function sortEntries(entries: Iterable<FeedEntry>): FeedEntry[] {
	return [...entries].sort((a, b) =>
		a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.path < b.path ? -1 : 1,
	);
}
