import type {
	Claim,
	Jurisdiction,
	Permission,
	ReportedEvent,
	Risk,
	RiskCategory,
	Role,
	Source,
} from '../../schemas/index.ts';
import { dataKinds, rowSchemas, type DataKind, type Row } from './row-schemas.ts';

/** An entity as the knowledge base gives it. */
interface Entity<T> {
	readonly id: string;
	readonly data: T;
}

/** The parts of the knowledge base the downloads read: the records only, never bodies. */
export interface DataInput {
	claims: ReadonlyMap<string, Entity<Claim>>;
	/** Permission entries by the jurisdiction their file names, then by role. */
	permissions: ReadonlyMap<
		string,
		ReadonlyMap<string, { readonly jurisdiction: string; readonly data: Permission }>
	>;
	jurisdictions: ReadonlyMap<string, Entity<Jurisdiction>>;
	roles: ReadonlyMap<string, Entity<Role>>;
	risks: ReadonlyMap<string, Entity<Risk>>;
	riskCategories: ReadonlyMap<string, Entity<RiskCategory>>;
	events: ReadonlyMap<string, Entity<ReportedEvent>>;
	sources: ReadonlyMap<string, Entity<Source>>;
}

/** The rows of every download, each list sorted by id. */
export type DataRows = { [K in DataKind]: Row<K>[] };

/**
 * Turns the knowledge base into the rows of each download. Each row is parsed with its row
 * schema, so it holds exactly the schema's fields, in the schema's order, and nothing else.
 */
export function buildRows(input: DataInput): DataRows {
	const entities = (items: ReadonlyMap<string, Entity<object>>) =>
		[...items.values()].map((e) => ({ ...e.data, id: e.id }));
	const raw: Record<DataKind, object[]> = {
		claims: entities(input.claims),
		permissions: [...input.permissions.values()]
			.flatMap((byRole) => [...byRole.values()])
			.map((p) => ({
				...p.data,
				id: `${p.jurisdiction}/${p.data.role}`,
				jurisdiction: p.jurisdiction,
			})),
		jurisdictions: entities(input.jurisdictions),
		roles: entities(input.roles),
		risks: entities(input.risks),
		'risk-categories': entities(input.riskCategories),
		events: entities(input.events),
		sources: entities(input.sources),
	};
	return Object.fromEntries(
		dataKinds.map((kind) => [
			kind,
			raw[kind]
				.map((row) => rowSchemas[kind].parse(row))
				.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		]),
	) as DataRows;
}
