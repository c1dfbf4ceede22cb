// Secrets in the environment that must never reach a log, whatever prints them.
import * as core from '@actions/core';
import { ENV } from '../aws/defaults.js';
import { MM_ENV } from '../register/settings.js';

export function maskSecrets(): void {
  for (const name of [ENV.deploySecretKey, ENV.provisionSecretKey, ENV.legacySecretKey, ENV.invokeSecretKey, 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', MM_ENV.token]) {
    const value = process.env[name];
    if (value) core.setSecret(value);
  }
}
