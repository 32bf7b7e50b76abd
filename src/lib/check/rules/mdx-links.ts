import type { BodyEntry, KnowledgeBase } from '../../content/knowledge-base.ts';
import { readMdxReferences, type MdxElement } from '../../content/mdx-references.ts';
import { checkPath, isCheckPath, listRoutes, normalizeRoute } from '../../site/routes.ts';
import { claimPhase, effectiveStatus } from '../../site/claim-phase.ts';
import { suggest } from '../../text/suggest.ts';
import type { Report } from '../finding.ts';
import type { Rule } from '../rule.ts';

/** The kinds of entity a component can point at with its `id`. */
type EntityKind = 'claim' | 'role' | 'jurisdiction' | 'risk';

/**
 * Every component a body may use: the atlas's own, which point at an entity by `id` (the kind
 * given), and Starlight's built-ins (`null`: nothing to resolve).
 */
export const knownComponents = {
	Claim: 'claim',
	Role: 'role',
	Jurisdiction: 'jurisdiction',
	Risk: 'risk',
	// The site's own components that take no entity id.
	CheckPicker: null,
	Aside: null,
	Badge: null,
	Card: null,
	CardGrid: null,
	FileTree: null,
	Icon: null,
	LinkButton: null,
	LinkCard: null,
	Steps: null,
	TabItem: null,
	Tabs: null,
} as const satisfies Record<string, EntityKind | null>;

const componentNames = Object.keys(knownComponents);

/** Where the ids of each kind are found, for hints. */
const homes: Record<EntityKind, string> = {
	claim: 'claims are listed in content/claims/*.yaml',
	role: 'each role is a file in content/roles/',
	jurisdiction: 'each jurisdiction is a file in content/jurisdictions/',
	risk: 'each risk is a file in content/risks/',
};

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Parses every MDX and Markdown body except sources' (which are verbatim documents) and checks
 * that it parses, uses only known components, points each entity component at an existing
 * entity, and links only to pages of the site or to web and mail addresses.
 */
export const mdxLinks: Rule = {
	ids: [
		'mdx/syntax',
		'mdx/unknown-component',
		'mdx/unknown-reference',
		'mdx/broken-link',
		'mdx/not-current-in-body',
		'url/scheme',
	],
	description: 'MDX bodies parse, and their components and links point at something.',
	check({ kb, today, report }) {
		const routes = listRoutes(kb);
		const entityBodies = new Set<unknown>([
			...kb.jurisdictions.values(),
			...kb.roles.values(),
			...kb.risks.values(),
		]);
		const bodies: Iterable<BodyEntry<unknown>>[] = [
			kb.jurisdictions.values(),
			kb.roles.values(),
			kb.risks.values(),
			kb.pages.values(),
		];
		for (const entries of bodies) {
			for (const entry of entries) {
				const format = entry.file.endsWith('.md') ? 'md' : 'mdx';
				const found = readMdxReferences(entry, format);
				if (found.error) {
					report({
						file: entry.file,
						...found.error.position,
						rule: 'mdx/syntax',
						message: `The MDX cannot be parsed: ${found.error.message.replace(/\.?$/, '.')}`,
						hint: 'In MDX, `<` opens a component and `{` an expression: write `&lt;` or `\\{` for the characters themselves, and close every component you open.',
					});
					continue;
				}
				for (const element of found.elements) checkElement(kb, entry.file, element, report);
				if (entityBodies.has(entry)) checkPhases(kb, entry.file, found.elements, today, report);
				for (const link of found.links) {
					const problem = checkLink(link.url, routes, kb);
					if (problem) report({ file: entry.file, ...link.position, ...problem });
				}
			}
		}
	},
};

/**
 * An entity page shows what applies today first and lists proposals and history after it by
 * itself, so its body may embed only facts that apply today.
 */
function checkPhases(
	kb: KnowledgeBase,
	file: string,
	elements: readonly MdxElement[],
	today: string,
	report: (finding: Report) => void,
): void {
	for (const element of elements) {
		if (element.name !== 'Claim') continue;
		const id = element.attributes.find((a) => a.name === 'id');
		const claim = typeof id?.value === 'string' ? kb.claims.get(id.value) : undefined;
		if (!claim) continue;
		const source = kb.sources.get(claim.data.source)?.data;
		const phase = claimPhase({ claim: claim.data, source }, today);
		if (phase === 'current') continue;
		const status = effectiveStatus({ claim: claim.data, source });
		report({
			file,
			...element.position,
			rule: 'mdx/not-current-in-body',
			message: `\`<Claim id="${claim.id}">\` is ${status ? `\`${status}\`` : 'no longer in force'}, but the body is for what applies today.`,
			hint: `Remove the line: the page lists the fact under "${phase === 'history' ? 'History' : 'Proposed, not in force'}" by itself, below what applies today, as long as the claim's \`about\` names this page's entity.`,
		});
	}
}

function checkElement(
	kb: KnowledgeBase,
	file: string,
	element: MdxElement,
	report: (finding: Report) => void,
): void {
	const { name } = element;
	if (!/^[A-Z]/.test(name)) return; // lower-case names are HTML elements
	if (!Object.hasOwn(knownComponents, name)) {
		const near = suggest(name, componentNames);
		report({
			file,
			...element.position,
			rule: 'mdx/unknown-component',
			message: `\`<${name}>\` is not a component the site knows.${near ? ` Did you mean \`<${near}>\`?` : ''}`,
			hint: `Use one of ${componentNames.map((c) => `\`${c}\``).join(', ')}; write HTML elements in lower case.`,
		});
		return;
	}
	const kind = knownComponents[name as keyof typeof knownComponents];
	if (kind === null) return;
	const id = element.attributes.find((a) => a.name === 'id');
	const known = {
		claim: kb.claims,
		role: kb.roles,
		jurisdiction: kb.jurisdictions,
		risk: kb.risks,
	}[kind];
	if (id === undefined || typeof id.value !== 'string') {
		report({
			file,
			...(id?.position ?? element.position),
			rule: 'mdx/unknown-reference',
			message:
				id === undefined
					? `\`<${name}>\` has no \`id\`, so it points at no ${kind}.`
					: `\`<${name}>\` gives its \`id\` as an expression; the checker can follow only a quoted id.`,
			hint: `Write \`<${name} id="…"/>\` with the id of a ${kind}.`,
		});
		return;
	}
	if (known.has(id.value)) return;
	const near = suggest(id.value, known.keys());
	report({
		file,
		...id.position,
		rule: 'mdx/unknown-reference',
		message: `\`<${name} id="${id.value}">\` points at no ${kind}.${near ? ` Did you mean \`${near}\`?` : ''}`,
		hint: near ? `Write \`id="${near}"\`.` : `Use the id of an existing ${kind}; ${homes[kind]}.`,
	});
}

/** Says what is wrong with a link, or returns undefined when it leads somewhere. */
function checkLink(
	url: string,
	routes: ReadonlySet<string>,
	kb: KnowledgeBase,
): Pick<Report, 'rule' | 'message' | 'hint'> | undefined {
	const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
	if (scheme !== undefined) {
		if (allowedSchemes.has(scheme)) return undefined;
		return {
			rule: 'url/scheme',
			message: `The link \`${url}\` uses the scheme \`${scheme}\`; only https:, http: and mailto: are allowed.`,
			hint: 'Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.',
		};
	}
	// Protocol-relative (`//host`) and relative links are not site routes to check.
	if (!url.startsWith('/') || url.startsWith('//')) return undefined;
	const route = normalizeRoute(url);
	if (routes.has(route) || isCheckPath(route, kb)) return undefined;
	const near = suggestRoute(route, routes, kb);
	const fragment = /#.*$/.exec(url)?.[0] ?? '';
	return {
		rule: 'mdx/broken-link',
		message: `The link \`${url}\` leads to no page of the site.${near ? ` Did you mean \`${near}${fragment}\`?` : ''}`,
		hint: near
			? `Write \`${near}${fragment}\`.`
			: 'Link to a page the site builds (`/jurisdictions/<id>/`, `/roles/<id>/`, `/risks/<id>/`, `/sources/<id>/`, `/claims/<id>/`, `/check/<jurisdiction>/<role>/`, or a guide under docs/).',
	};
}

/** The page a broken path most likely meant; a check page is mended one id at a time. */
function suggestRoute(
	route: string,
	routes: ReadonlySet<string>,
	kb: KnowledgeBase,
): string | undefined {
	const check = /^\/check\/([^/]+)\/([^/]+)\/$/.exec(route);
	if (check) {
		const place = check[1]!;
		const role = check[2]!;
		const nearPlace = kb.jurisdictions.has(place) ? place : suggest(place, kb.jurisdictions.keys());
		const nearRole = kb.roles.has(role) ? role : suggest(role, kb.roles.keys());
		return nearPlace && nearRole ? checkPath(nearPlace, nearRole) : undefined;
	}
	return suggest(route, routes);
}
