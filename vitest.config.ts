import { configDefaults, defineConfig } from 'vitest/config';

const siteTests = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, ...siteTests],
				},
			},
			{
				// The built site is shared: one build per run, only when these tests run.
				extends: true,
				test: {
					name: 'site',
					include: siteTests,
					globalSetup: ['tests/browser/global-setup.ts'],
					hookTimeout: 60_000,
				},
			},
		],
	},
});
