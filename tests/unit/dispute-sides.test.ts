import { describe, expect, test } from 'vitest';
import { orderDispute, sideHeadings } from '../../src/lib/site/dispute-sides.ts';

const claim = (id: string, date: string | null, force: 'opinion' | 'secondary' | 'binding') => ({
	id,
	date,
	force,
	sourceTitle: `Source ${id}`,
});

describe('orderDispute', () => {
	test('puts the most recent side first, dated by its latest claim', () => {
		const dispute = orderDispute([
			[claim('old', '2017-05', 'opinion')],
			[claim('new-a', '2024-03-01', 'secondary'), claim('new-b', '2023', 'opinion')],
		]);
		expect(dispute.sides.map((s) => s.date)).toEqual(['2024-03-01', '2017-05']);
		expect(dispute.sides[0]!.claims.map((c) => c.id)).toEqual(['new-a', 'new-b']);
	});

	test('names the latest statement from a rule-maker, passing over later secondary accounts', () => {
		const dispute = orderDispute([
			[claim('board', '2021', 'binding')],
			[claim('press', '2025', 'secondary')],
		]);
		expect(dispute.latestPrimary).toMatchObject({ id: 'board', side: 1 });
	});

	test('puts an undated side last and names no rule-maker when only secondary accounts are dated', () => {
		const dispute = orderDispute([
			[claim('undated', null, 'opinion')],
			[claim('press', '2025', 'secondary')],
		]);
		expect(dispute.sides.map((s) => s.date)).toEqual(['2025', null]);
		expect(dispute.latestPrimary).toBeUndefined();
	});
});

describe('sideHeadings', () => {
	const year = (date: string) => date.slice(0, 4);

	test('says which side is more recent when both are dated', () => {
		expect(sideHeadings(['2024-03', '2017'], year)).toEqual([
			'The more recent side: 2024',
			'The earlier side: 2017',
		]);
	});

	test('does not call a side more recent than an undated one', () => {
		expect(sideHeadings(['2025-10-21', null], year)).toEqual([
			'One side: 2025',
			'The other side: undated',
		]);
		expect(sideHeadings([null, null], year)).toEqual([
			'One side: undated',
			'The other side: undated',
		]);
	});
});
