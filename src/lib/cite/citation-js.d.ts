/**
 * Types for the parts of citation-js 0.8 the site uses; the packages ship none. Read from
 * `@citation-js/core/lib-mjs` (Cite, plugins.config) and `@citation-js/plugin-csl/lib-mjs`.
 */
declare module '@citation-js/core' {
	/** Options of `Cite#format('bibliography', …)` (plugin-csl). */
	export interface BibliographyOptions {
		/** A registered CSL style: `apa`, or one added with `config.styles.add`. */
		style?: string;
		/** A registered CSL locale, such as `en-US`. */
		lang?: string;
		/** The markup: `text` or `html`. */
		format?: 'text' | 'html';
		/** Returns `[id, entry]` pairs instead of one string. */
		asEntryArray?: boolean;
	}

	/** A set of CSL-JSON items, parsed from any input format a plugin registered. */
	export class Cite {
		constructor(data: unknown, options?: object);
		/** The items, as CSL-JSON. */
		data: Record<string, unknown>[];
		format(
			format: 'bibliography',
			options: BibliographyOptions & { asEntryArray: true },
		): [string, string][];
		format(format: 'bibliography', options?: BibliographyOptions): string;
		format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
		format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: { format?: 'text' }): string;
	}

	/** A name → value register (`util.Register`). */
	export interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
	}

	export const plugins: {
		config: {
			get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
		};
		input: {
			util: {
				/** Normalises CSL-JSON items; a name given as a string is parsed into its parts. */
				clean(items: object[]): Record<string, unknown>[];
			};
		};
	};
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
