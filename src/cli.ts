// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).
import './threadpool.js';
import { main } from './cli/main.js';
import { listenForInterrupts } from './util/interrupts.js';

// Output piped into a reader that stops early (head, a closed pager) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Ctrl-C (SIGINT) or SIGTERM: the command stops before its next write, cleans up and says what was
// done (exit 130 or 143); a second one stops at once.
const interrupts = listenForInterrupts((sig) => process.stderr.write(`mm-apps-deploy: ${sig} again: stopping now; temporary files may be left behind\n`));
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  signal: interrupts.signal,
});
interrupts.dispose();
