// Secrets in the environment that must never reach a log, whatever prints them.
import * as core from '@actions/core';
import { ENV } from '../aws/defaults.js';

export function maskSecrets(): void {
  for (const name of [ENV.deploySecretKey, ENV.provisionSecretKey, ENV.invokeSecretKey, 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = process.env[name];
    if (value) core.setSecret(value);
  }
}
