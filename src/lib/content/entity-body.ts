import GithubSlugger from 'github-slugger';
import { micromark } from 'micromark';

/** The atlas's own components an entity body may hold, each pointing at one entity by `id`. */
export const entityComponents = ['Claim', 'Role', 'Jurisdiction', 'Risk'] as const;

export type EntityComponent = (typeof entityComponents)[number];

/** One block of an entity body, in order. */
export type BodyBlock =
	| { type: 'heading'; depth: number; text: string; slug: string }
	| { type: 'component'; name: EntityComponent; id: string }
	/** Markdown, rendered to HTML with raw HTML escaped and unsafe link schemes dropped. */
	| { type: 'markdown'; html: string };

/** A heading of the body, for a page's table of contents. */
export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

const headingLine = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const componentLine = new RegExp(
	`^<(${entityComponents.join('|')})[ \\t]+id="([^"]*)"[ \\t]*\\/>$`,
);

/**
 * Reads an entity body (a jurisdiction's, role's or risk's) into blocks the site renders
 * itself: headings, the atlas's components alone on a line, and Markdown between them. Nothing
 * in a body is ever run: Markdown is rendered with its raw HTML escaped and links other than
 * web, mail and relative ones dropped, and a component written any other way is text. The
 * checker refuses what this would show as text, so a checked body renders as written.
 * @example parseEntityBody('## Rules\n\n<Claim id="a" />').map((b) => b.type) // ['heading', 'component']
 */
export function parseEntityBody(body: string): BodyBlock[] {
	const blocks: BodyBlock[] = [];
	const slugger = new GithubSlugger();
	let markdown: string[] = [];
	const flush = () => {
		const text = markdown.join('\n').trim();
		if (text) blocks.push({ type: 'markdown', html: micromark(text) });
		markdown = [];
	};
	for (const line of body.split(/\r?\n/)) {
		const trimmed = line.trim();
		const heading = headingLine.exec(line);
		const component = componentLine.exec(trimmed);
		if (heading) {
			flush();
			const text = heading[2]!;
			blocks.push({ type: 'heading', depth: heading[1]!.length, text, slug: slugger.slug(text) });
		} else if (component) {
			flush();
			blocks.push({
				type: 'component',
				name: component[1] as EntityComponent,
				id: component[2]!,
			});
		} else {
			markdown.push(line);
		}
	}
	flush();
	return blocks;
}

/** The headings of parsed blocks, for the table of contents. */
export function bodyHeadings(blocks: readonly BodyBlock[]): BodyHeading[] {
	return blocks.flatMap((block) =>
		block.type === 'heading' ? [{ depth: block.depth, slug: block.slug, text: block.text }] : [],
	);
}
