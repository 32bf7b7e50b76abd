/**
 * Maps items through an async function with at most `limit` calls in flight, keeping the
 * results in the items' order. File reads and writes go through it so that a large content
 * folder does not exhaust the process's open-file limit (EMFILE).
 * @example await mapLimit(['a', 'b'], 1, async (x) => x.toUpperCase()) // ['A', 'B']
 */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	if (!Number.isInteger(limit) || limit < 1) {
		throw new RangeError(`The limit must be a whole number of at least 1, not ${limit}.`);
	}
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await fn(items[index]!, index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** How many files the content readers and writers keep open at once. */
export const openFilesLimit = 64;
