import type { Finding } from './finding.ts';

/** What was checked, for the summary line: plural nouns (`claims`, `risk categories`) to counts. */
export type Counts = Record<string, number>;

/**
 * Formats findings for a terminal: `path:line:column  severity  rule-id`, then the message
 * and the fix, indented, then a summary of counts.
 */
export function formatFindingsText(findings: readonly Finding[], counts: Counts): string {
	const lines: string[] = [];
	for (const f of findings) {
		lines.push(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}`);
		lines.push(`  ${f.message}`);
		lines.push(`  Fix: ${f.hint}`);
		lines.push('');
	}
	lines.push(summarize(findings, counts));
	return lines.join('\n');
}

/** The summary line alone: errors, warnings, files with findings, and what was checked. */
export function summarize(findings: readonly Finding[], counts: Counts): string {
	const errors = findings.filter((f) => f.severity === 'error').length;
	const warnings = findings.length - errors;
	const files = new Set(findings.map((f) => f.file)).size;
	const checked = Object.entries(counts)
		.map(([what, n]) => `${n} ${n === 1 ? singular(what) : what}`)
		.join(', ');
	const verdict = errors > 0 ? 'Check failed' : 'Check passed';
	return `${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${findings.length ? ` in ${plural(files, 'file')}` : ''}. Checked ${checked}.`;
}

/** Formats findings and counts as JSON for tools. */
export function formatFindingsJson(findings: readonly Finding[], counts: Counts): string {
	const errors = findings.filter((f) => f.severity === 'error').length;
	return JSON.stringify({ errors, warnings: findings.length - errors, counts, findings }, null, 2);
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** @example singular('risk categories') // 'risk category' */
function singular(plural: string): string {
	return plural.replace(/ies$/, 'y').replace(/s$/, '');
}
