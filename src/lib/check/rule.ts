import type { KnowledgeBase } from '../content/knowledge-base.ts';
import type { Report } from './finding.ts';

/** What a rule gets to look at, and how it reports. */
export interface RuleContext {
	kb: KnowledgeBase;
	/** Today's date, `YYYY-MM-DD`, so date rules are testable. */
	today: string;
	report: (finding: Report) => void;
}

/** A checker rule: one small module, the ids it may report, and its check. */
export interface Rule {
	/** Every rule id this module reports, `area/what`. */
	ids: readonly string[];
	/** One line saying what the rule guards. */
	description: string;
	check: (context: RuleContext) => void;
}
