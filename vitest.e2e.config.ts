import { defineConfig } from 'vitest/config';

// The browser end-to-end tests (test/e2e/README.md). Kept out of `npm test`: vitest.config.ts
// only includes test/unit and test/integration. Run with
//   npx vitest run --config vitest.e2e.config.ts
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // One Playground and one Chromium at a time: the machine has two cores.
    fileParallelism: false,
    // The Playground bundle and Chromium start slowly; every wait inside has its own limit.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A flaky E2E run must show up as a failure, not be retried away.
    retry: 0,
  },
});
