import { defineConfig } from 'vitest/config';

// End-to-end journeys in real browsers: one file per journey, run one at a
// time (two cores; each file owns a browser).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
