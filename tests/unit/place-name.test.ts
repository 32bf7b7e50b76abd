import { expect, test } from 'vitest';
import { placeName } from '../../src/lib/site/place-name.ts';

test('placeName adds "the" only to names that take it', () => {
	expect(placeName({ name: 'United States', definiteArticle: true })).toBe('the United States');
	expect(placeName({ name: 'Texas', definiteArticle: false })).toBe('Texas');
});
