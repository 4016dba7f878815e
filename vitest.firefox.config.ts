import { defineConfig } from 'vitest/config';

// The journeys that matter most, in real Firefox (Debian's firefox-esr) through
// puppeteer-core over WebDriver BiDi. Files are named *.firefox.ts so the
// Chromium suite (e2e/**/*.e2e.ts) never picks them up.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['./e2e/support/firefox-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
