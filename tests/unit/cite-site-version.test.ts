import { describe, expect, test } from 'vitest';
import {
	citationVersion,
	describeVersion,
	readCitationVersion,
	versionLabel,
} from '../../src/lib/cite/site-version.ts';

const commit = 'c3c2e1c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0';

describe('citationVersion', () => {
	test('returns the commit shortened to 12 characters, and the build date', () => {
		expect(citationVersion({ commit, modified: false, built: '2026-11-22' })).toEqual({
			commit: 'c3c2e1c4d5e6',
			modified: false,
			built: '2026-11-22',
		});
	});

	test('returns no commit when the build knew none', () => {
		expect(citationVersion({ modified: false, built: '2026-11-22' })).toEqual({
			modified: false,
			built: '2026-11-22',
		});
	});
});

describe('versionLabel', () => {
	test('returns the commit, and says when the tree differed from it', () => {
		expect(versionLabel({ commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' })).toBe(
			'c3c2e1c4d5e6',
		);
		expect(versionLabel({ commit: 'c3c2e1c4d5e6', modified: true, built: '2026-11-22' })).toBe(
			'c3c2e1c4d5e6 with local changes',
		);
	});

	test('returns undefined without a commit, rather than a version nobody knows', () => {
		expect(versionLabel({ modified: false, built: '2026-11-22' })).toBeUndefined();
	});
});

describe('describeVersion', () => {
	test('returns the version and the build date in words', () => {
		expect(describeVersion({ commit: 'c3c2e1c4d5e6', modified: false, built: '2026-11-22' })).toBe(
			'version c3c2e1c4d5e6, built 2026-11-22',
		);
		expect(describeVersion({ modified: false, built: '2026-11-22' })).toBe('built 2026-11-22');
	});
});

describe('readCitationVersion', () => {
	test('returns the running build’s version, read once', () => {
		const version = readCitationVersion();
		expect(version.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		if (version.commit) expect(version.commit).toMatch(/^[0-9a-f]{1,12}$/);
		expect(readCitationVersion()).toBe(version);
	});
});
