import type { z } from 'astro/zod';
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
import { validate } from '../check/schema-findings.ts';
import { listHeadings } from '../text/headings.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { PublishedClaim } from '../../schemas/index.ts';
import type { BodyEntry, ContentFile, Entry, KnowledgeBase } from './knowledge-base.ts';
import { parseYaml, type Locate } from './parse-yaml.ts';

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
		permissions: [],
		permissionFiles: new Map(),
		pages: new Map(),
		duplicates: [],
	};
	const findings: Finding[] = [];
	const sorted = [...files].sort((a, b) => a.relPath.localeCompare(b.relPath));
	for (const file of sorted) {
		const kind = classify(file.relPath);
		if (!kind) {
			findings.push({
				file: file.path,
				line: 1,
				column: 1,
				severity: 'warning',
				rule: 'content/unknown-file',
				message: `\`${file.relPath}\` is not a kind of content file the knowledge base reads, so it is ignored.`,
				hint: 'Move it to sources/*.md, claims/*.yaml, jurisdictions/*.mdx, roles/*.mdx, risks/*.mdx, permissions/*.yaml, risk-categories.yaml, events.yaml, published-claims.yaml or docs/, or delete it.',
			});
			continue;
		}
		kind.load(file, kb, findings, baseName(file.relPath));
	}
	return { kb, findings };
}

interface Kind {
	load(file: ContentFile, kb: KnowledgeBase, findings: Finding[], id: string): void;
}

function classify(relPath: string): Kind | undefined {
	if (/^sources\/[^/]+\.md$/.test(relPath)) return sourceKind;
	if (/^claims\/[^/]+\.ya?ml$/.test(relPath)) return claimsKind;
	if (/^jurisdictions\/[^/]+\.mdx?$/.test(relPath)) return bodyKind('jurisdiction', JurisdictionSchema, (kb) => kb.jurisdictions);
	if (/^roles\/[^/]+\.mdx?$/.test(relPath)) return bodyKind('role', RoleSchema, (kb) => kb.roles);
	if (/^risks\/[^/]+\.mdx?$/.test(relPath)) return bodyKind('risk', RiskSchema, (kb) => kb.risks);
	if (/^permissions\/[^/]+\.ya?ml$/.test(relPath)) return permissionsKind;
	if (/^risk-categories\.ya?ml$/.test(relPath)) return riskCategoriesKind;
	if (/^published-claims\.ya?ml$/.test(relPath)) return publishedClaimsKind;
	if (/^events\.ya?ml$/.test(relPath)) return eventsKind;
	if (/^docs\/.+\.mdx?$/.test(relPath)) return pageKind;
	return undefined;
}

function baseName(relPath: string): string {
	return relPath.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

interface ParsedBody {
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
	if (parsed.findings.length > 0) return undefined;
	return { data: parsed.data ?? {}, locate: parsed.locate, body: split.body, bodyOffset: split.bodyOffset };
}

function checkId(id: string, file: ContentFile, findings: Finding[], what: string): boolean {
	if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return true;
	findings.push({
		file: file.path,
		line: 1,
		column: 1,
		severity: 'error',
		rule: 'schema/invalid-id',
		message: `The file name gives the ${what} id \`${id}\`, which is not kebab-case.`,
		hint: `Rename the file to \`${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}${/\.[^./]+$/.exec(file.relPath)?.[0] ?? ''}\`.`,
	});
	return false;
}

const sourceKind: Kind = {
	load(file, kb, findings, id) {
		const parsed = parseBodyFile(file, findings);
		if (!parsed || !checkId(id, file, findings, 'source')) return;
		const { value, findings: schemaFindings } = validate(SourceSchema, parsed.data, file.path, parsed.locate, 'A source');
		findings.push(...schemaFindings);
		if (!value) return;
		kb.sources.set(id, {
			id,
			data: value,
			file: file.path,
			locate: parsed.locate,
			body: parsed.body,
			bodyOffset: parsed.bodyOffset,
			fileText: file.text,
			headings: listHeadings(parsed.body),
		});
	},
};

function bodyKind<S extends z.ZodType>(
	what: string,
	schema: S,
	collection: (kb: KnowledgeBase) => Map<string, BodyEntry<z.output<S>>>,
): Kind {
	return {
		load(file, kb, findings, id) {
			const parsed = parseBodyFile(file, findings);
			if (!parsed || !checkId(id, file, findings, what)) return;
			const { value, findings: schemaFindings } = validate(schema, parsed.data, file.path, parsed.locate, `A ${what}`);
			findings.push(...schemaFindings);
			if (value === undefined) return;
			const map = collection(kb);
			const entry = {
				id,
				data: value,
				file: file.path,
				locate: parsed.locate,
				body: parsed.body,
				bodyOffset: parsed.bodyOffset,
				fileText: file.text,
			};
			const first = map.get(id);
			if (first) kb.duplicates.push({ kind: what, id, file: file.path, locate: parsed.locate, first: first.file });
			else map.set(id, entry);
		},
	};
}

const pageKind: Kind = {
	load(file, kb, findings) {
		const parsed = parseBodyFile(file, findings);
		if (!parsed) return;
		const slug = file.relPath.replace(/^docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		kb.pages.set(slug, {
			id: slug,
			data: (parsed.data ?? {}) as Record<string, unknown>,
			file: file.path,
			locate: parsed.locate,
			body: parsed.body,
			bodyOffset: parsed.bodyOffset,
			fileText: file.text,
		});
	},
};

/** Loads a YAML file holding a list of entities, each validated on its own. */
function loadList<S extends z.ZodType>(
	file: ContentFile,
	findings: Finding[],
	listSchema: z.ZodArray<S>,
	what: string,
	add: (value: z.output<S>, locate: Locate) => void,
): void {
	const parsed = parseYaml(file.path, file.text, file.text);
	findings.push(...parsed.findings);
	if (parsed.findings.length > 0) return;
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

const claimsKind: Kind = {
	load(file, kb, findings) {
		loadList(file, findings, ClaimFileSchema, 'claim', (value, locate) =>
			addUnique(kb, kb.claims, 'claim', value, file.path, locate),
		);
	},
};

const riskCategoriesKind: Kind = {
	load(file, kb, findings) {
		loadList(file, findings, RiskCategoryFileSchema, 'risk category', (value, locate) =>
			addUnique(kb, kb.riskCategories, 'risk category', value, file.path, locate),
		);
	},
};

const eventsKind: Kind = {
	load(file, kb, findings) {
		loadList(file, findings, EventFileSchema, 'reported event', (value, locate) =>
			addUnique(kb, kb.events, 'reported event', value, file.path, locate),
		);
	},
};

const permissionsKind: Kind = {
	load(file, kb, findings, jurisdiction) {
		if (!checkId(jurisdiction, file, findings, 'jurisdiction')) return;
		kb.permissionFiles.set(jurisdiction, { file: file.path });
		const seen = new Set<string>();
		loadList(file, findings, PermissionFileSchema, 'permission', (value, locate) => {
			if (seen.has(value.role)) {
				kb.duplicates.push({ kind: 'permission', id: `${jurisdiction}/${value.role}`, file: file.path, locate, first: file.path });
				return;
			}
			seen.add(value.role);
			kb.permissions.push({ id: `${jurisdiction}/${value.role}`, jurisdiction, data: value, file: file.path, locate });
		});
	},
};

const publishedClaimsKind: Kind = {
	load(file, kb, findings) {
		const published = new Map<string, Entry<PublishedClaim>>();
		kb.published = published;
		loadList(file, findings, PublishedClaimFileSchema, 'published claim', (value, locate) =>
			addUnique(kb, published, 'published claim', value, file.path, locate),
		);
	},
};
