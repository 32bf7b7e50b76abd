import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadFixture } from './load-fixture.ts';

/** The findings for a guide page with this frontmatter, as `rule @ line:column`. */
function checkFrontmatter(frontmatter: string): string[] {
	const page = { relPath: 'docs/guide.mdx', path: 'content/docs/guide.mdx' };
	const files = [...loadFixture(), { ...page, text: `---\n${frontmatter}\n---\n\nText.\n` }];
	return runCheck(files, '2026-11-22').findings.map((f) => `${f.rule} @ ${f.line}:${f.column}`);
}

describe('pageFrontmatter', () => {
	test('accepts the frontmatter the guides use', () => {
		const frontmatter = [
			'title: Meso Atlas & co',
			'description: Who may legally perform mesotherapy <4 mm deep.',
			'template: splash',
			'editUrl: false',
			'sidebar: { order: 1 }',
			'prev: { link: /guides/, label: Guides }',
			'hero:',
			'  tagline: Every fact quotes a source on file.',
			'  actions:',
			'    - { text: Check, link: /check/, icon: right-arrow, variant: primary }',
			'    - { text: Write, link: "mailto:a@example.org" }',
		].join('\n');
		expect(checkFrontmatter(frontmatter)).toEqual([]);
	});

	test('reports markup in every field Starlight writes as HTML', () => {
		const frontmatter = [
			'title: A <b>bold</b> title',
			'banner: { content: "<a href=x>Read</a>" }',
			'hero:',
			'  tagline: <svg onload=alert(1)>',
			'  image: { html: "<img>" }',
			'  actions:',
			'    - { text: Go, link: /, icon: "<svg onload=alert(1)></svg>" }',
		].join('\n');
		expect(checkFrontmatter(frontmatter)).toEqual([
			'page/unsafe-frontmatter @ 2:8',
			'page/unsafe-frontmatter @ 3:20',
			'page/unsafe-frontmatter @ 5:12',
			'page/unsafe-frontmatter @ 6:18',
			'page/unsafe-frontmatter @ 8:34',
		]);
	});

	test('accepts markup in a title no hero shows', () => {
		expect(checkFrontmatter('title: Depth <4 mm')).toEqual([]);
	});

	test('reports attributes set from content and links a browser reads as script', () => {
		const frontmatter = [
			'title: Guide',
			'editUrl: "JaVaScRiPt:alert(1)"',
			'next: { link: " data:text/html,x" }',
			'sidebar: { attrs: { style: "display:none" } }',
		].join('\n');
		expect(checkFrontmatter(frontmatter)).toEqual([
			'url/scheme @ 3:10',
			'url/scheme @ 4:15',
			'page/unsafe-frontmatter @ 5:19',
		]);
	});
});
