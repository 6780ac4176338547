// Lint enforces the layer arrows of docs/DESIGN.md (see docs/adr/0001-layers.md):
//   core imports nothing of ours; main and preload import only core;
//   renderer: features may use db, editor, host, workers, commands, ui, core; db, editor,
//   host, ui, workers and commands never import features, and only features and app use db;
//   a feature uses another feature only through its index.ts; nothing imports app but the
//   entry; only db touches Dexie; workers see worker globals, not window ones;
//   and no import cycles anywhere (import-x/no-cycle).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*', 'dexie', 'dexie-react-hooks'];
const pattern = (group, message) => ({ group, message });

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

// A feature reaches into another only through that feature's index.ts: `../review`, never
// `../review/review-panel`. (Its own files import each other directly: `./kinds`.)
const throughIndex = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/.+',
  message: 'import another feature through its index (../feature), not one of its files.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        pattern(['electron', 'node:*', 'fs', 'path', ...uiLibraries], 'src/core is pure: no platform, DOM, Dexie, React or Lexical.'),
        pattern(['**/main/**', '**/preload/**', '**/renderer/**'], 'src/core imports nothing of ours outside core.'),
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage', 'process'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(
      pattern([...uiLibraries], 'main runs in Node: no renderer libraries.'),
      pattern(['**/renderer/**', '**/preload/**'], 'main imports only core.'),
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      pattern([...uiLibraries], 'the preload exposes the Host contract only.'),
      pattern(['**/renderer/**', '**/main/**'], 'preload imports only core.'),
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        pattern(['electron', 'node:*'], 'the renderer has no Node or Electron: use the Host contract.'),
        pattern(['**/main/**', '**/preload/**'], 'the renderer talks to main only through the Host contract.'),
        pattern(['dexie', 'dexie-react-hooks'], 'all Dexie access lives in src/renderer/src/db.'),
        pattern(['**/app/**', '**/app'], 'nothing imports app but the entry (main.tsx).'),
      ),
    },
  },
  {
    files: ['src/renderer/src/db/**/*.{ts,tsx}'],
    rules: restrict(
      pattern(['electron', 'node:*'], 'the renderer has no Node or Electron.'),
      pattern(['**/features/**', '**/app/**', '**/editor/**', '**/host/**'], 'db depends on core only.'),
    ),
  },
  {
    files: ['src/renderer/src/app/**/*.{ts,tsx}'],
    rules: restrict(
      pattern(['electron', 'node:*'], 'the renderer has no Node or Electron: use the Host contract.'),
      pattern(['**/main/**', '**/preload/**'], 'the renderer talks to main only through the Host contract.'),
      pattern(['dexie', 'dexie-react-hooks'], 'all Dexie access lives in src/renderer/src/db.'),
      pattern(['**/host/web-host', '**/host/electron-host'], 'the host is chosen once, in main.tsx: use useHost().'),
      { regex: '^\\.\\./features/[^/]+/.+', message: 'the shell uses a feature through its index (../features/name).' },
    ),
  },
  {
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: restrict(
      pattern(['electron', 'node:*'], 'the renderer has no Node or Electron: use the Host contract.'),
      pattern(['**/main/**', '**/preload/**'], 'the renderer talks to main only through the Host contract.'),
      pattern(['dexie', 'dexie-react-hooks'], 'all Dexie access lives in src/renderer/src/db.'),
      pattern(['**/app/**', '**/app'], 'nothing imports app but the entry (main.tsx).'),
      pattern(['**/host/web-host', '**/host/electron-host'], 'the host is chosen once, in main.tsx: use useHost().'),
      throughIndex,
    ),
  },
  {
    files: ['src/renderer/src/{editor,host,workers,ui,commands}/**/*.{ts,tsx}'],
    rules: restrict(
      pattern(['electron', 'node:*'], 'the renderer has no Node or Electron.'),
      pattern(['dexie', 'dexie-react-hooks'], 'all Dexie access lives in src/renderer/src/db.'),
      pattern(['**/features/**', '**/app/**'], 'db, editor, host, workers, ui and commands never import features or app.'),
      pattern(['**/db', '**/db/**'], 'editor, host, ui, workers and commands never import db (ADR 0001): features pass them data.'),
    ),
  },
  {
    // Workers run in a DedicatedWorkerGlobalScope: no window, document or localStorage.
    files: ['src/renderer/src/workers/**/*.worker.ts', 'src/renderer/src/workers/rpc/serve.ts'],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'alert'],
    },
  },
  {
    files: ['src/renderer/src/main.tsx'],
    rules: restrict(pattern(['dexie', 'dexie-react-hooks'], 'all Dexie access lives in src/renderer/src/db.')),
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
