/**
 * Where a reader looks up a practitioner of one title in one place: the regulators on file of
 * the kinds that license the title, from the nearest place that has one, each with its
 * lookup (`regulatorLookup`).
 */
import type { Jurisdiction, Regulator, RegulatorKind, Role } from '../../schemas/index.ts';
import { ancestorsOf } from '../graph/jurisdiction-ancestors.ts';
import { regulatorLookup, type LookupLink } from './licence-lookup.ts';

/** One register a reader can check the title in. */
export interface TitleRegister {
	/** The place whose regulator it is. */
	place: string;
	name: string;
	url?: string | undefined;
	lookup: LookupLink;
}

/**
 * The registers for a title: of the places from the one asked about up to its country, the
 * nearest whose regulators on file register it, with each such regulator's lookup; empty where
 * none is on file. A regulator registers the titles it `licenses` where it lists them, else
 * those licensed by its kind (the title's `licensedBy`).
 * @example titleRegisters([{ id: 'us-tx', regulators: [texasMedicalBoard] }], { id: 'physician', licensedBy: ['medical-board'] }, []) // [{ place: 'us-tx', name: 'Texas Medical Board', lookup: { kind: 'none' } }]
 */
export function titleRegisters(
	chain: readonly { id: string; regulators: readonly Regulator[] }[],
	title: { id: string; licensedBy: readonly RegulatorKind[] },
	verifyClaims: readonly string[],
): TitleRegister[] {
	const registers = (r: Regulator) =>
		r.licenses ? r.licenses.includes(title.id) : title.licensedBy.includes(r.kind);
	for (const { id, regulators } of chain) {
		const matching = regulators.filter(registers);
		if (matching.length === 0) continue;
		return matching.map((r) => ({
			place: id,
			name: r.name,
			url: r.url,
			lookup: regulatorLookup(r, verifyClaims),
		}));
	}
	return [];
}

/**
 * The registers for a title in a place, from the knowledge base: the place and the places
 * above it, their regulators and ways to verify a licence, and the title's `licensedBy`.
 * @example registersFor(kb, 'us-tx', 'physician')[0].name // 'Texas Medical Board'
 */
export function registersFor(
	data: {
		jurisdictions: ReadonlyMap<
			string,
			{ readonly data: Pick<Jurisdiction, 'parent' | 'regulators' | 'verify'> }
		>;
		roles: ReadonlyMap<string, { readonly data: Pick<Role, 'licensedBy'> }>;
	},
	place: string,
	role: string,
): TitleRegister[] {
	const chain = [place, ...ancestorsOf(place, data.jurisdictions)].flatMap((id) => {
		const j = data.jurisdictions.get(id);
		return j ? [{ id, regulators: j.data.regulators, verify: j.data.verify }] : [];
	});
	return titleRegisters(
		chain,
		{ id: role, licensedBy: data.roles.get(role)?.data.licensedBy ?? [] },
		chain.flatMap((j) => j.verify),
	);
}
