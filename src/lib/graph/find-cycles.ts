/**
 * Finds cycles in a directed graph: every node on a cycle, in edge order, once per cycle,
 * rotated to start at its smallest id (so `b → a → b` is reported as `['a', 'b']`). A node with
 * an edge to itself is a cycle of one. Each back edge met in a depth-first search yields one
 * cycle, so every tangle of nodes that reach each other is reported at least once, in time
 * linear in the graph's size, without listing every possible cycle (there can be exponentially
 * many). Edges to ids that are not nodes are ignored. Cycles come sorted by their ids.
 * @example findCycles(['a', 'b'], (n) => (n === 'a' ? ['b'] : ['a'])) // [['a', 'b']]
 */
export function findCycles(
	nodes: Iterable<string>,
	edgesOf: (node: string) => Iterable<string>,
): string[][] {
	const all = new Set(nodes);
	const done = new Set<string>();
	const onStack = new Map<string, number>();
	const cycles = new Map<string, string[]>();
	for (const start of all) {
		if (done.has(start)) continue;
		// An explicit stack, so a long chain cannot overflow the call stack.
		const path: string[] = [start];
		const pending: Iterator<string>[] = [edgesOf(start)[Symbol.iterator]()];
		onStack.set(start, 0);
		while (path.length > 0) {
			const next = pending.at(-1)!.next();
			if (next.done) {
				const node = path.pop()!;
				pending.pop();
				onStack.delete(node);
				done.add(node);
				continue;
			}
			const target = next.value;
			if (!all.has(target) || done.has(target)) continue;
			const index = onStack.get(target);
			if (index !== undefined) {
				const cycle = rotateToSmallest(path.slice(index));
				cycles.set(cycle.join('\u0000'), cycle);
				continue;
			}
			onStack.set(target, path.length);
			path.push(target);
			pending.push(edgesOf(target)[Symbol.iterator]());
		}
	}
	return [...cycles.entries()].sort(([a], [b]) => compare(a, b)).map(([, cycle]) => cycle);
}

/**
 * Writes a cycle as a chain that returns to its start.
 * @example formatCycle(['a', 'b']) // 'a → b → a'
 */
export function formatCycle(cycle: readonly string[]): string {
	return [...cycle, cycle[0]].join(' → ');
}

function rotateToSmallest(cycle: string[]): string[] {
	let smallest = 0;
	cycle.forEach((id, i) => {
		if (compare(id, cycle[smallest]!) < 0) smallest = i;
	});
	return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
