/**
 * What a reader of each answer page sees, against the rules and facts on file: the verdict is
 * the one composed from the rule's parts, every condition is shown with the facts that set it,
 * a dispute shows each side dated, and no page says "not documented" or hides a fact on file
 * about the title in the place or a place above it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load-knowledge-base.ts';
import type { KnowledgeBase } from '../../src/lib/content/knowledge-base.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { resolvePermission } from '../../src/lib/graph/resolve-permission.ts';
import { answerPages, placeAnswers } from '../../src/lib/site/answer-pages.ts';
import { claimPhase } from '../../src/lib/site/claim-phase.ts';
import { todayIso } from '../../src/lib/text/today.ts';
import { conditionPhrase } from '../../src/lib/site/compose-verdict.ts';
import { everyTitleRules, pairFacts } from '../../src/lib/site/pair-facts.ts';
import { ruleVerdict, verdictParts } from '../../src/lib/site/rule-verdict.ts';
import { root } from './helpers.ts';

describe('answer pages of the real content', () => {
	const { dist } = inject('siteBuild');
	let kb: KnowledgeBase;
	let pages: { place: string; role: string; html: string; text: string }[];

	beforeAll(async () => {
		kb = loadKnowledgeBase(readContentDir(path.join(root, 'content'), root)).kb;
		pages = await Promise.all(
			answerPages(kb).map(async ({ place, role }) => {
				const html = await readFile(path.join(dist, 'check', place, role, 'index.html'), 'utf8');
				return { place, role, html, text: textOf(html) };
			}),
		);
	});

	test('say "not documented" or "nothing specific" only where no fact on file touches the pair', () => {
		expect(pages.length).toBeGreaterThan(20);
		const wrong = pages.filter(
			(p) =>
				/Not documented here yet|No fact on file speaks to this|Nothing specific to|Nothing on file says whether/.test(
					p.text,
				) &&
				(resolvePermission(kb, p.place, p.role).permission !== undefined ||
					pairFacts(kb, p.place, p.role).some((f) => f.title.length + f.everyTitle.length > 0)),
		);
		expect(wrong.map((p) => `${p.place}/${p.role}`)).toEqual([]);
	});

	test('show every fact on file about the title in the place and the places above it, and the rules for every title', () => {
		const hidden = pages.flatMap((p) =>
			pairFacts(kb, p.place, p.role)
				.flatMap((f) => [...f.title, ...f.everyTitle])
				.filter((id) => !p.html.includes(`id="claim-${id}"`))
				.map((id) => `${p.place}/${p.role}: ${id}`),
		);
		expect(hidden).toEqual([]);
	});

	test('state the verdict composed from the rule that applies, and nothing a part does not say', () => {
		for (const p of pages) {
			const { resolved, sentence } = ruleVerdict(kb, p.place, p.role, true);
			const shown = textOf(/<p class="atlas-verdict-sentence">(.*?)<\/p>/s.exec(p.html)?.[1] ?? '');
			const rule = resolved.permission?.data;
			if (!rule) continue;
			expect(shown, `${p.place}/${p.role}`).toBe(sentence);
			const types = new Set(rule.requires.map((r) => r.type));
			if (!rule.mayDelegate) expect(shown, `${p.place}/${p.role}`).not.toMatch(/delegate it/);
			if (!types.has('supervision')) expect(shown).not.toMatch(/supervision/);
			if (!types.has('order')) expect(shown).not.toMatch(/\border\b/);
			if (!rule.scope.subjects.includes('mesotherapy')) {
				expect(shown).toMatch(/This rule is written about .*; it does not name mesotherapy\./);
			}
			if (rule.extent.hedge === 'often') expect(shown).toMatch(/\boften\b/);
			if (rule.extent.hedge === 'generally') expect(shown).toMatch(/\bgenerally\b/);
		}
	});

	test('list each condition of the rule with the facts that set it', () => {
		for (const p of pages) {
			const { permission, from } = resolvePermission(kb, p.place, p.role);
			if (!permission || from === undefined) continue;
			const parts = verdictParts(kb, permission.data, p.place, from);
			if (permission.data.requires.length > 0) {
				expect(p.text, `${p.place}/${p.role}`).not.toMatch(/No conditions are documented/);
			}
			for (const [i, requirement] of permission.data.requires.entries()) {
				const phrase = conditionPhrase(parts.requires[i]!);
				expect(p.text.toLowerCase(), `${p.place}/${p.role}`).toContain(phrase.toLowerCase());
				for (const id of requirement.claims) {
					expect(p.html, `${p.place}/${p.role}: ${id}`).toMatch(
						new RegExp(`(id|href)="#?claim-${id}"`),
					);
				}
			}
		}
	});

	test('show each side of a dispute with its date, the most recent first', () => {
		const disputed = pages.filter(
			(p) => resolvePermission(kb, p.place, p.role).permission?.data.answer === 'disputed',
		);
		for (const p of disputed) {
			const sides = [...p.html.matchAll(/<h3 id="side-\d"[^>]*>(.*?)<\/h3>/gs)].map((m) =>
				textOf(m[1]!),
			);
			expect(sides, `${p.place}/${p.role}`).toHaveLength(2);
			const date = '(\\d{1,2} )?([A-Z][a-z]+ )?\\d{4}';
			// A side is "more recent" only against a dated one; an undated side comes last.
			if (sides[1]!.endsWith(': undated')) {
				expect(sides[0]).toMatch(new RegExp(`^One side: (${date}|undated)$`));
				expect(sides[1]).toBe('The other side: undated');
			} else {
				expect(sides[0]).toMatch(new RegExp(`^The more recent side: ${date}$`));
				expect(sides[1]).toMatch(new RegExp(`^The earlier side: ${date}$`));
			}
		}
	});

	test('never say a regulator has no licence lookup while showing the fact that describes it', () => {
		for (const p of pages) {
			const chain = pairFacts(kb, p.place, p.role).map((f) => kb.jurisdictions.get(f.place)!);
			const verify = new Set(chain.flatMap((j) => j.data.verify));
			for (const regulator of chain.flatMap((j) => j.data.regulators)) {
				if (regulator.lookup || !regulator.claims.some((id) => verify.has(id))) continue;
				const item = new RegExp(
					`${escapeRegExp(regulator.name)}[^<]*(</a>)?\\s*— no licence lookup for it is on file`,
				);
				expect(p.html, `${p.place}/${p.role}: ${regulator.name}`).not.toMatch(item);
			}
		}
	});

	test('give every answer a register to look the practitioner up in, or say plainly that none is on file', () => {
		for (const p of pages) {
			const section =
				/<h2 id="look-up"[\s\S]*?(?=<div class="atlas-legal|<aside|<h2 )/.exec(p.html)?.[0] ?? '';
			const text = textOf(section);
			expect(text, `${p.place}/${p.role}`).toMatch(
				/look up a licence|how to check, on this page|no licence lookup for it is on file|No register for this title in .* is on file/,
			);
		}
		// Texas's medical board is on file with a fact describing its lookup: a physician's page links it.
		const texas = pages.find((p) => p.place === 'us-tx' && p.role === 'physician');
		expect(texas?.html).toMatch(
			/Texas Medical Board(<\/a>)?\s*— <a href="#claim-us-tx-tmb-look-up-a-license"/,
		);
	});

	test("lead a title's row on a place's page to the rules for every title there, where it has no rule", async () => {
		for (const place of kb.jurisdictions.keys()) {
			// Only rules in force bind every title; proposals and past rules are not listed.
			const rules = everyTitleRules(kb, place).filter((id) => {
				const claim = kb.claims.get(id)!.data;
				const source = kb.sources.get(claim.source)?.data;
				return claimPhase({ claim, source }, todayIso()) === 'current';
			});
			if (rules.length === 0) continue;
			const html = await readFile(path.join(dist, 'check', place, 'index.html'), 'utf8');
			for (const row of placeAnswers(kb, place)) {
				if (!row.here) continue;
				const item = new RegExp(`<li id="${row.role}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
				const target = /href="#(every-title|claim-[^"]+)"/.exec(item)?.[1];
				expect(target, `${place}#${row.role}`).toBeDefined();
				if (target !== 'every-title') expect(rules).toContain(target!.slice('claim-'.length));
			}
		}
	});
});

function textOf(html: string): string {
	return html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<style\b[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:])/g, '$1')
		.trim();
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
