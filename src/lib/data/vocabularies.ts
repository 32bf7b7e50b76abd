import {
	EventKindSchema,
	LegalStatusSchema,
	RequirementSchema,
	RiskSchema,
	RuleAnswerSchema,
	RuleHedgeSchema,
	RuleSubjectSchema,
	SupervisionLevelSchema,
	SourceForceSchema,
	SourceKindSchema,
} from '../../schemas/index.ts';
import { legalStatusLabels, legalStatusMeanings } from '../site/claim-phase.ts';
import { eventKindLabels, eventKindMeanings } from '../site/event-labels.ts';
import { frequencyLabel, severityLabel } from '../site/risk-labels.ts';
import { sourceForceLabel, sourceKindLabel } from '../site/source-labels.ts';
import { answerLabels, answerMeanings, hedgeMeanings } from '../site/answer-label.ts';

/** One value of a vocabulary: as the data writes it, as the site says it, what it means. */
export interface Term {
	value: string;
	label: string;
	meaning?: string;
	/** True for a value the site derives and the data never holds. */
	derived?: boolean;
}

/** A closed list of values a field takes. */
export interface Vocabulary {
	/** Its anchor on the codebook page. */
	id: string;
	title: string;
	/** The fields that take it, as `kind.field`. */
	fields: readonly string[];
	terms: readonly Term[];
}

const severityMeanings: Record<(typeof RiskSchema.shape.severity.options)[number], string> = {
	major: 'A source on file rates it major.',
	serious: 'A source on file rates it serious.',
	minor: 'A source on file rates it minor or mild.',
	'not-rated': 'No source on file rates its severity.',
};

const frequencyMeanings: Record<(typeof RiskSchema.shape.frequency.options)[number], string> = {
	'not-assessable': 'A source on file says how often it happens could not be assessed.',
	'not-documented': 'No source on file speaks of how often it happens.',
};

/** The vocabularies the codebook explains, from the schemas and the site's own labels. */
export const vocabularies: readonly Vocabulary[] = [
	{
		id: 'rule-answer',
		title: 'What a rule answers',
		fields: ['permissions.answer'],
		terms: [
			...RuleAnswerSchema.options.map((value) => ({
				value,
				label: answerLabels[value],
				meaning: answerMeanings[value],
			})),
			{
				value: 'not-documented',
				label: answerLabels['not-documented'],
				meaning: `${answerMeanings['not-documented']} The site shows it where a title has no rule in a place or any place above it and no fact on file speaks of it there; the data never holds it, since a missing entry says it.`,
				derived: true,
			},
		],
	},
	{
		id: 'rule-hedge',
		title: "A rule's own hedge",
		fields: ['permissions.extent.hedge'],
		terms: RuleHedgeSchema.options.map((value) => ({
			value,
			label: value,
			meaning: hedgeMeanings[value],
		})),
	},
	{
		id: 'rule-subject',
		title: 'What a rule is written about',
		fields: ['permissions.scope.subjects'],
		terms: RuleSubjectSchema.options.map((value) => ({ value, label: value })),
	},
	{
		id: 'rule-condition',
		title: 'Kind of condition a rule sets',
		fields: ['permissions.requires[].type'],
		terms: RequirementSchema.options.map((option) => ({
			value: option.shape.type.value,
			label: option.shape.type.value,
			meaning: option.description ?? '',
		})),
	},
	{
		id: 'supervision-level',
		title: 'How close a supervisor must be',
		fields: ['permissions.requires[].level'],
		terms: SupervisionLevelSchema.options.map((value) => ({ value, label: value })),
	},
	{
		id: 'legal-status',
		title: 'Legal status of a rule',
		fields: ['sources.status', 'sources.parts[].status', 'claims.status'],
		terms: LegalStatusSchema.options.map((value) => ({
			value,
			label: legalStatusLabels[value],
			meaning: `${legalStatusMeanings[value]}${value === 'in-force' ? '' : ' Pages show it below what is in force today.'}`,
		})),
	},
	{
		id: 'event-kind',
		title: 'Kind of reported event',
		fields: ['events.kind'],
		terms: EventKindSchema.options.map((value) => ({
			value,
			label: eventKindLabels[value],
			meaning: eventKindMeanings[value],
		})),
	},
	{
		id: 'severity',
		title: 'Risk severity',
		fields: ['risks.severity'],
		terms: RiskSchema.shape.severity.options.map((value) => ({
			value,
			label: severityLabel(value),
			meaning: severityMeanings[value],
		})),
	},
	{
		id: 'frequency',
		title: 'Risk frequency',
		fields: ['risks.frequency'],
		terms: RiskSchema.shape.frequency.options.map((value) => ({
			value,
			label: frequencyLabel(value),
			meaning: frequencyMeanings[value],
		})),
	},
	{
		id: 'source-force',
		title: 'Legal force of a source',
		fields: ['sources.force'],
		terms: SourceForceSchema.options.map((value) => ({ value, label: sourceForceLabel(value) })),
	},
	{
		id: 'source-kind',
		title: 'Kind of source',
		fields: ['sources.kind'],
		terms: SourceKindSchema.options.map((value) => ({ value, label: sourceKindLabel(value) })),
	},
];
