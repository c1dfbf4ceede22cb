// The action: reads inputs, runs the mode, and is the one place that turns an exception into a
// failed step with a message a person can act on.
import * as core from '@actions/core';
import { Interrupted, UserError } from '../errors.js';
import { fsFallback } from '../fs/fs-error.js';
import { listenForInterrupts } from '../util/interrupts.js';
import { fetchBundle, type FetchedBundle } from '../source/fetch-bundle.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { checkTag, pushedTag } from './release.js';
import { runPack } from './pack.js';
import { maskSecrets } from './secrets.js';
import { runValidate } from './validate.js';

function today(): Date {
  const value = process.env.MM_APPS_DEPLOY_DATE;
  const ms = value ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return Number.isNaN(ms) ? new Date() : new Date(ms);
}

/**
 * A bundle named by URL (s3://, https://) is downloaded first, and a pinned one checked, so that
 * every mode, and the tag check, reads a local file; the download is removed however the step ends.
 */
async function fetchInputBundle(inputs: ActionInputs, signal: AbortSignal): Promise<FetchedBundle | undefined> {
  if (inputs.mode === 'pack' || !inputs.bundle) return undefined;
  const bundle = inputs.bundle;
  if (bundle.source) return bundle.source;
  const fetched = await core.group(`Fetch ${bundle.input}`, () =>
    fetchBundle(bundle.input, {
      cwd: process.cwd(),
      env: process.env,
      aws: inputs.awsLocation,
      sha256: bundle.sha256,
      token: inputs.token,
      onProgress: (m) => core.info(m),
      signal,
    }),
  );
  if (fetched.sha256) core.info(`${fetched.displayName}: sha256 ${fetched.sha256}${bundle.sha256 ? ' (as pinned)' : ''}`);
  // from here on the bundle is the local file, named as it may be shown in logs
  inputs.bundle = { ...bundle, input: fetched.displayName, path: fetched.path, source: fetched };
  return fetched;
}

export async function run(): Promise<void> {
  // A cancelled job: the runner sends SIGINT, then SIGTERM 7.5 s later. The work stops before its
  // next write and the step fails saying what was done.
  const interrupts = listenForInterrupts((sig) => process.stderr.write(`${sig} again: stopping now\n`));
  const signal = interrupts.signal;
  let fetched: FetchedBundle | undefined;
  try {
    const inputs = readInputs((name) => core.getInput(name), process.cwd());
    // before anything can print: credentials are used by provision, publish and s3:// bundles
    maskSecrets();
    fetched = await fetchInputBundle(inputs, signal);
    // On a tag push, the manifest version must be the tag's, before anything is packed or deployed.
    const bundle = inputs.mode === 'pack' ? undefined : inputs.bundle;
    const target = bundle?.path ?? inputs.appDir;
    const subject = bundle ? { kind: 'bundle' as const, path: bundle.input } : { kind: 'app-dir' as const, path: inputs.appDirInput };
    if (inputs.releaseAsset && !pushedTag()) {
      throw new UserError(`input "release-asset" needs a tag push (GITHUB_REF=refs/tags/...), and this run is for ${process.env.GITHUB_REF ?? 'no ref'}`);
    }
    if (!(await checkTag(inputs, target, subject))) return;
    switch (inputs.mode) {
      case 'pack':
        return await runPack(inputs, today(), signal);
      case 'validate':
        return await runValidate(inputs, today(), signal);
      case 'provision': {
        // Loaded on demand: pack and validate (pull request checks) do not need the AWS SDK.
        const { runProvision } = await import('./provision.js');
        return await runProvision(inputs, today(), signal);
      }
      case 'publish': {
        const { runPublish } = await import('./publish.js');
        return await runPublish(inputs, today());
      }
    }
  } catch (caught) {
    const err = fsFallback(caught);
    const e = err instanceof Error ? err : new Error(String(err));
    if (e.stack) core.debug(e.stack);
    if (err instanceof Interrupted) core.setFailed(`${e.message}: stopped before the next write; nothing half-written is left (temporary files and partial outputs were removed)`);
    else core.setFailed(err instanceof UserError ? e.message : `unexpected error: ${e.message} (re-run with debug logging for the stack trace)`);
  } finally {
    fetched?.cleanup();
    interrupts.dispose();
  }
}
