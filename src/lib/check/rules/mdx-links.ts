import type { BodyEntry, KnowledgeBase } from '../../content/knowledge-base.ts';
import { readBodyReferences, type MdxElement } from '../../content/mdx-references.ts';
import { answerTarget, hasAnswerPage } from '../../site/answer-pages.ts';
import { listRoutes, normalizeRoute } from '../../site/routes.ts';
import { claimPhase, effectiveStatus } from '../../site/claim-phase.ts';
import { readLinkScheme } from '../../text/safe-url.ts';
import { suggest } from '../../text/suggest.ts';
import type { Report } from '../finding.ts';
import type { Rule } from '../rule.ts';

/** The kinds of entity a component can point at with its `id`. */
type EntityKind = 'claim' | 'role' | 'jurisdiction' | 'risk';

/** The atlas's components that point at an entity by `id`: every MDX body may use them. */
export const entityComponents = {
	Claim: 'claim',
	Role: 'role',
	Jurisdiction: 'jurisdiction',
	Risk: 'risk',
} as const satisfies Record<string, EntityKind>;

/**
 * The site's own components a guide may use besides, as `import X from '~/components/X.astro'`
 * (each a file of src/components/); they take no entity id.
 */
export const guideComponents = ['CheckPicker'] as const;

/**
 * The site's components a guide may use that point at an entity by `id`, as entity components
 * do, but that an entity's page does not render: a self-check's answer, given by a fact.
 */
export const guideEntityComponents = { Answer: 'claim' } as const satisfies Record<
	string,
	EntityKind
>;

/** Every component that points at an entity by `id`, and the kind of entity. */
const idComponents: Readonly<Record<string, EntityKind>> = {
	...entityComponents,
	...guideEntityComponents,
};

/** Starlight's components a guide may use once it imports them from `@astrojs/starlight/components`. */
export const starlightComponents = [
	'Aside',
	'Badge',
	'Card',
	'CardGrid',
	'FileTree',
	'Icon',
	'LinkButton',
	'LinkCard',
	'Steps',
	'TabItem',
	'Tabs',
] as const;

const entityComponentNames = Object.keys(entityComponents);
const componentNames: readonly string[] = [
	...entityComponentNames,
	...Object.keys(guideEntityComponents),
	...guideComponents,
	...starlightComponents,
];

/** Where the ids of each kind are found, for hints. */
const homes: Record<EntityKind, string> = {
	claim: 'claims are listed in content/claims/*.yaml',
	role: 'each role is a file in content/roles/',
	jurisdiction: 'each jurisdiction is a file in content/jurisdictions/',
	risk: 'each risk is a file in content/risks/',
};

/**
 * Parses every MDX and Markdown body except sources' (which are verbatim documents) and checks
 * that it parses, uses only known components, points each entity component at an existing
 * entity, and links to pages the site builds. What a body may not hold is mdx-safety's.
 */
export const mdxLinks: Rule = {
	ids: [
		'mdx/syntax',
		'mdx/unknown-component',
		'mdx/unknown-reference',
		'mdx/broken-link',
		'mdx/not-current-in-body',
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
				const found = readBodyReferences(entry);
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
				const inEntity = entityBodies.has(entry);
				for (const element of found.elements) {
					checkElement(kb, entry.file, element, inEntity, report);
				}
				if (inEntity) checkPhases(kb, entry.file, found.elements, today, report);
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
	inEntity: boolean,
	report: (finding: Report) => void,
): void {
	const { name } = element;
	if (!/^[A-Z]/.test(name)) return; // lower-case names are HTML elements, mdx-safety's
	if (!componentNames.includes(name)) {
		const near = suggest(name, inEntity ? entityComponentNames : componentNames);
		const list = (names: readonly string[]) => names.map((c) => `\`${c}\``).join(', ');
		report({
			file,
			...element.position,
			rule: 'mdx/unknown-component',
			message: `\`<${name}>\` is not a component the site knows.${near ? ` Did you mean \`<${near}>\`?` : ''}`,
			hint: inEntity
				? `Use one of ${list(entityComponentNames)}, or write the text in Markdown.`
				: `Use one of the site's components (${list([...entityComponentNames, ...Object.keys(guideEntityComponents), ...guideComponents])}) or Starlight's (${list(starlightComponents)}), or write the text in Markdown.`,
		});
		return;
	}
	const kind = idComponents[name];
	if (kind === undefined) return;
	const id = element.attributes.find((a) => a.name === 'id');
	const known = {
		claim: kb.claims,
		role: kb.roles,
		jurisdiction: kb.jurisdictions,
		risk: kb.risks,
	}[kind];
	// An expression is mdx-safety's to report.
	if (typeof id?.value === 'object') return;
	if (id === undefined || id.value === true) {
		report({
			file,
			...(id?.position ?? element.position),
			rule: 'mdx/unknown-reference',
			message: `\`<${name}>\` has no \`id\`${id ? ' value' : ''}, so it points at no ${kind}.`,
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

/** Says what is wrong with a link to a page of the site, or returns undefined when it leads somewhere. */
function checkLink(
	url: string,
	routes: ReadonlySet<string>,
	kb: KnowledgeBase,
): Pick<Report, 'rule' | 'message' | 'hint'> | undefined {
	// A link with a scheme leads off the site; mdx-safety judges the scheme.
	if (readLinkScheme(url).scheme !== undefined) return undefined;
	// Protocol-relative (`//host`) and relative links are not site routes to check.
	if (!url.startsWith('/') || url.startsWith('//')) return undefined;
	const route = normalizeRoute(url);
	if (routes.has(route)) return undefined;
	const pair = /^\/check\/([^/]+)\/([^/]+)\/$/.exec(route);
	if (pair && hasAnswerPage(kb, pair[1]!, pair[2]!)) return undefined;
	if (pair && kb.jurisdictions.has(pair[1]!) && kb.roles.has(pair[2]!)) {
		const target = answerTarget(kb, pair[1]!, pair[2]!);
		return {
			rule: 'mdx/broken-link',
			message: `The link \`${url}\` leads to no page of the site: \`${pair[1]}\` has nothing of its own on file for \`${pair[2]}\` (no permission entry, no claim about both), so the pair has no answer page. Its answer is at \`${target}\`.`,
			hint: `Write \`${target}\`.`,
		};
	}
	const near = pair ? suggestAnswer(pair[1]!, pair[2]!, kb) : suggest(route, routes);
	// An answer on a place's check page is a fragment of its own.
	const fragment = near?.includes('#') ? '' : (/#.*$/.exec(url)?.[0] ?? '');
	return {
		rule: 'mdx/broken-link',
		message: `The link \`${url}\` leads to no page of the site.${near ? ` Did you mean \`${near}${fragment}\`?` : ''}`,
		hint: near
			? `Write \`${near}${fragment}\`.`
			: 'Link to a page the site builds (`/jurisdictions/<id>/`, `/roles/<id>/`, `/risks/<id>/`, `/sources/<id>/`, `/claims/<id>/`, `/check/<jurisdiction>/`, an answer page `/check/<jurisdiction>/<role>/`, or a guide under docs/).',
	};
}

/** The answer a check link with a misspelt place or title most likely meant, mended one id at a time. */
function suggestAnswer(place: string, role: string, kb: KnowledgeBase): string | undefined {
	const nearPlace = kb.jurisdictions.has(place) ? place : suggest(place, kb.jurisdictions.keys());
	const nearRole = kb.roles.has(role) ? role : suggest(role, kb.roles.keys());
	return nearPlace && nearRole ? answerTarget(kb, nearPlace, nearRole) : undefined;
}
