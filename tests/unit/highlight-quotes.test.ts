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
