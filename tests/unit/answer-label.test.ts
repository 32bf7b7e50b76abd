import { describe, expect, test } from 'vitest';
import { answerLabels, answerQuestion, shortAnswer } from '../../src/lib/site/answer-label.ts';

describe('shortAnswer', () => {
	test("keeps the quotes' own hedge in the label, on the conditions where the quotes hedge those", () => {
		expect(
			shortAnswer({ answer: 'allowed-with-conditions', hedge: 'often', subjects: ['mesotherapy'] }),
		).toEqual({ label: 'Allowed, often with conditions' });
		expect(shortAnswer({ answer: 'allowed-with-conditions', hedge: 'almost-always' }).label).toBe(
			'Allowed, almost always with conditions',
		);
		expect(shortAnswer({ answer: 'not-allowed', hedge: 'generally' }).label).toBe(
			'Generally not allowed',
		);
		expect(shortAnswer({ answer: 'allowed', hedge: 'varies' }).label).toBe('Allowed (varies)');
		expect(shortAnswer({ answer: 'allowed', hedge: 'always' }).label).toBe(answerLabels.allowed);
	});

	test('says what a rule is written about when that is not mesotherapy', () => {
		expect(
			shortAnswer({
				answer: 'allowed-with-conditions',
				hedge: 'always',
				subjects: ['botulinum-toxin', 'dermal-fillers'],
			}),
		).toEqual({ label: 'Allowed with conditions', scopeNote: 'rule on Botox and fillers' });
	});

	test('adds no hedge to a dispute or to a pair with no rule', () => {
		expect(shortAnswer({ answer: 'disputed', hedge: 'often' }).label).toBe('Sources disagree');
		expect(shortAnswer({ answer: 'not-documented' }).label).toBe('Not documented here yet');
	});
});

describe('answerQuestion', () => {
	test('asks the question of the title and the place, with the right article', () => {
		expect(answerQuestion('Aesthetician', 'Texas')).toBe(
			'May an aesthetician perform mesotherapy in Texas?',
		);
		expect(answerQuestion('Registered nurse', 'the United States')).toBe(
			'May a registered nurse perform mesotherapy in the United States?',
		);
	});
});
