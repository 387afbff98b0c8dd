import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Hang detectors, not speed limits: on a shared 2-core machine a conversation of thirty
    // steps can take half a minute. Tests never wait for time; they wait for signals.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Bot tests install nock interceptors process-wide, so each file runs in its own fork.
    pool: 'forks',
    // Three forks on two cores: most files spend their time waiting for a database, the emulator
    // or Chromium, so a third fork keeps the processors busy (13 → 10.5 minutes for the suite).
    maxWorkers: 3,
    globalSetup: ['tests/setup/report-skipped.ts', 'tests/setup/test-database.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
