// provision: bundle → Lambda functions + S3 assets + manifest. Validates, plans (the preflight:
// nothing is written if it fails), and unless it is a dry run, applies.
import { setTimeout as delay } from 'node:timers/promises';
import { createClients, type ClientOptions } from '../aws/clients.js';
import { resolveAwsSettings, type AwsSettings, type AwsSettingsInput } from '../aws/settings.js';
import { installCommands } from '../compat/naming.js';
import type { ProvisionData } from '../compat/provision-data.js';
import type { Finding } from '../findings/finding.js';
import type { AppManifest } from '../manifest/manifest.js';
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
  onProgress?: (message: string) => void;
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
  plan: ProvisionPlan;
  dryRun: boolean;
  /** Absent for a dry run. */
  report?: ProvisionReport;
}

export async function provision(req: ProvisionRequest): Promise<ProvisionOutcome> {
  checkProvisionOptions(req);
  const settings = resolveAwsSettings(req.aws);
  const clients = createClients(settings, { s3Connections: req.concurrency ?? DEFAULT_CONCURRENCY, ...req.clientOptions });
  const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}) };
  // The account is read while the bundle is validated; a bundle with errors is still reported first.
  const account = readAccount(ctx, req);
  account.catch(() => undefined);
  let d: Deployable;
  try {
    d = await loadDeployable(req.target, {
      now: req.now,
      ...(req.functionSources ? { functionSources: req.functionSources } : {}),
      // a dry run writes nothing, not even the bundle of an app directory
      ...(req.dryRun ? { bundleOutput: 'temporary' as const } : req.bundleOutput ? { bundleOutput: req.bundleOutput } : {}),
      ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    });
  } catch (err) {
    await account.catch(() => undefined);
    clients.destroy();
    throw err;
  }
  try {
    const plan = await planProvision(d, ctx, await account, req);
    const outcome: ProvisionOutcome = {
      kind: d.kind,
      bundlePath: d.bundlePath,
      manifest: d.manifest,
      findings: d.findings,
      settings,
      provisionData: d.provisionData,
      installCommands: installCommands(d.manifest.appId, d.manifest.version),
      plan,
      dryRun: req.dryRun ?? false,
    };
    if (req.dryRun) return outcome;
    outcome.report = await applyPlan(plan, d, {
      ...ctx,
      sleep: req.sleep ?? ((ms) => delay(ms)),
      ...(req.waitTimeoutMs !== undefined ? { waitTimeoutMs: req.waitTimeoutMs } : {}),
      ...(req.pollDelay ? { pollDelay: req.pollDelay } : {}),
    }, req);
    return outcome;
  } finally {
    d.close();
    clients.destroy();
  }
}
