// Lint config. Import zones keep the layers honest (see ../shared/DESIGN.md):
// core imports nothing of electron, node:http, React or the other layers;
// the renderer talks to the rest only through src/shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (from, forbidden, message, typeOnly = []) => ({
  files: [from],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((group) => ({ group: [group], message })),
          ...typeOnly.map((group) => ({ group: [group], message, allowTypeImports: true })),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(
    'src/core/**/*.ts',
    ['electron', 'node:http', 'http', 'react', 'react-dom', '**/renderer/**', '**/server/**', '**/cli/**', '**/electron/**'],
    'src/core is pure domain code: it may not import electron, node:http, React or another layer (types from src/shared only).',
    ['**/shared/**'],
  ),
  layer(
    'src/shared/**/*.ts',
    ['electron', 'node:*', 'react', '**/renderer/**', '**/server/**', '**/cli/**', '**/electron/**'],
    'src/shared is the typed contract: no runtime, no node built-ins.',
  ),
  layer(
    'src/renderer/**/*.{ts,tsx}',
    ['electron', 'node:*', '**/core/**', '**/server/**', '**/cli/**', '**/electron/**'],
    'The renderer reaches the rest of Dossier only through src/shared.',
  ),
  { files: ['**/*.{js,mjs,cjs}'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
