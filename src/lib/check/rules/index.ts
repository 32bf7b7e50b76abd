import type { Rule } from '../rule.ts';
import { claimQuote } from './claim-quote.ts';
import { dates } from './dates.ts';
import { duplicateId } from './duplicate-id.ts';
import { jurisdictionCycle } from './jurisdiction-cycle.ts';
import { mdxLinks } from './mdx-links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { pageFrontmatter } from './page-frontmatter.ts';
import { permissionClaims } from './permission-claims.ts';
import { publishedIds } from './published-ids.ts';
import { redFlags } from './red-flags.ts';
import { references } from './references.ts';
import { regulatorLookup } from './regulator-lookup.ts';
import { risks } from './risks.ts';
import { ruleFidelity } from './rule-fidelity.ts';
import { status } from './status.ts';
import { supervision } from './supervision.ts';
import { uncitedSource } from './uncited-source.ts';

/** Every checker rule, in the order they run. */
export const rules: readonly Rule[] = [
	duplicateId,
	references,
	claimQuote,
	permissionClaims,
	status,
	supervision,
	ruleFidelity,
	jurisdictionCycle,
	regulatorLookup,
	redFlags,
	risks,
	mdxLinks,
	mdxSafety,
	pageFrontmatter,
	dates,
	uncitedSource,
	publishedIds,
];
