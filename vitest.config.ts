import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['build/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser tests drive real Chromium; on a loaded 2-core machine a step can take several times its quiet time.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker per core but one: a single file at a time on 2 cores, where most
    // of a browser test's time is waiting (pages, sockets, polls). Two run side by side.
    maxWorkers: 2,
    globalSetup: ['test/support/globalSetup.ts'],
  },
});
