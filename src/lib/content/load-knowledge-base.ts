import type { z } from 'astro/zod';
import type { PublishedClaim } from '../../schemas/index.ts';
import {
	ClaimFileSchema,
	EventFileSchema,
	JurisdictionSchema,
	PermissionFileSchema,
	PublishedClaimFileSchema,
	RiskCategoryFileSchema,
	RiskSchema,
	RoleSchema,
	SourceSchema,
} from '../../schemas/index.ts';
import type { Finding } from '../check/finding.ts';
import { explainPermissionIssue } from '../check/permission-issues.ts';
import { validate, type ExplainIssue } from '../check/schema-findings.ts';
import { listHeadings } from '../text/headings.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type {
	BodyEntry,
	ContentFile,
	Entry,
	KnowledgeBase,
	PermissionEntry,
} from './knowledge-base.ts';
import {
	classifyContentPath,
	contentKinds,
	describeContentPlaces,
	type ContentKind,
	type ContentKindKey,
} from './content-kinds.ts';
import { parseYaml, type Locate } from './parse-yaml.ts';
import { findRootCauses } from './root-cause.ts';

/**
 * Reads every content file into a knowledge base, validating each against its schema. Files
 * or entities that fail are left out of the knowledge base and reported as findings, so later
 * rules only ever see valid data.
 */
export function loadKnowledgeBase(files: readonly ContentFile[]): {
	kb: KnowledgeBase;
	findings: Finding[];
} {
	const kb: KnowledgeBase = {
		sources: new Map(),
		claims: new Map(),
		jurisdictions: new Map(),
		roles: new Map(),
		risks: new Map(),
		riskCategories: new Map(),
		events: new Map(),
		permissions: new Map(),
		pages: new Map(),
		duplicates: [],
	};
	const findings: Finding[] = [];
	const sorted = [...files].sort((a, b) => a.relPath.localeCompare(b.relPath));
	for (const file of sorted) {
		if (file.symlink) {
			findings.push({
				file: file.path,
				line: 1,
				column: 1,
				severity: 'error',
				rule: 'content/symlink',
				message: `\`${file.relPath}\` is a symbolic link. Content is read only from files in the content folder itself.`,
				hint: 'Replace the link with a copy of the file it points to, or delete it.',
			});
			continue;
		}
		const classified = classifyContentPath(file.relPath);
		if (!classified) {
			findings.push({
				file: file.path,
				line: 1,
				column: 1,
				severity: 'error',
				rule: 'content/unknown-file',
				message: `\`${file.relPath}\` is not a kind of content file the knowledge base reads, so nothing in it would reach the site.`,
				hint: `${renameHint(file.relPath)}Content files are ${describeContentPlaces()}.`,
			});
			continue;
		}
		findings.push(...findRootCauses(file));
		loaders[classified.kind.key](file, kb, findings, classified.id, classified.kind);
	}
	return { kb, findings };
}

/** Loads one file of a kind into the knowledge base; the id is the one its path gives. */
type Loader = (
	file: ContentFile,
	kb: KnowledgeBase,
	findings: Finding[],
	id: string,
	kind: ContentKind,
) => void;

/** Suggests the extension a file's folder expects (`be.md` → `be.mdx`), when there is one. */
function renameHint(relPath: string): string {
	const folder = relPath.split('/')[0] ?? '';
	const kind = contentKinds.find((k) => 'folder' in k.place && k.place.folder === folder);
	if (!kind || !('folder' in kind.place) || relPath.split('/').length !== 2) return '';
	const base = relPath.replace(/\.[^./]+$/, '');
	return `Rename it to \`${base}${kind.place.extensions[0]}\` if it is a ${kind.noun}. `;
}

interface ParsedBody {
	/** Set when the frontmatter has a root cause already reported: validate it silently. */
	recovered?: true;
	data: unknown;
	locate: Locate;
	body: string;
	bodyOffset: number;
}

/** Splits and parses a Markdown/MDX file's frontmatter, reporting what is malformed. */
function parseBodyFile(file: ContentFile, findings: Finding[]): ParsedBody | undefined {
	const split = splitFrontmatter(file.text);
	if (!split.closed) {
		findings.push({
			file: file.path,
			line: 1,
			column: 1,
			severity: 'error',
			rule: 'yaml/syntax',
			message: 'The frontmatter opened by `---` on line 1 is never closed.',
			hint: 'Add a line with `---` after the last frontmatter field.',
		});
		return undefined;
	}
	const parsed = parseYaml(file.path, file.text, split.frontmatter, split.frontmatterOffset);
	findings.push(...parsed.findings);
	if (parsed.findings.length > 0) {
		// As in loadList: the entity the file would hold with its root cause mended stays known.
		if (parsed.recovered === undefined) return undefined;
		return {
			recovered: true,
			data: parsed.recovered ?? {},
			locate: parsed.locate,
			body: split.body,
			bodyOffset: split.bodyOffset,
		};
	}
	return {
		data: parsed.data ?? {},
		locate: parsed.locate,
		body: split.body,
		bodyOffset: split.bodyOffset,
	};
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reports a file name that is not an id: kebab-case, or for pages, kebab-case segments. A
 * page's URL is its path, so a name Starlight would slug differently (`_draft`, `My Page`)
 * is refused rather than published under a path the checker's links do not know.
 */
function checkId(id: string, file: ContentFile, findings: Finding[], kind: ContentKind): boolean {
	const segments = kind.key === 'pages' ? id.split('/') : [id];
	if (segments.every((segment) => kebabCase.test(segment))) return true;
	const fixed = segments
		.map((segment) =>
			segment
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, ''),
		)
		.join('/');
	findings.push({
		file: file.path,
		line: 1,
		column: 1,
		severity: 'error',
		rule: 'schema/invalid-id',
		message: `The file name gives the ${kind.noun} id \`${id}\`, which is not kebab-case${kind.key === 'pages' ? ' in every part of its path' : ''}.`,
		hint: `Rename the file to \`${fixed}${/\.[^./]+$/.exec(file.relPath)?.[0] ?? ''}\`${segments.some((segment) => segment.startsWith('_')) ? '; keep drafts outside content/ until they are ready' : ''}.`,
	});
	return false;
}

/**
 * Loads a file with frontmatter and a body into the knowledge base, through `add`, once its
 * id and frontmatter are valid.
 */
function bodyLoader<S extends z.ZodType>(
	schema: S,
	add: (kb: KnowledgeBase, entry: BodyEntry<z.output<S>>) => void,
): Loader {
	return (file, kb, findings, id, kind) => {
		const parsed = parseBodyFile(file, findings);
		if (!parsed || !checkId(id, file, findings, kind)) return;
		const { value, findings: schemaFindings } = validate(
			schema,
			parsed.data,
			file.path,
			parsed.locate,
			`A ${kind.noun}`,
		);
		if (!parsed.recovered) findings.push(...schemaFindings);
		if (value === undefined) return;
		add(kb, {
			id,
			data: value,
			file: file.path,
			locate: parsed.locate,
			body: parsed.body,
			bodyOffset: parsed.bodyOffset,
			fileText: file.text,
		});
	};
}

const loadPage: Loader = (file, kb, findings, id, kind) => {
	const parsed = parseBodyFile(file, findings);
	if (!parsed || !checkId(id, file, findings, kind)) return;
	const slug = id.replace(/(^|\/)index$/, '');
	kb.pages.set(slug, {
		id: slug,
		data: (parsed.data ?? {}) as Record<string, unknown>,
		file: file.path,
		locate: parsed.locate,
		body: parsed.body,
		bodyOffset: parsed.bodyOffset,
		fileText: file.text,
	});
};

/** Loads a YAML file holding a list of entities, each validated on its own. */
function loadList<S extends z.ZodType>(
	file: ContentFile,
	findings: Finding[],
	listSchema: z.ZodArray<S>,
	what: string,
	add: (value: z.output<S>, locate: Locate) => void,
	explain?: ExplainIssue,
): void {
	const parsed = parseYaml(file.path, file.text, file.text);
	findings.push(...parsed.findings);
	if (parsed.findings.length > 0) {
		// The one finding names the root cause (a tab); the entities the file would hold with it
		// mended stay known, so references to them elsewhere are not reported as well.
		if (Array.isArray(parsed.recovered)) {
			for (const [index, item] of parsed.recovered.entries()) {
				const result = listSchema.element.safeParse(item);
				if (result.success) add(result.data, (path = []) => parsed.locate([index, ...path]));
			}
		}
		return;
	}
	const data = parsed.data ?? [];
	if (!Array.isArray(data)) {
		findings.push({
			file: file.path,
			...parsed.locate(),
			severity: 'error',
			rule: 'schema/invalid-value',
			message: `The file must hold a YAML list of ${what}s (lines starting with \`- \`).`,
			hint: `Write each ${what} as a list item: \`- id: …\`.`,
		});
		return;
	}
	data.forEach((item: unknown, index) => {
		const locate: Locate = (path = []) => parsed.locate([index, ...path]);
		const { value, findings: itemFindings } = validate(
			listSchema.element,
			item,
			file.path,
			locate,
			`A ${what}`,
			explain,
		);
		findings.push(...itemFindings);
		if (value !== undefined) add(value, locate);
	});
}

function addUnique<T extends { id: string }>(
	kb: KnowledgeBase,
	map: Map<string, Entry<T>>,
	what: string,
	value: T,
	file: string,
	locate: Locate,
): void {
	const first = map.get(value.id);
	if (first) kb.duplicates.push({ kind: what, id: value.id, file, locate, first: first.file });
	else map.set(value.id, { id: value.id, data: value, file, locate });
}

function listLoader<S extends z.ZodType<{ id: string }>>(
	schema: z.ZodArray<S>,
	collection: (kb: KnowledgeBase) => Map<string, Entry<z.output<S>>>,
): Loader {
	return (file, kb, findings, _id, kind) =>
		loadList(file, findings, schema, kind.noun, (value, locate) =>
			addUnique(kb, collection(kb), kind.noun, value, file.path, locate),
		);
}

const loadPermissions: Loader = (file, kb, findings, jurisdiction, kind) => {
	if (!checkId(jurisdiction, file, findings, kind)) return;
	const byRole = kb.permissions.get(jurisdiction) ?? new Map<string, PermissionEntry>();
	kb.permissions.set(jurisdiction, byRole);
	loadList(
		file,
		findings,
		PermissionFileSchema,
		kind.noun,
		(value, locate) => {
			const id = `${jurisdiction}/${value.role}`;
			const first = byRole.get(value.role);
			if (first) {
				kb.duplicates.push({ kind: kind.noun, id, file: file.path, locate, first: first.file });
				return;
			}
			byRole.set(value.role, { id, jurisdiction, data: value, file: file.path, locate });
		},
		explainPermissionIssue(jurisdiction),
	);
};

const loaders: Record<ContentKindKey, Loader> = {
	sources: bodyLoader(SourceSchema, (kb, entry) =>
		kb.sources.set(entry.id, { ...entry, headings: listHeadings(entry.body) }),
	),
	claims: listLoader(ClaimFileSchema, (kb) => kb.claims),
	jurisdictions: bodyLoader(JurisdictionSchema, (kb, entry) =>
		kb.jurisdictions.set(entry.id, entry),
	),
	roles: bodyLoader(RoleSchema, (kb, entry) => kb.roles.set(entry.id, entry)),
	risks: bodyLoader(RiskSchema, (kb, entry) => kb.risks.set(entry.id, entry)),
	permissions: loadPermissions,
	riskCategories: listLoader(RiskCategoryFileSchema, (kb) => kb.riskCategories),
	events: listLoader(EventFileSchema, (kb) => kb.events),
	published: listLoader(
		PublishedClaimFileSchema,
		(kb) => (kb.published ??= new Map<string, Entry<PublishedClaim>>()),
	),
	pages: loadPage,
};
