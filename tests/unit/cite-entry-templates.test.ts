import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimItem, type CiteContext, type CslItem } from '../../src/lib/cite/csl-item.ts';
import { splitTitle, templatedFormatter } from '../../src/lib/cite/entry-templates.ts';
import { formatCitations } from '../../src/lib/cite/format-citations.ts';
import { pageCitations, type CitableRecords } from '../../src/lib/cite/page-citations.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { placeName } from '../../src/lib/site/place-name.ts';
import { citationJs, context } from './cite-fixtures.ts';

describe('splitTitle', () => {
	test('returns the words and the closing punctuation', () => {
		expect(splitTitle('May a nurse perform mesotherapy in France?')).toEqual({
			head: 'May a nurse perform mesotherapy in France',
			tail: '?',
		});
		expect(splitTitle('Physician (MD).')).toEqual({ head: 'Physician (MD', tail: ').' });
		expect(splitTitle('Texas')).toEqual({ head: 'Texas', tail: '' });
		expect(splitTitle('[A record without a title]')).toEqual({
			head: '[A record without a title',
			tail: ']',
		});
		expect(splitTitle('Infection in 33 patients (41.2%).')).toEqual({
			head: 'Infection in 33 patients (41.2%',
			tail: ').',
		});
	});

	test('returns undefined for a title that begins or ends with a quotation mark, markup or space, or begins with punctuation', () => {
		for (const title of [
			'“Filler” injections',
			'Called “filler”',
			'</title>',
			'...',
			': x',
			' x',
		]) {
			expect(splitTitle(title), title).toBeUndefined();
		}
	});
});

describe('templatedFormatter', () => {
	/** A stand-in CSL style: the title in quotation marks, a full stop after it unless it ends in one. */
	const setTitle = (item: CslItem) => `“${item.title.replace(/&/g, '&#38;')}”`;
	const style = (item: CslItem) =>
		`${setTitle(item).replace(/([^.?!])”$/, '$1.”')} Meso Atlas, ${item.URL ?? 'no address'}.`;
	const counting = () => {
		const calls = { full: 0, title: 0 };
		const formatter = templatedFormatter(
			(item) => (calls.full++, style(item)),
			(item) => (calls.title++, setTitle(item)),
		);
		return { calls, formatter };
	};
	const page = (title: string, url = '/roles/physician/'): CslItem => ({
		id: `id-${title}`,
		'citation-key': `key-${title}`,
		type: 'webpage',
		title,
		URL: url,
		note: `note on ${title}`,
	});

	test('returns what the style returns, formatting in full once per kind of page and ending of title', () => {
		const { calls, formatter } = counting();
		const items = [
			page('Physician'),
			page('Nurse & midwife', '/roles/nurse/'),
			page('Who may perform it?'),
			page('May a nurse perform it?', 'https://example.org/check/fr/nurse/'),
		];
		expect(items.map(formatter)).toEqual(items.map(style));
		expect(calls.full).toBe(2);
	});

	test('formats in full what no template can reproduce', () => {
		const { calls, formatter } = counting();
		const items = [
			{ ...page('A report'), type: 'report' as const },
			page('“Quoted” title'),
			page('Search', '/search/?q=a&b=c'),
		];
		expect(items.map(formatter)).toEqual(items.map(style));
		expect(calls).toEqual({ full: 3, title: 0 });
	});

	test('formats in full when the style prints what varies besides the title and address', () => {
		const withNote = (item: CslItem) => `${style(item)} ${item.note}`;
		let full = 0;
		const formatter = templatedFormatter((item) => (full++, withNote(item)), setTitle);
		const items = [page('One'), page('Two')];
		expect(items.map(formatter)).toEqual(items.map(withNote));
		expect(full).toBe(3);
	});

	test('puts a title in literally, `$&` and placeholders’ names and all', () => {
		const { formatter } = counting();
		formatter(page('First'));
		for (const title of ['Cost in $& and $1', 'See /zqxurl/ and Zqxtitle']) {
			expect(formatter(page(title))).toBe(style(page(title)));
		}
	});
});

/** Titles that test the styles' casing, quotation marks, escaping and punctuation. */
const hostileTitles = [
	'Fillers & “boosters”: what’s legal?',
	'Fillers & "boosters": what\'s legal?',
	'</title><script>alert(1)</script>',
	'A title</title><script>alert(1)</script> in the middle',
	'Crème brûlée {braces} and \\textbf{TeX}',
	'Cost in $& and $1',
	'iPhone clinics in the EU',
	'A <i>styled</i> and <b>bold</b> title',
	'Nurse (RN)',
	'Physician assistant (PA-C).',
	'Who may inject? A guide',
	'Wait...',
	'What!?',
	'Mesotherapy: the facts; the risks',
	'Dr. Smith’s clinic',
	'nurses’ and physicians’ roles',
	'Québec’s Collège des médecins',
	'7 rules',
	'x',
	'Colon at the end:',
	'Ends with an ellipsis…',
	'Tabs\tand  spaces',
	'“Quoted” at the start',
	'quoted at the end “filler”',
	'¿Puede una enfermera?',
	'[A record without a title: its description]',
	'[Where did the rules go? (an article)]',
	'Infection in 33 patients (41.2%).',
	'50% of clinics',
	'(Draft) guidance',
	'A & B',
	'Ends with an ampersand &',
	'Ends with a slash/',
	'Québec — a dash — and more',
];

/** The pages of the real content, a sample of each kind, as path and title. */
function realPages(): { path: string; title: string }[] {
	const root = path.resolve(import.meta.dirname, '../..');
	const kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
	const every = <T>(items: Iterable<T>, step: number) =>
		[...items].filter((_, i) => i % step === 0);
	const jurisdictions = [...kb.jurisdictions.values()];
	const roles = [...kb.roles.values()];
	return [
		...every(kb.claims.values(), 8).map((c) => ({
			path: `/claims/${c.id}/`,
			title: c.data.statement,
		})),
		...every(kb.sources.values(), 6).map((s) => ({
			path: `/sources/${s.id}/`,
			title: s.data.title,
		})),
		...every(jurisdictions, 5).map((j) => ({
			path: `/jurisdictions/${j.id}/`,
			title: j.data.name,
		})),
		...roles.map((r) => ({ path: `/roles/${r.id}/`, title: r.data.name })),
		...every(kb.risks.values(), 2).map((r) => ({ path: `/risks/${r.id}/`, title: r.data.name })),
		// Answer pages, titled as src/pages/check/[jurisdiction]/[role].astro titles them.
		...every(jurisdictions, 7).flatMap((j) =>
			every(roles, 3).map((r) => ({
				path: `/check/${j.id}/${r.id}/`,
				title: `May ${/^[aeiou]/i.test(r.data.name) ? 'an' : 'a'} ${r.data.name.toLowerCase()} perform mesotherapy in ${placeName(j.data)}?`,
			})),
		),
		...[...kb.pages.values()].map((p) => ({
			path: `/${p.id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'),
			title: String(p.data.title),
		})),
		{ path: '/check/us/', title: 'Check a practitioner in United States: what is their title?' },
		{ path: '/matrix/', title: 'Who may perform it, everywhere' },
	];
}

describe('formatCitations', () => {
	const records = (() => {
		const root = path.resolve(import.meta.dirname, '../..');
		const kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
		return {
			claim: (id) => kb.claims.get(id)?.data,
			source: (id) => kb.sources.get(id),
		} satisfies CitableRecords;
	})();
	// The second build's pages share the first's titles: one in three of them is enough.
	const contexts: [string, CiteContext, number][] = [
		['with a public address', context, 1],
		[
			'without one, from a modified tree',
			{
				site: undefined,
				version: { commit: 'c3c2e1c4d5e6', modified: true, built: '2026-01-05' },
				language: 'en',
			},
			3,
		],
	];

	test.each(contexts)(
		'returns what citation-js returns for real pages of every kind and hostile titles, %s',
		(_, ctx, step) => {
			const pages = [
				...realPages().filter((_, i) => i % step === 0),
				...hostileTitles.flatMap((title) => [
					{ path: '/roles/physician/', title },
					{ path: '/search/?q=a&b', title },
				]),
			];
			const items = pages.flatMap((page) =>
				pageCitations(page, records, ctx).controls.map((control) => control.item),
			);
			// Facts stated in hostile words.
			const fact = records.claim('has-fatal-anaphylactic-shock')!;
			const source = records.source(fact.source)!;
			items.push(
				...hostileTitles.map((statement) => claimItem({ ...fact, statement }, source.data, ctx)),
			);
			expect(items.length).toBeGreaterThan(150);
			for (const item of items) {
				const fast = Object.fromEntries(
					formatCitations(item, 'file').map((c) => [c.format, c.html ?? c.text]),
				);
				delete fast.ris; // written by formatRis from citation-js's fields, the same either way
				expect(fast, item.title).toEqual(citationJs(item));
			}
		},
		120_000,
	);
});
