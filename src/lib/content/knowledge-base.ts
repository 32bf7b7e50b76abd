import type {
	Claim,
	Jurisdiction,
	Permission,
	PublishedClaim,
	ReportedEvent,
	Risk,
	RiskCategory,
	Role,
	Source,
} from '../../schemas/index.ts';
import type { Heading } from '../text/headings.ts';
import type { Locate } from './parse-yaml.ts';

/** A content file as read from disk. */
export interface ContentFile {
	/** The path relative to the content folder, with forward slashes (`claims/risks.yaml`). */
	relPath: string;
	/** The path shown in messages, relative to the project root (`content/claims/risks.yaml`). */
	path: string;
	text: string;
	/** Set when the path is a symbolic link, which the knowledge base refuses; its text is then empty. */
	symlink?: true;
}

/** A validated entity, with the file it came from and a way to locate its fields. */
export interface Entry<T> {
	id: string;
	data: T;
	/** The file, as shown in messages. */
	file: string;
	/** Locates a field of this entity (a path relative to the entity) in its file. */
	locate: Locate;
}

/** An entity with a Markdown or MDX body. */
export interface BodyEntry<T> extends Entry<T> {
	body: string;
	/** The character offset of the body in its file. */
	bodyOffset: number;
	/** The whole file's text, for positions in the body. */
	fileText: string;
}

/** A source, with the headings of its body (the valid locators). */
export interface SourceEntry extends BodyEntry<Source> {
	headings: Heading[];
}

/** One permission entry, keyed by the jurisdiction its file names. */
export interface PermissionEntry extends Entry<Permission> {
	jurisdiction: string;
}

/** A Markdown/MDX page whose frontmatter Starlight validates; only its body is checked here. */
export type PageEntry = BodyEntry<Record<string, unknown>>;

/**
 * The whole knowledge base, as loaded and schema-validated from the content folder: the one
 * read model the checker's rules and the site's pages share.
 */
export interface KnowledgeBase {
	sources: Map<string, SourceEntry>;
	claims: Map<string, Entry<Claim>>;
	jurisdictions: Map<string, BodyEntry<Jurisdiction>>;
	roles: Map<string, BodyEntry<Role>>;
	risks: Map<string, BodyEntry<Risk>>;
	riskCategories: Map<string, Entry<RiskCategory>>;
	/** Reported outbreaks and adverse-event reports, from `events.yaml`. */
	events: Map<string, Entry<ReportedEvent>>;
	/** Permission entries by the jurisdiction their file names, then by role, in file order. */
	permissions: Map<string, Map<string, PermissionEntry>>;
	/** Every claim id ever published, from `published-claims.yaml`; undefined without that file. */
	published?: Map<string, Entry<PublishedClaim>>;
	/** Guide pages under `docs/`. */
	pages: Map<string, PageEntry>;
	/** Ids claimed twice: every place after the first. */
	duplicates: { kind: string; id: string; file: string; locate: Locate; first: string }[];
}

/**
 * Every permission entry, jurisdiction by jurisdiction, each in file order.
 * @example [...allPermissions(kb)].length // how many permission entries are on file
 */
export function* allPermissions(
	kb: Pick<KnowledgeBase, 'permissions'>,
): Generator<PermissionEntry> {
	for (const byRole of kb.permissions.values()) yield* byRole.values();
}
