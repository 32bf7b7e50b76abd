import type { Position } from '../text/line-index.ts';

/** How bad a finding is: an error stops the build, a warning does not. */
export type Severity = 'error' | 'warning';

/** One thing the checker found, located in a file. */
export interface Finding extends Position {
	/** The file, relative to the project root, with forward slashes. */
	file: string;
	severity: Severity;
	/** The rule's id, `area/what` (for example `claim/quote-not-found`). */
	rule: string;
	/** What is wrong, quoting the bad value. */
	message: string;
	/** How to fix it. */
	hint: string;
}

/** A finding as a rule reports it; the severity defaults to error. */
export type Report = Omit<Finding, 'severity'> & { severity?: Severity };

/** Orders findings by file, then line, then column, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
	return (
		a.file.localeCompare(b.file) ||
		a.line - b.line ||
		a.column - b.column ||
		a.rule.localeCompare(b.rule)
	);
}
