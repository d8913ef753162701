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
  },
  {
    // Build scripts, configs and tests run in Node.
    files: ['*.mjs', '*.ts', 'src/build/**', 'tests/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The one classic script: inlined before first paint (see astro.config.mjs).
    files: ['src/scripts/early-settings.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
