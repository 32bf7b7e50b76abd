/**
 * The one table of what `content/` holds: for each kind of content, where its files are, how
 * they are named and written, and what one of its entities is called. The checker's loader,
 * the site (which gets the knowledge base from that same loader), Starlight's docs collection,
 * the synthetic benchmark, the checker's counts and the data downloads all read it, so no two
 * readers of `content/` can disagree about which files count.
 */

/** How a kind's files are written. */
export type ContentFormat =
	/** YAML frontmatter, then a verbatim Markdown document (sources). */
	| 'markdown-document'
	/** YAML frontmatter, then a body of Markdown and the atlas's own components. */
	| 'entity-body'
	/** A Starlight page: frontmatter, then MDX (guides, the home page). */
	| 'page'
	/** A YAML list of entities. */
	| 'yaml-list';

/** One kind of content. */
export interface ContentKind {
	/** The knowledge base's key for this kind (`claims`, `riskCategories`). */
	key: ContentKindKey;
	/** Where its files are, relative to the content folder: a folder, or a single file's path. */
	place: { folder: string; extensions: readonly string[]; nested?: true } | { file: string };
	format: ContentFormat;
	/** What one entity is called in messages (`claim`, `risk category`). */
	noun: string;
	/** The plural, for counts (`claims`, `risk categories`). */
	plural: string;
	/**
	 * Where an entity's id comes from: the file's name (one entity per file; for a YAML list
	 * per file, the name is the id of the jurisdiction its entries belong to), or each entry's
	 * own `id` field.
	 */
	id: 'file-name' | 'entry';
}

/** The knowledge base's keys, one per kind of content. */
export type ContentKindKey =
	| 'sources'
	| 'claims'
	| 'jurisdictions'
	| 'roles'
	| 'permissions'
	| 'riskCategories'
	| 'risks'
	| 'events'
	| 'published'
	| 'pages';

/** Every kind of content, in the order the checker counts them. */
export const contentKinds: readonly ContentKind[] = [
	{
		key: 'sources',
		place: { folder: 'sources', extensions: ['.md'] },
		format: 'markdown-document',
		noun: 'source',
		plural: 'sources',
		id: 'file-name',
	},
	{
		key: 'claims',
		place: { folder: 'claims', extensions: ['.yaml'] },
		format: 'yaml-list',
		noun: 'claim',
		plural: 'claims',
		id: 'entry',
	},
	{
		key: 'jurisdictions',
		place: { folder: 'jurisdictions', extensions: ['.mdx'] },
		format: 'entity-body',
		noun: 'jurisdiction',
		plural: 'jurisdictions',
		id: 'file-name',
	},
	{
		key: 'roles',
		place: { folder: 'roles', extensions: ['.mdx'] },
		format: 'entity-body',
		noun: 'role',
		plural: 'roles',
		id: 'file-name',
	},
	{
		key: 'permissions',
		place: { folder: 'permissions', extensions: ['.yaml'] },
		format: 'yaml-list',
		noun: 'permission',
		plural: 'permissions',
		id: 'file-name',
	},
	{
		key: 'riskCategories',
		place: { file: 'risk-categories.yaml' },
		format: 'yaml-list',
		noun: 'risk category',
		plural: 'risk categories',
		id: 'entry',
	},
	{
		key: 'risks',
		place: { folder: 'risks', extensions: ['.mdx'] },
		format: 'entity-body',
		noun: 'risk',
		plural: 'risks',
		id: 'file-name',
	},
	{
		key: 'events',
		place: { file: 'events.yaml' },
		format: 'yaml-list',
		noun: 'reported event',
		plural: 'reported events',
		id: 'entry',
	},
	{
		key: 'published',
		place: { file: 'published-claims.yaml' },
		format: 'yaml-list',
		noun: 'published claim',
		plural: 'published claims',
		id: 'entry',
	},
	{
		key: 'pages',
		place: { folder: 'docs', extensions: ['.md', '.mdx'], nested: true },
		format: 'page',
		noun: 'page',
		plural: 'pages',
		id: 'file-name',
	},
];

/** A content file's kind and the id its path gives (a page's id is its slug: `guides/x`). */
export interface ClassifiedPath {
	kind: ContentKind;
	/** The file's name without its extension; for pages, the path below `docs/` without it. */
	id: string;
}

/**
 * The kind of content a path (relative to the content folder, with `/`) holds, or undefined
 * when no kind reads it. Only the extensions in the table count: `be.md` beside the
 * jurisdictions' `.mdx` files, or `au.yml` beside the permissions' `.yaml` files, is no kind's.
 * @example classifyContentPath('claims/risks.yaml') // { kind: claims, id: 'risks' }
 * @example classifyContentPath('docs/guides/index.mdx') // { kind: pages, id: 'guides/index' }
 * @example classifyContentPath('jurisdictions/be.md') // undefined
 */
export function classifyContentPath(relPath: string): ClassifiedPath | undefined {
	for (const kind of contentKinds) {
		const { place } = kind;
		if ('file' in place) {
			if (relPath === place.file) return { kind, id: relPath.replace(/\.[^.]+$/, '') };
			continue;
		}
		const prefix = `${place.folder}/`;
		if (!relPath.startsWith(prefix)) continue;
		const rest = relPath.slice(prefix.length);
		if (!place.nested && rest.includes('/')) return undefined;
		const extension = place.extensions.find((ext) => rest.endsWith(ext));
		if (extension === undefined) return undefined;
		return { kind, id: rest.slice(0, -extension.length) };
	}
	return undefined;
}

/** Where files of each kind belong, for a message about a file that is none of them. */
export function describeContentPlaces(): string {
	return contentKinds
		.map(({ place }) =>
			'file' in place
				? place.file
				: `${place.folder}/${place.nested ? '**/' : ''}*${place.extensions.join(' or *')}`,
		)
		.join(', ');
}

/** The kind with this key. */
export function contentKind(key: ContentKindKey): ContentKind {
	return contentKinds.find((kind) => kind.key === key)!;
}

/**
 * The glob Astro's loaders use for a folder kind, relative to its folder, built from the same
 * extensions the checker reads.
 * @example contentGlob(contentKind('pages')) // '**\/*.{md,mdx}'
 */
export function contentGlob(kind: ContentKind): string {
	if ('file' in kind.place) return kind.place.file;
	const extensions = kind.place.extensions.map((ext) => ext.slice(1));
	const names = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
	return kind.place.nested ? `**/${names}` : names;
}
