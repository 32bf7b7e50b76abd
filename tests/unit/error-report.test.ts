import { describe, expect, test } from 'vitest';
import {
	defaultReportTemplate,
	errorReport,
	reportHref,
	reportTemplate,
} from '../../src/lib/site/error-report.ts';

const claim = {
	id: 'us-tx-former-rule',
	statement: 'Texas once defined cosmetic injections as the practice of medicine.',
	sourceTitle: '22 TAC §193.17',
	locator: 'Purpose',
};

describe('errorReport', () => {
	test('names the page, the fact, its source and the build, and leaves room for the correction', () => {
		const report = errorReport({
			pageUrl: 'https://example.org/check/us-tx/registered-nurse/',
			pageTitle: 'May a registered nurse perform mesotherapy in Texas?',
			claim,
			version: 'version c3c2e1c4d5e6, built 2026-11-29',
		});
		expect(report.subject).toBe('Error report: fact us-tx-former-rule');
		expect(report.body).toContain('Address: https://example.org/check/us-tx/registered-nurse/');
		expect(report.body).toContain('Fact: us-tx-former-rule');
		expect(report.body).toContain('Quoted from: 22 TAC §193.17, section "Purpose"');
		expect(report.body).toContain('Site: Meso Atlas, version c3c2e1c4d5e6, built 2026-11-29');
		expect(report.body).toMatch(/What is wrong:\n\n\nWhat is right, and where it can be checked/);
	});

	test('names the page alone when the report is about no one fact', () => {
		const report = errorReport({
			pageUrl: '/coverage/',
			pageTitle: 'Coverage',
			version: 'built 2026-11-29',
		});
		expect(report.subject).toBe('Error report: Coverage');
		expect(report.body).not.toContain('Fact:');
	});
});

describe('reportHref', () => {
	const report = { subject: 'Error report: fact a', body: 'Page: A & B\nAddress: /a/?x=1' };

	test('percent-encodes the report into a mailto address that mail programs open pre-filled', () => {
		const href = reportHref(defaultReportTemplate, report);
		expect(href).toBe(
			'mailto:?subject=Error%20report%3A%20fact%20a&body=Page%3A%20A%20%26%20B%0AAddress%3A%20%2Fa%2F%3Fx%3D1',
		);
		const url = new URL(href);
		expect(url.searchParams.get('body')).toBe(report.body);
	});

	test('fills an issue tracker template', () => {
		const href = reportHref('https://tracker.example/new?title={subject}&body={body}', report);
		expect(new URL(href).searchParams.get('title')).toBe(report.subject);
	});

	test('refuses a destination that is not a web or mail address', () => {
		expect(() => reportHref('javascript:alert(1)', report)).toThrow(/https:, http: or mailto:/);
	});
});

describe('reportTemplate', () => {
	test('uses ATLAS_REPORT_URL when set, else the unaddressed mail', () => {
		expect(
			reportTemplate({
				ATLAS_REPORT_URL: 'mailto:errors@example.org?subject={subject}&body={body}',
			}),
		).toMatch(/^mailto:errors@/);
		expect(reportTemplate({})).toBe(defaultReportTemplate);
		expect(reportTemplate({ ATLAS_REPORT_URL: ' ' })).toBe(defaultReportTemplate);
	});
});
