import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { moduleMessages } from './build/moduleMessages.ts';

/**
 * govuk-frontend still carries an Internet Explorer hack (`@media screen and (min-width: 0\0)`, which
 * Sass writes out as U+FFFD) that the CSS minifier rejects; no browser we support matches it, so it goes.
 */
const dropIeMediaHacks = {
  postcssPlugin: 'drop-ie-media-hacks',
  AtRule: { media: (rule: { params: string; remove(): void }) => (/\\0|\uFFFD/.test(rule.params) ? rule.remove() : undefined) },
};

// The client lives in client/; the server serves the built files from dist/.
export default defineConfig({
  root: 'client',
  plugins: [moduleMessages(), react()],
  // Every message is parsed at build time (build/moduleMessages.ts): the parser's runtime half is never called.
  resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
  css: { postcss: { plugins: [dropIeMediaHacks] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    // The bank-holiday library (every country's rules and time zones, ~1.4 MB) is a chunk of its own,
    // loaded only for deadlines (docs/performance.md has what a participant's phone loads first).
    chunkSizeWarningLimit: 1500,
    // Everything the entry imports statically is one chunk: Rolldown otherwise cuts it into ~25 small
    // chunks wherever a lazy screen shares a module, and a phone then fetched 11 kB more (gzip works
    // worse on small files, and each boundary adds its import and export names).
    rollupOptions: { output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } } },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
});
