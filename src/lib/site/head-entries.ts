import { escapeHtml } from '../text/escape-html.ts';
import { readLinkScheme } from '../text/safe-url.ts';

/** One tag of a page's `<head>`, as Starlight's route data holds it (`starlightRoute.head`). */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

/** The tags a head may hold, each with the attributes it may carry. */
const allowedAttributes: Record<string, ReadonlySet<string>> = {
	title: new Set(),
	meta: new Set(['charset', 'name', 'property', 'content']),
	link: new Set(['rel', 'href', 'type', 'hreflang', 'sizes', 'media', 'title']),
};

/** The links a head may hold: none that loads a style, a script or another page's resources. */
const allowedRels = new Set(['canonical', 'icon', 'shortcut icon', 'sitemap', 'alternate']);

/**
 * A page's head tags as HTML, every text and attribute value escaped. Starlight writes each
 * entry's content unescaped (`set:html`), so a page title holding `</title><script>` would
 * open a script; here it stays text. Only `<title>`, `<meta>` and `<link>` are written, with
 * their usual attributes, and a link only to a safe address with a `rel` that loads nothing
 * (canonical, icon, sitemap, alternate), and no `<meta http-equiv>`: no entry from a page's
 * frontmatter can add a script, a style, a redirect or an event handler.
 * @example renderHeadEntries([{ tag: 'title', content: 'a</title>' }]) // '<title>a&lt;/title&gt;</title>'
 */
export function renderHeadEntries(entries: readonly HeadEntry[]): string {
	return entries.flatMap((entry) => renderEntry(entry) ?? []).join('\n');
}

function renderEntry({ tag, attrs = {}, content = '' }: HeadEntry): string | undefined {
	const allowed = allowedAttributes[tag];
	if (!allowed) return undefined;
	// A refresh or a policy of the page's own is not for a frontmatter to set.
	if (tag === 'meta' && Object.keys(attrs).some((name) => name.toLowerCase() === 'http-equiv')) {
		return undefined;
	}
	if (tag === 'link') {
		const { rel, href } = attrs;
		if (typeof rel !== 'string' || !allowedRels.has(rel.trim().toLowerCase())) return undefined;
		if (typeof href !== 'string' || !readLinkScheme(href).allowed) return undefined;
	}
	const attributes = Object.entries(attrs).flatMap(([name, value]) => {
		if (!allowed.has(name.toLowerCase()) || value === false || value === undefined) return [];
		return value === true ? [` ${name}`] : [` ${name}="${escapeHtml(value)}"`];
	});
	const open = `<${tag}${attributes.join('')}>`;
	return tag === 'title' ? `${open}${escapeHtml(content)}</title>` : open;
}
