import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readYaml } from '../lib/content/parse-yaml.ts';

interface YamlListLoaderOptions {
	/** The folder to read, relative to the project root. */
	base: string;
	/** Which files in it to read. */
	include: (fileName: string) => boolean;
	/** The entry's id, from the item and the file's base name. */
	id: (item: Record<string, unknown>, fileBase: string) => string;
	/** Extra fields the collection adds from the file (its schema must allow them). */
	extend?: (fileBase: string) => Record<string, unknown>;
}

/**
 * Loads YAML files that each hold a list of entries (claims, permissions, risk categories)
 * into one collection. `npm run check` has already validated and located every entry, so
 * this only reads.
 */
export function yamlListLoader(options: YamlListLoaderOptions): Loader {
	return {
		name: 'yaml-list-loader',
		load: async (context) => {
			context.store.clear();
			const folder = path.resolve(options.base);
			const names = (await readdir(folder).catch(() => [])).filter(options.include).sort();
			for (const name of names) {
				const fileBase = name.replace(/\.[^.]+$/, '');
				const items = (readYaml(await readFile(path.join(folder, name), 'utf8')) ?? []) as Record<
					string,
					unknown
				>[];
				for (const item of items) {
					const id = options.id(item, fileBase);
					const data = await context.parseData({
						id,
						data: { ...item, ...options.extend?.(fileBase) },
					});
					context.store.set({ id, data, digest: context.generateDigest(data) });
				}
			}
		},
	};
}
