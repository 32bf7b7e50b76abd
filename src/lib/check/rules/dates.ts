import type { Locate } from '../../content/parse-yaml.ts';
import type { Rule } from '../rule.ts';
import { reviewIntervalDays } from '../../site/review-dates.ts';
import { comparePartialDates } from '../../text/partial-date.ts';
import type { DataPath } from '../../content/parse-yaml.ts';
import type { Effective } from '../../../schemas/index.ts';

/** How old a review may be before the claim is due for another. */
const staleAfterDays = reviewIntervalDays;

type Field = 'reviewed' | 'accessed' | 'date';

const fixes: Record<Field, string> = {
	reviewed:
		'set `reviewed` to the day you checked the claim against its source (today, if you check it now).',
	accessed: 'set `accessed` to the day the text on file was taken (today, if you take it now).',
	date: 'set `date` to the publication date the document gives, or `null` if it gives none.',
};

/**
 * Checks dates against today and each other: no claim review, source access or publication
 * lies in the future; no claim was last reviewed more than a year ago; and no period ends
 * before it starts, no document was published after we took its text, and no claim was
 * reviewed before its source's text was taken.
 */
export const dates: Rule = {
	ids: ['date/future', 'date/stale', 'date/out-of-order'],
	description:
		'Dates are not in the future nor out of order, and claims are reviewed at least once a year.',
	check({ kb, today, report }) {
		const period = (
			entry: { id: string; file: string; locate: Locate },
			what: string,
			path: DataPath,
			effective: Effective | undefined,
		) => {
			if (effective?.from === undefined || effective.to === undefined) return;
			if (comparePartialDates(effective.from, effective.to) <= 0) return;
			report({
				file: entry.file,
				...entry.locate([...path, 'to']),
				rule: 'date/out-of-order',
				message: `${what} \`${entry.id}\` ends (\`to: ${effective.to}\`) before it starts (\`from: ${effective.from}\`).`,
				hint: 'Check both dates against the source: `from` is the day it took effect, `to` the day it stopped.',
			});
		};
		for (const source of kb.sources.values()) {
			period(source, 'The source', ['effective'], source.data.effective);
			for (const [i, part] of source.data.parts.entries()) {
				period(
					source,
					`The part \`${part.part}\` of the source`,
					['parts', i, 'effective'],
					part.effective,
				);
			}
			const { date, accessed } = source.data;
			if (date !== null && comparePartialDates(date, accessed) > 0 && date <= today) {
				report({
					file: source.file,
					...source.locate(['date']),
					rule: 'date/out-of-order',
					message: `The source \`${source.id}\` was published on ${date}, after its text was taken (\`accessed: ${accessed}\`).`,
					hint: 'A text cannot be taken before it is published: correct `date` or `accessed`.',
				});
			}
		}
		for (const claim of kb.claims.values()) {
			period(claim, 'The claim', ['effective'], claim.data.effective);
			const source = kb.sources.get(claim.data.source);
			if (source && claim.data.reviewed < source.data.accessed) {
				report({
					file: claim.file,
					...claim.locate(['reviewed']),
					rule: 'date/out-of-order',
					message: `The claim \`${claim.id}\` was reviewed on ${claim.data.reviewed}, before its source's text was taken (\`accessed: ${source.data.accessed}\` in \`${source.id}\`).`,
					hint: 'A claim can only be checked against text on file: set `reviewed` to the day you checked it, on or after `accessed`.',
				});
			}
		}
		for (const event of kb.events.values()) {
			const { from, to } = event.data.years;
			if (from <= to) continue;
			report({
				file: event.file,
				...event.locate(['years', 'to']),
				rule: 'date/out-of-order',
				message: `The event \`${event.id}\` ends (\`to: ${to}\`) before it starts (\`from: ${from}\`).`,
				hint: 'Set `years.from` to the first year of the cases and `years.to` to the last.',
			});
		}
		const future = (
			entry: { id: string; file: string; locate: Locate },
			field: Field,
			date: string,
		) => {
			const what = field === 'reviewed' ? 'claim' : 'source';
			report({
				file: entry.file,
				...entry.locate([field]),
				rule: 'date/future',
				message: `The ${what} \`${entry.id}\` gives \`${field}: ${date}\`, which is after today (${today}).`,
				hint: `A date cannot be in the future: ${fixes[field]}`,
			});
		};
		for (const claim of kb.claims.values()) {
			const { reviewed } = claim.data;
			if (reviewed > today) {
				future(claim, 'reviewed', reviewed);
				continue;
			}
			const age = daysBetween(reviewed, today);
			if (age <= staleAfterDays) continue;
			report({
				file: claim.file,
				...claim.locate(['reviewed']),
				severity: 'warning',
				rule: 'date/stale',
				message: `The claim \`${claim.id}\` was last reviewed on ${reviewed}, ${age} days ago (more than a year).`,
				hint: 'Re-check the claim against its source, then set `reviewed` to the day you did.',
			});
		}
		for (const source of kb.sources.values()) {
			const { accessed, date } = source.data;
			if (accessed > today) future(source, 'accessed', accessed);
			// A partial date (`2027`, `2027-01`) is in the future when it is after today at its precision.
			if (date !== null && date > today.slice(0, date.length)) future(source, 'date', date);
		}
	},
};

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
