/**
 * Reference-list entries of the site's pages, formatted once per kind of page. Every page of
 * the site, a fact's page included, is a web page whose CSL item differs from the others' only
 * in its title, address, id, BibTeX key and note; a CSL style sets all of them alike, apart
 * from the title and the address. So the entry is formatted in full once, with placeholders
 * for those, and each page's entry is that template with its own title and address put in:
 *
 * - the address as it stands, when it holds only characters a CSL processor prints unchanged;
 * - the title as the style sets it (case, quotation marks, italics, escaping), from a run of
 *   the processor with a one-element style that sets only the title, which costs a small part
 *   of a full entry (no sort keys, no disambiguation, no names);
 * - what follows the title depends on how it ends (a full stop moves inside the closing
 *   quotation mark, or gives way to a question mark): the template is made with the title's
 *   own closing punctuation, so there is one template per ending: none, `?`, `)`…
 *
 * An item this cannot reproduce exactly is formatted in full: one that is not a web page, or
 * whose title begins or ends with a quotation mark or the like (see `splitTitle`), or whose
 * address holds characters a style would change. tests/unit/cite-entry-templates.test.ts compares
 * the result with citation-js's own, string for string, for real pages of every kind.
 */
import type { CslItem } from './csl-item.ts';

/** Formats a CSL item's reference-list entry as HTML. */
export type EntryFormatter = (item: CslItem) => string;

/** What varies from page to page, and the placeholder a template holds instead. */
const placeholders = {
	id: 'zqxid',
	'citation-key': 'zqxkey',
	title: 'Zqxtitle',
	URL: '/zqxurl/',
	note: 'Zqxnote',
} as const;

/** Punctuation that may close a title, which the style may merge with what follows. */
const closingPunctuation = /[.,;:!?…)\]]+$/u;

/** The same punctuation, opening a title, which the style may merge with what comes before. */
const openingPunctuation = /^[.,;:!?…)\]]/u;

/** An address a CSL processor prints as it stands: no character it escapes or curls. */
const plainAddress = /^[A-Za-z0-9/][A-Za-z0-9\-._~:/%]*$/;

/**
 * A template: the entry of a placeholder item, cut where the title and the address go, and what
 * the title style prints around the placeholder title.
 */
interface Template {
	/** The entry's text between the slots: one more than there are slots. */
	parts: string[];
	/** What goes in each slot, in the entry's order. */
	slots: ('title' | 'URL')[];
	before: string;
	after: string;
}

/**
 * Characters a style may pair with its own quotation marks, read as markup or change: where a
 * title begins or ends with one, the title and what is around it are not set independently.
 */
const unsafeEdge = /[\s"'`‘’‚‛“”„‟«»‹›<>&]/u;

/**
 * Splits a title into the words a style may case and quote, and its closing punctuation; or
 * undefined when the words begin or end with a character the style may pair with its own
 * quotation marks or read as markup (a quotation mark, `<`…), or begin with punctuation, which
 * the style may merge with what comes before.
 * @example splitTitle('May a nurse perform mesotherapy in France?') // { head: 'May a nurse perform mesotherapy in France', tail: '?' }
 * @example splitTitle('“Filler” injections') // undefined
 */
export function splitTitle(title: string): { head: string; tail: string } | undefined {
	const tail = closingPunctuation.exec(title)?.[0] ?? '';
	const head = title.slice(0, title.length - tail.length);
	const [first = '', last = ''] = [head.at(0), head.at(-1)];
	if (!head || unsafeEdge.test(first) || unsafeEdge.test(last) || openingPunctuation.test(head)) {
		return undefined;
	}
	return { head, tail };
}

/**
 * A formatter that returns what `format` returns, formatting in full only the first item of
 * each kind and the items no template can reproduce. `formatTitle` formats an item's title
 * alone, exactly as `format`'s style sets a web page's title.
 */
export function templatedFormatter(
	format: EntryFormatter,
	formatTitle: EntryFormatter,
): EntryFormatter {
	const templates = new Map<string, Template | undefined>();
	return (item) => {
		const title = splitTitle(item.title);
		if (item.type !== 'webpage' || !title || (item.URL && !plainAddress.test(item.URL))) {
			return format(item);
		}
		const placeholderItem = { ...item, title: `${placeholders.title}${title.tail}` };
		for (const key of ['id', 'citation-key', 'URL', 'note'] as const) {
			if (item[key] !== undefined) placeholderItem[key] = placeholders[key];
		}
		const key = JSON.stringify(placeholderItem);
		if (!templates.has(key)) {
			templates.set(key, makeTemplate(placeholderItem, format, formatTitle));
		}
		const template = templates.get(key);
		if (!template) return format(item);
		const setTitle = formatTitle(item);
		const { before, after } = template;
		if (
			!setTitle.startsWith(before) ||
			!setTitle.endsWith(after) ||
			setTitle.length < before.length + after.length
		) {
			return format(item);
		}
		const values = {
			title: setTitle.slice(before.length, setTitle.length - after.length),
			URL: item.URL ?? '',
		};
		return template.parts.reduce((entry, part, i) => {
			const slot = template.slots[i - 1];
			return entry + (slot ? values[slot] : '') + part;
		});
	};
}

/**
 * The template for items like `placeholderItem`, or undefined when its entry does not hold the
 * title (and the address, if any) exactly once and nothing else that varies.
 */
function makeTemplate(
	placeholderItem: CslItem,
	format: EntryFormatter,
	formatTitle: EntryFormatter,
): Template | undefined {
	const entry = format(placeholderItem);
	const setTitle = formatTitle(placeholderItem);
	const once = (text: string, value: string) => text.split(value).length === 2;
	const slots: Template['slots'] = placeholderItem.URL === undefined ? ['title'] : ['title', 'URL'];
	if (
		!once(setTitle, placeholders.title) ||
		!slots.every((slot) => once(entry, placeholders[slot])) ||
		[placeholders.id, placeholders['citation-key'], placeholders.note].some((value) =>
			entry.includes(value),
		)
	) {
		return undefined;
	}
	slots.sort((a, b) => entry.indexOf(placeholders[a]) - entry.indexOf(placeholders[b]));
	const parts: string[] = [];
	let from = 0;
	for (const slot of slots) {
		const at = entry.indexOf(placeholders[slot], from);
		parts.push(entry.slice(from, at));
		from = at + placeholders[slot].length;
	}
	parts.push(entry.slice(from));
	const at = setTitle.indexOf(placeholders.title);
	return {
		parts,
		slots,
		before: setTitle.slice(0, at),
		after: setTitle.slice(at + placeholders.title.length),
	};
}
