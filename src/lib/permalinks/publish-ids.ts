/**
 * Returns the registry file's text with an entry appended for each claim id not yet in it,
 * in the order given, keeping everything already written (comments included).
 * @example appendPublishedIds('- id: a\n', ['a', 'b']) // '- id: a\n- id: b\n'
 */
export function appendPublishedIds(registryText: string, claimIds: readonly string[]): string {
	const listed = new Set(
		[...registryText.matchAll(/^-\s+id:\s*['"]?([a-z0-9-]+)/gm)].map((m) => m[1]!),
	);
	const missing = claimIds.filter((id) => !listed.has(id));
	if (missing.length === 0) return registryText;
	const base =
		registryText === '' || registryText.endsWith('\n') ? registryText : `${registryText}\n`;
	return base + missing.map((id) => `- id: ${id}\n`).join('');
}
