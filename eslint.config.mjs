// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layer map of docs/architecture.md §1, enforced rather than hoped for:
 * shared → nothing; main/core → shared; main/ipc → core, shared; main/app → anything in main;
 * preload → shared (+ electron); renderer → shared and the preload's types only;
 * migrations → nothing from the app.
 */
const layerZones = [
  {
    target: './src/shared',
    from: ['./src/main', './src/preload', './src/renderer'],
    message: 'src/shared is pure: it imports nothing from main, preload or renderer.',
  },
  {
    target: './src/main/core',
    from: [
      './src/main/ipc',
      './src/main/app',
      './src/main/index.ts',
      './src/preload',
      './src/renderer',
    ],
    message: 'src/main/core is transport-free: it may import only src/shared.',
  },
  {
    target: './src/main/ipc',
    from: ['./src/main/app', './src/main/index.ts', './src/preload', './src/renderer'],
    message: 'src/main/ipc may import only src/main/core and src/shared.',
  },
  {
    target: './src/main/app',
    from: ['./src/preload', './src/renderer'],
    message: 'src/main/app may import anything in src/main and src/shared, nothing else.',
  },
  {
    target: './src/preload',
    from: ['./src/main', './src/renderer'],
    message: 'src/preload may import only src/shared (and electron).',
  },
  {
    target: './src/renderer',
    from: ['./src/main'],
    message: 'The renderer talks to main only through window.kaona (src/shared/contract).',
  },
  {
    target: './src/renderer',
    from: './src/preload',
    except: ['./api.d.ts'],
    message: 'The renderer may use the preload’s types (src/preload/api.d.ts) only.',
  },
  {
    target: './src/main/core/db/migrations',
    from: './src',
    except: ['./main/core/db/migrations'],
    message: 'Migrations are frozen in time: they import nothing from the app.',
  },
  {
    target: './src',
    from: ['./scripts', './tests'],
    message: 'Shipping code never imports dev tooling or tests.',
  },
];

const nodeBuiltins = {
  patterns: [{ regex: '^node:', message: 'src/shared runs everywhere: no Node built-ins.' }],
  paths: [{ name: 'electron', message: 'src/shared runs everywhere: no Electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript tooling scripts run in Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.browser-tests.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', nodeBuiltins],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/ipc/**/*.ts'],
    ignores: ['src/main/ipc/register.ts'],
    rules: {
      // The core runs and is tested in plain Node; importing electron there would also start
      // a download of the Electron runtime.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Keep Electron out of the core: use src/main/app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Kaona never sets HTML from strings.',
        },
      ],
    },
  },
);
