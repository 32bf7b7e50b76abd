import { describe, expect, test } from 'vitest';
import { renderHeadEntries } from '../../src/lib/site/head-entries.ts';
import { escapeHtml } from '../../src/lib/text/escape-html.ts';

const breakout = `A</title><script>window.__pwned = 1</script>"&`;

describe('escapeHtml', () => {
	test('returns text in which no character can open or close a tag or an attribute', () => {
		expect(escapeHtml(breakout)).toBe(
			'A&lt;/title&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;&quot;&amp;',
		);
	});
});

describe('renderHeadEntries', () => {
	test('returns a title whose content stays text', () => {
		expect(renderHeadEntries([{ tag: 'title', content: `${breakout} | Meso Atlas` }])).toBe(
			'<title>A&lt;/title&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;&quot;&amp; | Meso Atlas</title>',
		);
	});

	test('returns meta and link tags with their attribute values escaped', () => {
		expect(
			renderHeadEntries([
				{ tag: 'meta', attrs: { charset: 'utf-8' } },
				{ tag: 'meta', attrs: { property: 'og:title', content: `"><script>x()</script>` } },
				{ tag: 'link', attrs: { rel: 'canonical', href: '/a/?b="c"&d' } },
			]),
		).toMatchInlineSnapshot(`
			"<meta charset="utf-8">
			<meta property="og:title" content="&quot;&gt;&lt;script&gt;x()&lt;/script&gt;">
			<link rel="canonical" href="/a/?b=&quot;c&quot;&amp;d">"
		`);
	});

	test('returns Starlight’s default head as it is', () => {
		const head = [
			{ tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
			{ tag: 'title', content: 'Roles | Meso Atlas' },
			{
				tag: 'link',
				attrs: { rel: 'shortcut icon', href: '/favicon.svg', type: 'image/svg+xml' },
			},
			{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
		];
		expect(renderHeadEntries(head)).toMatchInlineSnapshot(`
			"<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Roles | Meso Atlas</title>
			<link rel="shortcut icon" href="/favicon.svg" type="image/svg+xml">
			<link rel="sitemap" href="/sitemap-index.xml">"
		`);
	});

	test('leaves out scripts, styles, bases and other tags a page’s frontmatter could add', () => {
		expect(
			renderHeadEntries([
				{ tag: 'script', content: 'alert(1)' },
				{ tag: 'script', attrs: { src: 'https://example.org/x.js' } },
				{ tag: 'style', content: 'body { display: none }' },
				{ tag: 'base', attrs: { href: 'https://example.org/' } },
				{ tag: 'noscript', content: '<img src="https://example.org/t.gif">' },
				{ tag: 'template', content: '<script>alert(1)</script>' },
			]),
		).toBe('');
	});

	test('leaves out links that load something or lead to an unsafe address', () => {
		expect(
			renderHeadEntries([
				{ tag: 'link', attrs: { rel: 'stylesheet', href: 'https://example.org/x.css' } },
				{ tag: 'link', attrs: { rel: 'preload', href: '/x.js', as: 'script' } },
				{ tag: 'link', attrs: { rel: 'canonical', href: 'javascript:alert(1)' } },
				{ tag: 'link', attrs: { href: '/no-rel/' } },
			]),
		).toBe('');
	});

	test('leaves out a meta tag with http-equiv: a redirect or a policy of the frontmatter’s own', () => {
		expect(
			renderHeadEntries([
				{ tag: 'meta', attrs: { 'http-equiv': 'refresh', content: '0;url=https://example.org/' } },
				{ tag: 'meta', attrs: { 'HTTP-EQUIV': 'content-security-policy', content: 'x' } },
			]),
		).toBe('');
	});

	test('leaves out event handlers and other attributes the tags do not need', () => {
		expect(
			renderHeadEntries([
				{ tag: 'meta', attrs: { name: 'x', content: 'y', onclick: 'alert(1)' } },
				{ tag: 'link', attrs: { rel: 'icon', href: '/i.svg', onload: 'alert(1)' } },
				{ tag: 'title', attrs: { onclick: 'alert(1)' }, content: 'T' },
			]),
		).toMatchInlineSnapshot(`
			"<meta name="x" content="y">
			<link rel="icon" href="/i.svg">
			<title>T</title>"
		`);
	});

	test('writes a true attribute by its name and leaves out a false or missing one', () => {
		expect(
			renderHeadEntries([
				{
					tag: 'link',
					attrs: { rel: 'alternate', href: '/fr/', hreflang: undefined, title: true },
				},
				{ tag: 'meta', attrs: { name: 'x', content: false } },
			]),
		).toBe('<link rel="alternate" href="/fr/" title>\n<meta name="x">');
	});
});
