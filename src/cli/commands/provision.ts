import { statSync } from 'node:fs';
import path from 'node:path';
import { provisionDataObject } from '../../compat/provision-data.js';
import { Interrupted } from '../../errors.js';
import { FindingsError } from '../../findings/finding.js';
import type { ManifestFormat } from '../../manifest/manifest-format.js';
import { describeOutcome, writeProvisionDataFile } from '../../provision/describe.js';
import { MAX_CONCURRENCY, parseArchitecture, parseEnvironment, parseInteger } from '../../provision/options.js';
import type { ProvisionOptions } from '../../provision/plan.js';
import type { ProvisionOutcome, ProvisionRequest } from '../../provision/provision.js';
import { plural, table } from '../../util/format.js';
import type { FetchedBundle } from '../../source/fetch-bundle.js';
import { optionValue, parseFunctionMappings, usageError } from '../args.js';
import { command } from '../command.js';
import type { CommandContext } from '../io.js';
import { jsonError } from '../json.js';
import { commandLines, countFindings, findingsBlock, findingsJson, shown, type Subject } from '../render.js';
import { MM_ENV, resolveMattermostSettings } from '../../register/settings.js';
import { AWS_OPTIONS, AWS_SECTION, AWS_SECTION_NOTE, awsInput } from './aws-options.js';
import { checkIamNames, checkMattermostUrl, MANIFEST_FORMAT_OPTION } from './shared-options.js';
import { openSource, SOURCE_OPTIONS, SOURCE_SECTION, SOURCE_SECTION_TEXT, sourceJson } from './source-options.js';

const FUNCTIONS = 'Functions';
const MATTERMOST = 'Mattermost (register the version so that it can be installed, as appsctl aws\ndeploy does; needed by Apps plugin v1.0 and later)';
const OTHER = 'Other options';

export const provisionCommand = command(
  {
    name: 'provision',
    summary: 'deploy a bundle to AWS Lambda and S3',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Deploys a bundle (or an app directory, packed first into APP_DIR/dist/) to AWS:
the static assets to S3 and one Lambda function per manifest function, at the
same time; the functions added to the invoke policy; and the manifest, last.
Once the manifest is there, the Apps plugin can install the version.

Before any write it checks the bundle, the credentials, the bucket and the
execution role; a failure there writes nothing. Afterwards, anything unchanged
is left alone: an unchanged re-run makes no writes. If a step fails, the
manifest of this version is not written and running again continues where it
stopped. Other versions are never touched.`,
    options: {
      ...AWS_OPTIONS,
      ...SOURCE_OPTIONS,
      'execute-role': { type: 'string', value: 'NAME|ARN', section: FUNCTIONS, help: 'the role functions run as\n(default mattermost-apps-execute-lambda-role)' },
      'create-execute-role': {
        type: 'boolean',
        section: FUNCTIONS,
        help: 'create that role when it does not exist (trusted by\nlambda.amazonaws.com, with AWSLambdaBasicExecutionRole)',
      },
      'invoke-policy': {
        type: 'string',
        value: 'NAME',
        section: FUNCTIONS,
        help: 'the IAM policy whose AllowLambda statement lists the\nfunctions the plugin may invoke; skipped with a note\nwhen it does not exist\n(default mattermost-apps-invoke-policy)',
      },
      'memory-size': { type: 'string', value: 'MB', section: FUNCTIONS, help: "128 to 10240 (default: AWS's, 128; unchanged on update)" },
      timeout: { type: 'string', value: 'S', section: FUNCTIONS, help: "1 to 900 (default: AWS's, 3; unchanged on update)" },
      architecture: { type: 'string', value: 'ARCH', choices: ['x86_64', 'arm64'], section: FUNCTIONS, help: "x86_64 or arm64 (default: AWS's, x86_64)" },
      env: { type: 'string', multiple: true, value: 'KEY=VALUE', section: FUNCTIONS, help: 'an environment variable for every function;\nrepeatable; the list replaces all of their variables' },
      'mattermost-url': {
        type: 'string',
        value: 'URL',
        section: MATTERMOST,
        help: "the server's Site URL (default: MM_SERVICESETTINGS_SITEURL);\nthe token is read from MM_ADMIN_TOKEN only (a system\nadmin's personal access token), never from a flag",
      },
      install: { type: 'boolean', section: MATTERMOST, help: 'also install the version (Apps plugin v1.0+)' },
      'dry-run': { type: 'boolean', section: OTHER, help: 'read AWS (and Mattermost) and print the plan; write nothing' },
      force: {
        type: 'boolean',
        section: OTHER,
        help: 'take over Lambda functions and a manifest at this\nversion\'s names that belong to another app (app "a"\nversion "b_c" and app "a_b" version "c" share names);\nrefused otherwise, before any write',
      },
      concurrency: { type: 'string', value: 'N', section: OTHER, help: 'parallel S3 requests, 1 to 512 (default 64)' },
      function: { type: 'string', multiple: true, value: 'NAME=PATH', section: OTHER, help: 'for an app directory: take function NAME from PATH' },
      output: { type: 'string', short: 'o', value: 'FILE', section: OTHER, help: 'for an app directory: where to write the bundle' },
      'manifest-format': { ...MANIFEST_FORMAT_OPTION, section: OTHER, help: 'for an app directory: current (default) or v0.7, as\nfor pack' },
    },
    sections: {
      [AWS_SECTION]: { note: AWS_SECTION_NOTE },
      [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
      [MATTERMOST]: {
        note: `  Checked before anything is written: the site answers, the token is a system
  admin's, the Apps plugin is installed and enabled, and its version. Without a
  URL nothing is registered, and both install commands are printed.`,
      },
    },
    commonSection: OTHER,
    epilogue: `Output: per function its Lambda name and what happened (created, updated code,
updated configuration, unchanged), the static objects uploaded and unchanged,
the provision data file (beside the bundle), and the install commands.

Exit status: 0 provisioned (or planned), 1 failure, 2 usage error.

Examples:
  mm-apps-deploy provision dist/hello_v1.0.0.zip --bucket my-apps-bucket --region eu-west-1
  mm-apps-deploy provision . --dry-run
  mm-apps-deploy provision s3://release-bundles/hello_v1.0.0.zip --sha256 9f2c…
  mm-apps-deploy provision sample-app --endpoint-url http://127.0.0.1:5000 --create-execute-role`,
  },
  async ({ values, positionals }, ctx) => {
    const options: ProvisionOptions = {
      ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
      ...(values['create-execute-role'] ? { createExecuteRole: true } : {}),
      ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}),
      ...(values['memory-size'] ? { memorySize: optionValue('provision', '--memory-size', () => parseInteger(values['memory-size']!, '--memory-size', 128, 10_240)) } : {}),
      ...(values.timeout ? { timeout: optionValue('provision', '--timeout', () => parseInteger(values.timeout!, '--timeout', 1, 900)) } : {}),
      ...(values.architecture ? { architecture: optionValue('provision', '--architecture', () => parseArchitecture(values.architecture!, '--architecture')) } : {}),
      ...(values.env ? { environment: optionValue('provision', '--env', () => parseEnvironment(values.env!, '--env')) } : {}),
      ...(values.force ? { force: true } : {}),
      ...(values.concurrency ? { concurrency: optionValue('provision', '--concurrency', () => parseInteger(values.concurrency!, '--concurrency', 1, MAX_CONCURRENCY)) } : {}),
    };
    const aws = awsInput(values, ctx, 'provision');
    checkIamNames('provision', [
      ['--execute-role', 'role or ARN', values['execute-role']],
      ['--invoke-policy', 'policy', values['invoke-policy']],
    ]);
    const mattermost = mattermostOption(values, ctx);
    const manifestFormat = values['manifest-format'] as ManifestFormat | undefined;
    const source = await openSource('provision', positionals[0]!, values, ctx);
    try {
      return await provisionSource(source, values, aws, { ...options, ...(mattermost ? { mattermost } : {}), ...(manifestFormat ? { manifestFormat } : {}) }, ctx);
    } finally {
      source.cleanup();
    }
  },
);

/** The parsed options provisionSource reads. */
interface ProvisionValues {
  'dry-run'?: boolean | undefined;
  function?: string[] | undefined;
  output?: string | undefined;
}

type SourceOptions = ProvisionOptions & Pick<ProvisionRequest, 'mattermost' | 'manifestFormat'>;

async function provisionSource(source: FetchedBundle, values: ProvisionValues, aws: ProvisionRequest['aws'], options: SourceOptions, ctx: CommandContext): Promise<number> {
  const subject: Subject = { kind: statSync(source.path).isDirectory() ? 'app-dir' : 'bundle', path: source.displayName };
  // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
  const { provision } = await import('../../provision/provision.js');
  let outcome: ProvisionOutcome;
  try {
    outcome = await provision({
      target: source.path,
      now: ctx.now,
      dryRun: values['dry-run'] ?? false,
      aws,
      functionSources: parseFunctionMappings(values.function, ctx.io.cwd),
      ...(values.output ? { bundleOutput: path.resolve(ctx.io.cwd, values.output) } : {}),
      ...options,
      onProgress: (m) => ctx.progress(m),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (err) {
    if (err instanceof Interrupted) {
      const message = `provision ${err.message} before anything was written to AWS; no partial bundle or temporary file is left`;
      ctx.io.err(`${message}\n`);
      ctx.result({ error: jsonError('interrupted', message) });
      return err.exitCode;
    }
    if (!(err instanceof FindingsError)) throw err;
    if (ctx.json) ctx.result({ findings: findingsJson(subject, err.findings), error: jsonError('findings', `provision refused: ${countFindings(err.findings)}; nothing was written`) });
    else ctx.io.err(`${findingsBlock(subject, err.findings)}provision refused: ${countFindings(err.findings)}; nothing was written.\n`);
    return 1;
  }
  // A deploy that succeeded stays a success when its provision data file cannot be written: a warning.
  // A downloaded bundle lives in a temporary directory: its provision data file would go with it.
  const pd = outcome.report?.ok && source.kind === 'local' ? await writeProvisionDataFile(outcome.bundlePath, outcome.provisionData) : undefined;
  const pdFile = pd?.written ? pd.path : undefined;
  const pdProblem = pd && !pd.written ? `${pd.problem}; the deploy itself succeeded, and "mm-apps-deploy provision-data ${rel(ctx, outcome.bundlePath)}" prints the same data` : undefined;
  const bundle = source.kind === 'local' ? rel(ctx, outcome.bundlePath) : source.displayName;
  if (ctx.json) ctx.result({ ...outcomeJson(subject, outcome, bundle, pdFile, ctx), ...sourceJson(source), ...(pdProblem ? { provisionDataFileError: pdProblem } : {}) });
  else render(subject, outcome, pdFile, ctx);
  if (pdProblem) ctx.io.err(`warning: ${pdProblem}\n`);
  if (outcome.report?.error instanceof Interrupted) return outcome.report.error.exitCode;
  if (outcome.registrationError instanceof Interrupted) return outcome.registrationError.exitCode;
  return !outcome.report || (outcome.report.ok && !outcome.registrationError) ? 0 : 1;
}

function rel(ctx: CommandContext, p: string): string {
  const r = path.relative(ctx.io.cwd, p);
  return r.startsWith('..') ? p : r;
}

function render(subject: Subject, o: ProvisionOutcome, pdFile: string | undefined, ctx: CommandContext): void {
  const d = describeOutcome(o);
  const { out, err } = ctx.io;
  const text =
    `${shown(d.heading)}\n\n` +
    `${table([['FUNCTION', 'LAMBDA NAME', o.report ? 'RESULT' : 'PLAN'], ...d.functions.map((f) => [f.name, f.lambdaName, f.result])])}\n\n` +
    `${table([...d.rows, ...(pdFile ? [['provision data', rel(ctx, pdFile)] as [string, string]] : [])])}\n`;
  if (o.report && !o.report.ok) {
    const interrupted = o.report.error instanceof Interrupted;
    err(`${text}\nprovision ${interrupted ? `${o.report.error!.message}: no new write was started after it` : `failed: ${shown(o.report.error?.message ?? '', 4096)}`}\n`);
    err(`done: ${d.done?.length ? shown(d.done.join('; '), 4096) : 'nothing'}\n`);
    if (d.notDone?.length) err(`not done: ${shown(d.notDone.join('; '), 4096)}\n`);
    if (d.next) err(`${shown(d.next, 4096)}\n`);
    return;
  }
  if (o.registrationError) {
    err(`${text}\nprovision: deployed to AWS, but not registered with ${shown(o.mattermost!.siteUrl)}: ${shown(o.registrationError.message, 4096)}\n`);
    err('Fix the cause and run "mm-apps-deploy register" on the bundle (or this command again: AWS is unchanged).\n');
    return;
  }
  out(text);
  if (o.report) out(`\n${installText(o)}`);
  for (const note of d.notes) err(`note: ${shown(note, 4096)}\n`);
  if (o.findings.length > 0) err(`\n${plural(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}

/** What to type in Mattermost: the one command for the server checked, else both, labelled. */
export function installText(o: Pick<ProvisionOutcome, 'install' | 'registration'>): string {
  if (o.registration?.installed) return `Installed in Mattermost at ${shown(o.registration.siteUrl)}. To reinstall: ${shown(o.install[0]!.command)}\n`;
  return `Install it in Mattermost with:\n${commandLines(o.install)}`;
}

function mattermostOption(values: { 'mattermost-url'?: string | undefined; install?: boolean | undefined }, ctx: CommandContext) {
  checkMattermostUrl('provision', values['mattermost-url']);
  const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
  if (!settings) {
    if (values.install) throw usageError('provision', `--install needs the Mattermost server: --mattermost-url URL or ${MM_ENV.siteUrl}`);
    return undefined;
  }
  for (const w of settings.warnings) ctx.io.err(`warning: ${shown(w, 4096)}\n`);
  return { settings, install: values.install ?? false };
}

function outcomeJson(subject: Subject, o: ProvisionOutcome, bundle: string, pdFile: string | undefined, ctx: CommandContext) {
  const d = describeOutcome(o);
  return {
    dryRun: o.dryRun,
    changed: o.report?.changed ?? false,
    appId: o.manifest.appId,
    version: o.manifest.version,
    bundle,
    account: o.plan.account,
    region: o.plan.region,
    bucket: o.plan.bucket,
    functions: Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }])),
    objects: o.report ? o.report.objects : { upload: o.plan.objects.filter((x) => x.action === 'upload').length, unchanged: o.plan.objects.filter((x) => x.action === 'unchanged').length },
    invokePolicy: o.report ? o.report.invokePolicy : { name: o.plan.invokePolicy.name, action: o.plan.invokePolicy.action, add: o.plan.invokePolicy.add },
    manifest: o.report ? o.report.manifest : o.plan.manifest,
    ...(o.plan.takeovers.length > 0 ? { takeovers: o.plan.takeovers } : {}),
    ...(o.report?.error ? { done: d.done, notDone: d.notDone, error: jsonError(o.report.error instanceof Interrupted ? 'interrupted' : 'failed', o.report.error.message) } : {}),
    ...(!o.report?.error && o.registrationError ? { error: jsonError('failed', `deployed to AWS, but not registered with ${o.mattermost!.siteUrl}: ${o.registrationError.message}`) } : {}),
    ...(pdFile ? { provisionDataFile: rel(ctx, pdFile) } : {}),
    provisionData: provisionDataObject(o.provisionData),
    installCommands: o.installCommands,
    install: o.install,
    ...(o.mattermost
      ? {
          mattermost: {
            siteUrl: o.mattermost.siteUrl,
            pluginVersion: o.mattermost.plugin.version,
            registered: o.registration?.registered ?? false,
            installed: o.registration?.installed ?? false,
            ...(o.registrationError ? { error: o.registrationError.message } : {}),
          },
        }
      : {}),
    findings: findingsJson(subject, o.findings),
  };
}
