// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The core must run headless (Node, workers), so browser globals are off limits there.
const domGlobals = ['document', 'window', 'HTMLElement', 'customElements', 'localStorage', 'sessionStorage'].map(
  (name) => ({
    name,
    message: 'src/ is DOM-free: take what you need as a parameter, or move the code to components/.',
  }),
);

// Form values are personal data; nothing in the product may print them.
const noConsole = { 'no-console': 'error' };

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'emulator/schemas/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'node_modules/',
      // Generated, or type-checked in projects of their own against the packed package.
      'frameworks/element-props.ts',
      'src/validation/phone-metadata/plans/',
      'scripts/package-fixtures/',
      'examples/',
      'dist-demo/',
      '.cache/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  regexp.configs.recommended,
  {
    // Patterns run on what people type; one that backtracks or rescans super-linearly can hang the form.
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['scripts/**', 'emulator/node/**', '*.config.ts', '*.config.js', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**', 'components/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      ...noConsole,
    },
  },
  {
    files: ['components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: noConsole,
  },
  prettier,
);
