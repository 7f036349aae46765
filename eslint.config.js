// Lint: correctness plus the layering rules of docs/style (shared is pure; components never touch Yjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import formatjs from 'eslint-plugin-formatjs';

/**
 * Issue 13: components show no literal user-facing text (JSX text, and text props such as
 * aria-label, title, placeholder, alt, label, hint, legend); every string comes from
 * shared/i18n through useT() or <T>. The files below are not converted yet: remove a file
 * from this list when you convert it. The list must be empty when issue 13 is done.
 */
const NOT_YET_TRANSLATED = [
];

/** Issue 15: classic zod is not tree-shakable, so code the browser bundles writes its schemas with zod/mini. */
const CLASSIC_ZOD = ['zod', 'zod/v4', 'zod/v3'].map((name) => ({
  name,
  message: 'shared/ and client/ reach the browser: use zod/mini (z.optional(x), x.check(z.maxLength(n))…); classic zod would ship whole.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-server/**', 'node_modules/**', 'coverage/**'] },
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
    files: ['client/**/*.tsx'],
    ignores: NOT_YET_TRANSLATED,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', {
        props: { include: [['*', '{aria-label,aria-description,title,placeholder,alt,label,hint,legend,caption,heading,text,question,empty,message,description,summary,k,*Label}']] },
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: CLASSIC_ZOD,
        patterns: [
          { group: ['react', 'react-*', 'zustand', 'zustand/*'], message: 'shared/ is pure TypeScript used by both sides: no React or UI state.' },
          { group: ['node:*', 'fs', 'path', 'crypto', 'http'], message: 'shared/ runs in the browser too: no Node APIs.' },
          { group: ['**/client/**', '**/server/**'], message: 'shared/ must not depend on client/ or server/.' },
        ],
      }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: CLASSIC_ZOD }] },
  },
  {
    files: ['client/features/**/*.{ts,tsx}', 'client/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: CLASSIC_ZOD,
        patterns: [
          { group: ['yjs', 'y-*'], message: 'Components read through useConference(selector) and write through shared/commands via useCommand, never Yjs directly.' },
          { group: ['**/schema/docLayout*'], message: 'Only shared/ knows document keys: use useConference and shared/commands.' },
        ],
      }],
    },
  },
);
