import type { Locate } from '../../content/parse-yaml.ts';
import type { Rule } from '../rule.ts';
import { reviewIntervalDays } from '../../site/review-dates.ts';

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
 * Checks dates against today: no claim review, source access or publication lies in the
 * future, and no claim was last reviewed more than a year ago.
 */
export const dates: Rule = {
	ids: ['date/future', 'date/stale'],
	description: 'Dates are not in the future, and claims are reviewed at least once a year.',
	check({ kb, today, report }) {
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
