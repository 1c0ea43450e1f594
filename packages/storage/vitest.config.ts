import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // One file at a time: the throughput figures of the 100 MiB test are meaningless on a shared CPU.
    fileParallelism: false,
  },
});
