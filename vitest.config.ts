import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// @actions/workflow-parser (action.yml's schema check) imports its JSON schemas without import
// attributes, which Node refuses, so vite loads these packages; their source maps point to sources
// they do not ship, so they are loaded without them (vite would warn once per file).
const INLINED = ['@actions/languageservice', '@actions/workflow-parser', '@actions/expressions'];
const inlinedJs = new RegExp(`[/\\\\]node_modules[/\\\\](${INLINED.join('|')})[/\\\\].*\\.js$`);

export default defineConfig({
  plugins: [
    {
      name: 'inlined-packages-without-source-maps',
      enforce: 'pre',
      load: (id) => (inlinedJs.test(id) ? readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '') : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/node24.ts', 'test/setup/build.ts', 'test/setup/package.ts'],
    // Packing real archives and running the built CLI take seconds, not milliseconds; speed is
    // measured by the benchmarks (npm run bench:*), never by timed assertions here.
    testTimeout: 120_000,
    // the SDK's multi-line NodeVersionSupportWarning (Node < 22) is silenced as the entry points
    // silence it (src/util/sdk-warnings.ts), for the tests that create clients in-process
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 120_000,
    server: { deps: { inline: INLINED } },
  },
});
