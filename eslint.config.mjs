// @ts-check
/**
 * ESLint: @eslint/js recommended, typescript-eslint `recommendedTypeChecked` (type-aware through
 * the TypeScript project service, so it reads tsconfig.json like `astro check` does) and
 * eslint-plugin-astro for .astro files. `npm run lint` runs it with `--max-warnings 0`, then knip.
 *
 * .astro frontmatter and the `<script>` blocks inside .astro files get the same rules without
 * type information: the TypeScript project service cannot open .astro files (only Astro's
 * language server can), and `astro check` already type-checks them.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter that a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  astro.configs.recommended,
  {
    // No type information in .astro files and their script blocks (see the top of this file).
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      // `astro check` finds undefined names, and knows Astro's global types (`astroHTML`) that
      // this rule does not; typescript-eslint's recommended config turns it off for .ts the same way.
      'no-undef': 'off',
    },
  },
  {
    // Build scripts, configs and tests run in Node.
    files: ['*.mjs', '*.ts', 'src/build/**', 'tests/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter, which must be an object
    // pattern even when the fixture needs none: `async ({}, use) => ...`.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // The one classic script, inlined before first paint (see astro.config.mjs). Plain
    // JavaScript without types: the type-aware rules would only flag JSON.parse's `any`, which
    // the script checks against a list of allowed values before use.
    files: ['src/scripts/early-settings.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
