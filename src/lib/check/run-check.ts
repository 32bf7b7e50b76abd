import { contentKinds, type ContentKindKey } from '../content/content-kinds.ts';
import { allPermissions, type ContentFile, type KnowledgeBase } from '../content/knowledge-base.ts';
import { loadKnowledgeBase } from '../content/load-knowledge-base.ts';
import { compareFindings, type Finding } from './finding.ts';
import type { Counts } from './format-findings.ts';
import { rules } from './rules/index.ts';

/** The outcome of checking a knowledge base. */
export interface CheckResult {
	kb: KnowledgeBase;
	/** Every finding, sorted by file, line and column. */
	findings: Finding[];
	/** How many of each entity were checked. */
	counts: Counts;
	/** True when no finding is an error. */
	ok: boolean;
}

/** Loads and checks content files with every rule; `today` is `YYYY-MM-DD`. */
export function runCheck(files: readonly ContentFile[], today: string): CheckResult {
	const { kb, findings } = loadKnowledgeBase(files);
	for (const rule of rules) {
		rule.check({
			kb,
			today,
			report: (finding) => {
				if (!rule.ids.includes(finding.rule)) {
					throw new Error(
						`A rule reported \`${finding.rule}\`, which it does not declare in its ids.`,
					);
				}
				findings.push({ severity: 'error', ...finding });
			},
		});
	}
	findings.sort(compareFindings);
	const counts: Counts = Object.fromEntries(
		contentKinds
			.filter((kind) => kind.key !== 'published')
			.map((kind) => [kind.plural, countOf(kb, kind.key)]),
	);
	return { kb, findings, counts, ok: findings.every((f) => f.severity !== 'error') };
}

/** How many entities of a kind the knowledge base holds. */
function countOf(kb: KnowledgeBase, key: ContentKindKey): number {
	if (key === 'permissions') return [...allPermissions(kb)].length;
	return kb[key]?.size ?? 0;
}
