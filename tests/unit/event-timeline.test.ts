import { describe, expect, test } from 'vitest';
import { timelineBars, timelineSpan, yearsLabel } from '../../src/lib/site/event-timeline.ts';

const event = (id: string, from: number, to = from) => ({ id, years: { from, to } });

describe('timelineBars', () => {
	test('places each event on one axis, each year an equal slot', () => {
		const bars = timelineBars([event('late', 2003), event('early', 2000, 2001)]);
		expect(bars.map((b) => [b.event.id, b.offset, b.width, b.label])).toEqual([
			['early', 0, 50, '2000–2001'],
			['late', 75, 25, '2003'],
		]);
	});

	test('orders events by first year, then last year, then id', () => {
		const bars = timelineBars([event('b', 2005), event('a', 2005), event('c', 2004, 2006)]);
		expect(bars.map((b) => b.event.id)).toEqual(['c', 'a', 'b']);
	});

	test('fills the whole width with a single event', () => {
		expect(timelineBars([event('only', 2010, 2012)])[0]).toMatchObject({ offset: 0, width: 100 });
	});

	test('returns no bars for no events', () => {
		expect(timelineBars([])).toEqual([]);
	});
});

describe('yearsLabel and timelineSpan', () => {
	test('write one year alone and a span with an en dash', () => {
		expect(yearsLabel({ from: 2008, to: 2008 })).toBe('2008');
		expect(yearsLabel({ from: 2001, to: 2010 })).toBe('2001–2010');
	});

	test('span from the earliest first year to the latest last year', () => {
		expect(timelineSpan([event('a', 2004, 2005), event('b', 2002)])).toEqual({
			from: 2002,
			to: 2005,
		});
		expect(timelineSpan([])).toBeUndefined();
	});
});
