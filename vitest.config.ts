import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'engine/**/*.test.ts', 'test/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/editors/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
