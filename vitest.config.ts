import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Bot tests install nock interceptors process-wide, so each file runs in its own fork.
    pool: 'forks',
    globalSetup: ['tests/setup/report-skipped.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
