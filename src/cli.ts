// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).
import './threadpool.js';
import { main } from './cli/main.js';

// Output piped into a reader that stops early (head, a closed pager) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
