import type { Nodes } from 'mdast';
import type { Point, Position as UnistPosition } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createLineIndex, type Position } from '../text/line-index.ts';

/** One attribute of a JSX element, as written. */
export interface MdxAttribute {
	name: string;
	/** The string value; `true` for a bare attribute (`<Aside hidden>`); `{ expression }` for `{…}`. */
	value: string | true | { expression: string };
	position: Position;
}

/** JavaScript written in a body: a spread attribute (`{...props}`), or an expression. */
export interface MdxCode {
	/** The code between the braces, as written. */
	code: string;
	position: Position;
}

/** A JSX element in an MDX body (`<Claim id="…"/>`). */
export interface MdxElement {
	/** The element's name as written (`Claim`, `a`, `Tabs.Item`). */
	name: string;
	/** Its named attributes. */
	attributes: MdxAttribute[];
	/** Its spread attributes (`{...props}`). */
	spreads: MdxCode[];
	position: Position;
}

/** An expression in the text (`{process.env.X}`), as MDX runs it when the page is built. */
export interface MdxExpression extends MdxCode {
	/** False when it holds nothing but white space and comments (`{/* … *\/}`): MDX drops it. */
	hasCode: boolean;
}

/** One binding of an import: `imported` is `default`, `*` for a namespace, or the exported name. */
export interface MdxImportBinding {
	imported: string;
	local: string;
}

/** One `import` or `export` statement of an MDX body. */
export type MdxStatement = {
	/** The statement as written. */
	code: string;
	position: Position;
} & (
	| {
			type: 'import';
			/** The module imported (`~/components/Claim.astro`). */
			source: string;
			bindings: MdxImportBinding[];
			/** Whether it carries import attributes (`with { type: 'json' }`). */
			hasAttributes: boolean;
	  }
	| { type: 'export' }
);

/** A link: a Markdown link, image or link definition, or the `href` or `src` of a JSX element. */
export interface MdxLink {
	/** The address, with character references decoded, as the page gets it. */
	url: string;
	/** The link as written: `[text](address)`, `<address>`, `[label]: address` or `href="…"`. */
	written: string;
	position: Position;
}

/** Raw HTML in a Markdown body (`<b>`, `<!-- … -->`), as written. */
export interface MdxHtml {
	value: string;
	position: Position;
}

/** What a Markdown or MDX body refers to and holds, with positions in the whole file. */
export interface MdxReferences {
	elements: MdxElement[];
	links: MdxLink[];
	expressions: MdxExpression[];
	statements: MdxStatement[];
	/** Only in Markdown bodies: MDX reads `<` as JSX. */
	html: MdxHtml[];
	/** Set when the body cannot be parsed; nothing else is then listed. */
	error?: { message: string; position: Position };
}

/** A body and where it stands in its file, as the knowledge base's body entries give it. */
export interface BodyInFile {
	body: string;
	/** The character offset of the body in `fileText`. */
	bodyOffset: number;
	fileText: string;
}

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Attributes whose value a browser loads or follows as a URL. */
const urlAttributes = new Set(['href', 'src']);

/** Maps a point in a body (1-based, as mdast gives it) to the same place in the whole file. */
type Locate = (point: Point | undefined) => Position;

/**
 * Lists a body's JSX elements, links, expressions, import and export statements and raw HTML,
 * each located in the whole file, as MDX (or Markdown with GFM, for `.md` files) reads it; a
 * parse error is returned, not thrown. A body of only headings and self-closing components is
 * read without the parser, with the same result.
 * @example readMdxReferences({ body: '<Role id="rn"/>', bodyOffset: 0, fileText: '<Role id="rn"/>' }, 'mdx').elements[0].name // 'Role'
 */
export function readMdxReferences(entry: BodyInFile, format: 'md' | 'mdx'): MdxReferences {
	// Without these a body has no link, element, expression or statement, and cannot fail to
	// parse: a link needs `](` or a definition `]:`; GFM's bare `https://…` links are allowed anyway.
	const possible = format === 'mdx' ? /\]\(|\]:|[<{]|^(?:import|export)\b/m : /\]\(|\]:|</;
	if (!possible.test(entry.body)) return emptyReferences();
	const at = locateInFile(entry);
	return (format === 'mdx' && readPlainBody(entry.body, at)) || parseBody(entry.body, format, at);
}

/** {@link readMdxReferences} always with the parser, as it reads any body the quick way cannot. */
export function parseMdxReferences(entry: BodyInFile, format: 'md' | 'mdx'): MdxReferences {
	return parseBody(entry.body, format, locateInFile(entry));
}

/**
 * {@link readMdxReferences} for an MDX body of only headings and self-closing components with
 * quoted props, read without the parser; undefined for any other body.
 */
export function readPlainMdxReferences(entry: BodyInFile): MdxReferences | undefined {
	return readPlainBody(entry.body, locateInFile(entry));
}

const read = new WeakMap<BodyInFile, MdxReferences>();

/**
 * {@link readMdxReferences} for a knowledge-base entry, with the format its file name gives,
 * read once per entry: the rules that look at bodies share it.
 */
export function readBodyReferences(entry: BodyInFile & { file: string }): MdxReferences {
	let found = read.get(entry);
	if (!found) {
		found = readMdxReferences(entry, entry.file.endsWith('.md') ? 'md' : 'mdx');
		read.set(entry, found);
	}
	return found;
}

function emptyReferences(): MdxReferences {
	return { elements: [], links: [], expressions: [], statements: [], html: [] };
}

function locateInFile(entry: BodyInFile): Locate {
	const start = createLineIndex(entry.fileText.slice(0, entry.bodyOffset))(entry.bodyOffset);
	return (point) => {
		if (!point) return start;
		const line = start.line + point.line - 1;
		return { line, column: point.line === 1 ? start.column + point.column - 1 : point.column };
	};
}

/** A heading that holds no link, element or expression: no brackets, no GFM bare link. */
const plainHeading = /^#{1,6}(?: (?:(?![[\]<>{}@]|:\/\/|www\.)[^\t\r])*)?$/i;
/** A self-closing component with only double-quoted props, none of which MDX would decode. */
const plainComponent =
	/^<([A-Za-z][A-Za-z0-9]*)((?: +[A-Za-z][A-Za-z0-9-]*="[^"&\\{}<>\t\r]*")*) *\/> *$/;
const plainAttribute = / +([A-Za-z][A-Za-z0-9-]*)="([^"]*)"/g;

/**
 * Reads a body whose every non-blank line is a heading or a self-closing component with only
 * quoted props (as most entity bodies are) without the parser; undefined for any other body.
 */
function readPlainBody(body: string, at: Locate): MdxReferences | undefined {
	const references = emptyReferences();
	const lines = body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (/^ *$/.test(line) || plainHeading.test(line)) continue;
		const component = plainComponent.exec(line);
		if (!component) return undefined;
		const name = component[1]!;
		const attributes: MdxAttribute[] = [];
		for (const attribute of component[2]!.matchAll(plainAttribute)) {
			// `<`, the name, then the attribute's leading spaces; columns count from 1.
			const spaces = attribute[0].length - attribute[0].trimStart().length;
			const column = 2 + name.length + attribute.index + spaces;
			const position = at({ line: i + 1, column });
			attributes.push({ name: attribute[1]!, value: attribute[2]!, position });
		}
		const position = at({ line: i + 1, column: 1 });
		references.elements.push({ name, attributes, spreads: [], position });
	}
	return references;
}

function parseBody(body: string, format: 'md' | 'mdx', at: Locate): MdxReferences {
	const references = emptyReferences();
	let tree: Nodes;
	try {
		tree = (format === 'mdx' ? mdxParser : markdownParser).parse(body);
	} catch (error) {
		return { ...references, error: describeError(error, at) };
	}
	const pending: Nodes[] = [tree];
	while (pending.length > 0) {
		const node = pending.pop()!;
		const position = at(node.position?.start);
		if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
			const written = sliceOf(body, node.position) ?? node.url;
			references.links.push({ url: node.url, written, position });
		} else if (node.type === 'html') {
			references.html.push({ value: node.value, position });
		} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			const program = node.data?.estree;
			const hasCode = program ? program.body.length > 0 : node.value.trim() !== '';
			references.expressions.push({ code: node.value, hasCode, position });
		} else if (node.type === 'mdxjsEsm') {
			references.statements.push(...readStatements(body, node, at));
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const element: MdxElement = { name: node.name ?? '', attributes: [], spreads: [], position };
			for (const attribute of node.attributes) {
				const where = attribute.position ? at(attribute.position.start) : position;
				if (attribute.type === 'mdxJsxExpressionAttribute') {
					element.spreads.push({ code: attribute.value, position: where });
					continue;
				}
				const value = attribute.value;
				element.attributes.push({
					name: attribute.name,
					value:
						value === null || value === undefined
							? true
							: typeof value === 'string'
								? value
								: { expression: value.value },
					position: where,
				});
				if (urlAttributes.has(attribute.name) && typeof value === 'string') {
					const written = sliceOf(body, attribute.position) ?? `${attribute.name}="${value}"`;
					references.links.push({ url: value, written, position: where });
				}
			}
			// A fragment (`<>…</>`) has no name and nothing to check.
			if (node.name !== null) references.elements.push(element);
		}
		if ('children' in node) {
			for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
		}
	}
	return references;
}

/** The text of a node as written in the body. */
function sliceOf(body: string, position: UnistPosition | undefined): string | undefined {
	const from = position?.start.offset;
	const to = position?.end.offset;
	return from === undefined || to === undefined ? undefined : body.slice(from, to);
}

/** The statements of an `import`/`export` block, each with its own code and place. */
function readStatements(
	body: string,
	node: Extract<Nodes, { type: 'mdxjsEsm' }>,
	at: Locate,
): MdxStatement[] {
	const program = node.data?.estree;
	if (!program) return [{ type: 'export', code: node.value, position: at(node.position?.start) }];
	return program.body.map((statement): MdxStatement => {
		const code = statement.range ? body.slice(...statement.range) : node.value;
		const start = statement.loc?.start;
		// estree columns count from 0.
		const position = at(start ? { line: start.line, column: start.column + 1 } : undefined);
		if (statement.type !== 'ImportDeclaration') return { type: 'export', code, position };
		return {
			type: 'import',
			code,
			position,
			source: String(statement.source.value),
			bindings: statement.specifiers.map((specifier) => ({
				imported:
					specifier.type === 'ImportDefaultSpecifier'
						? 'default'
						: specifier.type === 'ImportNamespaceSpecifier'
							? '*'
							: specifier.imported.type === 'Identifier'
								? specifier.imported.name
								: String(specifier.imported.value),
				local: specifier.local.name,
			})),
			// Older acorn releases leave `attributes` out.
			hasAttributes: (statement.attributes ?? []).length > 0,
		};
	});
}

function describeError(error: unknown, at: Locate): { message: string; position: Position } {
	const place = (error as { place?: Point | { start: Point } | null }).place ?? undefined;
	const point = place && 'start' in place ? place.start : place;
	const reason = (error as { reason?: unknown }).reason;
	const message = typeof reason === 'string' ? reason : String(error);
	return { message, position: at(point) };
}
