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

/**
 * lib0's dom.js (which lib0/logging imports, and Yjs imports that) builds four DOM-node schemas at load
 * with `$.$custom(check)`, a plain `new $Custom(check)` the bundler cannot see is pure: nothing uses them,
 * yet they kept all of lib0/schema.js on every page (~2 kB gzipped). Marked pure, they are dropped.
 */
const lib0DomPure = {
  name: 'lib0-dom-pure',
  transform: { filter: { id: /lib0[\\/]dom\.js$/ }, handler: (code: string) => code.replace(/= \$\.\$custom\(/g, '= /*@__PURE__*/ $.$custom(') },
};

// The client lives in client/; the server serves the built files from dist/.
export default defineConfig({
  root: 'client',
  plugins: [moduleMessages(), react(), lib0DomPure],
  resolve: {
    alias: [
      // Yjs as its own ES modules rather than its one-file build: a module is one chunk's, so from the one
      // file everything any screen uses (the chair's undo manager) sat in the entry that every phone loads.
      // Every import of 'yjs' (y-websocket, y-protocols too) resolves here: one copy of Yjs on the page.
      { find: /^yjs$/, replacement: 'yjs/src/index.js' },
      // Every message is parsed at build time (build/moduleMessages.ts): the parser's runtime half is never called.
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
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
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'] },
            // The GOV.UK form components a screen does not load with the entry come together in one chunk:
            // shared by different sets of screens, they were otherwise a chunk each (Select, Textarea,
            // Checkboxes, Radios, the legacy fields…), and a step with a form fetched five small files.
            { name: 'forms', test: /client[\\/]components[\\/](govuk[\\/]|fields\.tsx)/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
});
