import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/node24.ts', 'test/setup/build.ts'],
    // Packing real archives and running the built CLI take seconds, not milliseconds; speed is
    // measured by the benchmarks (npm run bench:*), never by timed assertions here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
