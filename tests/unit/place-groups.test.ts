import { describe, expect, test } from 'vitest';
import { placeGroups } from '../../src/lib/site/place-groups.ts';

const place = (name: string, parent?: string) => ({
	data: { name, ...(parent ? { parent } : {}) },
});

describe('placeGroups', () => {
	const groups = placeGroups(
		new Map([
			['us-ga', place('Georgia', 'us')],
			['de', place('Germany')],
			['us', place('United States')],
			['us-al', place('Alabama', 'us')],
			['gb-sct', place('Scotland', 'gb')],
			['gb', place('United Kingdom')],
			['gb-eng', place('England', 'gb')],
		]),
	);

	test('puts each place under its country, not beside places of other countries', () => {
		expect(groups.map((g) => [g.country.name, g.places.map((p) => p.name)])).toEqual([
			['Germany', ['Germany']],
			['United Kingdom', ['United Kingdom', 'England', 'Scotland']],
			['United States', ['United States', 'Alabama', 'Georgia']],
		]);
	});

	test('walks up more than one level to the country', () => {
		const deep = placeGroups(
			new Map([
				['ca', place('Canada')],
				['ca-qc', place('Quebec', 'ca')],
				['ca-qc-mtl', place('Montreal', 'ca-qc')],
			]),
		);
		expect(deep).toEqual([
			{
				country: { id: 'ca', name: 'Canada' },
				places: [
					{ id: 'ca', name: 'Canada' },
					{ id: 'ca-qc-mtl', name: 'Montreal' },
					{ id: 'ca-qc', name: 'Quebec' },
				],
			},
		]);
	});
});
