import { describe, expect, test } from 'vitest';
import {
	classifyContentPath,
	contentGlob,
	contentKind,
	contentKinds,
} from '../../src/lib/content/content-kinds.ts';
import { dataKinds } from '../../src/lib/data/row-schemas.ts';

describe('classifyContentPath', () => {
	test.each([
		['sources/has-2014.md', 'sources', 'has-2014'],
		['claims/risks.yaml', 'claims', 'risks'],
		['jurisdictions/be.mdx', 'jurisdictions', 'be'],
		['permissions/au.yaml', 'permissions', 'au'],
		['risk-categories.yaml', 'riskCategories', 'risk-categories'],
		['events.yaml', 'events', 'events'],
		['published-claims.yaml', 'published', 'published-claims'],
		['docs/guides/trainers/index.mdx', 'pages', 'guides/trainers/index'],
		['docs/404.md', 'pages', '404'],
	])('returns the kind and id of %s', (relPath, key, id) => {
		const classified = classifyContentPath(relPath);
		expect(classified?.kind.key).toBe(key);
		expect(classified?.id).toBe(id);
	});

	test.each([
		'jurisdictions/be.md',
		'permissions/au.yml',
		'claims/risks.yml',
		'sources/x.mdx',
		'roles/nested/physician.mdx',
		'events.yml',
		'notes.txt',
	])('returns undefined for %s, which no kind reads', (relPath) => {
		expect(classifyContentPath(relPath)).toBeUndefined();
	});
});

describe('contentGlob', () => {
	test('returns the glob Starlight reads guides with, from the same extensions', () => {
		expect(contentGlob(contentKind('pages'))).toBe('**/*.{md,mdx}');
		expect(contentGlob(contentKind('jurisdictions'))).toBe('*.mdx');
	});
});

describe('contentKinds', () => {
	test('lists one kind per download, besides the registry and the pages', () => {
		const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
		const downloadable = contentKinds
			.filter((kind) => kind.key !== 'published' && kind.key !== 'pages')
			.map((kind) => kebab(kind.key));
		expect([...downloadable].sort()).toEqual([...dataKinds].sort());
	});
});
