import { describe, expect, test } from 'vitest';
import { formatFindingsText } from '../../src/lib/check/format-findings.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { rules } from '../../src/lib/check/rules/index.ts';
import { listBrokenFixtures, loadFixture, ruleOfFixture } from './load-fixture.ts';

const today = '2026-11-22';

/** Rule ids the loader reports itself, from YAML, file names and schemas, before any rule runs. */
const loaderRuleIds = [
	'content/unknown-file',
	'content/symlink',
	'content/bom',
	'yaml/syntax',
	'schema/invalid-id',
	'schema/missing-field',
	'schema/unknown-field',
	'schema/invalid-value',
	'url/scheme',
	// An empty `claims` list in a rule, which the schema refuses, worded in the rule model's terms.
	'permission/no-claim',
];

/** Rule ids whose findings are warnings; every other rule reports errors. */
const warningRuleIds = new Set(['date/stale', 'source/uncited']);

const ruleIds = [...new Set([...loaderRuleIds, ...rules.flatMap((rule) => rule.ids)])];
const fixtures = listBrokenFixtures();

function check(fixture?: string) {
	return runCheck(loadFixture(fixture), today);
}

describe('the base fixture', () => {
	test('checks clean', () => {
		expect(check().findings).toEqual([]);
	});
});

describe('the broken fixtures', () => {
	test('cover every rule id', () => {
		const covered = new Set(fixtures.map((folder) => ruleOfFixture(folder, ruleIds)));
		expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
	});

	test('are each named for a rule id', () => {
		expect(fixtures.filter((folder) => !ruleOfFixture(folder, ruleIds))).toEqual([]);
	});

	test.each(fixtures)('%s reports its rule, with its severity, and no other', (folder) => {
		const rule = ruleOfFixture(folder, ruleIds)!;
		const { findings } = check(folder);
		expect(findings.map((f) => f.rule)).toContain(rule);
		expect(findings.filter((f) => f.rule !== rule)).toEqual([]);
		const severity = warningRuleIds.has(rule) ? 'warning' : 'error';
		expect(findings.filter((f) => f.severity !== severity)).toEqual([]);
	});
});

describe('the message of each broken fixture', () => {
	const snapshotted = new Set<string>();
	/** The checker's output for a fixture, exactly as `npm run check` prints it. */
	function output(fixture: string): string {
		snapshotted.add(fixture);
		const { findings, counts } = check(fixture);
		return formatFindingsText(findings, counts);
	}

	test('claim-locator-not-heading', () => {
		expect(output('claim-locator-not-heading')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:4:12  error  claim/locator-not-heading
			  The locator \`Aims\` is not a heading of content/sources/has-2014.md. Did you mean \`Aim\`?
			  Fix: Set \`locator\` to the heading the quote stands under; the source's headings are: \`Assessment of the risks associated with aesthetic mesotherapy practices\`, \`Aim\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-quote-not-found', () => {
		expect(output('claim-quote-not-found')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:5:10  error  claim/quote-not-found
			  The quote "The work has thus tried to document the following types of risks" is not in content/sources/has-2014.md.
			  Fix: Copy the words exactly from the source under \`Aim\`; only white space, quote marks and dashes may differ. The section has "The work has thus" but not what follows: "tried to document the following types…".

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-quote-outside-locator', () => {
		expect(output('claim-quote-outside-locator')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:34:12  error  claim/quote-outside-locator
			  The quote is in content/sources/who-may-perform.md, but under \`Regulatory Differences and Unauthorized Practice\`, not under \`Licensed Healthcare Professionals Authorized to Inject\`.
			  Fix: Set \`locator\` to \`Regulatory Differences and Unauthorized Practice\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-unknown-jurisdiction', () => {
		expect(output('claim-unknown-jurisdiction')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:37:25  error  claim/unknown-jurisdiction
			  \`usa\` is not a jurisdiction. Did you mean \`us\`?
			  Fix: Write \`us\`, or add content/jurisdictions/usa.mdx if \`usa\` is a new jurisdiction.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-unknown-risk', () => {
		expect(output('claim-unknown-risk')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:7:13  error  claim/unknown-risk
			  \`infections\` is not a risk. Did you mean \`infection\`?
			  Fix: Write \`infection\`, or add content/risks/infections.mdx if \`infections\` is a new risk.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-unknown-role', () => {
		expect(output('claim-unknown-role')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:38:27  error  claim/unknown-role
			  \`cosmetologist\` is not a role.
			  Fix: Use the id of an existing role, or add content/roles/cosmetologist.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-unknown-source', () => {
		expect(output('claim-unknown-source')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:3:11  error  claim/unknown-source
			  \`who-may-perfrom\` is not a source. Did you mean \`who-may-perform\`?
			  Fix: Write \`who-may-perform\`, or add content/sources/who-may-perfrom.md if \`who-may-perfrom\` is a new source.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-symlink', () => {
		expect(output('content-symlink')).toMatchInlineSnapshot(`
			"content/roles/dentist.mdx:1:1  error  content/symlink
			  \`roles/dentist.mdx\` is a symbolic link. Content is read only from files in the content folder itself.
			  Fix: Replace the link with a copy of the file it points to, or delete it.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-unknown-file', () => {
		expect(output('content-unknown-file')).toMatchInlineSnapshot(`
			"content/claims/notes.txt:1:1  error  content/unknown-file
			  \`claims/notes.txt\` is not a kind of content file the knowledge base reads, so nothing in it would reach the site.
			  Fix: Rename it to \`claims/notes.yaml\` if it is a claim. Content files are sources/*.md, claims/*.yaml, jurisdictions/*.mdx, roles/*.mdx, permissions/*.yaml, risk-categories.yaml, risks/*.mdx, events.yaml, published-claims.yaml, docs/**/*.md or *.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-unknown-file--jurisdiction-md', () => {
		expect(output('content-unknown-file--jurisdiction-md')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-tx.md:1:1  error  content/unknown-file
			  \`jurisdictions/us-tx.md\` is not a kind of content file the knowledge base reads, so nothing in it would reach the site.
			  Fix: Rename it to \`jurisdictions/us-tx.mdx\` if it is a jurisdiction. Content files are sources/*.md, claims/*.yaml, jurisdictions/*.mdx, roles/*.mdx, permissions/*.yaml, risk-categories.yaml, risks/*.mdx, events.yaml, published-claims.yaml, docs/**/*.md or *.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-unknown-file--permissions-yml', () => {
		expect(output('content-unknown-file--permissions-yml')).toMatchInlineSnapshot(`
			"content/permissions/us.yml:1:1  error  content/unknown-file
			  \`permissions/us.yml\` is not a kind of content file the knowledge base reads, so nothing in it would reach the site.
			  Fix: Rename it to \`permissions/us.yaml\` if it is a permission. Content files are sources/*.md, claims/*.yaml, jurisdictions/*.mdx, roles/*.mdx, permissions/*.yaml, risk-categories.yaml, risks/*.mdx, events.yaml, published-claims.yaml, docs/**/*.md or *.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-future', () => {
		expect(output('date-future')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:8:13  error  date/future
			  The claim \`has-infectious-risks\` gives \`reviewed: 2027-10-01\`, which is after today (2026-11-22).
			  Fix: A date cannot be in the future: set \`reviewed\` to the day you checked the claim against its source (today, if you check it now).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-future--source', () => {
		expect(output('date-future--source')).toMatchInlineSnapshot(`
			"content/sources/has-2014.md:5:7  error  date/future
			  The source \`has-2014\` gives \`date: 2027\`, which is after today (2026-11-22).
			  Fix: A date cannot be in the future: set \`date\` to the publication date the document gives, or \`null\` if it gives none.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-stale', () => {
		expect(output('date-stale')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:8:13  warning  date/stale
			  The claim \`has-infectious-risks\` was last reviewed on 2025-10-01, 417 days ago (more than a year).
			  Fix: Re-check the claim against its source, then set \`reviewed\` to the day you did.

			Check passed: 0 errors, 1 warning in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('id-duplicate', () => {
		expect(output('id-duplicate')).toMatchInlineSnapshot(`
			"content/claims/side-effects.yaml:1:7  error  id/duplicate
			  The claim id \`has-infectious-risks\` is already used in content/claims/risks.yaml.
			  Fix: Give this claim a new id (ids are permalinks: never reuse one), or merge the two entries.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-parent-cycle', () => {
		expect(output('jurisdiction-parent-cycle')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:4:9  error  jurisdiction/parent-cycle
			  The parents of \`us\` lead back to it: \`us → us-tx → us\` (each is the parent of the one before).
			  Fix: Remove \`parent\` from the jurisdiction at the top (a country has none), so the chain ends.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-lookup-unsourced', () => {
		expect(output('jurisdiction-lookup-unsourced')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:7:13  error  jurisdiction/lookup-unsourced
			  No source cited by the claims of "Example Medical Board" gives the lookup address \`https://lookup.example.gov/verify\`.
			  Fix: Add to the regulator's \`claims\` a claim whose source's text on file prints this address (the regulator's own page on checking a licence), or remove \`lookup\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-red-flag-without-sign', () => {
		expect(output('jurisdiction-red-flag-without-sign')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:5:5  error  jurisdiction/red-flag-without-sign
			  The red flag \`aestheticians-prohibited\` gives no warning sign: a red flag is an item of the reader's checklist.
			  Fix: Give claim \`aestheticians-prohibited\` a \`sign\`: the warning sign its quote describes, in a reader's words ("An aesthetician offers to inject you"); or, where its quote describes none, remove it from \`redFlags\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-unknown-reference--answer', () => {
		expect(output('mdx-unknown-reference--answer')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:12  error  mdx/unknown-reference
			  \`<Answer id="physicians-perform-and-delegat">\` points at no claim. Did you mean \`physicians-perform-and-delegate\`?
			  Fix: Write \`id="physicians-perform-and-delegate"\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-component-not-allowed--answer-in-entity', () => {
		expect(output('mdx-component-not-allowed--answer-in-entity')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-tx.mdx:9:1  error  mdx/component-not-allowed
			  \`<Answer>\` cannot be used in an entity body: its page renders only \`<Claim>\`, \`<Role>\`, \`<Jurisdiction>\` and \`<Risk>\`.
			  Fix: Write the text as Markdown, or move it to a guide under content/docs/.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-unknown-role', () => {
		expect(output('jurisdiction-unknown-role')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:7:34  error  jurisdiction/unknown-role
			  \`registred-nurse\` is not a role. Did you mean \`registered-nurse\`?
			  Fix: Write \`registered-nurse\`, or add content/roles/registred-nurse.mdx if \`registred-nurse\` is a new role.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-unknown-claim', () => {
		expect(output('jurisdiction-unknown-claim')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:7:14  error  jurisdiction/unknown-claim
			  \`physicians-perform-and-delegat\` is not a claim. Did you mean \`physicians-perform-and-delegate\`?
			  Fix: Write \`physicians-perform-and-delegate\`, or add a claim with that id to content/claims/ if \`physicians-perform-and-delegat\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-unknown-claim--red-flags', () => {
		expect(output('jurisdiction-unknown-claim--red-flags')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:4:12  error  jurisdiction/unknown-claim
			  \`aestheticians-prohibitd\` is not a claim. Did you mean \`aestheticians-prohibited\`?
			  Fix: Write \`aestheticians-prohibited\`, or add a claim with that id to content/claims/ if \`aestheticians-prohibitd\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('jurisdiction-unknown-parent', () => {
		expect(output('jurisdiction-unknown-parent')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-tx.mdx:4:9  error  jurisdiction/unknown-parent
			  \`usa\` is not a jurisdiction. Did you mean \`us\`?
			  Fix: Write \`us\`, or add content/jurisdictions/usa.mdx if \`usa\` is a new jurisdiction.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-broken-link', () => {
		expect(output('mdx-broken-link')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:20  error  mdx/broken-link
			  The link \`/jurisdiction/us-tx/\` leads to no page of the site. Did you mean \`/jurisdictions/us-tx/\`?
			  Fix: Write \`/jurisdictions/us-tx/\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-broken-link--check-page', () => {
		expect(output('mdx-broken-link--check-page')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:60  error  mdx/broken-link
			  The link \`/check/us-tx/registred-nurse\` leads to no page of the site. Did you mean \`/check/us-tx/#registered-nurse\`?
			  Fix: Write \`/check/us-tx/#registered-nurse\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-broken-link--pair-without-page', () => {
		expect(output('mdx-broken-link--pair-without-page')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:60  error  mdx/broken-link
			  The link \`/check/us-tx/registered-nurse/\` leads to no page of the site: \`us-tx\` has nothing of its own on file for \`registered-nurse\` (no permission entry, no claim about both), so the pair has no answer page. Its answer is at \`/check/us-tx/#registered-nurse\`.
			  Fix: Write \`/check/us-tx/#registered-nurse\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-syntax', () => {
		expect(output('mdx-syntax')).toMatchInlineSnapshot(`
			"content/roles/registered-nurse.mdx:7:62  error  mdx/syntax
			  The MDX cannot be parsed: Unexpected character \`4\` (U+0034) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`.
			  Fix: In MDX, \`<\` opens a component and \`{\` an expression: write \`&lt;\` or \`\\{\` for the characters themselves, and close every component you open.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-unknown-component', () => {
		expect(output('mdx-unknown-component')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:7:1  error  mdx/unknown-component
			  \`<Caim>\` is not a component the site knows. Did you mean \`<Claim>\`?
			  Fix: Use one of the site's components (\`Claim\`, \`Role\`, \`Jurisdiction\`, \`Risk\`, \`Answer\`, \`CheckPicker\`) or Starlight's (\`Aside\`, \`Badge\`, \`Card\`, \`CardGrid\`, \`FileTree\`, \`Icon\`, \`LinkButton\`, \`LinkCard\`, \`Steps\`, \`TabItem\`, \`Tabs\`), or write the text in Markdown.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-unknown-reference', () => {
		expect(output('mdx-unknown-reference')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:7:8  error  mdx/unknown-reference
			  \`<Claim id="physicians-perform-and-delegates">\` points at no claim. Did you mean \`physicians-perform-and-delegate\`?
			  Fix: Write \`id="physicians-perform-and-delegate"\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-unknown-reference--missing-id', () => {
		expect(output('mdx-unknown-reference--missing-id')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:6:31  error  mdx/unknown-reference
			  \`<Role>\` has no \`id\`, so it points at no role.
			  Fix: Write \`<Role id="…"/>\` with the id of a role.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-chain-unanchored', () => {
		expect(output('permission-chain-unanchored')).toMatchInlineSnapshot(`
			"content/permissions/us-tx.yaml:2:11  error  permission/chain-unanchored
			  \`physician\` is \`disputed\` in \`us-tx\`, yet rules that \`us-tx\` inherits name it in their conditions: \`nurse-practitioner\`'s supervision (by the rule of \`us\`, content/permissions/us.yaml:25:12); \`registered-nurse\`'s supervision (by the rule of \`us\`, content/permissions/us.yaml:40:12); \`registered-nurse\`'s delegation (by the rule of \`us\`, content/permissions/us.yaml:43:12). In \`us-tx\` those chains of oversight end at a title not allowed there.
			  Fix: Give \`us-tx\` its own rule for \`nurse-practitioner\` and \`registered-nurse\`, with the conditions its sources set there, so that the inherited rules no longer apply; or correct the answer of \`physician\` if a source says otherwise.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 5 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-claim-not-about', () => {
		expect(output('permission-claim-not-about')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:55:38  error  permission/claim-not-about
			  The claim \`registered-nurses-under-delegation\`, cited for the answer of \`aesthetician\` in \`us\`, is not about the title \`aesthetician\`: its \`about.roles\` lists \`registered-nurse\`.
			  Fix: Cite a claim about the title \`aesthetician\`, or, if the quote of \`registered-nurses-under-delegation\` does speak of it, add \`aesthetician\` to its \`about.roles\` in content/claims/permissions.yaml.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-claim-not-about--part', () => {
		expect(output('permission-claim-not-about--part')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:26:16  error  permission/claim-not-about
			  The claim \`registered-nurses-under-delegation\`, cited for the supervision condition (requires[0]) of \`nurse-practitioner\` in \`us\`, is not about the title \`nurse-practitioner\`: its \`about.roles\` lists \`registered-nurse\`.
			  Fix: Cite a claim about the title \`nurse-practitioner\`, or, if the quote of \`registered-nurses-under-delegation\` does speak of it, add \`nurse-practitioner\` to its \`about.roles\` in content/claims/permissions.yaml.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-claim-not-about--risk-claim', () => {
		expect(output('permission-claim-not-about--risk-claim')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:51:40  error  permission/claim-not-about
			  The claim \`has-infectious-risks\`, cited for the scope of \`aesthetician\` in \`us\`, is not about \`us\` or the title \`aesthetician\`: its \`about.jurisdictions\` is empty and \`about.roles\` is empty, and it is about risks (\`infection\`), so it is no place-wide rule.
			  Fix: Cite a claim about \`us\` and the title \`aesthetician\`, or, if the quote of \`has-infectious-risks\` does speak of them, add \`us\` to its \`about.jurisdictions\` and \`aesthetician\` to its \`about.roles\` in content/claims/risks.yaml.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-condition-not-in-quote', () => {
		expect(output('permission-condition-not-in-quote')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:38:13  error  permission/condition-not-in-quote
			  The supervision condition of \`registered-nurse\` in \`us\` (\`requires[0]\`) rests on \`registered-nurses-on-order\`, but its quote does not speak of supervision (no word such as "supervision", "oversight", "present", "available"): "A registered nurse may give cosmetic injections only on a physician's written order for…".
			  Fix: Its quote does speak of an order or prescription (\`type: order\`): is that the condition it sets? If not, cite under \`requires[0].claims\` a claim whose quote states supervision, or remove the condition: the site states only the conditions the quotes set.

			Check failed: 1 error, 0 warnings in 1 file. Checked 3 sources, 6 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-condition-not-in-quote--level', () => {
		expect(output('permission-condition-not-in-quote--level')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:39:14  error  permission/condition-not-in-quote
			  The supervision condition of \`registered-nurse\` in \`us\` (\`requires[0]\`) gives \`level: on-site\`, but the quote of \`registered-nurses-under-delegation\` does not say how close the supervisor must be (no word such as "on site", "present", "physically", "premises").
			  Fix: Set \`level\` to what the quotes say (\`unspecified\` when they ask for supervision without saying how close), or cite the claim that states the level.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-condition-names-no-one', () => {
		expect(output('permission-condition-names-no-one')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:25:11  error  permission/condition-names-no-one
			  The supervision condition of \`nurse-practitioner\` in \`us\` (\`requires[0]\`) names no one: \`by\` is empty and there is no \`named\`.
			  Fix: List in \`by\` the titles its quotes name, or copy into \`named\` the quote's own words for who ("an authorized prescriber").

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-conditions-missing', () => {
		expect(output('permission-conditions-missing')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:15:11  error  permission/conditions-missing
			  \`nurse-practitioner\` is \`allowed-with-conditions\` in \`us\`, but its rule lists no condition under \`requires\`, so the site cannot say which.
			  Fix: List under \`requires\` each condition its quotes state (\`order\`, \`assessment\`, \`supervision\`, \`collaborative-agreement\`, \`delegation\`, \`training\`, \`consent\`, \`registration\`, \`policies\` or \`premises\`, with the claims that state it), or set \`answer: allowed\` if they state none.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-conditions-unexpected', () => {
		expect(output('permission-conditions-unexpected')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:38:5  error  permission/conditions-unexpected
			  \`registered-nurse\` is \`allowed\` in \`us\`, which means without conditions, yet its rule lists 2 conditions under \`requires\`.
			  Fix: Set \`answer: allowed-with-conditions\` if its quotes make it conditional, or remove \`requires\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-conditions-unexpected--not-allowed', () => {
		expect(output('permission-conditions-unexpected--not-allowed')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:56:5  error  permission/conditions-unexpected
			  \`aesthetician\` is \`not-allowed\` in \`us\`, so it has no conditions to meet, yet its rule lists 1 condition under \`requires\`.
			  Fix: Remove \`requires\`, or set \`answer: allowed-with-conditions\` if its quotes allow it under these conditions.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-delegation-not-in-quote', () => {
		expect(output('permission-delegation-not-in-quote')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:29:13  error  permission/delegation-not-in-quote
			  The rule for \`nurse-practitioner\` in \`us\` says it may delegate the procedure to \`registered-nurse\`, but the quote of \`nurse-practitioners-under-supervision\` does not speak of delegating (no word such as "delegate", "délégation", "assign"): "They often operate under the supervision or collaborative agreement of a physician.".
			  Fix: Cite under \`mayDelegate.claims\` a claim whose quote says this title may delegate or assign the procedure, or remove \`mayDelegate\`: the site says a title may delegate only where a source says so.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-dispute-on-history', () => {
		expect(output('permission-dispute-on-history')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:56:14  error  permission/dispute-on-history
			  The disputed rule for \`aesthetician\` in \`us\` rests its contrary side on \`aestheticians-formerly-delegated\`, which is history: it is marked \`replaced\`. A superseded statement is not a side of a live dispute.
			  Fix: Remove \`aestheticians-formerly-delegated\` from \`contrary\` (the place's page keeps it in its history). If no current claim is left on that side, the sources no longer disagree: give the answer the current claims give, and drop \`contrary\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 3 sources, 6 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-dispute-one-sided', () => {
		expect(output('permission-dispute-one-sided')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:48:11  error  permission/dispute-one-sided
			  The rule for \`aesthetician\` in \`us\` is \`disputed\` but cites no \`contrary\` claim, so readers see one side only.
			  Fix: List under \`contrary\` the claims on the other side of the dispute, or set the answer the sources agree on.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-dispute-one-sided--not-disputed', () => {
		expect(output('permission-dispute-one-sided--not-disputed')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:46:13  error  permission/dispute-one-sided
			  The rule for \`registered-nurse\` in \`us\` cites \`contrary\` claims, but its answer is \`allowed-with-conditions\`, not \`disputed\`.
			  Fix: Set \`answer: disputed\` if the sources disagree (the site shows each side with its date and force); otherwise move those claims to the parts they support, or remove them.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-hedge-dropped', () => {
		expect(output('permission-hedge-dropped')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:20:12  error  permission/hedge-dropped
			  The rule for \`nurse-practitioner\` in \`us\` gives \`hedge: always\`, but the quote of \`nurse-practitioners-under-supervision\` says "often" ("They often operate under the supervision…"), so the site would state as always what the source hedges.
			  Fix: Set \`extent.hedge: often\`, as the quote words it, and cite \`nurse-practitioners-under-supervision\` under \`extent.claims\` if it is not there yet.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-no-claim', () => {
		expect(output('permission-no-claim')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:55:11  error  permission/no-claim
			  The answer of the rule for \`aesthetician\` in \`us\` cites no claim (\`claims\` is empty), so nothing supports it.
			  Fix: Add to \`claims\` the id of a claim whose quote gives this answer; a rule no quote gives does not belong on file.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 3 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-no-claim--part', () => {
		expect(output('permission-no-claim--part')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:44:15  error  permission/no-claim
			  The \`delegation\` condition \`requires[1]\` of the rule for \`registered-nurse\` in \`us\` cites no claim (\`requires[1].claims\` is empty), so nothing supports it.
			  Fix: Add to \`requires[1].claims\` the id of a claim whose quote states it, or remove the part if no quote does: the site composes the verdict from the parts, and states each one as its claims' quotes do.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 3 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-overseer-not-allowed', () => {
		expect(output('permission-overseer-not-allowed')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:40:23  error  permission/overseer-not-allowed
			  \`aesthetician\` cannot supervise \`registered-nurse\` in \`us\`: it may not perform the procedure there at all.
			  Fix: A title named in a condition must itself be \`allowed\` or \`allowed-with-conditions\` there; remove \`aesthetician\` from \`requires[0].by\`, or correct its own rule if a source says otherwise.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-overseer-not-allowed--inherited', () => {
		expect(output('permission-overseer-not-allowed--inherited')).toMatchInlineSnapshot(`
			"content/permissions/us-tx.yaml:12:12  error  permission/overseer-not-allowed
			  \`aesthetician\` cannot supervise \`nurse-practitioner\` in \`us-tx\`: it may not perform the procedure there at all (by the rule of \`us\`, which \`us-tx\` inherits).
			  Fix: A title named in a condition must itself be \`allowed\` or \`allowed-with-conditions\` there; remove \`aesthetician\` from \`requires[0].by\`, or correct its own rule if a source says otherwise.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 5 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-overseer-not-allowed--not-documented', () => {
		expect(output('permission-overseer-not-allowed--not-documented')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:40:23  error  permission/overseer-not-allowed
			  \`physician-assistant\` cannot supervise \`registered-nurse\` in \`us\`: no rule for it in the permissions of \`us\` (or of a place above) says what it may do.
			  Fix: Add a rule for \`physician-assistant\` to content/permissions/us.yaml, backed by a claim, or remove it from \`requires[0].by\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 5 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-oversight-cycle', () => {
		expect(output('permission-oversight-cycle')).toMatchInlineSnapshot(`
			"content/permissions/us-tx.yaml:12:12  error  permission/oversight-cycle
			  Oversight in \`us-tx\` goes round in a circle: \`nurse-practitioner → registered-nurse → nurse-practitioner\` (each title's conditions name the next), so it never reaches a title allowed on its own.
			  Fix: Remove one of these titles from the conditions that name it; every chain of oversight must end at a title that is \`allowed\` in \`us-tx\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 6 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-claim', () => {
		expect(output('permission-unknown-claim')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:55:12  error  permission/unknown-claim
			  \`aesthetician-prohibited\` is not a claim. Did you mean \`aestheticians-prohibited\`?
			  Fix: Write \`aestheticians-prohibited\`, or add a claim with that id to content/claims/ if \`aesthetician-prohibited\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-claim--part', () => {
		expect(output('permission-unknown-claim--part')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:44:16  error  permission/unknown-claim
			  \`registered-nurse-under-delegation\` is not a claim. Did you mean \`registered-nurses-under-delegation\`?
			  Fix: Write \`registered-nurses-under-delegation\`, or add a claim with that id to content/claims/ if \`registered-nurse-under-delegation\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-jurisdiction', () => {
		expect(output('permission-unknown-jurisdiction')).toMatchInlineSnapshot(`
			"content/permissions/usa.yaml:1:1  error  permission/unknown-jurisdiction
			  The file name says these permissions are for \`usa\`, which is not a jurisdiction. Did you mean \`us\`?
			  Fix: Rename the file to \`us.yaml\`, or add content/jurisdictions/usa.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-role', () => {
		expect(output('permission-unknown-role')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:47:9  error  permission/unknown-role
			  \`aesthetitian\` is not a role. Did you mean \`aesthetician\`?
			  Fix: Write \`aesthetician\`, or add content/roles/aesthetitian.mdx if \`aesthetitian\` is a new role.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-role--may-delegate', () => {
		expect(output('permission-unknown-role--may-delegate')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:10:10  error  permission/unknown-role
			  \`registered-nurses\` is not a role. Did you mean \`registered-nurse\`?
			  Fix: Write \`registered-nurse\`, or add content/roles/registered-nurses.mdx if \`registered-nurses\` is a new role.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('permission-unknown-role--requires', () => {
		expect(output('permission-unknown-role--requires')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:39:34  error  permission/unknown-role
			  \`phsyician\` is not a role. Did you mean \`physician\`?
			  Fix: Write \`physician\`, or add content/roles/phsyician.mdx if \`phsyician\` is a new role.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('risk-category-empty', () => {
		expect(output('risk-category-empty')).toMatchInlineSnapshot(`
			"content/risk-categories.yaml:5:7  error  risk-category/empty
			  No risk belongs to the category \`pharmacological\`, so its page would be empty.
			  Fix: Set \`category: pharmacological\` on the risks it covers (content/risks/*.mdx), or remove the category.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 2 risk categories, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('risk-category-unknown-claim', () => {
		expect(output('risk-category-unknown-claim')).toMatchInlineSnapshot(`
			"content/risk-categories.yaml:3:12  error  risk-category/unknown-claim
			  \`has-infection-risks\` is not a claim. Did you mean \`has-infectious-risks\`?
			  Fix: Write \`has-infectious-risks\`, or add a claim with that id to content/claims/ if \`has-infection-risks\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('risk-no-claim', () => {
		expect(output('risk-no-claim')).toMatchInlineSnapshot(`
			"content/risks/infection.mdx:6:9  error  risk/no-claim
			  The risk \`infection\` cites no claim, so nothing supports it.
			  Fix: Add to \`claims\` the id of a claim whose quote documents this risk.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('risk-unknown-category', () => {
		expect(output('risk-unknown-category')).toMatchInlineSnapshot(`
			"content/risks/abscess.mdx:3:11  error  risk/unknown-category
			  \`infectous\` is not a risk category. Did you mean \`infectious\`?
			  Fix: Write \`infectious\`, or add a category with that id to content/risk-categories.yaml if \`infectous\` is a new risk category.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 2 risks, 1 reported event, 1 page."
		`);
	});

	test('risk-unknown-claim', () => {
		expect(output('risk-unknown-claim')).toMatchInlineSnapshot(`
			"content/risks/infection.mdx:6:10  error  risk/unknown-claim
			  \`has-infectious-risk\` is not a claim. Did you mean \`has-infectious-risks\`?
			  Fix: Write \`has-infectious-risks\`, or add a claim with that id to content/claims/ if \`has-infectious-risk\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-invalid-id', () => {
		expect(output('schema-invalid-id')).toMatchInlineSnapshot(`
			"content/roles/Physician Assistant.mdx:1:1  error  schema/invalid-id
			  The file name gives the role id \`Physician Assistant\`, which is not kebab-case.
			  Fix: Rename the file to \`physician-assistant.mdx\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-invalid-id--draft-page', () => {
		expect(output('schema-invalid-id--draft-page')).toMatchInlineSnapshot(`
			"content/docs/guides/_draft.mdx:1:1  error  schema/invalid-id
			  The file name gives the page id \`guides/_draft\`, which is not kebab-case in every part of its path.
			  Fix: Rename the file to \`guides/draft.mdx\`; keep drafts outside content/ until they are ready.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-invalid-id--page-with-spaces', () => {
		expect(output('schema-invalid-id--page-with-spaces')).toMatchInlineSnapshot(`
			"content/docs/Getting Started.md:1:1  error  schema/invalid-id
			  The file name gives the page id \`Getting Started\`, which is not kebab-case in every part of its path.
			  Fix: Rename the file to \`getting-started.md\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-invalid-value', () => {
		expect(output('schema-invalid-value')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-ca.mdx:3:7  error  schema/invalid-value
			  \`kind\` is \`State\`, which is not one of: country, state, province, territory, nation, district. Did you mean \`state\`?
			  Fix: Write \`state\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-missing-field', () => {
		expect(output('schema-missing-field')).toMatchInlineSnapshot(`
			"content/roles/physician-assistant.mdx:2:1  error  schema/missing-field
			  A role is missing the required field \`licensed\`.
			  Fix: Add \`licensed:\` with a boolean value.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('schema-unknown-field', () => {
		expect(output('schema-unknown-field')).toMatchInlineSnapshot(`
			"content/roles/physician-assistant.mdx:3:13  error  schema/unknown-field
			  \`credential\` is not a field of a role. Did you mean \`credentials\`?
			  Fix: Rename \`credential\` to \`credentials\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('source-uncited', () => {
		expect(output('source-uncited')).toMatchInlineSnapshot(`
			"content/sources/example-record.md:2:8  warning  source/uncited
			  No claim cites the source \`example-record\`.
			  Fix: Add a claim that quotes it (in content/claims/*.yaml, with \`source: example-record\`), or remove the source if nothing in the atlas needs it.

			Check passed: 0 errors, 1 warning in 1 file. Checked 3 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme', () => {
		expect(output('url-scheme')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-ca.mdx:8:13  error  url/scheme
			  \`regulators[0].lookup\` is \`ftp://example.org/licences/\`, which uses the scheme \`ftp:\`; only https: and http: are allowed.
			  Fix: Link to the web page instead (https://…); other schemes do not open for every reader.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--mdx-link', () => {
		expect(output('url-scheme--mdx-link')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:6:79  error  url/scheme
			  The link \`file:///C:/rules.pdf\` uses the scheme \`file:\`; only https:, http: and mailto: are allowed.
			  Fix: Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('yaml-syntax', () => {
		expect(output('yaml-syntax')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:2:8  error  yaml/syntax
			  The YAML cannot be read: Nested mappings are not allowed in compact mappings.
			  Fix: A \`: \` inside a value starts a nested mapping: quote the value (\`title: 'A: B'\`); if a line below is meant as a field of its own, indent it as the other fields are.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 0 pages."
		`);
	});

	test('yaml-syntax--list-file', () => {
		expect(output('yaml-syntax--list-file')).toMatchInlineSnapshot(`
			"content/claims/extra.yaml:2:14  error  yaml/syntax
			  The YAML cannot be read: Nested mappings are not allowed in compact mappings.
			  Fix: A \`: \` inside a value starts a nested mapping: quote the value (\`title: 'A: B'\`); if a line below is meant as a field of its own, indent it as the other fields are.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('yaml-syntax--unclosed-frontmatter', () => {
		expect(output('yaml-syntax--unclosed-frontmatter')).toMatchInlineSnapshot(`
			"content/roles/physician-assistant.mdx:1:1  error  yaml/syntax
			  The frontmatter opened by \`---\` on line 1 is never closed.
			  Fix: Add a line with \`---\` after the last frontmatter field.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('yaml-syntax--tab-in-permissions', () => {
		expect(output('yaml-syntax--tab-in-permissions')).toMatchInlineSnapshot(`
			"content/permissions/us.yaml:15:1  error  yaml/syntax
			  The YAML cannot be read: a tab indents this line, and YAML does not allow tabs for indentation.
			  Fix: Replace the tab with spaces, indenting the line as the lines around it are.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('yaml-syntax--tab-in-frontmatter', () => {
		expect(output('yaml-syntax--tab-in-frontmatter')).toMatchInlineSnapshot(`
			"content/jurisdictions/us-ca.mdx:7:3  error  yaml/syntax
			  The YAML cannot be read: a tab indents this line, and YAML does not allow tabs for indentation.
			  Fix: Replace the tab with spaces, indenting the line as the lines around it are.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 3 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-bom', () => {
		expect(output('content-bom')).toMatchInlineSnapshot(`
			"content/sources/has-2014.md:1:1  error  content/bom
			  The file starts with a byte-order mark (U+FEFF), an invisible character that some editors add and other tools read as text.
			  Fix: Save the file as UTF-8 without BOM (most editors offer it where they show the encoding).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('content-bom--yaml', () => {
		expect(output('content-bom--yaml')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:1:1  error  content/bom
			  The file starts with a byte-order mark (U+FEFF), an invisible character that some editors add and other tools read as text.
			  Fix: Save the file as UTF-8 without BOM (most editors offer it where they show the encoding).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-not-published', () => {
		expect(output('claim-not-published')).toMatchInlineSnapshot(`
			"content/claims/extra.yaml:1:7  error  claim/not-published
			  The claim \`has-infection-risk-again\` is not in content/published-claims.yaml, the registry of published ids.
			  Fix: Run \`npm run publish-ids\` to add new claim ids to the registry; once there, an id is a permalink and may never be removed.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 6 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-published-id-removed', () => {
		expect(output('claim-published-id-removed')).toMatchInlineSnapshot(`
			"content/published-claims.yaml:6:7  error  claim/published-id-removed
			  The published claim \`nurses-may-inject\` is gone from content/claims/, and its entry names no replacement.
			  Fix: Restore the claim, or add \`replacedBy: <the claim that replaces it>\` (and \`retired: <date>\`) to this entry so that /claims/nurses-may-inject/ redirects.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-unknown-replacement', () => {
		expect(output('claim-unknown-replacement')).toMatchInlineSnapshot(`
			"content/published-claims.yaml:7:15  error  claim/unknown-replacement
			  \`registered-nurses-under-delegaton\` is not a claim on file. Did you mean \`registered-nurses-under-delegation\`?
			  Fix: Point \`replacedBy\` at a claim in content/claims/, such as \`registered-nurses-under-delegation\`, so /claims/nurses-may-inject/ can redirect to it.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-replaced-still-present', () => {
		expect(output('claim-replaced-still-present')).toMatchInlineSnapshot(`
			"content/published-claims.yaml:5:15  error  claim/replaced-still-present
			  The claim \`aestheticians-prohibited\` is marked as replaced by \`physicians-perform-and-delegate\`, but it is still on file.
			  Fix: Remove the claim \`aestheticians-prohibited\` from content/claims/ if it is retired, or remove \`replacedBy\` from this entry.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-out-of-order', () => {
		expect(output('date-out-of-order')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:8:35  error  date/out-of-order
			  The claim \`has-infectious-risks\` ends (\`to: 2028\`) before it starts (\`from: 2029-06\`).
			  Fix: Check both dates against the source: \`from\` is the day it took effect, \`to\` the day it stopped.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-out-of-order--source', () => {
		expect(output('date-out-of-order--source')).toMatchInlineSnapshot(`
			"content/sources/has-2014.md:5:7  error  date/out-of-order
			  The source \`has-2014\` was published on 2026-10-15, after its text was taken (\`accessed: 2026-10-01\`).
			  Fix: A text cannot be taken before it is published: correct \`date\` or \`accessed\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-out-of-order--reviewed', () => {
		expect(output('date-out-of-order--reviewed')).toMatchInlineSnapshot(`
			"content/claims/risks.yaml:8:13  error  date/out-of-order
			  The claim \`has-infectious-risks\` was reviewed on 2026-09-30, before its source's text was taken (\`accessed: 2026-10-01\` in \`has-2014\`).
			  Fix: A claim can only be checked against text on file: set \`reviewed\` to the day you checked it, on or after \`accessed\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('date-out-of-order--event', () => {
		expect(output('date-out-of-order--event')).toMatchInlineSnapshot(`
			"content/events.yaml:5:28  error  date/out-of-order
			  The event \`has-infection-reports\` ends (\`to: 2010\`) before it starts (\`from: 2014\`).
			  Fix: Set \`years.from\` to the first year of the cases and \`years.to\` to the last.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-status-conflict', () => {
		expect(output('claim-status-conflict')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:9:11  error  claim/status-conflict
			  The claim \`physicians-perform-and-delegate\` is marked \`in-force\`, but its source \`who-may-perform\` is marked \`annulled\`.
			  Fix: Set the claim's \`status\` to \`annulled\` and move it to the page's history, or cite the text that is in force today.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('claim-status-conflict--part', () => {
		expect(output('claim-status-conflict--part')).toMatchInlineSnapshot(`
			"content/claims/permissions.yaml:9:11  error  claim/status-conflict
			  The claim \`physicians-perform-and-delegate\` is marked \`in-force\`, but the part \`Licensed Healthcare Professionals Authorized to Inject\` of its source \`who-may-perform\` is marked \`replaced\`.
			  Fix: Set the claim's \`status\` to \`replaced\` and move it to the page's history, or cite the text that is in force today.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('source-replacement-status', () => {
		expect(output('source-replacement-status')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:10:9  error  source/replacement-status
			  The source \`who-may-perform\` names \`has-2014\` as its replacement but is marked \`in-force\`.
			  Fix: Set \`status: replaced\`, or remove \`replacedBy\` if the source was not replaced.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('source-unknown-replacement', () => {
		expect(output('source-unknown-replacement')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:11:13  error  source/unknown-replacement
			  \`who-may-perform-2025\` is not a source.
			  Fix: Use the id of an existing source, or add content/sources/who-may-perform-2025.md.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('source-unknown-claim', () => {
		expect(output('source-unknown-claim')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:14:14  error  source/unknown-claim
			  \`court-annuls-section\` is not a claim.
			  Fix: Use the id of an existing claim, or add a claim with that id to content/claims/.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('event-count-not-in-quote', () => {
		expect(output('event-count-not-in-quote')).toMatchInlineSnapshot(`
			"content/events.yaml:6:11  error  event/count-not-in-quote
			  The event \`has-infection-reports\` gives \`people: 12\`, but no quote of its claims states 12.
			  Fix: Cite the claim whose quote gives the number, or correct \`people\` to the number the quote states.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('event-unknown-claim', () => {
		expect(output('event-unknown-claim')).toMatchInlineSnapshot(`
			"content/events.yaml:7:12  error  event/unknown-claim
			  \`has-infection-risk\` is not a claim. Did you mean \`has-infectious-risks\`?
			  Fix: Write \`has-infectious-risks\`, or add a claim with that id to content/claims/ if \`has-infection-risk\` is a new claim.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('event-unknown-risk', () => {
		expect(output('event-unknown-risk')).toMatchInlineSnapshot(`
			"content/events.yaml:6:11  error  event/unknown-risk
			  \`infections\` is not a risk. Did you mean \`infection\`?
			  Fix: Write \`infection\`, or add content/risks/infections.mdx if \`infections\` is a new risk.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('event-unknown-jurisdiction', () => {
		expect(output('event-unknown-jurisdiction')).toMatchInlineSnapshot(`
			"content/events.yaml:4:17  error  event/unknown-jurisdiction
			  \`fr\` is not a jurisdiction.
			  Fix: Use the id of an existing jurisdiction, or add content/jurisdictions/fr.mdx.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-not-current-in-body', () => {
		expect(output('mdx-not-current-in-body')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:8:1  error  mdx/not-current-in-body
			  \`<Claim id="aestheticians-prohibited">\` is \`replaced\`, but the body is for what applies today.
			  Fix: Remove the line: the page lists the fact under "History" by itself, below what applies today, as long as the claim's \`about\` names this page's entity.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-attribute-not-allowed', () => {
		expect(output('mdx-attribute-not-allowed')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:15  error  mdx/attribute-not-allowed
			  \`ontoggle\` on \`<details>\` is an event handler: it would run JavaScript in the reader's browser.
			  Fix: Remove \`ontoggle\`. \`<details>\` takes only \`open\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-attribute-not-allowed--starlight', () => {
		expect(output('mdx-attribute-not-allowed--starlight')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:28  error  mdx/attribute-not-allowed
			  \`onclick\` on \`<LinkButton>\` is an event handler: it would run JavaScript in the reader's browser.
			  Fix: Remove \`onclick\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-component-not-allowed', () => {
		expect(output('mdx-component-not-allowed')).toMatchInlineSnapshot(`
			"content/risks/infection.mdx:11:1  error  mdx/component-not-allowed
			  \`<Aside>\` cannot be used in an entity body: its page renders only \`<Claim>\`, \`<Role>\`, \`<Jurisdiction>\` and \`<Risk>\`.
			  Fix: Write the text as Markdown, or move it to a guide under content/docs/.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-component-not-allowed--not-imported', () => {
		expect(output('mdx-component-not-allowed--not-imported')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:1  error  mdx/component-not-allowed
			  \`<Card>\` is one of Starlight's components, but this page does not import it.
			  Fix: Add \`import { Card } from '@astrojs/starlight/components';\` below the frontmatter.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-expression', () => {
		expect(output('mdx-expression')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:8:17  error  mdx/expression
			  \`{process.env.ANY}\` is JavaScript: MDX runs it when the site is built and puts what it returns in the page.
			  Fix: Write the text itself; for the braces as characters write \`\\{\` and \`\\}\`, and a note to editors as an MDX comment, \`{/* … */}\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-expression--attribute', () => {
		expect(output('mdx-expression--attribute')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:29  error  mdx/expression
			  \`href={"javascript:alert(document.cookie)"}\` on \`<LinkCard>\` gives \`href\` as JavaScript, which runs when the site is built.
			  Fix: Write the value in double quotes: \`href="…"\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-expression--spread', () => {
		expect(output('mdx-expression--spread')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:6:52  error  mdx/expression
			  \`{...props}\` on \`<Role>\` spreads attributes from JavaScript, which runs when the site is built.
			  Fix: Write each attribute as \`name="value"\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-html-element', () => {
		expect(output('mdx-html-element')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:8:1  error  mdx/html-element
			  \`<img>\` is an HTML element; an entity body may hold only Markdown and \`<Claim>\`, \`<Role>\`, \`<Jurisdiction>\` and \`<Risk>\`.
			  Fix: Write it in Markdown instead (\`[text](https://…)\` for a link, \`**text**\` for bold); to show the tag as text, write \`\\<img>\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-html-element--markdown-page', () => {
		expect(output('mdx-html-element--markdown-page')).toMatchInlineSnapshot(`
			"content/docs/notes.md:7:1  error  mdx/html-element
			  \`<script>alert(document.cookie)</script>\` is raw HTML; a Markdown page may hold only Markdown.
			  Fix: Write it in Markdown instead (\`[text](https://…)\` for a link, \`**text**\` for bold); to show the tag as text, write \`\\<\` for the \`<\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 2 pages."
		`);
	});

	test('mdx-html-element--script', () => {
		expect(output('mdx-html-element--script')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:1  error  mdx/html-element
			  \`<script>\` is an HTML element; a guide may hold only Markdown, components, and \`<details>\` with \`<summary>\`.
			  Fix: Write it in Markdown instead (\`[text](https://…)\` for a link, \`**text**\` for bold); to show the tag as text, write \`\\<script>\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-html-element--source', () => {
		expect(output('mdx-html-element--source')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:33:1  error  mdx/html-element
			  \`<img src=x onerror=alert(document.cookie)>\` is raw HTML; a source's text on file may hold only Markdown.
			  Fix: If the document shows these characters, write \`\\<\` for the \`<\`; if they are markup from the copy, remove them and keep the document's words.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-import', () => {
		expect(output('mdx-import')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:6:1  error  mdx/import
			  \`import { readFileSync } from 'node:fs';\` imports \`node:fs\`, which would run when the site is built; a guide may import only the site's components and Starlight's.
			  Fix: Remove the line. A component is imported as \`import Claim from '~/components/Claim.astro';\` (the site's: \`Claim\`, \`Role\`, \`Jurisdiction\`, \`Risk\`, \`Answer\`, \`CheckPicker\`) or \`import { Aside } from '@astrojs/starlight/components';\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-import--entity', () => {
		expect(output('mdx-import--entity')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:6:1  error  mdx/import
			  \`import Role from '~/components/Role.astro';\` imports code into an entity body, which may hold only Markdown and \`<Claim>\`, \`<Role>\`, \`<Jurisdiction>\` and \`<Risk>\`.
			  Fix: Remove the line: the entity's page provides \`<Claim>\`, \`<Role>\`, \`<Jurisdiction>\` and \`<Risk>\` without an import.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('mdx-import--export', () => {
		expect(output('mdx-import--export')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:6:1  error  mdx/import
			  \`export const secret = process.env.ANY;\` exports code from the page; a guide exports nothing.
			  Fix: Remove the statement; a page's settings go in its frontmatter.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--character-reference', () => {
		expect(output('url-scheme--character-reference')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:8:9  error  url/scheme
			  The link \`[board rules](&#106;avascript:alert(document.cookie))\` is a \`javascript:\` link to a browser, which decodes \`&…;\` references and ignores tabs, line breaks and leading spaces; only https:, http: and mailto: are allowed.
			  Fix: Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--entity-tab', () => {
		expect(output('url-scheme--entity-tab')).toMatchInlineSnapshot(`
			"content/jurisdictions/us.mdx:8:9  error  url/scheme
			  The link \`[board rules](java&#x09;script:alert(document.cookie))\` is a \`javascript:\` link to a browser, which decodes \`&…;\` references and ignores tabs, line breaks and leading spaces; only https:, http: and mailto: are allowed.
			  Fix: Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--leading-space', () => {
		expect(output('url-scheme--leading-space')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:11:29  error  url/scheme
			  The link \`href=" javascript:alert(document.cookie)"\` is a \`javascript:\` link to a browser, which decodes \`&…;\` references and ignores tabs, line breaks and leading spaces; only https:, http: and mailto: are allowed.
			  Fix: Link to the web page instead (https://…); other schemes do not open for every reader, and some run code.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--source-autolink', () => {
		expect(output('url-scheme--source-autolink')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:33:9  error  url/scheme
			  The link \`javascript:alert(document.cookie)\` uses the scheme \`javascript:\`; only https:, http: and mailto: are allowed.
			  Fix: A source's text on file keeps the document's words, not its links: keep only the link's text, or write the address as code (\`\` \`javascript:alert(document.cookie)\` \`\`).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--source-link', () => {
		expect(output('url-scheme--source-link')).toMatchInlineSnapshot(`
			"content/sources/who-may-perform.md:33:10  error  url/scheme
			  The link \`javascript:alert(document.cookie)\` uses the scheme \`javascript:\`; only https:, http: and mailto: are allowed.
			  Fix: A source's text on file keeps the document's words, not its links: keep only the link's text, or write the address as code (\`\` \`javascript:alert(document.cookie)\` \`\`).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('page-unsafe-frontmatter', () => {
		expect(output('page-unsafe-frontmatter')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:5:12  error  page/unsafe-frontmatter
			  \`hero.tagline\` is \`Who may inject. <img src=x onerror=alert(document.cookie)>\`: Starlight writes it into the page as HTML, so it may hold no markup.
			  Fix: Write plain text; for the character \`<\` itself write \`&lt;\`.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('page-unsafe-frontmatter--attrs', () => {
		expect(output('page-unsafe-frontmatter--attrs')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:9:9  error  page/unsafe-frontmatter
			  \`hero.actions[0].attrs\` sets HTML attributes on the link (\`onclick\`), which can run JavaScript in the reader's browser.
			  Fix: Remove \`hero.actions[0].attrs\`; the link's text and address are all it needs.

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('url-scheme--page-frontmatter', () => {
		expect(output('url-scheme--page-frontmatter')).toMatchInlineSnapshot(`
			"content/docs/index.mdx:7:13  error  url/scheme
			  \`hero.actions[0].link\` is \`\\tjavascript:alert(document.cookie)\`, a \`javascript:\` link to a browser; only https:, http: and mailto: are allowed.
			  Fix: Link to the web page instead (https://…), or to a page of the site (/…).

			Check failed: 1 error, 0 warnings in 1 file. Checked 2 sources, 5 claims, 2 jurisdictions, 4 roles, 4 permissions, 1 risk category, 1 risk, 1 reported event, 1 page."
		`);
	});

	test('is snapshotted for every fixture', () => {
		expect(fixtures.filter((folder) => !snapshotted.has(folder))).toEqual([]);
	});
});
