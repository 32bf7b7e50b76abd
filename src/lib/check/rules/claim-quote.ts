import { normalizeQuote } from '../../text/normalize-quote.ts';
import type { Heading } from '../../text/headings.ts';
import { suggest } from '../../text/suggest.ts';
import type { Rule } from '../rule.ts';

/**
 * Checks each claim against its source: the locator must be a heading of the source's body and
 * the quote must stand, verbatim, in the section under it.
 */
export const claimQuote: Rule = {
	ids: ['claim/locator-not-heading', 'claim/quote-not-found', 'claim/quote-outside-locator'],
	description: 'Each claim quotes its source verbatim, under the heading it names.',
	check({ kb, report }) {
		const normalizedBodies = new Map<string, string>();
		// Many claims quote the same section; normalising it once per heading keeps the rule linear.
		const normalizedSections = new Map<Heading, string>();
		const sectionOf = (body: string, h: Heading): string => {
			let section = normalizedSections.get(h);
			if (section === undefined) {
				section = normalizeQuote(body.slice(h.sectionStart, h.sectionEnd));
				normalizedSections.set(h, section);
			}
			return section;
		};
		for (const claim of kb.claims.values()) {
			const source = kb.sources.get(claim.data.source);
			if (!source) continue; // the reference rule reports unknown sources
			const { locator, quote } = claim.data;
			const heading = source.headings.find((h) => h.text === locator);
			const wanted = normalizeQuote(quote);
			if (!heading) {
				const near = suggest(
					locator,
					source.headings.map((h) => h.text),
				);
				report({
					file: claim.file,
					...claim.locate(['locator']),
					rule: 'claim/locator-not-heading',
					message: `The locator \`${locator}\` is not a heading of ${source.file}.${near ? ` Did you mean \`${near}\`?` : ''}`,
					hint: `Set \`locator\` to the heading the quote stands under; the source's headings are: ${source.headings.map((h) => `\`${h.text}\``).join(', ') || 'none (add headings to its body)'}.`,
				});
				continue;
			}
			const section = sectionOf(source.body, heading);
			if (section.includes(wanted)) continue;
			let whole = normalizedBodies.get(source.id);
			if (whole === undefined) {
				whole = normalizeQuote(source.body);
				normalizedBodies.set(source.id, whole);
			}
			const home = whole.includes(wanted)
				? source.headings.find((h) => sectionOf(source.body, h).includes(wanted))
				: undefined;
			if (home) {
				report({
					file: claim.file,
					...claim.locate(['locator']),
					rule: 'claim/quote-outside-locator',
					message: `The quote is in ${source.file}, but under \`${home.text}\`, not under \`${locator}\`.`,
					hint: `Set \`locator\` to \`${home.text}\`.`,
				});
				continue;
			}
			report({
				file: claim.file,
				...claim.locate(['quote']),
				rule: 'claim/quote-not-found',
				message: `The quote ${excerpt(quote)} is not in ${source.file}${whole.includes(wanted) ? ' within a single section' : ''}.`,
				hint: `Copy the words exactly from the source under \`${locator}\`; only white space, quote marks and dashes may differ. ${firstDifference(wanted, section)}`,
			});
		}
	},
};

function excerpt(quote: string): string {
	const text = normalizeQuote(quote);
	return `"${text.length > 70 ? `${text.slice(0, 67)}…` : text}"`;
}

/** Says how much of the quote the section does match, to point at the first wrong word. */
function firstDifference(quote: string, section: string): string {
	const words = quote.split(' ');
	let matched = 0;
	while (matched < words.length && section.includes(words.slice(0, matched + 1).join(' ')))
		matched++;
	if (matched === 0) return 'Not even its first word is in that section.';
	return `The section has "${words.slice(0, matched).join(' ')}" but not what follows: "${words.slice(matched, matched + 6).join(' ')}…".`;
}
