import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/check/finding.ts';
import {
	formatFindingsJson,
	formatFindingsText,
	summarize,
} from '../../src/lib/check/format-findings.ts';

const error: Finding = {
	file: 'content/permissions/us.yaml',
	line: 14,
	column: 17,
	severity: 'error',
	rule: 'permission/unknown-supervisor',
	message: '`phsyician` is not a role. Did you mean `physician`?',
	hint: 'Write `physician`.',
};

const warning: Finding = {
	file: 'content/claims/risks.yaml',
	line: 8,
	column: 13,
	severity: 'warning',
	rule: 'date/stale',
	message: 'The claim `x` was last reviewed on 2025-10-01.',
	hint: 'Re-check it.',
};

const counts = { sources: 2, claims: 90 };

describe('formatFindingsText', () => {
	test('returns each finding as location, severity and rule, then message and fix, then a summary', () => {
		expect(formatFindingsText([error, warning], counts)).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:14:17  error  permission/unknown-supervisor
			  \`phsyician\` is not a role. Did you mean \`physician\`?
			  Fix: Write \`physician\`.

			content/claims/risks.yaml:8:13  warning  date/stale
			  The claim \`x\` was last reviewed on 2025-10-01.
			  Fix: Re-check it.

			Check failed: 1 error, 1 warning in 2 files. Checked 2 sources, 90 claims."
		`);
	});

	test('returns only the summary when there is nothing to report', () => {
		expect(formatFindingsText([], counts)).toBe(
			'Check passed: 0 errors, 0 warnings. Checked 2 sources, 90 claims.',
		);
	});
});

describe('summarize', () => {
	test('returns each count with its noun in the singular for one and the plural otherwise', () => {
		expect(summarize([], { claims: 1, 'risk categories': 1, risks: 2 })).toBe(
			'Check passed: 0 errors, 0 warnings. Checked 1 claim, 1 risk category, 2 risks.',
		);
	});

	test('returns a pass when there are only warnings', () => {
		expect(summarize([warning, { ...warning, line: 9 }], counts)).toBe(
			'Check passed: 0 errors, 2 warnings in 1 file. Checked 2 sources, 90 claims.',
		);
	});
});

describe('formatFindingsJson', () => {
	test('returns the counts of errors and warnings and every finding, as JSON', () => {
		expect(JSON.parse(formatFindingsJson([error, warning], counts))).toEqual({
			errors: 1,
			warnings: 1,
			counts,
			findings: [error, warning],
		});
	});
});
