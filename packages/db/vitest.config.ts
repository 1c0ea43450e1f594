import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/testing.ts'],
    // Some tests start their own PostgreSQL clusters or spawn the Prisma CLI (1-3 s each).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
