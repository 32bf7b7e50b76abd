import type { Permission, Requirement } from '../../schemas/index.ts';
import type { DataPath } from '../content/parse-yaml.ts';

/** One list of claim ids in a rule: where it stands, and how messages name the part it backs. */
export interface CitingPart {
	/** The path of the list in the rule (`['requires', 0, 'claims']`). */
	path: DataPath;
	/** The part, as messages name it (`the answer`, `the order condition (requires[0])`). */
	name: string;
	ids: readonly string[];
}

/**
 * Every list of claim ids a rule holds, in the order its parts come: answer, contrary side,
 * scope (and its gap), extent, conditions, delegation, local terms; `ruleClaims` in
 * src/schemas/permission.ts lists the same claims, without where they stand.
 * @example citingParts(rule)[0] // { path: ['claims'], name: 'the answer', ids: rule.claims }
 */
export function citingParts(rule: Permission): CitingPart[] {
	const parts: CitingPart[] = [
		{ path: ['claims'], name: 'the answer', ids: rule.claims },
		{ path: ['contrary'], name: 'the contrary side', ids: rule.contrary },
		{ path: ['scope', 'claims'], name: 'the scope', ids: rule.scope.claims },
		{ path: ['scope', 'gap'], name: 'the scope gap (scope.gap)', ids: rule.scope.gap },
		{ path: ['extent', 'claims'], name: 'the extent', ids: rule.extent.claims },
		...rule.requires.map((requirement, i) => ({
			path: ['requires', i, 'claims'],
			name: requirementName(requirement, i),
			ids: requirement.claims,
		})),
	];
	for (const [key, name] of optionalParts) {
		const part = rule[key];
		if (part) parts.push({ path: [key, 'claims'], name, ids: part.claims });
	}
	return parts;
}

/** The parts a rule may leave out, each with how messages name it. */
const optionalParts = [
	['mayDelegate', 'the delegation (mayDelegate)'],
	['localTerms', 'the local terms (localTerms)'],
	['incomplete', 'the missing conditions (incomplete)'],
	['notBinding', 'the force (notBinding)'],
] as const;

/**
 * A condition as messages name it.
 * @example requirementName({ type: 'order', from: ['physician'], claims: ['x'] }, 0) // 'the order condition (requires[0])'
 */
export function requirementName(requirement: Pick<Requirement, 'type'>, index: number): string {
	return `the ${requirement.type} condition (requires[${index}])`;
}

/**
 * Writes a path as the field it names.
 * @example fieldName(['requires', 0, 'from', 1]) // 'requires[0].from[1]'
 */
export function fieldName(path: DataPath): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
		.join('');
}

/**
 * Lists ids as code, joined with commas and a final "and" (or "or").
 * @example codeList(['a', 'b', 'c']) // '`a`, `b` and `c`'
 */
export function codeList(ids: readonly string[], last: 'and' | 'or' = 'and'): string {
	const coded = ids.map((id) => `\`${id}\``);
	return coded.length <= 1
		? (coded[0] ?? '')
		: `${coded.slice(0, -1).join(', ')} ${last} ${coded.at(-1)}`;
}
