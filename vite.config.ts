import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parse } from '@formatjs/icu-messageformat-parser';

/**
 * govuk-frontend still carries an Internet Explorer hack (`@media screen and (min-width: 0\0)`, which
 * Sass writes out as U+FFFD) that the CSS minifier rejects; no browser we support matches it, so it goes.
 */
const dropIeMediaHacks = {
  postcssPlugin: 'drop-ie-media-hacks',
  AtRule: { media: (rule: { params: string; remove(): void }) => (/\\0|\uFFFD/.test(rule.params) ? rule.remove() : undefined) },
};

/**
 * The catalogues reach the browser already parsed (FormatJS's message syntax tree, as JSON), so the
 * ICU parser (~8 kB gzipped) stays out of the app: the syntax trees add ~3 kB. Node (server,
 * tests) keeps the plain strings; shared/i18n/catalogue.test.ts checks every message parses.
 */
const preparsedCatalogues: Plugin = {
  name: 'preparsed-catalogues',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]shared[\\/]i18n[\\/](en|cy)\.json$/.test(id)) return null;
    const messages = JSON.parse(readFileSync(id, 'utf8')) as Record<string, string>;
    return JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, parse(v)])));
  },
};

// The client lives in client/; the server serves the built files from dist/.
export default defineConfig({
  root: 'client',
  plugins: [preparsedCatalogues, react()],
  // Every message is parsed at build time (above): the parser's runtime half is never called.
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
