import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-editor tests (Neovim, VS Code as code-server): slow, need programs outside node_modules,
// so they run on their own (`npm run test:editors`, called by .ci/run), one file at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/editors/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
