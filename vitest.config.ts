import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Request logs are for operators; in tests only warnings and errors are worth reading.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
  },
});
