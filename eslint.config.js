// Lint: correctness plus the layering rules of docs/style (shared is pure; components never touch Yjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'zustand', 'zustand/*'], message: 'shared/ is pure TypeScript used by both sides: no React or UI state.' },
          { group: ['node:*', 'fs', 'path', 'crypto', 'http'], message: 'shared/ runs in the browser too: no Node APIs.' },
          { group: ['**/client/**', '**/server/**'], message: 'shared/ must not depend on client/ or server/.' },
        ],
      }],
    },
  },
  {
    files: ['client/features/**/*.{ts,tsx}', 'client/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['yjs', 'y-*'], message: 'Components read through useConference(selector) and write through shared/commands via useCommand, never Yjs directly.' },
          { group: ['**/schema/docLayout*'], message: 'Only shared/ knows document keys: use useConference and shared/commands.' },
        ],
      }],
    },
  },
);
