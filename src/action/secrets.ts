// Secrets that must never reach the log, the job summary or an output, whatever prints them. The
// runner masks what add-mask registers in the log only: the job summary and the outputs are ours
// to redact (output/redact.ts), with the same list.
import * as core from '@actions/core';
import { secretsIn } from '../output/redact.js';

let secrets: string[] = [];

/** Registers the secrets of the environment (and the secret inputs) before anything can print. */
export function maskSecrets(): void {
  secrets = secretsIn(process.env);
  // the runner masks its own tokens already: only ours need add-mask (all are redacted)
  const runners = new Set(RUNNER_MASKED.map((name) => process.env[name]?.trim()));
  for (const value of secrets) if (!runners.has(value)) core.setSecret(value);
}

/** Secrets the runner itself masks in the log (the job token, the runtime tokens). */
const RUNNER_MASKED = ['GITHUB_TOKEN', 'INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/** Adds a secret found later (an input that is not in the environment). */
export function addSecret(value: string): void {
  if (value.length < 4 || secrets.includes(value)) return;
  core.setSecret(value);
  secrets = [...secrets, value].sort((a, b) => b.length - a.length);
}

/** The secrets known so far, longest first. */
export function knownSecrets(): readonly string[] {
  return secrets;
}
