import { describe, expect, test } from 'vitest';
import { printColophon } from '../../src/lib/site/print-colophon.ts';

describe('printColophon', () => {
	const version = { commit: 'c3c2e1c4d5e6', modified: false, built: '2026-12-02' };

	test("names the site, the page's full address, the version and the build date", () => {
		expect(printColophon('/guides/trainers/techniques/', 'https://atlas.example/', version)).toBe(
			'Printed from Meso Atlas, https://atlas.example/guides/trainers/techniques/ (version c3c2e1c4d5e6, built 2026-12-02).',
		);
	});

	test("gives the path without the site's address, and no version it does not know", () => {
		expect(printColophon('/risks/', undefined, { modified: false, built: '2026-12-02' })).toBe(
			'Printed from Meso Atlas, /risks/ (built 2026-12-02).',
		);
		expect(printColophon('/risks/', undefined, { ...version, modified: true })).toContain(
			'version c3c2e1c4d5e6 with local changes',
		);
	});
});
