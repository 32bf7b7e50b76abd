import { loadKnowledgeBase } from '../content/load-knowledge-base.ts';
import { readContentDir } from '../content/read-content-dir.ts';
import { claimRedirects } from './replacements.ts';

/** Reads a content folder and returns the redirects for its replaced claims (see claimRedirects). */
export async function readClaimRedirects(contentDir: string): Promise<Record<string, string>> {
	const { kb } = loadKnowledgeBase(await readContentDir(contentDir));
	return claimRedirects(
		[...(kb.published?.values() ?? [])].map((entry) => entry.data),
		kb.claims,
	);
}
