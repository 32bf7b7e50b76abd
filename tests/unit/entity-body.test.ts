import { describe, expect, test } from 'vitest';
import { bodyHeadings, parseEntityBody } from '../../src/lib/content/entity-body.ts';

describe('parseEntityBody', () => {
	test('returns headings with unique slugs, components alone on a line, and Markdown between', () => {
		const blocks = parseEntityBody(
			'## Who may perform it\n\n<Claim id="a" />\n\nSee <b>the</b> *rules*.\n\n## Who may perform it\n<Role id="physician" />\n',
		);
		expect(blocks).toEqual([
			{ type: 'heading', depth: 2, text: 'Who may perform it', slug: 'who-may-perform-it' },
			{ type: 'component', name: 'Claim', id: 'a' },
			{ type: 'markdown', html: '<p>See &lt;b&gt;the&lt;/b&gt; <em>rules</em>.</p>' },
			{ type: 'heading', depth: 2, text: 'Who may perform it', slug: 'who-may-perform-it-1' },
			{ type: 'component', name: 'Role', id: 'physician' },
		]);
		expect(bodyHeadings(blocks).map((h) => h.slug)).toEqual([
			'who-may-perform-it',
			'who-may-perform-it-1',
		]);
	});

	test('renders hostile Markdown as text: no raw HTML, no script link, no expression', () => {
		const html = parseEntityBody(
			'[x](javascript:alert(1)) <javascript:alert(1)> <img src=x onerror=alert(1)> {process.env.HOME} <script>alert(1)</script>',
		)
			.map((block) => (block.type === 'markdown' ? block.html : ''))
			.join('');
		expect(html).not.toMatch(/<(?:img|script)|href="javascript/i);
		expect(html).toContain('{process.env.HOME}');
		expect(html).toContain('&lt;script&gt;');
	});

	test('keeps web, mail and site links', () => {
		const [block] = parseEntityBody(
			'[a](https://example.org/) [b](mailto:x@example.org) [c](/risks/)',
		);
		expect(block).toEqual({
			type: 'markdown',
			html: '<p><a href="https://example.org/">a</a> <a href="mailto:x@example.org">b</a> <a href="/risks/">c</a></p>',
		});
	});

	test('reads a component with other attributes, or an unknown one, as Markdown text', () => {
		const blocks = parseEntityBody('<Claim id="a" onload="x" />\n\n<Aside>Hi</Aside>');
		expect(blocks.map((block) => block.type)).toEqual(['markdown']);
	});
});
