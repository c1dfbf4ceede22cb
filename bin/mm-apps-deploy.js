#!/usr/bin/env node
// The mm-apps-deploy command: the CLI bundled by ncc into dist/cli (npm run build).
try {
  await import('../dist/cli/index.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/index.js')) {
    process.stderr.write('mm-apps-deploy: dist/cli/index.js is missing; run "npm run build" in the mm-apps-deploy checkout\n');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
