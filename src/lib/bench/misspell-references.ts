import type { ContentFile } from '../content/knowledge-base.ts';

/**
 * Misspells the first `count` claim references written `<Claim id="…"/>` in MDX files (in
 * path order), each by swapping two neighbouring letters in its middle, as a typo would: a
 * benchmark case where every one is an unknown id for which the checker looks for the nearest
 * claim id. Returns the files, changed where needed, and how many references were misspelled
 * (fewer than `count` when the files hold fewer). Pure.
 * @example misspellReferences([{ relPath: 'a.mdx', path: 'a.mdx', text: '<Claim id="abcd" />' }], 1).files[0].text // '<Claim id="abdc" />'
 */
export function misspellReferences(
	files: readonly ContentFile[],
	count: number,
): { files: ContentFile[]; misspelled: number } {
	let misspelled = 0;
	const sorted = [...files].sort((a, b) =>
		a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0,
	);
	const changed = sorted.map((file) => {
		if (misspelled >= count || !file.relPath.endsWith('.mdx')) return file;
		const text = file.text.replace(
			/(<Claim\s+id=")([^"]+)"/g,
			(whole, start: string, id: string) => {
				const typo = swapMiddle(id);
				if (misspelled >= count || typo === id) return whole;
				misspelled++;
				return `${start}${typo}"`;
			},
		);
		return text === file.text ? file : { ...file, text };
	});
	return { files: changed, misspelled };
}

/** Swaps the first two different neighbouring letters from the middle of `id` on. */
function swapMiddle(id: string): string {
	for (let i = Math.floor(id.length / 2); i + 1 < id.length; i++) {
		if (id[i] !== id[i + 1] && id[i] !== '-' && id[i + 1] !== '-') {
			return `${id.slice(0, i)}${id[i + 1]}${id[i]}${id.slice(i + 2)}`;
		}
	}
	return id;
}
