import type { Rule } from '../rule.ts';
import { claimQuote } from './claim-quote.ts';
import { duplicateId } from './duplicate-id.ts';

/** Every checker rule, in the order they run. */
export const rules: readonly Rule[] = [duplicateId, claimQuote];
