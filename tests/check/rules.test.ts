import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadFixture } from './load-fixture.ts';

/** Checks the base fixture with some files replaced or added. */
function findingsWith(files: Record<string, string>) {
	const base = loadFixture().filter((file) => !(file.relPath in files));
	const added = Object.entries(files).map(([relPath, text]) => ({
		relPath,
		path: `content/${relPath}`,
		text,
	}));
	return runCheck([...base, ...added], '2026-11-22').findings;
}

/** Each finding of `findingsWith`, as `rule @ file:line`. */
function checkWith(files: Record<string, string>): string[] {
	return findingsWith(files).map((f) => `${f.rule} @ ${f.file}:${f.line}`);
}

/** The base fixture's claims about each title, and the hedge their quotes word. */
const claims = {
	physician: { id: 'physicians-perform-and-delegate', hedge: 'generally' },
	np: { id: 'nurse-practitioners-under-supervision', hedge: 'often' },
	rn: { id: 'registered-nurses-under-delegation', hedge: 'often' },
	aesthetician: { id: 'aestheticians-prohibited', hedge: 'always' },
} as const;

/**
 * One rule as YAML, every part resting on `claim`, with its conditions (as YAML flow mappings)
 * and any further lines.
 */
function rule(
	role: string,
	answer: string,
	claim: { id: string; hedge: string },
	requires: string[] = [],
	extra = '',
): string {
	return [
		`- role: ${role}`,
		`  answer: ${answer}`,
		`  scope: { subjects: [mesotherapy], claims: [${claim.id}] }`,
		`  extent: { hedge: ${claim.hedge}, claims: [${claim.id}] }`,
		...(requires.length ? ['  requires:', ...requires.map((r) => `    - ${r}`)] : []),
		...(extra ? [extra] : []),
		`  claims: [${claim.id}]`,
		'',
	].join('\n');
}

/** A condition naming `who`, resting on `claim`, as a YAML flow mapping. */
const supervisedBy = (who: string[], claim: { id: string }) =>
	`{ type: supervision, level: unspecified, by: [${who.join(', ')}], claims: [${claim.id}] }`;
const delegatedBy = (who: string[], claim: { id: string }) =>
	`{ type: delegation, by: [${who.join(', ')}], claims: [${claim.id}] }`;

/** A source on file with one section, for claims whose quotes the base fixture lacks. */
function sourceWith(heading: string, text: string, language = 'en'): string {
	return [
		'---',
		'title: A board answers',
		'publisher: A board',
		'authors: []',
		'date: null',
		'url: null',
		`language: ${language}`,
		'kind: board-opinion',
		'force: guidance',
		'accessed: 2026-10-01',
		'coverage: excerpts',
		'---',
		'',
		`## ${heading}`,
		'',
		text,
		'',
	].join('\n');
}

/**
 * The files that add claims quoting `source-under-test`, each `[id, quote, about, more]`, with
 * the registry of published ids that lists them; `more` holds further YAML lines.
 */
function claimFiles(
	heading: string,
	text: string,
	added: [id: string, quote: string, about: string, more?: string][],
	language?: string,
): Record<string, string> {
	const registry = loadFixture().find((f) => f.relPath === 'published-claims.yaml')!.text;
	return {
		'sources/source-under-test.md': sourceWith(heading, text, language),
		'claims/under-test.yaml': added
			.map(([id, quote, about, more]) =>
				[
					`- id: ${id}`,
					`  statement: ${quote}`,
					'  source: source-under-test',
					`  locator: ${heading}`,
					`  quote: ${JSON.stringify(quote)}`,
					`  about: ${about}`,
					...(more ? [more] : []),
					'  reviewed: 2026-10-01',
					'',
				].join('\n'),
			)
			.join('\n'),
		'published-claims.yaml': `${registry}${added.map(([id]) => `- id: ${id}\n`).join('')}`,
	};
}

describe('oversight', () => {
	test('accepts a nurse supervised only by a nurse practitioner who is supervised by a physician', () => {
		const texas = rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
			supervisedBy(['nurse-practitioner'], claims.rn),
		]);
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([]);
	});

	test('reports a cycle of three titles once, naming all three', () => {
		const texas = [
			rule('physician', 'allowed-with-conditions', claims.physician, [
				delegatedBy(['registered-nurse'], claims.physician),
			]),
			rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
				supervisedBy(['nurse-practitioner'], claims.rn),
			]),
			rule('nurse-practitioner', 'allowed-with-conditions', claims.np, [
				supervisedBy(['physician'], claims.np),
			]),
		].join('\n');
		const findings = findingsWith({ 'permissions/us-tx.yaml': texas });
		expect(findings.map((f) => `${f.rule} @ ${f.file}:${f.line}`)).toEqual([
			'permission/oversight-cycle @ content/permissions/us-tx.yaml:22',
		]);
		expect(findings[0]?.message).toContain(
			'`nurse-practitioner → physician → registered-nurse → nurse-practitioner`',
		);
	});

	test('reports a cycle once, and not again at a title whose chain runs into it', () => {
		const texas = [
			rule('physician', 'allowed-with-conditions', claims.physician, [
				delegatedBy(['nurse-practitioner'], claims.physician),
			]),
			rule('nurse-practitioner', 'allowed-with-conditions', claims.np, [
				supervisedBy(['physician'], claims.np),
			]),
			rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
				supervisedBy(['nurse-practitioner'], claims.rn),
			]),
		].join('\n');
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([
			'permission/oversight-cycle @ content/permissions/us-tx.yaml:14',
		]);
	});

	test("judges an overseer by the place's own rule before its parent's", () => {
		const texas = [
			rule('aesthetician', 'allowed', claims.aesthetician),
			rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
				supervisedBy(['aesthetician'], claims.rn),
			]),
		].join('\n');
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([]);
	});

	test('reports a disputed overseer, saying the sources disagree', () => {
		const us = loadFixture()
			.find((f) => f.relPath === 'permissions/us.yaml')!
			.text.replace(
				'- role: physician\n  answer: allowed\n',
				'- role: physician\n  answer: disputed\n  contrary: [physicians-perform-and-delegate]\n',
			);
		const findings = findingsWith({ 'permissions/us.yaml': us });
		expect(findings.map((f) => `${f.rule} @ ${f.line}:${f.column}`)).toEqual([
			'permission/overseer-not-allowed @ 26:12',
			'permission/overseer-not-allowed @ 41:12',
			'permission/overseer-not-allowed @ 44:12',
		]);
		expect(findings[0]?.message).toBe(
			'`physician` cannot supervise `nurse-practitioner` in `us`: its own answer there is `disputed`: the sources disagree on whether it may act at all.',
		);
		expect(findings[2]?.message).toContain('cannot delegate the procedure to `registered-nurse`');
	});

	test('reports a rule that breaks an inherited chain once, not at the rules resting on it', () => {
		const texas = [
			rule('physician', 'not-allowed', claims.physician),
			rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
				supervisedBy(['nurse-practitioner'], claims.rn),
			]),
		].join('\n');
		const findings = findingsWith({ 'permissions/us-tx.yaml': texas });
		expect(findings.map((f) => `${f.rule} @ ${f.file}:${f.line}`)).toEqual([
			'permission/chain-unanchored @ content/permissions/us-tx.yaml:2',
		]);
		expect(findings[0]?.message).toContain(
			"`nurse-practitioner`'s supervision (by the rule of `us`, content/permissions/us.yaml:25:12)",
		);
		expect(findings[0]?.hint).toContain('its own rule for `nurse-practitioner`');
	});

	test('ends a chain at a title whose own conditions name no one', () => {
		const files = claimFiles(
			'Training',
			'Nurse practitioners must complete a course in aesthetic injections.',
			[
				[
					'np-course',
					'Nurse practitioners must complete a course in aesthetic injections.',
					'{ jurisdictions: [us-tx], roles: [nurse-practitioner] }',
				],
			],
		);
		const np = { id: 'np-course', hedge: 'always' };
		const texas = [
			rule('nurse-practitioner', 'allowed-with-conditions', np, [
				`{ type: training, claims: [np-course] }`,
			]),
			rule('registered-nurse', 'allowed-with-conditions', claims.rn, [
				supervisedBy(['nurse-practitioner'], claims.rn),
			]),
		].join('\n');
		expect(checkWith({ ...files, 'permissions/us-tx.yaml': texas })).toEqual([]);
	});
});

describe('permission claims', () => {
	test("accepts a claim about the rule's parent place", () => {
		const texas = rule('physician', 'allowed', claims.physician);
		expect(checkWith({ 'permissions/us-tx.yaml': texas })).toEqual([]);
	});

	test('reports a claim about neither the place nor a place above once, naming every part citing it', () => {
		const france = rule('physician', 'allowed', claims.physician);
		const jurisdiction = '---\nname: France\nkind: country\n---\n\nFrance.\n';
		const findings = findingsWith({
			'permissions/fr.yaml': france,
			'jurisdictions/fr.mdx': jurisdiction,
		});
		expect(findings.map((f) => `${f.rule} @ ${f.file}:${f.line}:${f.column}`)).toEqual([
			'permission/claim-not-about @ content/permissions/fr.yaml:5:12',
		]);
		expect(findings[0]?.message).toBe(
			'The claim `physicians-perform-and-delegate`, cited for the answer of `physician` in `fr` (and for the scope, the extent), is not about `fr`: its `about.jurisdictions` lists `us`.',
		);
	});

	test("lets a place-wide claim (about no title and no risk) back any title's rule", () => {
		const quote = 'individuals who are not licensed healthcare providers';
		const files = claimFiles('Unlicensed', quote, [
			['unlicensed-excluded', quote, '{ jurisdictions: [us] }'],
		]);
		const us = loadFixture()
			.find((f) => f.relPath === 'permissions/us.yaml')!
			.text.replace(
				'\n  claims: [aestheticians-prohibited]\n',
				'\n  claims: [aestheticians-prohibited, unlicensed-excluded]\n',
			);
		expect(us).toContain('unlicensed-excluded');
		expect(checkWith({ ...files, 'permissions/us.yaml': us })).toEqual([]);
	});
});

describe('rule fidelity', () => {
	/** Checks a Texan rule for registered nurses whose every part rests on one added claim. */
	function checkQuote(
		quote: string,
		requires: string[],
		{ hedge = 'always', extra = '', language = 'en' } = {},
	) {
		const files = claimFiles(
			'Rule',
			quote,
			[['quoted', quote, '{ jurisdictions: [us-tx], roles: [registered-nurse] }']],
			language,
		);
		const texas = rule(
			'registered-nurse',
			'allowed-with-conditions',
			{ id: 'quoted', hedge },
			requires,
			extra,
		);
		return findingsWith({ ...files, 'permissions/us-tx.yaml': texas });
	}
	const when = (type: string, who = '') =>
		`{ type: ${type}${who ? `, ${who}` : ''}, claims: [quoted] }`;

	test.each([
		['order', 'from: [physician]', 'Nurses may inject only on the prescription of a physician.'],
		['order', 'from: [physician]', "L'injection est réalisée sur prescription médicale."],
		['order', 'from: [physician]', 'Die Injektion erfolgt nur auf ärztliche Anordnung.'],
		['order', 'from: [physician]', 'Sólo con indicación médica.'],
		['assessment', 'by: [physician]', 'The physician must first examine the patient.'],
		['assessment', 'by: [physician]', 'Le médecin procède à une évaluation préalable.'],
		['supervision', 'level: unspecified, by: [physician]', 'sous la surveillance d’un médecin'],
		['supervision', 'level: unspecified, by: [physician]', 'unter ärztlicher Aufsicht'],
		['supervision', 'level: on-site, by: [physician]', 'The physician must be physically present.'],
		[
			'supervision',
			'level: immediately-available, by: [physician]',
			'on site or immediately available',
		],
		[
			'supervision',
			'level: reachable, within: thirty minutes, by: [physician]',
			'The physician must be reachable by telephone within thirty minutes.',
		],
		['collaborative-agreement', 'with: [physician]', 'under a written protocol with a physician'],
		['delegation', 'by: [physician]', 'Die Delegation an Pflegefachpersonen ist zulässig.'],
		['training', '', 'après une formation spécifique'],
		['training', '', 'Nurses must be certified in aesthetic injections.'],
		['premises', '', 'only in a medical office or clinic'],
		['policies', '', 'The setting must have written policies and procedures.'],
		['consent', '', 'The RN’s participation must be disclosed in the informed consent.'],
		['registration', '', 'titulación de Medicina y están debidamente colegiados'],
		[
			'supervision',
			'level: direct, by: [physician]',
			'under the direct supervision of a physician',
		],
		[
			'order',
			'from: [], named: an authorized prescriber',
			'with a completed prescriptive order from an authorized prescriber',
		],
		[
			'supervision',
			'level: on-site, detail: physically present and watching, by: [physician]',
			'The physician must be physically present and watching.',
		],
	])('accepts a %s condition whose quote states it (%s): "%s"', (type, who, quote) => {
		const hasWho = !['training', 'premises', 'policies', 'consent', 'registration'].includes(type);
		expect(checkQuote(quote, [when(type, hasWho ? who : '')])).toEqual([]);
	});

	test.each([
		['order', 'from: [physician]', 'Patients with a skin disorder may be treated.', 'type'],
		['assessment', 'by: [physician]', 'for example, a nurse may inject', 'type'],
		[
			'supervision',
			'level: on-site, by: [physician]',
			'under the supervision of a physician',
			'level',
		],
		[
			'supervision',
			'level: reachable, within: thirty minutes, by: [physician]',
			'under supervision, with the physician reachable within an hour',
			'within',
		],
		[
			'order',
			'from: [], named: a licensed prescriber',
			'with an order from an authorized prescriber',
			'named',
		],
		[
			'supervision',
			'level: direct, by: [physician]',
			'under the supervision of a physician',
			'level',
		],
		// "registered nurse" names a title; it is not a registration.
		['registration', '', 'A registered nurse may inject.', 'type'],
	])(
		'reports a %s condition whose quote does not state it (%s): "%s"',
		(type, who, quote, field) => {
			const findings = checkQuote(quote, [when(type, who)]);
			expect(findings.map((f) => f.rule)).toEqual(['permission/condition-not-in-quote']);
			expect(findings[0]?.message).toContain(
				field === 'type' ? 'its quote does not speak of' : `gives \`${field}: `,
			);
		},
	);

	test('reports a condition that names no one: no title and no words of the quote', () => {
		const findings = checkQuote('Nurses may inject with an order.', [when('order', 'from: []')]);
		expect(findings.map((f) => f.rule)).toEqual(['permission/condition-names-no-one']);
		expect(findings[0]?.hint).toContain('`named`');
	});

	test.each([
		['generally', 'Nurses may generally inject under supervision.'],
		['generally', 'Nurses usually inject under supervision.'],
		['almost-always', 'In most states nurses inject under supervision.'],
		['almost-always', 'Nurses must almost universally inject under supervision.'],
		['often', 'Nurses often inject under supervision.'],
		['varies', 'The rule differs from state to state; supervision is required.'],
		['varies', 'The rules vary; supervision is required.'],
	])('reports a quote hedged as %s and stated as always: "%s"', (hedge, quote) => {
		const findings = checkQuote(quote, [
			when('supervision', 'level: unspecified, by: [physician]'),
		]);
		expect(findings.map((f) => `${f.rule} @ ${f.line}:${f.column}`)).toEqual([
			'permission/hedge-dropped @ 4:20',
		]);
		expect(findings[0]?.hint).toContain(`Set \`extent.hedge: ${hedge}\``);
	});

	test('does not read a hedge into a longer word', () => {
		const quote = 'Supervision by a physician is required; the varieties of products are many.';
		expect(checkQuote(quote, [when('supervision', 'level: unspecified, by: [physician]')])).toEqual(
			[],
		);
	});

	test.each([
		['assign', 'A physician may assign the injection to a nurse.', []],
		['délégation', 'Le médecin peut confier l’acte par délégation.', []],
		['nothing', 'A physician may perform the injection.', ['permission/delegation-not-in-quote']],
	])('reads a delegation in a quote saying %s', (_word, quote, expected) => {
		const extra = '  mayDelegate: { to: [nurse-practitioner], claims: [quoted] }';
		const findings = checkQuote(quote, [when('training')], { extra });
		// The training condition is not in these quotes either; only the delegation is judged here.
		expect(
			findings.map((f) => f.rule).filter((r) => r !== 'permission/condition-not-in-quote'),
		).toEqual(expected);
	});
});

describe('a disputed rule', () => {
	/** The base fixture with the aesthetician's rule disputed by a claim with `more` lines. */
	function disputedBy(more: string) {
		const quote = 'Aestheticians may inject under the delegation of a physician.';
		const files = claimFiles('Rule', quote, [
			['aestheticians-delegated', quote, '{ jurisdictions: [us], roles: [aesthetician] }', more],
		]);
		const us = loadFixture()
			.find((f) => f.relPath === 'permissions/us.yaml')!
			.text.replace('answer: not-allowed', 'answer: disputed')
			.concat('  contrary: [aestheticians-delegated]\n');
		return findingsWith({ ...files, 'permissions/us.yaml': us });
	}

	test('may not rest a side on a claim whose period has ended', () => {
		const findings = disputedBy('  effective: { from: 2015, to: 2020-06 }');
		expect(findings.map((f) => `${f.rule} @ ${f.line}:${f.column}`)).toEqual([
			'permission/dispute-on-history @ 56:14',
		]);
		expect(findings[0]?.message).toContain('it applied only until 2020-06');
	});

	test('may rest a side on a suspended claim: a suspension awaits a decision', () => {
		expect(disputedBy('  status: suspended')).toEqual([]);
	});

	test('may rest a side on a claim in force', () => {
		expect(disputedBy('  status: in-force')).toEqual([]);
	});
});

describe('links in MDX', () => {
	test('accepts internal links without a trailing slash or with a fragment, and mail links', () => {
		const page =
			'---\ntitle: About\n---\n\n[a](/roles/physician) [b](/risks/infection/#x) [c](mailto:a@example.org) [d](#top) [e](https://example.org)\n';
		expect(checkWith({ 'docs/about.mdx': page })).toEqual([]);
	});

	test('reports a link to a guide page that does not exist, and accepts one that does', () => {
		const about = '---\ntitle: About\n---\n\n[Method](/method/) and [home](/).\n';
		expect(checkWith({ 'docs/about.mdx': about })).toEqual([
			'mdx/broken-link @ content/docs/about.mdx:5',
		]);
		const method = '---\ntitle: Method\n---\n\nHow we work.\n';
		expect(checkWith({ 'docs/about.mdx': about, 'docs/method.md': method })).toEqual([]);
	});

	test('reads Markdown pages without JSX, so a `<` in prose is no error', () => {
		expect(checkWith({ 'docs/notes.md': '---\ntitle: Notes\n---\n\nDepth <4 mm.\n' })).toEqual([]);
	});

	test('does not parse source bodies, which are verbatim documents', () => {
		const source = loadFixture()
			.find((file) => file.relPath === 'sources/has-2014.md')!
			.text.replace('## Aim', '## Aim\n\nA stray <4 and {brace.');
		expect(checkWith({ 'sources/has-2014.md': source })).toEqual([]);
	});
});

describe('red flags', () => {
	const us =
		'---\nname: United States\nkind: country\nredFlags:\n  - flag-under-test\n---\n\nUS.\n';
	const quote = 'individuals who are not licensed healthcare providers';

	test('accepts a red flag whose claim gives the warning sign it describes', () => {
		const files = claimFiles('Unlicensed', quote, [
			[
				'flag-under-test',
				quote,
				'{ jurisdictions: [us] }',
				'  sign: "The person offering injections is not a licensed healthcare provider"',
			],
		]);
		expect(checkWith({ ...files, 'jurisdictions/us.mdx': us })).toEqual([]);
	});

	test('reports a red flag whose claim gives no sign, at its line in the place', () => {
		const files = claimFiles('Unlicensed', quote, [
			['flag-under-test', quote, '{ jurisdictions: [us] }'],
		]);
		expect(checkWith({ ...files, 'jurisdictions/us.mdx': us })).toEqual([
			'jurisdiction/red-flag-without-sign @ content/jurisdictions/us.mdx:5',
		]);
	});
});
