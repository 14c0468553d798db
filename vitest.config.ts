import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 30_000,
  hookTimeout: 120_000,
  // Request logs are for operators; in tests only warnings and errors are worth reading.
  env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Unit files mock nothing and keep no state between tests, so a worker may share its modules
          // across them: the text engine's index (tens of megabytes) then loads once per worker, not per file.
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/infra/**/*.test.ts'],
        },
      },
    ],
  },
});
