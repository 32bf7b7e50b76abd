import { z } from 'astro/zod';
import { IdListSchema } from './common.ts';

/** The claims a part of a rule rests on: at least one, each quoting its source. */
const PartClaimsSchema = IdListSchema.min(1).describe(
	'The claims this part rests on: at least one, each about this place (or a place above it) and this title.',
);

/**
 * What a rule answers: `allowed`, `allowed-with-conditions` (only under what `requires`
 * lists), `not-allowed`, or `disputed` (the sources disagree: each side listed with its date).
 */
export const RuleAnswerSchema = z
	.enum(['allowed', 'allowed-with-conditions', 'not-allowed', 'disputed'])
	.describe(
		'What the rule answers: `allowed`, `allowed-with-conditions` (only under what `requires` lists), `not-allowed`, or `disputed` (the sources disagree).',
	);

/**
 * What a rule is written about: mesotherapy itself, cosmetic injections in general, or named
 * products. A rule about Botox is not a rule about mesotherapy, and the site says so.
 */
export const RuleSubjectSchema = z
	.enum([
		'mesotherapy',
		'cosmetic-injections',
		'cosmetic-procedures',
		'injections',
		'skin-penetration',
		'botulinum-toxin',
		'dermal-fillers',
		'approved-agents',
		'fat-dissolving-injections',
		'aesthetic-medicine',
	])
	.describe(
		'What a rule is written about: `mesotherapy`, `cosmetic-injections` in general, `cosmetic-procedures` (cosmetic medical procedures, injections among them or not), `injections` of any kind, `skin-penetration` (procedures that pierce or penetrate the skin, injections not named), `aesthetic-medicine` as a whole, or named products (`botulinum-toxin`, `dermal-fillers`, `approved-agents`, `fat-dissolving-injections`).',
	);

/** What the rule's quotes are written about, and the claims that say so. */
export const RuleScopeSchema = z
	.strictObject({
		/** What the quotes name; more than one where they name several products. */
		subjects: z.array(RuleSubjectSchema).min(1).describe('What the quotes name.'),
		claims: PartClaimsSchema,
		/**
		 * Where the subjects are not mesotherapy: the claims that bear on whether the rule reaches
		 * it ("mesotherapy mixtures are not FDA-approved"), shown beside the scope sentence.
		 */
		gap: IdListSchema.default([]).describe(
			'Where the subjects are not mesotherapy: the claims that bear on whether the rule reaches it, shown beside the scope sentence.',
		),
	})
	.describe('What the rule is written about, and the claims that say so.');

/**
 * The rule's own hedge, as its quote words it: `always` (no hedge), `almost-always` ("almost
 * universally"), `generally`, `often`, `varies` (the quote says it differs from place to place),
 * or `one-case` (a ruling on one petitioner's case, which binds no one else).
 */
export const RuleHedgeSchema = z
	.enum(['always', 'almost-always', 'generally', 'often', 'varies', 'one-case'])
	.describe(
		'The rule\'s own hedge, as its quote words it: `always` (no hedge), `almost-always` ("almost universally", "in most states"), `generally` ("generally", "usually"), `often`, `varies` (the quote says it differs from place to place), or `one-case` (a ruling on one petitioner\'s case, binding no one else).',
	);

/** How sure the rule's quotes are, and the claims whose words give the hedge. */
export const RuleExtentSchema = z
	.strictObject({
		hedge: RuleHedgeSchema,
		claims: PartClaimsSchema,
	})
	.describe("The rule's own hedge, and the claims whose words give it.");

/**
 * How close a supervisor must be: `on-site` (physically present), `immediately-available`
 * (on site or immediately available), `reachable` (within the time `within` gives), `direct`
 * (the quotes say "direct supervision" without defining it), or `unspecified` (the quotes ask
 * for supervision without saying how close).
 */
export const SupervisionLevelSchema = z
	.enum(['on-site', 'immediately-available', 'reachable', 'direct', 'unspecified'])
	.describe(
		'How close a supervisor must be: `on-site`, `immediately-available` (on site or immediately available), `reachable` (within the time `within` gives), `direct` (the quotes say "direct supervision" without saying how close) or `unspecified`.',
	);

const WhoSchema = IdListSchema.default([]).describe(
	"The titles, as role ids; each must itself be allowed to perform the procedure there. May be empty where `named` gives the quote's own words and the quote names no title.",
);

/**
 * The quote's own words for who, where it names no title or leaves its list open ("an
 * authorized prescriber", "an authorized provider"): shown in the verdict, before any titles
 * listed ("an authorized provider, including a physician"). Must be in a cited quote.
 */
const NamedSchema = z
	.string()
	.min(1)
	.optional()
	.describe(
		'The quote\'s own words for who, where it names no title or leaves its list open ("an authorized prescriber"): shown in the verdict before any titles listed. Must be in a cited quote.',
	);

/**
 * Marks a condition as met instead of the one listed just before it, where the quotes give a
 * choice ("under the supervision or collaborative agreement of a physician").
 */
const AlternativeSchema = z
	.literal(true)
	.optional()
	.describe(
		'`true` where this condition may be met instead of the one listed just before it, as the quotes give a choice ("supervision or collaborative agreement").',
	);

/** One condition a rule sets, typed, with the claims that set it. */
export const RequirementSchema = z
	.discriminatedUnion('type', [
		z
			.strictObject({
				/** An order or prescription for the treatment, from one of `from`. */
				type: z.literal('order'),
				from: WhoSchema,
				named: NamedSchema,
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('An order or prescription for the treatment, from one of `from`.'),
		z
			.strictObject({
				/** The prescriber's own assessment of the patient first, by one of `by`. */
				type: z.literal('assessment'),
				by: WhoSchema,
				named: NamedSchema,
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe("The prescriber's own assessment of the patient first, by one of `by`."),
		z
			.strictObject({
				/** Supervision by one of `by`, at the level the quotes give. */
				type: z.literal('supervision'),
				level: SupervisionLevelSchema,
				/** For `reachable`: the time the quote gives, in its words ("thirty minutes"). */
				within: z
					.string()
					.min(1)
					.optional()
					.describe('For `reachable`: the time the quote gives, in its words ("thirty minutes").'),
				/** The quote's own words for how close, where it says more than the level ("physically present and …"). */
				detail: z
					.string()
					.min(1)
					.optional()
					.describe(
						'The quote\'s own words for how close, where it says more than the level ("physically present and have direct visual observation"); shown in the verdict. Must be in a cited quote.',
					),
				by: WhoSchema,
				named: NamedSchema,
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('Supervision by one of `by`, at the level the quotes give.'),
		z
			.strictObject({
				/** A collaborative or practice agreement with one of `with`. */
				type: z.literal('collaborative-agreement'),
				with: WhoSchema,
				named: NamedSchema,
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('A collaborative or practice agreement with one of `with`.'),
		z
			.strictObject({
				/** Delegation of the act by one of `by`. */
				type: z.literal('delegation'),
				by: WhoSchema,
				named: NamedSchema,
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('Delegation of the act by one of `by`.'),
		z
			.strictObject({
				/** Training or certification, as the claims describe it. */
				type: z.literal('training'),
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('Training or certification, as the claims describe it.'),
		z
			.strictObject({
				/** The patient's informed consent, as the claims describe it (who injects disclosed…). */
				type: z.literal('consent'),
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe("The patient's informed consent, as the claims describe it."),
		z
			.strictObject({
				/** Registration with a professional body or register, as the claims describe it. */
				type: z.literal('registration'),
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('Registration with a professional body or register, as the claims describe it.'),
		z
			.strictObject({
				/** Written policies or protocols the setting must have, as the claims describe them. */
				type: z.literal('policies'),
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe(
				'Written policies or protocols the setting must have, as the claims describe them.',
			),
		z
			.strictObject({
				/** Requirements on the premises, as the claims describe them. */
				type: z.literal('premises'),
				claims: PartClaimsSchema,
				alternative: AlternativeSchema,
			})
			.describe('Requirements on the premises, as the claims describe them.'),
	])
	.describe('One condition the rule sets, typed, with the claims that set it.');

/** To whom the title may delegate the procedure, only where a claim says so. */
export const MayDelegateSchema = z
	.strictObject({
		to: WhoSchema,
		claims: PartClaimsSchema,
	})
	.describe('To whom the title may delegate the procedure, only where a claim says so.');

export type RuleAnswer = z.infer<typeof RuleAnswerSchema>;
export type RuleSubject = z.infer<typeof RuleSubjectSchema>;
export type RuleScope = z.infer<typeof RuleScopeSchema>;
export type RuleHedge = z.infer<typeof RuleHedgeSchema>;
export type RuleExtent = z.infer<typeof RuleExtentSchema>;
export type SupervisionLevel = z.infer<typeof SupervisionLevelSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type MayDelegate = z.infer<typeof MayDelegateSchema>;

/** A part of a rule that states one thing, with the claims that say so. */
function claimsOnlyPart(description: string) {
	return z.strictObject({ claims: PartClaimsSchema }).describe(description);
}

/**
 * That the account on file leaves the exact terms to each place below it (a country-wide
 * account saying state boards set them), with the claims that say so.
 */
export const LocalTermsSchema = claimsOnlyPart(
	'That the account leaves the exact terms to each place below it (state boards, say), with the claims that say so.',
);

/**
 * That the text sets more conditions, or limits, than are on file (its later parts are
 * missing, or it refers to a list not on file), with the claims that show it: the verdict then
 * says the text on file is incomplete.
 */
export const IncompleteSchema = claimsOnlyPart(
	'That the text sets more conditions, or limits, than are on file, with the claims that show it: the verdict says the rule does not state every condition or limit.',
);

/** That the statement the rule rests on says it is not law, with the claims that say so. */
export const NotBindingSchema = claimsOnlyPart(
	'That the statement the rule rests on says it does not have the force of law, with the claims that say so.',
);

export type LocalTerms = z.infer<typeof LocalTermsSchema>;
export type Incomplete = z.infer<typeof IncompleteSchema>;
export type NotBinding = z.infer<typeof NotBindingSchema>;
