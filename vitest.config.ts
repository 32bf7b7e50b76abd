import { configDefaults, defineConfig } from 'vitest/config';

const siteTests = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];
// A build's staging folder and the old site while it is swapped out (src/lib/build/build-folders.ts).
const buildFolders = ['**/.build-*/**'];

export default defineConfig({
	test: {
		testTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, ...buildFolders, ...siteTests],
				},
			},
			{
				// The built site is shared: one build per run, only when these tests run.
				extends: true,
				test: {
					name: 'site',
					include: siteTests,
					exclude: [...configDefaults.exclude, ...buildFolders],
					globalSetup: ['tests/browser/global-setup.ts'],
					hookTimeout: 60_000,
				},
			},
		],
	},
});
