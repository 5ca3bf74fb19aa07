import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './src/cli/lint/layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'node_modules/', 'geodata/', 'public/', 'test-results/', 'bench-results/', '.probe*'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'max-lines': ['error', { max: 450, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Dependencies run one way down the layer order (src/cli/lint/layers.js; README "Layer order").
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/order': 'error' },
  },
  {
    files: ['src/cli/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
