import { describe, expect, test } from 'vitest';
import { riskGroups } from '../../src/lib/site/risk-groups.ts';
import type { Risk } from '../../src/schemas/index.ts';

const risk = (name: string, severity: Risk['severity']) => ({ data: { name, severity } });

describe('riskGroups', () => {
	test('puts the most severe first and the unrated last, each group by name', () => {
		const groups = riskGroups([
			risk('Swelling', 'not-rated'),
			risk('Severe infection', 'serious'),
			risk('Bruising', 'not-rated'),
			risk('Fatal anaphylactic shock', 'major'),
			risk('Permanent scarring', 'serious'),
		]);
		expect(groups.map((g) => [g.severity, g.risks.map((r) => r.data.name)])).toEqual([
			['major', ['Fatal anaphylactic shock']],
			['serious', ['Permanent scarring', 'Severe infection']],
			['not-rated', ['Bruising', 'Swelling']],
		]);
	});

	test('leaves out severities no risk has', () => {
		expect(riskGroups([risk('Bruising', 'minor')]).map((g) => g.severity)).toEqual(['minor']);
		expect(riskGroups([])).toEqual([]);
	});
});
