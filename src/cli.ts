// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).
import { main } from './cli/main.js';

// Output piped into a reader that stops early (head, a closed pager) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Interrupted (Ctrl-C, a CI job cancelled): exit normally, so that exit handlers remove
// temporary files (a downloaded bundle).
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
