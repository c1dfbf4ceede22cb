// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
