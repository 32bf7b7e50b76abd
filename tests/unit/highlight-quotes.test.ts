import { describe, expect, test } from 'vitest';
import { highlightQuotes, locateQuote } from '../../src/lib/site/highlight-quotes.ts';

const body = `# Title

Intro with a “curly quote” in it.

## Risks

HAS thinks that the injection of medicinal

products necessarily involves a risk. Other text.

- infectious risks;
- pharmacological risks;
`;

const passage = (claimId: string, quote: string, locator: string) => ({
	claimId,
	quote,
	locator,
	href: `/claims/${claimId}/`,
	statement: `Statement ${claimId}`,
});

describe('locateQuote', () => {
	test('returns the offsets of a quote in the body, across a paragraph break and curly quotes', () => {
		const range = locateQuote(body, 'the injection of medicinal products necessarily', 'Risks')!;
		expect(body.slice(range.start, range.end)).toBe(
			'the injection of medicinal\n\nproducts necessarily',
		);
		const curly = locateQuote(body, 'a "curly quote"', 'Title')!;
		expect(body.slice(curly.start, curly.end)).toBe('a “curly quote”');
	});

	test('returns undefined for a quote that is not under its locator', () => {
		expect(locateQuote(body, 'Intro with', 'Risks')).toBeUndefined();
	});
});

describe('highlightQuotes', () => {
	const result = highlightQuotes(
		body,
		[
			passage('split', 'the injection of medicinal products necessarily involves a risk', 'Risks'),
			passage('one', 'infectious risks;', 'Risks'),
			passage('both', 'infectious risks; - pharmacological risks;', 'Risks'),
		],
		3,
	);

	test('marks a quote split across paragraphs in each paragraph, anchored once and linked once', () => {
		expect(result.missing).toEqual([]);
		expect(result.html).toContain(
			'that <span id="quote-split" class="atlas-quote-anchor"></span><mark>the injection of medicinal</mark></p>',
		);
		expect(result.html).toContain(
			'<p><mark>products necessarily involves a risk</mark><sup class="atlas-quote-link"><a href="/claims/split/" aria-label="Fact: Statement split">[fact]</a></sup>. Other text.</p>',
		);
	});

	test('gives overlapping quotes each their own anchor and link', () => {
		expect(result.html).toContain(
			'<li><span id="quote-one" class="atlas-quote-anchor"></span><span id="quote-both" class="atlas-quote-anchor"></span><mark>infectious risks;</mark><sup class="atlas-quote-link"><a href="/claims/one/"',
		);
		expect(result.html).toMatch(
			/<mark>pharmacological risks;<\/mark><sup[^>]*><a href="\/claims\/both\/"/,
		);
	});

	test('shifts headings to start at the given depth and gives them ids', () => {
		expect(result.headings).toEqual([
			{ depth: 3, slug: 'title', text: 'Title' },
			{ depth: 4, slug: 'risks', text: 'Risks' },
		]);
		expect(result.html).toContain('<h4 id="risks">Risks</h4>');
	});

	test('reports a quote it cannot place', () => {
		expect(highlightQuotes(body, [passage('nope', 'not in the text', 'Risks')]).missing).toEqual([
			'nope',
		]);
	});
});

describe('highlightQuotes, a quote that starts in Markdown syntax', () => {
	test("anchors a quote that starts with a numbered list's marker, and links it after its last words", () => {
		const list =
			'## Rule\n\n1. Licensees are prohibited from performing a service that:\na. Penetrates the skin;\n';
		const { html, missing } = highlightQuotes(list, [
			passage(
				'numbered',
				'1. Licensees are prohibited from performing a service that: a. Penetrates the skin;',
				'Rule',
			),
		]);
		expect(missing).toEqual([]);
		expect(html).toContain('id="quote-numbered"');
		expect(html.indexOf('id="quote-numbered"')).toBeLessThan(html.indexOf('Licensees'));
		expect(html.indexOf('href="/claims/numbered/"')).toBeGreaterThan(html.indexOf('Penetrates'));
	});
});

describe('highlightQuotes with a hostile body', () => {
	const render = (text: string) => highlightQuotes(text, []).html;

	test('returns a link with a javascript:, data: or vbscript: address as its text alone', () => {
		expect(render('[click](javascript:alert(1)) and [data](data:text/html,x)')).toBe(
			'<p>click and data</p>',
		);
		expect(render('[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox)')).toBe('<p>x y</p>');
	});

	test('returns an autolink or a reference link to an unsafe address as its text', () => {
		expect(render('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>');
		expect(render('[x][r]\n\n[r]: javascript:alert(1)')).toBe('<p>x</p>');
	});

	test('returns links to the web, to mail and to relative addresses as links', () => {
		expect(
			render('[a](https://example.org/) [b](mailto:a@b.org) [c](/claims/x/) <https://x.org>'),
		).toBe(
			'<p><a href="https://example.org/">a</a> <a href="mailto:a@b.org">b</a> <a href="/claims/x/">c</a> <a href="https://x.org">https://x.org</a></p>',
		);
	});

	test('returns raw HTML as text, a block of it as a paragraph', () => {
		expect(render('<script>window.__pwned = 1</script>')).toBe(
			'<p>&#x3C;script>window.__pwned = 1&#x3C;/script></p>',
		);
		expect(render('> <iframe src="https://example.org/"></iframe>')).toBe(
			'<blockquote>\n<p>&#x3C;iframe src="https://example.org/">&#x3C;/iframe></p>\n</blockquote>',
		);
		expect(render('A <img src=x onerror="alert(1)"> B')).toBe(
			'<p>A &#x3C;img src=x onerror="alert(1)"> B</p>',
		);
	});

	test('returns an image as its alt text, loading nothing', () => {
		expect(render('![a chart](https://example.org/track.png) ![](x.png)')).toBe('<p>a chart </p>');
	});

	test('still marks a quote that stands in raw HTML', () => {
		const text = 'Before <b>the quoted words</b> after.';
		const { html, missing } = highlightQuotes(text, [passage('q', 'the quoted words', 'None')]);
		expect(missing).toEqual([]);
		expect(html).toContain('<mark>the quoted words</mark>');
		expect(html).not.toContain('<b>');
	});
});
