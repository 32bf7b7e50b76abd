import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		// `.build-*/`: a build's staging folder and the old site while it is swapped out.
		ignores: [
			'dist/',
			'.build/',
			'**/.build-*/',
			'.astro/',
			'node_modules/',
			'coverage/',
			'tests/fixtures/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		// Type-aware rules cannot see the types of .astro imports; `astro check` type-checks them.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser } },
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.{js,mjs}'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: {
			...tseslint.configs.disableTypeChecked.languageOptions,
			globals: globals.node,
		},
	},
);
