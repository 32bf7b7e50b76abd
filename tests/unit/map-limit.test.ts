import { describe, expect, test } from 'vitest';
import { mapLimit } from '../../src/lib/content/map-limit.ts';

describe('mapLimit', () => {
	test('keeps the results in the order of the items', async () => {
		const delays = [30, 0, 10, 5];
		const results = await mapLimit(delays, 2, async (ms, i) => {
			await new Promise((resolve) => setTimeout(resolve, ms));
			return i;
		});
		expect(results).toEqual([0, 1, 2, 3]);
	});

	test('never has more than `limit` calls in flight', async () => {
		let running = 0;
		let most = 0;
		await mapLimit(
			Array.from({ length: 20 }, (_, i) => i),
			3,
			async () => {
				running += 1;
				most = Math.max(most, running);
				await new Promise((resolve) => setTimeout(resolve, 1));
				running -= 1;
			},
		);
		expect(most).toBe(3);
	});

	test('returns nothing for nothing, and refuses a limit below 1', async () => {
		await expect(mapLimit([], 4, () => Promise.resolve(1))).resolves.toEqual([]);
		await expect(mapLimit([1], 0, (x) => Promise.resolve(x))).rejects.toThrow(RangeError);
	});
});
