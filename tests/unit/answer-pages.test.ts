import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import {
	answerPages,
	answerPlaces,
	answerTarget,
	hasAnswerPage,
	placeAnswers,
	type AnswerData,
} from '../../src/lib/site/answer-pages.ts';
import {
	answerPlaceAttributes,
	findAnswerTarget,
	readAnswerPlace,
	type AnswerPlace,
} from '../../src/lib/site/answer-target.ts';
import { root } from '../build/helpers.ts';

const place = (
	name: string,
	more: { parent?: string; verify?: string[]; redFlags?: string[]; ifItGoesWrong?: string[] },
) => ({
	data: {
		name,
		definiteArticle: name === 'United States',
		regulators: [],
		verify: [],
		redFlags: [],
		ifItGoesWrong: [],
		...more,
	},
});
const permission = (jurisdiction: string, role: string) => ({
	jurisdiction,
	data: {
		role,
		answer: 'allowed' as const,
		extent: { hedge: 'always' as const, claims: ['x'] },
		scope: { subjects: ['mesotherapy' as const], claims: ['x'], gap: [] },
	},
});

/**
 * The United States has rules for physicians and nurses; Texas a fact about physicians and red
 * flags of its own; Harris County, in Texas, and Alabama nothing; France a way to verify a
 * licence and nothing else.
 */
const data: AnswerData = {
	jurisdictions: new Map([
		['us', place('United States', {})],
		['us-al', place('Alabama', { parent: 'us' })],
		['us-tx', place('Texas', { parent: 'us', redFlags: ['tx-flag'] })],
		['us-tx-harris', place('Harris County', { parent: 'us-tx' })],
		['fr', place('France', { verify: ['fr-lookup'] })],
		['es', place('Spain', {})],
		['de', place('Germany', { ifItGoesWrong: ['de-report'] })],
	]),
	roles: new Map([
		['physician', {}],
		['registered-nurse', {}],
		['aesthetician', {}],
	]),
	claims: new Map([
		[
			'tx-physicians',
			{ data: { about: { jurisdictions: ['us-tx'], roles: ['physician'], risks: [] } } },
		],
		['al-place-wide', { data: { about: { jurisdictions: ['us-al'], roles: [], risks: [] } } }],
		[
			'es-rule-for-all',
			{ data: { about: { jurisdictions: ['es'], roles: [], risks: [] }, status: 'in-force' } },
		],
		[
			'elsewhere',
			{ data: { about: { jurisdictions: ['nowhere'], roles: ['physician'], risks: [] } } },
		],
	]),
	permissions: new Map([
		[
			'us',
			new Map([
				['physician', permission('us', 'physician')],
				['registered-nurse', permission('us', 'registered-nurse')],
			]),
		],
	]),
};

describe('answerPages', () => {
	test('returns the pairs with a permission entry or a claim about both, and no other', () => {
		expect(answerPages(data)).toEqual([
			{ place: 'us', role: 'physician' },
			{ place: 'us', role: 'registered-nurse' },
			{ place: 'us-tx', role: 'physician' },
		]);
		expect(hasAnswerPage(data, 'us-tx', 'physician')).toBe(true);
		expect(hasAnswerPage(data, 'us-al', 'registered-nurse')).toBe(false);
		expect(hasAnswerPage(data, 'nowhere', 'physician')).toBe(false);
	});
});

describe('answerPlaces', () => {
	test('stops the walk at a place with a rule for every title, but not at a finding that names no title', () => {
		expect(answerPlaces(data).get('es')?.ownForEveryTitle).toBe(true);
		expect(answerPlaces(data).get('us-al')?.ownForEveryTitle).toBe(false);
	});

	test('stops the walk at a place that says what to do if something goes wrong there', () => {
		expect(answerPlaces(data).get('de')?.ownForEveryTitle).toBe(true);
	});
});

describe('answerTarget', () => {
	test("returns the pair's own answer page where it has one", () => {
		expect(answerTarget(data, 'us-tx', 'physician')).toBe('/check/us-tx/physician/');
	});

	test("returns the title's row on the place's own check page, never a page about another place, where a place above has the answer page", () => {
		expect(answerTarget(data, 'us-al', 'registered-nurse')).toBe('/check/us-al/#registered-nurse');
		expect(answerTarget(data, 'us-tx-harris', 'physician')).toBe('/check/us-tx-harris/#physician');
	});

	test("returns the title's row on the place's check page where the walk meets a place's own regulators, lookups or red flags", () => {
		expect(answerTarget(data, 'us-tx', 'registered-nurse')).toBe('/check/us-tx/#registered-nurse');
		expect(answerTarget(data, 'us-tx-harris', 'registered-nurse')).toBe(
			'/check/us-tx-harris/#registered-nurse',
		);
	});

	test("returns the title's row on the place's check page where nothing above has a page for it", () => {
		expect(answerTarget(data, 'fr', 'aesthetician')).toBe('/check/fr/#aesthetician');
		expect(answerTarget(data, 'us-al', 'aesthetician')).toBe('/check/us-al/#aesthetician');
	});
});

describe('placeAnswers', () => {
	const row = (placeId: string, role: string) =>
		placeAnswers(data, placeId).find((r) => r.role === role);

	test("returns every title with the verdict that applies, and says so when the answer is another place's", () => {
		expect(placeAnswers(data, 'us-al').map((r) => r.role)).toEqual([
			'physician',
			'registered-nurse',
			'aesthetician',
		]);
		expect(row('us-al', 'registered-nurse')).toEqual({
			role: 'registered-nurse',
			answer: 'allowed',
			hasFacts: false,
			rule: permission('us', 'registered-nurse').data,
			inheritedFrom: 'us',
			target: '/check/us/registered-nurse/',
			here: false,
			note: 'Nothing specific to Alabama is on file; the answer for the United States applies.',
		});
	});

	test('returns the row itself as the answer where the place has something of its own, with the rule it borrows', () => {
		expect(row('us-tx', 'registered-nurse')).toEqual({
			role: 'registered-nurse',
			answer: 'allowed',
			hasFacts: false,
			rule: permission('us', 'registered-nurse').data,
			inheritedFrom: 'us',
			target: '/check/us-tx/#registered-nurse',
			here: true,
			note: 'Nothing specific to Texas is on file for this title; the general rule of the United States applies.',
			ruleTarget: '/check/us/registered-nurse/',
		});
		expect(row('us-tx', 'aesthetician')).toEqual({
			role: 'aesthetician',
			answer: 'not-documented',
			hasFacts: false,
			rule: undefined,
			inheritedFrom: undefined,
			target: '/check/us-tx/#aesthetician',
			here: true,
		});
		expect(row('us-tx', 'physician')).toMatchObject({ target: '/check/us-tx/physician/' });
		expect(row('us-tx', 'physician')?.note).toBeUndefined();
	});
});

describe('findAnswerTarget', () => {
	/** A place as the picker's script reads it: from its option's attributes. */
	const asPicked = (answerPlace: AnswerPlace) =>
		readAnswerPlace(
			Object.fromEntries(
				Object.entries(answerPlaceAttributes(answerPlace)).map(([name, value]) => [
					name.slice('data-'.length),
					value,
				]),
			),
		);

	test("returns, from the picker's attributes, what answerTarget returns at build time", () => {
		const index = answerPlaces(data);
		const picked = new Map([...index].map(([id, p]) => [id, asPicked(p)]));
		for (const placeId of data.jurisdictions.keys()) {
			for (const role of data.roles.keys()) {
				expect(findAnswerTarget((id) => picked.get(id), placeId, role)).toBe(
					answerTarget(data, placeId, role),
				);
			}
		}
	});

	test('returns the place’s own row when parents form a cycle', () => {
		const cycle = new Map<string, AnswerPlace>([
			['a', { parent: 'b', pages: new Set(), ownForEveryTitle: false }],
			['b', { parent: 'a', pages: new Set(), ownForEveryTitle: false }],
		]);
		expect(findAnswerTarget((id) => cycle.get(id), 'a', 'physician')).toBe('/check/a/#physician');
	});
});

describe('answerPlaceAttributes', () => {
	test('returns the titles with pages and the parent, leaving the parent out where the walk stops', () => {
		expect(
			answerPlaceAttributes({
				parent: 'us',
				pages: new Set(['physician', 'registered-nurse']),
				ownForEveryTitle: false,
			}),
		).toEqual({ 'data-pages': 'physician registered-nurse', 'data-parent': 'us' });
		expect(
			answerPlaceAttributes({ parent: 'us', pages: new Set(), ownForEveryTitle: true }),
		).toEqual({ 'data-own': '' });
	});
});

describe('the real knowledge base', () => {
	const { kb } = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root));

	test('has far fewer answer pages than places × titles, and one for every permission', () => {
		const pages = answerPages(kb);
		// A page only where a place has a rule or facts of its own for the title: most pairs have
		// none, and are answered on the place's check page.
		expect(pages.length).toBeLessThan((kb.jurisdictions.size * kb.roles.size) / 3);
		for (const [placeId, byRole] of kb.permissions) {
			for (const role of byRole.keys()) expect(hasAnswerPage(kb, placeId, role)).toBe(true);
		}
	});

	test("answers a US state with no answer page of its own on the state's check page", () => {
		const bare = [...kb.jurisdictions].find(
			([id, j]) => j.data.parent === 'us' && answerPlaces(kb).get(id)?.pages.size === 0,
		);
		expect(bare).toBeDefined();
		expect(answerTarget(kb, bare![0], 'registered-nurse')).toBe(
			`/check/${bare![0]}/#registered-nurse`,
		);
	});
});
