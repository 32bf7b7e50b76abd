/** The fact a report is about, when it is about one. */
export interface ReportedClaim {
	id: string;
	statement: string;
	sourceTitle: string;
	locator: string;
}

/** What a report names: the page (its address and title), the fact if any, and the build. */
export interface ErrorReportInput {
	/** The page's address: absolute when the site's address is known, else its path. */
	pageUrl: string;
	/** The page's title; left out where the list a fact stands in does not know it. */
	pageTitle?: string | undefined;
	claim?: ReportedClaim | undefined;
	/** The site's version in words (`version c3c2e1c4d5e6, built 2026-11-22`). */
	version: string;
}

/** Where reports go when the build names no destination: the reader's mail program, unaddressed. */
export const defaultReportTemplate = 'mailto:?subject={subject}&body={body}';

/**
 * Writes the subject and body of an error report, pre-filled with the page, the fact and the
 * build, and with blanks for the reader's correction and its source.
 * @example errorReport({ pageUrl: '/claims/a/', pageTitle: 'A', version: 'built 2026-11-29' }).subject
 * // 'Error report: A'
 */
export function errorReport(input: ErrorReportInput): { subject: string; body: string } {
	const { pageUrl, pageTitle, claim, version } = input;
	const lines = [
		...(pageTitle ? [`Page: ${pageTitle}`] : []),
		`Address: ${pageUrl}`,
		...(claim
			? [
					`Fact: ${claim.id}`,
					`Statement: ${claim.statement}`,
					`Quoted from: ${claim.sourceTitle}, section "${claim.locator}"`,
				]
			: []),
		`Site: Meso Atlas, ${version}`,
		'',
		'What is wrong:',
		'',
		'',
		'What is right, and where it can be checked (a source and its address):',
		'',
	];
	return {
		subject: `Error report: ${claim ? `fact ${claim.id}` : (pageTitle ?? pageUrl)}`,
		body: lines.join('\n'),
	};
}

/**
 * Fills a report destination template: `{subject}` and `{body}` become the report's,
 * percent-encoded. The template must be an `https:`, `http:` or `mailto:` address, such as an
 * issue tracker's "new issue" address or a `mailto:` with the team's address.
 * @example reportHref(defaultReportTemplate, { subject: 'A b', body: 'c' }) // 'mailto:?subject=A%20b&body=c'
 */
export function reportHref(template: string, report: { subject: string; body: string }): string {
	if (!/^(?:https?|mailto):/.test(template)) {
		throw new Error(
			`ATLAS_REPORT_URL must start with https:, http: or mailto:; it is ${JSON.stringify(template)}.`,
		);
	}
	return template
		.replaceAll('{subject}', encodeURIComponent(report.subject))
		.replaceAll('{body}', encodeURIComponent(report.body));
}

/** The report destination this build uses: `ATLAS_REPORT_URL`, else the unaddressed mail. */
export function reportTemplate(env: Record<string, string | undefined> = process.env): string {
	return env.ATLAS_REPORT_URL?.trim() || defaultReportTemplate;
}
