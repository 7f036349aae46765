import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_ENV, SERVER_NODE_FLAGS } from './bundle.ts';

// npm scripts cannot import the constants, so they spell them out; this keeps the two the same.
describe('how the server is run', () => {
  const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it.each(['start', 'serve'])('npm run %s runs the bundle with the server\'s environment and Node flags', (name) => {
    const run = scripts[name]!.split('&&').at(-1)!.trim();
    const env = Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`).join(' ');
    expect(run).toBe(`${env} exec node ${SERVER_NODE_FLAGS.join(' ')} dist-server/serve.js`);
  });
});
