import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { htmlValidateConfig } from './html-rules.ts';

/** One built page of every type the site has, by the path a visitor asks for. */
const pages = [
	'/',
	'/guides/trainers/procedure-and-depth/',
	'/check/us/registered-nurse/',
	'/check/us/',
	'/check/',
	'/jurisdictions/fr/',
	'/roles/aesthetician/',
	'/risks/fatal-anaphylactic-shock/',
	'/sources/has-2014-aesthetic-mesotherapy-risks/',
	'/claims/has-fatal-anaphylactic-shock/',
	'/matrix/',
	'/coverage/',
	'/events/',
	'/search/',
	'/data/',
	'/data/codebook/',
	'/404.html',
];

/** One problem on one line: page, line, column, rule and what is wrong. */
function formatProblem(route: string, message: Message): string {
	return `${route}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`;
}

describe('the built pages are valid HTML', () => {
	// Built once for the whole run by tests/browser/global-setup.ts.
	const { dist, status } = inject('siteBuild');
	const validator = new HtmlValidate(htmlValidateConfig);

	test.for(pages)('%s', async (route) => {
		expect(status, 'the exit status of the build').toBe(0);
		const file = path.join(dist, route.endsWith('/') ? `${route}index.html` : route);
		const report = await validator.validateString(await readFile(file, 'utf8'), file);
		const problems = report.results.flatMap((result) =>
			result.messages.map((message) => formatProblem(route, message)),
		);
		expect(problems, `HTML problems:\n${problems.join('\n')}\n`).toEqual([]);
	});
});
