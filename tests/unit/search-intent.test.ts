import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import {
	correctQuery,
	leadingAnswer,
	readSearchIntent,
	readSearchTask,
	searchVocabulary,
	searchWords,
} from '../../src/lib/site/search-intent.ts';
import { root } from '../build/helpers.ts';

const places = [
	{ id: 'us-tx', names: ['Texas'] },
	{ id: 'us-fl', names: ['Florida'] },
	{ id: 'gb-eng', names: ['England'] },
	{ id: 'au-nsw', names: ['New South Wales'] },
];
const roles = [
	{ id: 'aesthetician', names: ['Aesthetician', 'esthetician', 'beautician'] },
	{ id: 'registered-nurse', names: ['Registered nurse', 'RN', 'nurse'] },
	{ id: 'nurse-practitioner', names: ['Nurse practitioner', 'NP'] },
	{ id: 'physician', names: ['Physician', 'MD', 'DO', 'doctor'] },
];

describe('searchWords', () => {
	test('lowers case, drops accents and punctuation', () => {
		expect(searchWords('Esthéticienne, Québec!')).toEqual(['estheticienne', 'quebec']);
	});
});

describe('readSearchIntent', () => {
	test('reads a place and a title by any of their names, a letter or two misspelt', () => {
		expect(readSearchIntent('estetician texas', places, roles)).toEqual({
			role: { id: 'aesthetician', words: 'estetician' },
			place: { id: 'us-tx', words: 'texas' },
		});
		expect(readSearchIntent('my nurse in florida offers mesotherapy', places, roles)).toEqual({
			role: { id: 'registered-nurse', words: 'nurse' },
			place: { id: 'us-fl', words: 'florida' },
		});
		expect(readSearchIntent('doctors in New South Wales', places, roles)).toEqual({
			role: { id: 'physician', words: 'doctors' },
			place: { id: 'au-nsw', words: 'new south wales' },
		});
	});

	test('takes the longest name, so a nurse practitioner is not a nurse', () => {
		expect(readSearchIntent('nurse practitioner texas', places, roles).role?.id).toBe(
			'nurse-practitioner',
		);
	});

	test('reads a two-letter credential only in capitals, and no short word misspelt', () => {
		expect(readSearchIntent('who can do mesotherapy in england', places, roles)).toEqual({
			place: { id: 'gb-eng', words: 'england' },
		});
		expect(readSearchIntent('is my DO allowed', places, roles).role?.id).toBe('physician');
		expect(readSearchIntent('text', places, roles)).toEqual({});
	});
});

describe('readSearchTask', () => {
	const task = (query: string) => readSearchTask(searchWords(query));

	test('reads a wish to check a licence', () => {
		for (const query of [
			'state licensing board',
			'verify my nurse',
			'licence lookup Texas',
			'look up a practitioner',
			'check license',
		]) {
			expect(task(query), query).toBe('verify');
		}
	});

	test('reads a wish to complain or report', () => {
		for (const query of [
			'complaint about a clinic',
			'how to report an unlicensed injector',
			'report a side effect',
			'my mesotherapy went wrong',
		]) {
			expect(task(query), query).toBe('complain');
		}
	});

	test('reads no task in a question about who may inject, a licence word alone, or a report', () => {
		for (const query of [
			'who is licensed to do mesotherapy in texas',
			'licence',
			'HAS report',
			'wrong site',
		]) {
			expect(task(query), query).toBeUndefined();
		}
	});
});

describe('correctQuery', () => {
	const vocabulary = new Set(['mesotherapy', 'anaphylactic', 'shock', 'nappage']);

	test('replaces a word the site does not know by the nearest it does', () => {
		expect(correctQuery('mesotherpy', vocabulary)).toBe('mesotherapy');
		expect(correctQuery('anaphilactic shock', vocabulary)).toBe('anaphylactic shock');
	});

	test('leaves known words, short words and far-off words alone', () => {
		expect(correctQuery('nappage', vocabulary)).toBeUndefined();
		expect(correctQuery('shok', vocabulary)).toBeUndefined();
		expect(correctQuery('zzzzzzzzz', vocabulary)).toBeUndefined();
	});
});

describe('searchVocabulary', () => {
	test('keeps words of five letters or more, once, without numbers', () => {
		expect(searchVocabulary(['Mesotherapy risks in 2014', 'Risks, and more risks'])).toEqual([
			'mesotherapy',
			'risks',
		]);
	});
});

describe('the questions readers asked, against the real places and titles', () => {
	const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));
	const realPlaces = [...kb.jurisdictions].map(([id, j]) => ({ id, names: [j.data.name] }));
	const realRoles = [...kb.roles].map(([id, r]) => ({
		id,
		names: [r.data.name, ...r.data.credentials, ...r.data.aliases],
	}));
	const ask = (query: string) => {
		const intent = readSearchIntent(query, realPlaces, realRoles);
		return [intent.place?.id, intent.role?.id];
	};

	test.each([
		['estetician texas', 'us-tx', 'aesthetician'],
		['aesthetician texas', 'us-tx', 'aesthetician'],
		['my nurse in florida offers mesotherapy', 'us-fl', 'registered-nurse'],
		['who can do mesotherapy in england', 'gb-eng', undefined],
		['beautician in France', 'fr', 'aesthetician'],
	])('“%s” names %s and %s', (query, place, role) => {
		expect(ask(query)).toEqual([place, role]);
	});
});

describe('leadingAnswer', () => {
	const names = {
		places: { 'us-tx': 'Texas', us: 'the United States' },
		roles: { aesthetician: 'Aesthetician', 'registered-nurse': 'Registered nurse' },
	};
	const placeOf = (id: string) =>
		({
			us: { pages: new Set(['aesthetician', 'registered-nurse']), ownForEveryTitle: false },
			'us-tx': { parent: 'us', pages: new Set(['aesthetician']), ownForEveryTitle: false },
		})[id];

	test("leads a place and a title to the pair's answer, as the picker does", () => {
		const place = { id: 'us-tx', words: 'texas' };
		expect(
			leadingAnswer({ place, role: { id: 'aesthetician', words: 'estetician' } }, names, placeOf),
		).toEqual({
			href: '/check/us-tx/aesthetician/',
			text: 'May an aesthetician perform mesotherapy in Texas?',
		});
		expect(
			leadingAnswer({ place, role: { id: 'registered-nurse', words: 'nurse' } }, names, placeOf),
		).toEqual({
			href: '/check/us-tx/#registered-nurse',
			text: 'May a registered nurse perform mesotherapy in Texas?',
		});
	});

	test("leads a place alone to its check page, a title alone to the title's page", () => {
		expect(leadingAnswer({ place: { id: 'us', words: 'us' } }, names, placeOf)).toEqual({
			href: '/check/us/',
			text: 'Who may perform mesotherapy in the United States: every title',
		});
		expect(
			leadingAnswer({ role: { id: 'aesthetician', words: 'beautician' } }, names, placeOf),
		).toEqual({
			href: '/roles/aesthetician/',
			text: 'Aesthetician: where they may perform mesotherapy',
		});
		expect(leadingAnswer({}, names, placeOf)).toBeUndefined();
	});

	test('leads a task to its section of the answer, the place’s check page, or the place picker', () => {
		const place = { id: 'us-tx', words: 'texas' };
		expect(leadingAnswer({ place, task: 'verify' }, names, placeOf)).toEqual({
			href: '/check/us-tx/#verify',
			text: 'How to check a practitioner’s licence in Texas',
		});
		expect(
			leadingAnswer(
				{ place, role: { id: 'aesthetician', words: 'esthetician' }, task: 'complain' },
				names,
				placeOf,
			),
		).toEqual({
			href: '/check/us-tx/aesthetician/#if-something-goes-wrong',
			text: 'If something goes wrong in Texas: where to complain or report',
		});
		expect(
			leadingAnswer(
				{ place, role: { id: 'registered-nurse', words: 'nurse' }, task: 'verify' },
				names,
				placeOf,
			)?.href,
		).toBe('/check/us-tx/#verify');
		expect(leadingAnswer({ task: 'verify' }, names, placeOf)).toEqual({
			href: '/check/',
			text: 'How to check a practitioner’s licence: pick your place',
		});
	});
});
