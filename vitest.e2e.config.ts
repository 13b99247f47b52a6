import { defineConfig } from 'vitest/config';

// Browser tests: real Web Chat in Debian's Chromium, driven by playwright-core (`npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
