import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Two cores here; servers per file are cheap, but Pact and Prism are not.
    maxWorkers: 2,
    // Pact's core otherwise reports usage to an outside host; tests talk to 127.0.0.1 only.
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
});
