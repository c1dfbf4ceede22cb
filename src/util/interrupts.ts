// One AbortSignal per run, aborted with an Interrupted on SIGINT or SIGTERM. Created by the front
// ends (the CLI, the action) and passed through the core, which checks it before each write. A
// second signal stops the process at once, for a user who does not want to wait.
import { Interrupted } from '../errors.js';

export interface Interrupts {
  signal: AbortSignal;
  /** Removes the handlers (the default behaviour of the signals comes back). */
  dispose(): void;
}

export function listenForInterrupts(onForce: (signal: NodeJS.Signals) => void = () => undefined): Interrupts {
  const controller = new AbortController();
  const handler = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      onForce(sig);
      process.exit(new Interrupted(sig).exitCode);
    }
    controller.abort(new Interrupted(sig));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const s of signals) process.on(s, handler);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const s of signals) process.off(s, handler);
    },
  };
}
