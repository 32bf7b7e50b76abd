import { describe, expect, test } from 'vitest';
import {
	checkPath,
	checkPlacePath,
	claimIdOfPath,
	claimPath,
	jurisdictionPath,
	listRoutes,
	normalizeRoute,
	pagePath,
	riskPath,
	rolePath,
	sourceIdOfPath,
	sourcePath,
} from '../../src/lib/site/routes.ts';

describe('entity paths', () => {
	test('returns one path per entity, with a trailing slash', () => {
		expect(jurisdictionPath('us-tx')).toBe('/jurisdictions/us-tx/');
		expect(rolePath('physician')).toBe('/roles/physician/');
		expect(riskPath('infection')).toBe('/risks/infection/');
		expect(sourcePath('has-2014')).toBe('/sources/has-2014/');
		expect(claimPath('has-infectious-risks')).toBe('/claims/has-infectious-risks/');
		expect(checkPath('us-tx', 'physician')).toBe('/check/us-tx/physician/');
	});
});

describe('pagePath', () => {
	test('returns the root for the index page and a folder path for the others', () => {
		expect(pagePath('')).toBe('/');
		expect(pagePath('guides/before-you-book')).toBe('/guides/before-you-book/');
	});
});

const ids = (...list: string[]) => new Map(list.map((id) => [id, undefined]));
const kb = {
	jurisdictions: ids('us', 'us-tx'),
	roles: ids('physician'),
	risks: ids('infection'),
	sources: ids('has-2014'),
	claims: ids('a-claim'),
	pages: ids('', 'about'),
};

describe('listRoutes', () => {
	test('returns the index pages, each guide and each entity page', () => {
		expect([...listRoutes(kb)].sort()).toEqual([
			'/',
			'/about/',
			'/check/',
			'/check/us-tx/',
			'/check/us/',
			'/claims/a-claim/',
			'/coverage/',
			'/data/',
			'/data/codebook/',
			'/events/',
			'/jurisdictions/',
			'/jurisdictions/us-tx/',
			'/jurisdictions/us/',
			'/matrix/',
			'/risks/',
			'/risks/infection/',
			'/roles/',
			'/roles/physician/',
			'/search/',
			'/sources/',
			'/sources/has-2014/',
		]);
	});
});

describe('claimIdOfPath and sourceIdOfPath', () => {
	test('read the id back from the path the path helpers write', () => {
		expect(claimIdOfPath(claimPath('a-claim'))).toBe('a-claim');
		expect(sourceIdOfPath(sourcePath('has-2014'))).toBe('has-2014');
	});

	test('return undefined for any other page', () => {
		expect(claimIdOfPath('/claims/')).toBeUndefined();
		expect(claimIdOfPath('/sources/has-2014/')).toBeUndefined();
		expect(sourceIdOfPath('/sources/has-2014/extra/')).toBeUndefined();
	});
});

describe('checkPlacePath', () => {
	test("returns a place's check page, or a title's row on it", () => {
		expect(checkPlacePath('us')).toBe('/check/us/');
		expect(checkPlacePath('fr', 'aesthetician')).toBe('/check/fr/#aesthetician');
	});
});

describe('normalizeRoute', () => {
	test('returns the path without query or fragment, with a trailing slash', () => {
		expect(normalizeRoute('/roles/physician')).toBe('/roles/physician/');
		expect(normalizeRoute('/roles/physician/#training')).toBe('/roles/physician/');
		expect(normalizeRoute('/search?q=nurse')).toBe('/search/');
		expect(normalizeRoute('/')).toBe('/');
	});
});
