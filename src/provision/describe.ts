// Words for plans and reports, shared by the CLI and the action (rendering stays in the front
// ends; what is said lives here once). Only types come from the AWS side, so that front ends can
// load this without the AWS SDK.
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { marshalProvisionData, type ProvisionData } from '../compat/provision-data.js';
import { Interrupted } from '../errors.js';
import { fsErrorMessage, isErrno } from '../fs/fs-error.js';
import { plural } from '../util/format.js';
import { ZipDataError } from '../zip/entry-data.js';
import type { FunctionPlan } from './plan.js';
import type { ProvisionOutcome } from './provision.js';

/** What a function plan becomes, in words. */
export function describeChange(f: FunctionPlan): string {
  if (f.action === 'create') return 'created';
  if (f.action === 'unchanged' || !f.diff) return 'unchanged';
  const parts: string[] = [];
  if (f.diff.code) parts.push('code');
  if (f.diff.architecture) parts.push(`architecture (${f.desired.architecture})`);
  if (f.diff.configuration.length > 0) parts.push(`configuration (${f.diff.configuration.join(', ')})`);
  const updated = parts.length > 0 ? `updated ${parts.join(' and ')}` : '';
  return [updated, f.diff.tags ? 'tagged' : ''].filter(Boolean).join(', ');
}

export interface FunctionLine {
  name: string;
  lambdaName: string;
  arn?: string;
  /** The plan (dry run) or what happened. */
  result: string;
  status?: string;
}

export interface OutcomeLines {
  heading: string;
  functions: FunctionLine[];
  /** Label → text rows: role, static objects, invoke policy, manifest. */
  rows: [string, string][];
  /** Warnings to show (missing invoke policy, validation warnings are separate). */
  notes: string[];
  /** For a failed run: what was done and what was not, and what to do next. */
  done?: string[];
  notDone?: string[];
  next?: string;
}

/** The Mattermost row: what was (or will be) done with the server, when one was given. */
function mattermostRow(o: ProvisionOutcome): [string, string][] {
  const server = o.mattermost;
  if (!server) return [];
  const plugin = `Apps plugin ${server.plugin.version}`;
  if (!o.report) return [['mattermost', `${server.siteUrl} (${plugin}): ${server.plugin.generation === 'v1' ? 'register the version' : 'nothing to register (v0.7 reads manifests from S3)'}`]];
  if (o.registrationError) return [['mattermost', `${server.siteUrl} (${plugin}): not registered`]];
  const r = o.registration;
  if (!r) return [['mattermost', `${server.siteUrl} (${plugin}): not registered (the deploy did not finish)`]];
  return [['mattermost', `${server.siteUrl} (${plugin}): ${r.installed ? 'registered and installed' : r.registered ? 'registered' : 'nothing to register (v0.7 reads manifests from S3)'}`]];
}

export function describeOutcome(o: ProvisionOutcome): OutcomeLines {
  const { plan, report, manifest } = o;
  const where = `AWS account ${plan.account}, ${plan.region}, bucket ${plan.bucket}`;
  const app = `${manifest.appId} ${manifest.version}`;
  if (!report) {
    const uploads = plan.objects.filter((x) => x.action === 'upload').length;
    return {
      heading: `Plan for ${app} → ${where} (dry run: nothing was written)`,
      functions: plan.functions.map((f) => ({
        name: f.name,
        lambdaName: f.lambdaName,
        result:
          f.action === 'unchanged'
            ? 'unchanged'
            : f.action === 'create'
              ? 'create'
              : describeChange(f)
                  .replace(/^updated/, 'update')
                  .replace('tagged', 'tag'),
      })),
      rows: [
        ['execution role', `${plan.role.name} (${plan.role.action === 'create' ? 'to create' : plan.role.action === 'attach' ? 'exists; AWSLambdaBasicExecutionRole to attach' : 'exists'})`],
        ['static objects', `${uploads} to upload, ${plan.objects.length - uploads} unchanged`],
        [
          'invoke policy',
          plan.invokePolicy.action === 'missing'
            ? `${plan.invokePolicy.name}: not found, skipped`
            : `${plan.invokePolicy.name}: ${plan.invokePolicy.action === 'update' ? `add ${plural(plan.invokePolicy.add.length, 'function')}` : 'unchanged'}`,
        ],
        ['manifest', `${plan.manifest.key}: ${plan.manifest.action}`],
        ...mattermostRow(o),
      ],
      notes: [...(plan.invokePolicy.action === 'missing' ? [`no IAM policy named "${plan.invokePolicy.name}": the functions will not be added to it`] : []), ...takeoverNotes(o, 'would take over')],
    };
  }
  const lines: OutcomeLines = {
    heading: report.ok ? `Provisioned ${app} to ${where}` : `Provisioning ${app} to ${where} ${report.error instanceof Interrupted ? `was ${report.error.message}` : 'failed'}`,
    functions: report.functions.map((f) => ({
      name: f.name,
      lambdaName: f.lambdaName,
      ...(f.arn ? { arn: f.arn } : {}),
      result: f.status === 'done' || f.status === 'unchanged' ? f.result : `${f.status} (${f.result})`,
      status: f.status,
    })),
    rows: [
      ...(report.role.status !== 'unchanged' ? [['execution role', `${report.role.name} ${report.role.result ?? report.role.status}`] as [string, string]] : []),
      [
        'static objects',
        `${report.objects.uploaded} uploaded, ${report.objects.unchanged} unchanged${report.objects.failed ? `, ${report.objects.failed} failed` : ''}${report.objects.notDone ? `, ${report.objects.notDone} not done` : ''}`,
      ],
      [
        'invoke policy',
        report.invokePolicy.status === 'done'
          ? `${report.invokePolicy.name}: added ${plural(report.invokePolicy.added.length, 'function')}`
          : `${report.invokePolicy.name}: ${report.invokePolicy.status === 'skipped' ? 'not found, skipped' : report.invokePolicy.status}`,
      ],
      ['manifest', `${report.manifest.key} ${report.manifest.status === 'done' ? 'uploaded' : report.manifest.status}`],
      ...mattermostRow(o),
    ],
    notes: [...(report.invokePolicy.note ? [report.invokePolicy.note] : []), ...takeoverNotes(o, 'took over'), ...(o.registration?.notes ?? [])],
  };
  if (report.ok && o.registrationError) {
    lines.heading = `Provisioned ${app} to ${where}, but registering it with Mattermost failed`;
    lines.done = ['everything in AWS'];
    lines.notDone = [`registration with ${o.mattermost!.siteUrl}: ${o.registrationError.message}`];
  }
  if (!report.ok) {
    const done: string[] = [];
    const notDone: string[] = [];
    if (report.role.status === 'done' || report.role.result) done.push(`execution role ${report.role.name} ${report.role.result ?? 'done'}`);
    if (report.role.status === 'failed' || report.role.status === 'not done') notDone.push(`execution role ${report.role.name}`);
    if (report.objects.uploaded) done.push(`${plural(report.objects.uploaded, 'static object')} uploaded`);
    if (report.objects.failed + report.objects.notDone) notDone.push(`${plural(report.objects.failed + report.objects.notDone, 'static object')}`);
    for (const f of report.functions) {
      if (f.status === 'done') done.push(`function ${f.lambdaName} ${f.result}`);
      else if (f.status !== 'unchanged') notDone.push(`function ${f.lambdaName}`);
    }
    if (report.invokePolicy.status === 'done') done.push(`invoke policy ${report.invokePolicy.name} updated`);
    else if (report.invokePolicy.status !== 'unchanged' && report.invokePolicy.status !== 'skipped') notDone.push(`invoke policy ${report.invokePolicy.name}`);
    if (report.manifest.status !== 'done' && report.manifest.status !== 'unchanged') notDone.push(`manifest ${report.manifest.key} (this version cannot be installed yet)`);
    lines.done = done;
    lines.notDone = notDone;
    // A corrupt bundle fails the same way every time: rebuilding it is what helps.
    lines.next =
      report.error instanceof ZipDataError
        ? 'The bundle is corrupt (it changed or was damaged after it was validated); nothing corrupt was uploaded. Rebuild it, validate it and provision the new bundle: running again with this one fails the same way.'
        : `${report.error instanceof Interrupted ? 'Run the same command again to finish' : 'Fix the cause and run the same command again'}: it continues where this run stopped.`;
  }
  return lines;
}

/** With --force: what belonged to another app. */
function takeoverNotes(o: ProvisionOutcome, verb: string): string[] {
  return o.plan.takeovers.map((t) => `--force: ${verb} ${t.what} from app "${t.owner.appId}"${t.owner.version ? ` version "${t.owner.version}"` : ''}`);
}

export type ProvisionDataFile = { path: string; written: true } | { path: string; written: false; problem: string };

/**
 * The provision data file beside the bundle: <bundle without .zip>.provision-data.json, as appsctl
 * prints it. Written to a temporary file and renamed, so it is whole or absent. It is a copy of
 * data the run also prints: failing to write it is reported (`problem`), never thrown, so that a
 * deploy that succeeded is not reported as failed.
 */
export async function writeProvisionDataFile(bundlePath: string, pd: ProvisionData): Promise<ProvisionDataFile> {
  const file = path.join(path.dirname(bundlePath), `${path.basename(bundlePath, '.zip')}.provision-data.json`);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(tmp, marshalProvisionData(pd), { flag: 'wx' });
    await rename(tmp, file);
    return { path: file, written: true };
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    if (!isErrno(err)) throw err;
    return { path: file, written: false, problem: fsErrorMessage(err, { doing: 'could not write the provision data file', path: file, direction: 'write' }) };
  }
}
