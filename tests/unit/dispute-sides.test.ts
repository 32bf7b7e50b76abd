import { describe, expect, test } from 'vitest';
import { orderDispute } from '../../src/lib/site/dispute-sides.ts';

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
