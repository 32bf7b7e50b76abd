/**
 * Checks an Atom document against the rules of RFC 4287 a reader's feed software relies on:
 * the namespace; a feed `id`, `title` and `updated`; an author for the feed or every entry;
 * each entry's `id`, `title`, `updated` and a link or content; ids absolute IRIs, each entry's
 * unique; dates in RFC 3339.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const atomNamespace = 'http://www.w3.org/2005/Atom';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// RFC 3987: an absolute IRI starts with a scheme and a colon.
const absoluteIri = /^[a-z][a-z0-9+.-]*:\S+$/i;

interface Node {
	[key: string]: unknown;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

const text = (value: unknown): string =>
	typeof value === 'string'
		? value
		: typeof value === 'object' && value !== null && '#text' in value
			? String((value as Node)['#text'])
			: '';

/**
 * The problems found in an Atom feed, each a sentence naming where; empty for a valid feed.
 * @example validateAtom('<feed xmlns="http://www.w3.org/2005/Atom"></feed>') // ['The feed has no id.', …]
 */
export function validateAtom(xml: string): string[] {
	const wellFormed = XMLValidator.validate(xml);
	if (wellFormed !== true) return [`The XML is not well formed: ${wellFormed.err.msg}`];
	const feed = (parser.parse(xml) as { feed?: Node }).feed;
	if (!feed) return ['The document is not an Atom feed: its root is not <feed>.'];
	const problems: string[] = [];
	if (feed['@xmlns'] !== atomNamespace)
		problems.push(`The feed's namespace is not ${atomNamespace}.`);
	const checkId = (where: string, id: unknown) => {
		const value = text(id);
		if (!value) problems.push(`${where} has no id.`);
		else if (!absoluteIri.test(value))
			problems.push(`${where}'s id "${value}" is not an absolute IRI.`);
	};
	const checkDate = (where: string, date: unknown) => {
		if (!rfc3339.test(text(date)))
			problems.push(`${where}'s updated "${text(date)}" is not an RFC 3339 date.`);
	};
	checkId('The feed', feed.id);
	if (!text(feed.title)) problems.push('The feed has no title.');
	checkDate('The feed', feed.updated);
	const feedHasAuthor = Array.isArray(feed.author) && feed.author.length > 0;
	const entries = (feed.entry as Node[] | undefined) ?? [];
	const seen = new Set<string>();
	entries.forEach((entry, i) => {
		const where = `Entry ${i + 1}`;
		checkId(where, entry.id);
		const id = text(entry.id);
		if (seen.has(id)) problems.push(`${where}'s id "${id}" is used by an earlier entry.`);
		seen.add(id);
		if (entry.title === undefined) problems.push(`${where} has no title.`);
		checkDate(where, entry.updated);
		const links = (entry.link as Node[] | undefined) ?? [];
		const alternate = links.some((l) => (l['@rel'] ?? 'alternate') === 'alternate');
		if (!alternate && entry.content === undefined) {
			problems.push(`${where} has neither an alternate link nor content.`);
		}
		if (!feedHasAuthor && !(Array.isArray(entry.author) && entry.author.length > 0)) {
			problems.push(`${where} has no author, and neither has the feed.`);
		}
	});
	return problems;
}
