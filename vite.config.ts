import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
  plugins: [react()],
  css: { postcss: { plugins: [dropIeMediaHacks] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    // The bank-holiday library (every country's rules and time zones, ~1.4 MB) is a chunk of its own,
    // loaded only for deadlines; what a participant's phone loads first is ~170 kB gzipped.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
});
