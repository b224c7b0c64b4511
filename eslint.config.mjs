// ESLint for the project's own code: TypeScript with type information (tsconfig.json and, for the
// offline page, web/tsconfig.json), the .mjs build and bench scripts without it, and the layering
// of docs/architecture.md as import restrictions.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ENGINE_MESSAGE = 'The engine (engine/, rules/) runs in the CLI, the server, the tests and the browser alike: it imports no editor, LSP library or front end (docs/architecture.md).';
const API_MESSAGE =
  'The CLI and the language server import the engine through its API (engine/api/: index.ts, model.ts, in-memory.ts, fixing.ts, rules.ts); only the types of engine/types.ts, engine/model/document.ts, engine/rule.ts and engine/config/schema.ts come directly (docs/architecture.md).';
/** The modules of the model whose types a front end may import directly (type imports only). */
const MODEL_TYPES = '(?:types|rule|model/document|config/schema)\\.ts$';
const CLIENT_MESSAGE = "The VS Code client's bundle carries no schema: read configuration through engine modules without zod (docs/architecture.md).";

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-artifacts/', '.cache/', '.govlint-cache/', 'coverage/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'smart'],
      'no-self-compare': 'error',
      'array-callback-return': 'error',
      'no-constructor-return': 'error',
      // Control characters in patterns are the point where they occur: terminal escaping, binary detection, file names.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // no `any` at module boundaries (nor elsewhere): recommendedTypeChecked's no-unsafe-* rules catch it flowing in from libraries.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      // Test doubles implement async interfaces (readers, file finders) without anything to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['engine/**', 'rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: ENGINE_MESSAGE }],
          patterns: [
            {
              group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'],
              message: ENGINE_MESSAGE,
            },
            { group: ['**/cli/**', '**/server/**', '**/client/**'], message: ENGINE_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            // Relative imports only: a front end reaches the engine and the rules as `../engine/…`, `../../rules/…`.
            { regex: `^(?:\\.\\./)+engine/(?!api/)(?!${MODEL_TYPES})`, message: API_MESSAGE },
            { regex: `^(?:\\.\\./)+engine/${MODEL_TYPES}`, allowTypeImports: true, message: API_MESSAGE },
            { regex: '^(?:\\.\\./)+rules/', message: API_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: CLIENT_MESSAGE }], patterns: [{ group: ['zod/*'], message: CLIENT_MESSAGE }] }],
    },
  },
);
