import { describe, expect, test } from 'vitest';
import {
	countryFigures,
	coverage,
	coverageTotals,
	type CoverageInput,
} from '../../src/lib/site/coverage.ts';

const claim = (source: string, jurisdictions: string[], reviewed: string) => ({
	data: { source, about: { jurisdictions, roles: [], risks: [] }, reviewed },
});

const input: CoverageInput = {
	jurisdictions: new Map([
		['us', { data: { name: 'United States', gaps: [] } }],
		['us-al', { data: { name: 'Alabama', parent: 'us', gaps: [] } }],
		[
			'us-tx',
			{ data: { name: 'Texas', parent: 'us', gaps: ['The new rule text was not found.'] } },
		],
	]),
	claims: new Map([
		['a', claim('article', ['us'], '2026-11-22')],
		['b', claim('rule', ['us-tx'], '2026-11-29')],
		['c', claim('blog', ['us-tx'], '2026-11-22')],
		['d', claim('blog', ['us-tx', 'us'], '2026-11-25')],
	]),
	sources: new Map([
		['article', { data: { force: 'secondary' as const } }],
		['rule', { data: { force: 'binding' as const } }],
		['blog', { data: { force: 'secondary' as const } }],
	]),
	permissions: new Map([
		['us', new Map([['physician', { data: { role: 'physician' } }]])],
		['us-tx', new Map([['registered-nurse', { data: { role: 'registered-nurse' } }]])],
	]),
};

describe('coverage', () => {
	const rows = coverage(input);

	test('counts the facts about each place itself and the roles with its own rule', () => {
		expect(rows.map((r) => [r.id, r.facts, r.roles])).toEqual([
			['us', 2, ['physician']],
			['us-al', 0, []],
			['us-tx', 3, ['registered-nurse']],
		]);
	});

	test('counts each source once, by its legal force', () => {
		expect(rows[2]!.sourcesByForce).toEqual({ binding: 1, guidance: 0, opinion: 0, secondary: 1 });
	});

	test('gives the latest review, or none for a place with no facts', () => {
		expect(rows[2]!.lastReviewed).toBe('2026-11-29');
		expect(rows[1]).not.toHaveProperty('lastReviewed');
	});

	test('keeps the parent and the known gaps', () => {
		expect(rows[1]!.parent).toBe('us');
		expect(rows[2]!.gaps).toEqual(['The new rule text was not found.']);
	});

	test('totals the places, those with facts of their own, the facts and the gaps', () => {
		expect(coverageTotals(rows)).toEqual({ places: 3, documented: 2, facts: 5, gaps: 1 });
	});
});

describe('countryFigures', () => {
	test("counts a country's places with sources, primary sources and rules for the titles, and the places elsewhere with sources", () => {
		const rows = coverage({
			...input,
			jurisdictions: new Map([
				...input.jurisdictions,
				['fr', { data: { name: 'France', gaps: [] } }],
				['de', { data: { name: 'Germany', gaps: [] } }],
			]),
			claims: new Map([...input.claims, ['e', claim('blog', ['fr'], '2026-11-22')]]),
		});
		expect(countryFigures(rows, 'us', ['registered-nurse'])).toEqual({
			places: 2,
			withSources: 1,
			withPrimary: 1,
			withTitles: 1,
			elsewhereWithSources: 1,
		});
		expect(countryFigures(rows, 'us', ['registered-nurse', 'aesthetician']).withTitles).toBe(0);
	});
});
