import { parse, stringify } from 'yaml';
import { classifyContentPath } from '../content/content-kinds.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import type { ContentFile } from '../content/knowledge-base.ts';
import { appendPublishedIds } from '../permalinks/publish-ids.ts';

/** The kinds of entity whose ids a copy renames. */
type Kind = 'source' | 'claim' | 'jurisdiction' | 'role' | 'risk' | 'riskCategory' | 'event';

/** The ids the original declares, by kind; only these are renamed in a copy. */
type Ids = Record<Kind, Set<string>>;

/** A content file, parsed once so that each copy only remaps and re-serialises it. */
type Parsed =
	| { kind: 'source'; file: ContentFile }
	| { kind: 'claims' | 'riskCategories' | 'events'; file: ContentFile; items: unknown[] }
	| { kind: 'permissions'; file: ContentFile; items: unknown[] }
	| {
			kind: 'page';
			collection: 'jurisdiction' | 'role' | 'risk';
			file: ContentFile;
			id: string;
			data: Record<string, unknown>;
			body: string;
	  }
	| { kind: 'other'; file: ContentFile };

/**
 * The kind of id a field holds, by its key, wherever it stands in a YAML value. Keys are
 * matched rather than schema paths, so fields added to the schemas later are remapped too.
 */
const keyKinds = new Map<string, Kind>([
	['source', 'source'],
	['sources', 'source'],
	['claim', 'claim'],
	['claims', 'claim'],
	['contrary', 'claim'],
	['gap', 'claim'],
	['jurisdiction', 'jurisdiction'],
	['jurisdictions', 'jurisdiction'],
	['parent', 'jurisdiction'],
	['role', 'role'],
	['roles', 'role'],
	// The titles a rule's conditions and delegation name (`requires[].from`, `mayDelegate.to`…).
	['from', 'role'],
	['by', 'role'],
	['with', 'role'],
	['to', 'role'],
	['risk', 'risk'],
	['risks', 'risk'],
	['category', 'riskCategory'],
	['categories', 'riskCategory'],
]);

/** The kind of id an MDX component's `id` attribute names (`<Claim id="…"/>`). */
const componentKinds = new Map<string, Kind>([
	['Claim', 'claim'],
	['Source', 'source'],
	['Jurisdiction', 'jurisdiction'],
	['Role', 'role'],
	['Risk', 'risk'],
	['RiskCategory', 'riskCategory'],
]);

/**
 * Builds a synthetic knowledge base `factor` times the size of `files`, for benchmarks: copy 0
 * is the original; each copy k ≥ 1 renames every source, claim, jurisdiction, role, risk, risk
 * category and reported event to `<id>-s<k>` and rewrites every reference in the copy to the copy's ids, so a
 * copy is valid exactly when the original is. Claims keep their locators and quotes, and their
 * sources keep their bodies, so quote verification runs on every copy. Each copy's top-level
 * jurisdictions get the original's as parent, so parent chains cross copies. Guide pages
 * (`docs/`) and files of no known kind are not copied. Pure: reads nothing but its arguments.
 * Throws when a YAML file or frontmatter cannot be parsed, as a copy of it could not be built.
 * @example synthesizeKnowledgeBase(files, 3) // files, plus `sources/x-s1.md`, `sources/x-s2.md`, …
 */
export function synthesizeKnowledgeBase(
	files: readonly ContentFile[],
	factor: number,
): ContentFile[] {
	if (!Number.isInteger(factor) || factor < 1) {
		throw new RangeError(`The factor must be a whole number of at least 1, not ${factor}.`);
	}
	const parsed = files.map(parseFile);
	const ids = collectIds(parsed);
	const result = [...files];
	for (let k = 1; k < factor; k++) {
		for (const entry of parsed) {
			const copy = cloneFile(entry, k, ids);
			if (copy) result.push(copy);
		}
	}
	parsed.forEach((entry, index) => {
		if ((entry.kind !== 'riskCategories' && entry.kind !== 'events') || factor === 1) return;
		// There is one file of each, so each copy's categories and events join the original's.
		const kind = entry.kind === 'events' ? 'event' : 'riskCategory';
		const all = [...entry.items];
		for (let k = 1; k < factor; k++) {
			all.push(...entry.items.map((item) => remapEntity(item, kind, k, ids)));
		}
		result[index] = { ...entry.file, text: toYaml(all) };
	});
	// Every copy's claims are published too, as a real knowledge base's would be.
	const registry = result.findIndex((file) => /^published-claims\.ya?ml$/.test(file.relPath));
	if (registry >= 0 && factor > 1) {
		const copies = Array.from({ length: factor - 1 }, (_, i) =>
			[...ids.claim].map((id) => `${id}-s${i + 1}`),
		).flat();
		const file = result[registry]!;
		result[registry] = { ...file, text: appendPublishedIds(file.text, copies) };
	}
	return result;
}

function parseFile(file: ContentFile): Parsed {
	const classified = classifyContentPath(file.relPath);
	switch (classified?.kind.key) {
		case 'sources':
			return { kind: 'source', file };
		case 'claims':
		case 'riskCategories':
		case 'events':
		case 'permissions':
			return { kind: classified.kind.key, file, items: parseList(file) };
		case 'jurisdictions':
		case 'roles':
		case 'risks': {
			const split = splitFrontmatter(file.text);
			const data = parseYaml(file, split.frontmatter) ?? {};
			if (!isRecord(data) || !split.closed) {
				throw new Error(`${file.path}: the frontmatter is not a closed YAML mapping.`);
			}
			const collection = collections[classified.kind.key];
			return { kind: 'page', collection, file, id: classified.id, data, body: split.body };
		}
		default:
			return { kind: 'other', file };
	}
}

/** The kind of id each entity-body kind's file name gives. */
const collections = { jurisdictions: 'jurisdiction', roles: 'role', risks: 'risk' } as const;

function parseList(file: ContentFile): unknown[] {
	const data = parseYaml(file, file.text) ?? [];
	if (!Array.isArray(data)) throw new Error(`${file.path}: the file does not hold a YAML list.`);
	return data;
}

function parseYaml(file: ContentFile, text: string): unknown {
	try {
		return parse(text, { uniqueKeys: true });
	} catch (error) {
		throw new Error(`${file.path}: the YAML cannot be read: ${String(error)}`, { cause: error });
	}
}

function collectIds(parsed: readonly Parsed[]): Ids {
	const ids: Ids = {
		source: new Set(),
		claim: new Set(),
		jurisdiction: new Set(),
		role: new Set(),
		risk: new Set(),
		riskCategory: new Set(),
		event: new Set(),
	};
	for (const entry of parsed) {
		if (entry.kind === 'source') ids.source.add(baseName(entry.file.relPath));
		else if (entry.kind === 'page') ids[entry.collection].add(entry.id);
		else if (
			entry.kind === 'claims' ||
			entry.kind === 'riskCategories' ||
			entry.kind === 'events'
		) {
			const kind = { claims: 'claim', riskCategories: 'riskCategory', events: 'event' } as const;
			for (const item of entry.items) {
				if (isRecord(item) && typeof item.id === 'string') ids[kind[entry.kind]].add(item.id);
			}
		}
	}
	return ids;
}

/** Copy k of one file, or undefined for files that are not copied. */
function cloneFile(entry: Parsed, k: number, ids: Ids): ContentFile | undefined {
	switch (entry.kind) {
		case 'source':
			return { ...renamed(entry.file, k), text: entry.file.text };
		case 'claims':
			return {
				...renamed(entry.file, k),
				text: toYaml(entry.items.map((item) => remapEntity(item, 'claim', k, ids))),
			};
		case 'permissions':
			return {
				...renamed(entry.file, k),
				text: toYaml(entry.items.map((item) => remapValue(item, undefined, k, ids))),
			};
		case 'page': {
			const data = remapValue(entry.data, undefined, k, ids) as Record<string, unknown>;
			if (entry.collection === 'jurisdiction' && data.parent === undefined) data.parent = entry.id;
			return {
				...renamed(entry.file, k),
				text: `---\n${toYaml(data)}---\n${remapMdx(entry.body, k, ids)}`,
			};
		}
		case 'riskCategories':
		case 'events':
		case 'other':
			return undefined;
	}
}

/** Copy k of a YAML list item that carries its own `id` of the given kind. */
function remapEntity(item: unknown, kind: Kind, k: number, ids: Ids): unknown {
	const copy = remapValue(item, undefined, k, ids);
	if (isRecord(copy) && typeof copy.id === 'string' && ids[kind].has(copy.id)) {
		copy.id = suffix(copy.id, k);
	}
	return copy;
}

/** Renames, in copy k, every id of a known kind found under a key that names that kind. */
function remapValue(value: unknown, kind: Kind | undefined, k: number, ids: Ids): unknown {
	if (Array.isArray(value)) return value.map((item) => remapValue(item, kind, k, ids));
	if (isRecord(value)) {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				remapValue(item, keyKinds.get(key), k, ids),
			]),
		);
	}
	if (typeof value === 'string' && kind && ids[kind].has(value)) return suffix(value, k);
	return value;
}

/**
 * Renames the ids in an MDX body's components: `id` by the component's name, other attributes
 * (`role="…"`, `jurisdiction="…"`) by their own name. Components of other kinds (`<Term>`) and
 * links are left alone: they still point at entities that exist.
 */
function remapMdx(body: string, k: number, ids: Ids): string {
	return body.replace(
		/<([A-Z][\w.]*)(\s[^<>]*?)?(\/?)>/g,
		(tag, name: string, attributes: string | undefined, close: string) => {
			if (!attributes) return tag;
			const remapped = attributes.replace(
				/(\s)([a-z]+)=(["'])([^"']*)\3/g,
				(attribute, space: string, key: string, quote: string, value: string) => {
					const kind = key === 'id' ? componentKinds.get(name) : keyKinds.get(key);
					if (!kind || !ids[kind].has(value)) return attribute;
					return `${space}${key}=${quote}${suffix(value, k)}${quote}`;
				},
			);
			return `<${name}${remapped}${close}>`;
		},
	);
}

/** The file of copy k: the same folder, the base name suffixed as its id is. */
function renamed(file: ContentFile, k: number): Pick<ContentFile, 'relPath' | 'path'> {
	const rename = (p: string) =>
		p.replace(/([^/]+?)(\.[^./]+)$/, (_, base: string, ext: string) => `${suffix(base, k)}${ext}`);
	return { relPath: rename(file.relPath), path: rename(file.path) };
}

function suffix(id: string, k: number): string {
	return `${id}-s${k}`;
}

function baseName(relPath: string): string {
	return relPath.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function toYaml(value: unknown): string {
	return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
