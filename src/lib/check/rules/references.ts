import { allPermissions, type KnowledgeBase } from '../../content/knowledge-base.ts';
import type { DataPath, Locate } from '../../content/parse-yaml.ts';
import { overseersOf } from '../../../schemas/index.ts';
import { suggest } from '../../text/suggest.ts';
import { citingParts } from '../permission-parts.ts';
import type { Rule } from '../rule.ts';

/** One id written somewhere in the content, and where. */
interface Reference {
	id: string;
	file: string;
	locate: Locate;
	/** The field holding the id, relative to the entity. */
	path: DataPath;
}

/** A kind of entity that ids can point at. */
interface Target {
	/** The entity, in messages: "`x` is not a role." */
	noun: string;
	/** Where a new one would go, for the hint. */
	home: string;
	ids: (kb: KnowledgeBase) => ReadonlyMap<string, unknown>;
}

/** A field that holds ids of one kind of entity; the rule reports ids that match none. */
interface Declaration {
	rule: string;
	target: Target;
	references: (kb: KnowledgeBase) => Iterable<Reference>;
}

const targets = {
	source: { noun: 'source', home: 'content/sources/<id>.md', ids: (kb) => kb.sources },
	claim: { noun: 'claim', home: 'a claim with that id to content/claims/', ids: (kb) => kb.claims },
	jurisdiction: {
		noun: 'jurisdiction',
		home: 'content/jurisdictions/<id>.mdx',
		ids: (kb) => kb.jurisdictions,
	},
	role: { noun: 'role', home: 'content/roles/<id>.mdx', ids: (kb) => kb.roles },
	risk: { noun: 'risk', home: 'content/risks/<id>.mdx', ids: (kb) => kb.risks },
	riskCategory: {
		noun: 'risk category',
		home: 'a category with that id to content/risk-categories.yaml',
		ids: (kb) => kb.riskCategories,
	},
} satisfies Record<string, Target>;

/** Every field of the content model that holds an id, with the rule that guards it. */
const declarations: readonly Declaration[] = [
	{
		rule: 'claim/unknown-source',
		target: targets.source,
		*references(kb) {
			for (const c of kb.claims.values()) yield at(c, ['source'], c.data.source);
		},
	},
	{
		rule: 'claim/unknown-jurisdiction',
		target: targets.jurisdiction,
		*references(kb) {
			for (const c of kb.claims.values()) {
				yield* each(c, ['about', 'jurisdictions'], c.data.about.jurisdictions);
			}
		},
	},
	{
		rule: 'claim/unknown-role',
		target: targets.role,
		*references(kb) {
			for (const c of kb.claims.values()) yield* each(c, ['about', 'roles'], c.data.about.roles);
		},
	},
	{
		rule: 'claim/unknown-risk',
		target: targets.risk,
		*references(kb) {
			for (const c of kb.claims.values()) yield* each(c, ['about', 'risks'], c.data.about.risks);
		},
	},
	{
		rule: 'permission/unknown-role',
		target: targets.role,
		*references(kb) {
			for (const p of allPermissions(kb)) {
				yield at(p, ['role'], p.data.role);
				for (const { role, index, field, position } of overseersOf(p.data)) {
					yield at(p, ['requires', index, field, position], role);
				}
				if (p.data.mayDelegate) yield* each(p, ['mayDelegate', 'to'], p.data.mayDelegate.to);
			}
		},
	},
	{
		rule: 'permission/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const p of allPermissions(kb)) {
				for (const part of citingParts(p.data)) yield* each(p, part.path, part.ids);
			}
		},
	},
	{
		rule: 'source/unknown-replacement',
		target: targets.source,
		*references(kb) {
			for (const s of kb.sources.values()) {
				if (s.data.replacedBy !== undefined) yield at(s, ['replacedBy'], s.data.replacedBy);
			}
		},
	},
	{
		rule: 'source/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const s of kb.sources.values()) {
				for (const [i, part] of s.data.parts.entries()) {
					yield* each(s, ['parts', i, 'claims'], part.claims);
				}
			}
		},
	},
	{
		rule: 'event/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const e of kb.events.values()) yield* each(e, ['claims'], e.data.claims);
		},
	},
	{
		rule: 'event/unknown-risk',
		target: targets.risk,
		*references(kb) {
			for (const e of kb.events.values()) yield* each(e, ['risks'], e.data.risks);
		},
	},
	{
		rule: 'event/unknown-jurisdiction',
		target: targets.jurisdiction,
		*references(kb) {
			for (const e of kb.events.values()) {
				if (e.data.jurisdiction !== undefined) yield at(e, ['jurisdiction'], e.data.jurisdiction);
			}
		},
	},
	{
		rule: 'jurisdiction/unknown-parent',
		target: targets.jurisdiction,
		*references(kb) {
			for (const j of kb.jurisdictions.values()) {
				if (j.data.parent !== undefined) yield at(j, ['parent'], j.data.parent);
			}
		},
	},
	{
		rule: 'jurisdiction/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const j of kb.jurisdictions.values()) {
				for (const [i, regulator] of j.data.regulators.entries()) {
					yield* each(j, ['regulators', i, 'claims'], regulator.claims);
				}
				yield* each(j, ['verify'], j.data.verify);
				yield* each(j, ['redFlags'], j.data.redFlags);
				yield* each(j, ['ifItGoesWrong'], j.data.ifItGoesWrong);
			}
		},
	},
	{
		rule: 'jurisdiction/unknown-role',
		target: targets.role,
		*references(kb) {
			for (const j of kb.jurisdictions.values()) {
				for (const [i, regulator] of j.data.regulators.entries()) {
					yield* each(j, ['regulators', i, 'licenses'], regulator.licenses ?? []);
				}
			}
		},
	},
	{
		rule: 'risk/unknown-category',
		target: targets.riskCategory,
		*references(kb) {
			for (const r of kb.risks.values()) yield at(r, ['category'], r.data.category);
		},
	},
	{
		rule: 'risk/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const r of kb.risks.values()) yield* each(r, ['claims'], r.data.claims);
		},
	},
	{
		rule: 'risk-category/unknown-claim',
		target: targets.claim,
		*references(kb) {
			for (const c of kb.riskCategories.values()) yield* each(c, ['claims'], c.data.claims);
		},
	},
];

/** Reports every id that points at no entity of the kind its field expects. */
export const references: Rule = {
	ids: [...declarations.map((d) => d.rule), 'permission/unknown-jurisdiction'],
	description: 'Every id in the content names an entity that exists.',
	check({ kb, report }) {
		for (const { rule, target, references } of declarations) {
			const known = target.ids(kb);
			for (const reference of references(kb)) {
				if (known.has(reference.id)) continue;
				const near = suggest(reference.id, known);
				report({
					file: reference.file,
					...reference.locate(reference.path),
					rule,
					message: `\`${reference.id}\` is not a ${target.noun}.${near ? ` Did you mean \`${near}\`?` : ''}`,
					hint: near
						? `Write \`${near}\`, or add ${target.home.replace('<id>', reference.id)} if \`${reference.id}\` is a new ${target.noun}.`
						: `Use the id of an existing ${target.noun}, or add ${target.home.replace('<id>', reference.id)}.`,
				});
			}
		}
		for (const [jurisdiction, byRole] of kb.permissions) {
			// An empty file puts nothing on the site, so only a file with entries can be wrong.
			const file = byRole.values().next().value?.file;
			if (file === undefined || kb.jurisdictions.has(jurisdiction)) continue;
			const near = suggest(jurisdiction, kb.jurisdictions);
			report({
				file,
				line: 1,
				column: 1,
				rule: 'permission/unknown-jurisdiction',
				message: `The file name says these permissions are for \`${jurisdiction}\`, which is not a jurisdiction.${near ? ` Did you mean \`${near}\`?` : ''}`,
				hint: near
					? `Rename the file to \`${near}.yaml\`, or add content/jurisdictions/${jurisdiction}.mdx.`
					: `Name the file after a jurisdiction's id, or add content/jurisdictions/${jurisdiction}.mdx.`,
			});
		}
	},
};

function at(entry: { file: string; locate: Locate }, path: DataPath, id: string): Reference {
	return { id, file: entry.file, locate: entry.locate, path };
}

function* each(
	entry: { file: string; locate: Locate },
	path: DataPath,
	ids: readonly string[],
): Iterable<Reference> {
	for (const [i, id] of ids.entries()) yield at(entry, [...path, i], id);
}
