/**
 * Whether a web address is written in a text, as pages print addresses: with or without the
 * scheme, `www.` or a trailing slash, in any letter case, and not as part of a longer address.
 * @example addressInText('https://ebiz.mt.gov/pol', 'You can find eBiz at: ebiz.mt.gov/pol.') // true
 * @example addressInText('https://ebiz.mt.gov/pol', 'See ebiz.mt.gov/policy') // false
 */
export function addressInText(url: string, text: string): boolean {
	const bare = url
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');
	if (bare.length === 0) return false;
	const haystack = text.toLowerCase();
	for (let at = haystack.indexOf(bare); at !== -1; at = haystack.indexOf(bare, at + 1)) {
		const before = haystack[at - 1] ?? ' ';
		const after = haystack[at + bare.length] ?? ' ';
		// "www." and "https://" may precede it; a letter or dot would make it another host.
		if (/[a-z0-9-]/.test(before) || (before === '.' && !haystack.slice(0, at).endsWith('www.')))
			continue;
		if (/[a-z0-9_%-]/.test(after)) continue;
		return true;
	}
	return false;
}
