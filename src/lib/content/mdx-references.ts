import type { Nodes } from 'mdast';
import type { Point } from 'unist';
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

/** A JSX element in an MDX body (`<Claim id="…"/>`). */
export interface MdxElement {
	/** The element's name as written (`Claim`, `a`, `Tabs.Item`). */
	name: string;
	/** Its named attributes; spread attributes (`{...props}`) are left out. */
	attributes: MdxAttribute[];
	position: Position;
}

/** A link: a Markdown link or link definition, or the `href` of a JSX element. */
export interface MdxLink {
	url: string;
	position: Position;
}

/** What a Markdown or MDX body refers to, with positions in the whole file. */
export interface MdxReferences {
	elements: MdxElement[];
	links: MdxLink[];
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

/**
 * Parses a body once as MDX (or as plain Markdown with GFM, for `.md` files) and lists its JSX
 * elements and links, each located in the whole file; a parse error is returned, not thrown.
 * @example readMdxReferences({ body: '<Role id="rn"/>', bodyOffset: 0, fileText: '<Role id="rn"/>' }, 'mdx').elements[0].name // 'Role'
 */
export function readMdxReferences(entry: BodyInFile, format: 'md' | 'mdx'): MdxReferences {
	const references: MdxReferences = { elements: [], links: [] };
	// Without these characters a body has no link, element or expression, and cannot fail to parse.
	if (!/[[<{]|^(?:import|export)\b/m.test(entry.body)) return references;
	// mdast positions count lines in the body; shift them by where the body starts in the file.
	const start = createLineIndex(entry.fileText.slice(0, entry.bodyOffset))(entry.bodyOffset);
	const at = (point: Point | undefined): Position => {
		if (!point) return start;
		const line = start.line + point.line - 1;
		return { line, column: point.line === 1 ? start.column + point.column - 1 : point.column };
	};
	let tree: Nodes;
	try {
		tree = (format === 'mdx' ? mdxParser : markdownParser).parse(entry.body);
	} catch (error) {
		references.error = describeError(error, at);
		return references;
	}
	const pending: Nodes[] = [tree];
	while (pending.length > 0) {
		const node = pending.pop()!;
		if (node.type === 'link' || node.type === 'definition') {
			references.links.push({ url: node.url, position: at(node.position?.start) });
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const position = at(node.position?.start);
			const attributes: MdxAttribute[] = [];
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute') continue;
				const value = attribute.value;
				const written: MdxAttribute = {
					name: attribute.name,
					value:
						value === null || value === undefined
							? true
							: typeof value === 'string'
								? value
								: { expression: value.value },
					position: attribute.position ? at(attribute.position.start) : position,
				};
				attributes.push(written);
				if (written.name === 'href' && typeof written.value === 'string') {
					references.links.push({ url: written.value, position: written.position });
				}
			}
			// A fragment (`<>…</>`) has no name and nothing to check.
			if (node.name !== null) references.elements.push({ name: node.name, attributes, position });
		}
		if ('children' in node) {
			for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
		}
	}
	return references;
}

function describeError(
	error: unknown,
	at: (point: Point | undefined) => Position,
): { message: string; position: Position } {
	const place = (error as { place?: Point | { start: Point } | null }).place ?? undefined;
	const point = place && 'start' in place ? place.start : place;
	const reason = (error as { reason?: unknown }).reason;
	const message = typeof reason === 'string' ? reason : String(error);
	return { message, position: at(point) };
}
