/**
 * The terms the data downloads are offered under: the one statement the data page, the
 * codebook and the feeds show. Our own work is under CC BY 4.0; the sources' words are not
 * ours to license.
 */
export const dataLicence = {
	/** The licence of our own work: statements, ids, structure, classifications, records. */
	name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	shortName: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	/** What the licence covers, as one paragraph. */
	data: 'Our data is licensed under CC BY 4.0: the statements written in our own words, the ids, the structure of the records, the statuses, severities and other classifications, the links between entities, and the bibliographic records of the sources. You may share and adapt it for any purpose, including commercially, provided you credit Meso Atlas, link to the licence and say what you changed.',
	/** What it does not cover, as one paragraph. */
	excerpts:
		"Source excerpts are not ours and are not under that licence. Each claim's quote is the verbatim work of its source's publisher, quoted for reference and comment. Each claim names its source, and each source's record names its publisher where the document gives one; any reuse of a quote beyond quotation is a matter for its publisher. The full text of the sources on file is not part of the downloads.",
	/** One line for feeds (Atom `rights`). */
	rights:
		"Meso Atlas data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Quotes remain the work of their sources' publishers.",
} as const;
