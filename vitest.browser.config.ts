import { defineConfig } from 'vitest/config';

/**
 * The browser tests (`npm run test:browser`): the HTML report loaded in a real Chromium driven by
 * playwright-core. Kept apart from `npm test`, which must run on a machine without a browser.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the CI machine has two cores.
    fileParallelism: false,
  },
});
