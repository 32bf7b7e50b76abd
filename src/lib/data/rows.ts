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
import type { KnowledgeBase } from '../content/knowledge-base.ts';
import { dataKinds, rowSchemas, type DataKind, type Row } from './row-schemas.ts';

/** An entity as Astro's collections and the checker's loader both give it. */
interface Entity<T> {
	readonly id: string;
	readonly data: T;
}

/** The knowledge base, as the downloads need it. Bodies are not read: only the records. */
export interface DataInput {
	claims: readonly Entity<Claim>[];
	/** Every permission entry, with the jurisdiction its file names. */
	permissions: readonly { readonly jurisdiction: string; readonly data: Permission }[];
	jurisdictions: readonly Entity<Jurisdiction>[];
	roles: readonly Entity<Role>[];
	risks: readonly Entity<Risk>[];
	riskCategories: readonly Entity<RiskCategory>[];
	events: readonly Entity<ReportedEvent>[];
	sources: readonly Entity<Source>[];
}

/** The knowledge base as the checker loads it, as data input: every entity, valid. */
export function dataInputOf(kb: KnowledgeBase): DataInput {
	return {
		claims: [...kb.claims.values()],
		permissions: kb.permissions,
		jurisdictions: [...kb.jurisdictions.values()],
		roles: [...kb.roles.values()],
		risks: [...kb.risks.values()],
		riskCategories: [...kb.riskCategories.values()],
		events: [...kb.events.values()],
		sources: [...kb.sources.values()],
	};
}

/** The rows of every download, each list sorted by id. */
export type DataRows = { [K in DataKind]: Row<K>[] };

/**
 * Turns the knowledge base into the rows of each download. Each row is parsed with its row
 * schema, so it holds exactly the schema's fields, in the schema's order, and nothing else.
 */
export function buildRows(input: DataInput): DataRows {
	const entities = (items: readonly Entity<object>[]) =>
		[...items].map((e) => ({ ...e.data, id: e.id }));
	const raw: Record<DataKind, object[]> = {
		claims: entities(input.claims),
		permissions: input.permissions.map((p) => ({
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

/** The Astro-side knowledge base (`src/data/atlas.ts`): maps by id, permissions by place and role. */
export interface AtlasLike {
	claims: ReadonlyMap<string, Entity<Claim>>;
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

/** Reads the downloads' input from the Astro-side knowledge base. */
export function dataInputFromAtlas(atlas: AtlasLike): DataInput {
	return {
		claims: [...atlas.claims.values()],
		permissions: [...atlas.permissions.values()].flatMap((byRole) => [...byRole.values()]),
		jurisdictions: [...atlas.jurisdictions.values()],
		roles: [...atlas.roles.values()],
		risks: [...atlas.risks.values()],
		riskCategories: [...atlas.riskCategories.values()],
		events: [...atlas.events.values()],
		sources: [...atlas.sources.values()],
	};
}
