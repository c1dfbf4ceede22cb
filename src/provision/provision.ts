// provision: bundle → Lambda functions + S3 assets + manifest. Validates, plans (the preflight:
// nothing is written if it fails), and unless it is a dry run, applies.
import { setTimeout as delay } from 'node:timers/promises';
import { createClients, type ClientOptions } from '../aws/clients.js';
import { resolveAwsSettings, type AwsSettings, type AwsSettingsInput } from '../aws/settings.js';
import { installCommands } from '../compat/naming.js';
import type { ProvisionData } from '../compat/provision-data.js';
import { checkInstallPossible, installCommandsFor, registerApp, type InstallCommand, type RegistrationResult } from '../register/register.js';
import { checkMattermost, type MattermostServer } from '../register/server.js';
import type { MattermostSettings } from '../register/settings.js';
import type { Finding } from '../findings/finding.js';
import type { AppManifest } from '../manifest/manifest.js';
import type { ManifestFormat } from '../manifest/manifest-format.js';
import { applyPlan, type ProvisionReport } from './apply.js';
import { loadDeployable, type Deployable } from './deployable.js';
import { checkProvisionOptions } from './options.js';
import { DEFAULT_CONCURRENCY, planProvision, readAccount, type ProvisionOptions, type ProvisionPlan } from './plan.js';

export interface ProvisionRequest extends ProvisionOptions {
  /** A bundle, or an app directory (packed first). */
  target: string;
  now: Date;
  dryRun?: boolean;
  aws: AwsSettingsInput;
  functionSources?: ReadonlyMap<string, string>;
  bundleOutput?: string;
  /** For an app directory: the manifest shape of the bundle (default current). */
  manifestFormat?: ManifestFormat;
  /** Register the version with this Mattermost server once deployed (and install it). */
  mattermost?: { settings: MattermostSettings; install: boolean };
  onProgress?: (message: string) => void;
  /**
   * Aborting stops before the next write (pack: the next file; AWS: the next upload, function,
   * policy or manifest; a Lambda wait ends). The reason is thrown before anything is written to
   * AWS, and is the report's error after.
   */
  signal?: AbortSignal;
  /** Test hooks: transport, retry delays, and time. */
  clientOptions?: ClientOptions;
  sleep?: (ms: number) => Promise<void>;
  waitTimeoutMs?: number;
  pollDelay?: (n: number) => number;
}

export interface ProvisionOutcome {
  kind: 'app-dir' | 'bundle';
  bundlePath: string;
  manifest: AppManifest;
  /** Warnings from validation. */
  findings: Finding[];
  settings: AwsSettings;
  provisionData: ProvisionData;
  installCommands: { aws: string; listed: string };
  /** The command(s) that install this version: the one for the server's plugin when known, else both, labelled. */
  install: InstallCommand[];
  /** The Mattermost server checked in the preflight. */
  mattermost?: MattermostServer;
  /** Registration after a successful deploy (absent in a dry run, or when it failed: see registrationError). */
  registration?: RegistrationResult;
  registrationError?: Error;
  plan: ProvisionPlan;
  dryRun: boolean;
  /** Absent for a dry run. */
  report?: ProvisionReport;
}

function httpOptions(req: ProvisionRequest) {
  return { ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(req.sleep ? { sleep: req.sleep } : {}), ...(req.signal ? { signal: req.signal } : {}) };
}

export async function provision(req: ProvisionRequest): Promise<ProvisionOutcome> {
  checkProvisionOptions(req);
  const settings = resolveAwsSettings(req.aws);
  const clients = createClients(settings, { s3Connections: req.concurrency ?? DEFAULT_CONCURRENCY, ...req.clientOptions });
  const signal = req.signal;
  const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(signal ? { signal } : {}) };
  // The account is read while the bundle is validated; a bundle with errors is still reported first.
  const account = readAccount(ctx, req);
  account.catch(() => undefined);
  const mattermost = req.mattermost ? checkMattermost(req.mattermost.settings, httpOptions(req)) : undefined;
  mattermost?.catch(() => undefined);
  let d: Deployable;
  try {
    d = await loadDeployable(req.target, {
      now: req.now,
      ...(req.functionSources ? { functionSources: req.functionSources } : {}),
      // a dry run writes nothing, not even the bundle of an app directory
      ...(req.dryRun ? { bundleOutput: 'temporary' as const } : req.bundleOutput ? { bundleOutput: req.bundleOutput } : {}),
      ...(req.onProgress ? { onProgress: req.onProgress } : {}),
      ...(req.manifestFormat ? { manifestFormat: req.manifestFormat } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    await Promise.all([account.catch(() => undefined), mattermost?.catch(() => undefined)]);
    clients.destroy();
    throw err;
  }
  try {
    signal?.throwIfAborted();
    const state = await account;
    // The Mattermost preflight, like AWS's, comes before any write.
    const server = await mattermost;
    if (server) checkInstallPossible(server, req.mattermost!.install, d.manifest);
    const plan = await planProvision(d, ctx, state, req);
    const outcome: ProvisionOutcome = {
      kind: d.kind,
      bundlePath: d.bundlePath,
      manifest: d.manifest,
      findings: d.findings,
      settings,
      provisionData: d.provisionData,
      installCommands: installCommands(d.manifest.appId, d.manifest.version),
      install: installCommandsFor(d.manifest.appId, d.manifest.version, server?.plugin.generation),
      ...(server ? { mattermost: server } : {}),
      plan,
      dryRun: req.dryRun ?? false,
    };
    if (req.dryRun) return outcome;
    signal?.throwIfAborted();
    outcome.report = await applyPlan(
      plan,
      d,
      {
        ...ctx,
        sleep: req.sleep ?? ((ms) => delay(ms, undefined, signal ? { signal } : {})),
        ...(req.waitTimeoutMs !== undefined ? { waitTimeoutMs: req.waitTimeoutMs } : {}),
        ...(req.pollDelay ? { pollDelay: req.pollDelay } : {}),
      },
      req,
    );
    // Registration last: only a version whose manifest is in S3 is listed.
    if (outcome.report.ok && server) {
      try {
        outcome.registration = await registerApp(server, req.mattermost!.settings, d.manifest, req.mattermost!.install, httpOptions(req));
      } catch (err) {
        outcome.registrationError = err instanceof Error ? err : new Error(String(err));
      }
    }
    return outcome;
  } finally {
    d.close();
    clients.destroy();
  }
}
