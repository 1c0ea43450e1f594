import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts the real clamd once for the run when it is installed (and insists on it in CI).
    globalSetup: ['./src/clamd.global-setup.ts'],
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
