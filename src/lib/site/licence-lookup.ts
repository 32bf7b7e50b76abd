/**
 * Where a reader can look up a licence with a regulator: its lookup's address, or a fact on
 * the page that describes the lookup, or nothing on file.
 */

/** How a regulator's licence lookup is shown. */
export type LookupLink =
	{ kind: 'address'; url: string } | { kind: 'fact'; claim: string } | { kind: 'none' };

/**
 * The lookup of one regulator: its `lookup` address if on file, else the first of its claims
 * that the page lists as a way to verify a licence, else none.
 * @example regulatorLookup({ claims: ['us-tx-tmb-look-up-a-license'] }, ['us-tx-tmb-look-up-a-license']) // { kind: 'fact', claim: 'us-tx-tmb-look-up-a-license' }
 */
export function regulatorLookup(
	regulator: { lookup?: string | undefined; claims: readonly string[] },
	verifyClaims: readonly string[],
): LookupLink {
	if (regulator.lookup) return { kind: 'address', url: regulator.lookup };
	const claim = regulator.claims.find((id) => verifyClaims.includes(id));
	return claim === undefined ? { kind: 'none' } : { kind: 'fact', claim };
}
