import type { DataPath } from '../../content/parse-yaml.ts';
import { readLinkScheme } from '../../text/safe-url.ts';
import type { Rule } from '../rule.ts';
import { shorten, showUrl } from './mdx-safety.ts';

/** The frontmatter fields Starlight writes into a page as HTML (`set:html`), unescaped. */
const htmlFields: readonly DataPath[] = [
	['hero', 'title'],
	['hero', 'tagline'],
	['banner', 'content'],
];

/**
 * Checks the frontmatter of guide pages for what Starlight would write into the page as code:
 * markup in the fields it writes as HTML, raw HTML or SVG in the hero, HTML attributes set from
 * content, and links whose scheme a browser reads as other than the web or mail. (Head entries
 * are written by our own `Head`, which drops what is not safe.)
 */
export const pageFrontmatter: Rule = {
	ids: ['page/unsafe-frontmatter', 'url/scheme'],
	description: 'Guide frontmatter holds no HTML, no HTML attributes and no unsafe links.',
	check({ kb, report }) {
		for (const page of kb.pages.values()) {
			const data = page.data;
			const at = (path: DataPath) => ({ file: page.file, ...page.locate(path) });
			const unsafe = (path: DataPath, message: string, hint: string) =>
				report({ ...at(path), rule: 'page/unsafe-frontmatter', message, hint });
			// A hero without a title of its own shows the page's, as HTML too.
			const hero = valueAt(data, ['hero']);
			const heroTitle = hero !== undefined && valueAt(hero, ['title']) === undefined;
			for (const path of heroTitle ? [...htmlFields, ['title']] : htmlFields) {
				const value = valueAt(data, path);
				if (typeof value !== 'string' || !value.includes('<')) continue;
				unsafe(
					path,
					`\`${name(path)}\` is \`${shorten(value)}\`: Starlight writes it into the page as HTML, so it may hold no markup.`,
					'Write plain text; for the character `<` itself write `&lt;`.',
				);
			}
			if (valueAt(data, ['hero', 'image', 'html']) !== undefined) {
				unsafe(
					['hero', 'image', 'html'],
					'`hero.image.html` is raw HTML, written into the page as it is.',
					'Remove it, or give an image file in the repository as `hero.image.file`.',
				);
			}
			const actions = valueAt(data, ['hero', 'actions']);
			const links: DataPath[] = [['editUrl'], ['prev', 'link'], ['next', 'link']];
			const attrs: DataPath[] = [['sidebar', 'attrs']];
			for (const [i] of (Array.isArray(actions) ? actions : []).entries()) {
				links.push(['hero', 'actions', i, 'link']);
				attrs.push(['hero', 'actions', i, 'attrs']);
				const icon = valueAt(data, ['hero', 'actions', i, 'icon']);
				if (typeof icon === 'string' && icon.trimStart().startsWith('<')) {
					unsafe(
						['hero', 'actions', i, 'icon'],
						`\`${name(['hero', 'actions', i, 'icon'])}\` is \`${shorten(icon)}\`: raw SVG, written into the page as it is.`,
						"Name one of Starlight's icons instead (`right-arrow`, `external`, …).",
					);
				}
			}
			for (const path of attrs) {
				const value = valueAt(data, path);
				if (value === undefined) continue;
				const names = typeof value === 'object' && value !== null ? Object.keys(value) : [];
				const list = names.length > 0 ? ` (${names.map((n) => `\`${n}\``).join(', ')})` : '';
				unsafe(
					path,
					`\`${name(path)}\` sets HTML attributes on the link${list}, which can run JavaScript in the reader's browser.`,
					`Remove \`${name(path)}\`; the link's text and address are all it needs.`,
				);
			}
			for (const path of links) {
				const value = valueAt(data, path);
				if (typeof value !== 'string') continue;
				const { scheme, allowed } = readLinkScheme(value);
				if (allowed) continue;
				report({
					...at(path),
					rule: 'url/scheme',
					message: `\`${name(path)}\` is \`${showUrl(value)}\`, a \`${scheme}\` link to a browser; only https:, http: and mailto: are allowed.`,
					hint: 'Link to the web page instead (https://…), or to a page of the site (/…).',
				});
			}
		}
	},
};

function valueAt(data: unknown, path: DataPath): unknown {
	let value = data;
	for (const key of path) {
		if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** A field's path as written in messages: `hero.actions[0].link`. */
function name(path: DataPath): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}
