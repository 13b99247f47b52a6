import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Generous: the suite must pass on a busy machine (CI shares its cores); a test that hangs still fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
