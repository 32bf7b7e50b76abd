import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlValidateConfig } from '../build/html-rules.ts';

const validator = new HtmlValidate(htmlValidateConfig);

/** A whole page with `body` in its body and `after` after `</html>`. */
function page(body: string, after = ''): string {
	return `<!doctype html>\n<html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>\n${after}`;
}

/** Each problem found in `html` as `line:column rule message`. */
async function problems(html: string): Promise<string[]> {
	const report = await validator.validateString(html);
	return report.results.flatMap((result) =>
		result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
	);
}

const label = '<label for="s">Place</label>';

describe('atlas/nothing-after-html', () => {
	test('reports an element after </html>', async () => {
		expect(await problems(page('<p>x</p>', '<script type="module">run()</script>\n')))
			.toMatchInlineSnapshot(`
				[
				  "3:2 atlas/nothing-after-html <script> comes after </html>: move it into <body>",
				]
			`);
	});

	test('allows comments and white space after </html>', async () => {
		expect(await problems(page('<p>x</p>', '<!-- end -->\n\n'))).toEqual([]);
	});
});

describe('atlas/select-placeholder', () => {
	test('reports a required select whose first option has a value', async () => {
		const select = `<select id="s" name="s" required><option value="fr">France</option></select>`;
		expect(await problems(page(label + select))).toMatchInlineSnapshot(`
			[
			  "2:87 atlas/select-placeholder <select required> needs an empty first option, such as <option value="">Choose…</option>",
			]
		`);
	});

	test('reports an empty first option inside an optgroup', async () => {
		const select = `<select id="s" name="s" required><optgroup label="g"><option value="">Choose…</option></optgroup></select>`;
		expect(await problems(page(label + select))).toHaveLength(1);
	});

	test.for([
		[
			'an empty value',
			'<option value="">Choose a place…</option><option value="fr">France</option>',
		],
		['no value and no text', '<option></option><option>France</option>'],
	])('allows a first option with %s', async ([, options]) => {
		expect(
			await problems(page(`${label}<select id="s" name="s" required>${options}</select>`)),
		).toEqual([]);
	});

	test.for([
		['not required', '<select id="s" name="s">'],
		['multiple', '<select id="s" name="s" required multiple>'],
		['shown as a list', '<select id="s" name="s" required size="4">'],
	])('allows a select that is %s without one', async ([, open]) => {
		expect(
			await problems(page(`${label}${open}<option value="fr">France</option></select>`)),
		).toEqual([]);
	});
});
