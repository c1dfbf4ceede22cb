import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/node24.ts', 'test/setup/build.ts'],
    // Packing real archives and running the built CLI take seconds, not milliseconds; speed is
    // measured by the benchmarks (npm run bench:*), never by timed assertions here.
    testTimeout: 120_000,
    // the SDK's multi-line NodeVersionSupportWarning (Node < 22) is silenced as the entry points
    // silence it (src/util/sdk-warnings.ts), for the tests that create clients in-process
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 120_000,
  },
});
