import type { Finding } from '../check/finding.ts';
import type { ContentFile } from './knowledge-base.ts';

/** The rule ids of the findings {@link findRootCauses} reports, with their severity. */
export const rootCauseRules = { 'content/bom': 'error' } as const;

/**
 * Reports what is wrong with a file as a whole, before anything in it is read: a byte-order
 * mark at its start, which is invisible in most editors. The readers skip the mark
 * (`splitFrontmatter`, `parseYaml`), so the file's contents are still checked and nothing
 * else is reported for it: without that, a Markdown file's frontmatter would not be found,
 * and references to its entity would be "corrected" to some other id.
 * @example findRootCauses({ relPath: 'a.md', path: 'content/a.md', text: '\uFEFF---' })[0]?.rule // 'content/bom'
 */
export function findRootCauses(file: ContentFile): Finding[] {
	if (!file.text.startsWith('\uFEFF')) return [];
	return [
		{
			file: file.path,
			line: 1,
			column: 1,
			severity: rootCauseRules['content/bom'],
			rule: 'content/bom',
			message:
				'The file starts with a byte-order mark (U+FEFF), an invisible character that some editors add and other tools read as text.',
			hint: 'Save the file as UTF-8 without BOM (most editors offer it where they show the encoding).',
		},
	];
}
