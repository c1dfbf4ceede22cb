import { statSync } from 'node:fs';
import path from 'node:path';
import { provisionDataObject } from '../../compat/provision-data.js';
import { Interrupted } from '../../errors.js';
import { FindingsError } from '../../findings/finding.js';
import { describeOutcome, writeProvisionDataFile } from '../../provision/describe.js';
import { MAX_CONCURRENCY, parseArchitecture, parseEnvironment, parseInteger } from '../../provision/options.js';
import type { ProvisionOptions } from '../../provision/plan.js';
import type { ProvisionOutcome, ProvisionRequest } from '../../provision/provision.js';
import { plural, table } from '../../util/format.js';
import type { FetchedBundle } from '../../source/fetch-bundle.js';
import { parseCommand, parseFunctionMappings, parseManifestFormat, UsageError } from '../args.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../io.js';
import { commandLines, countFindings, findingsBlock, findingsJson, type Subject } from '../render.js';
import { MM_ENV, resolveMattermostSettings } from '../../register/settings.js';
import { AWS_HELP, AWS_OPTIONS, awsInput } from './aws-options.js';
import { openSource, SOURCE_HELP, SOURCE_OPTIONS, sourceJson } from './source-options.js';

const HELP = `Usage: mm-apps-deploy provision PATH [options]

Deploys a bundle (or an app directory, packed first into APP_DIR/dist/) to AWS:
the static assets to S3 and one Lambda function per manifest function, at the
same time; the functions added to the invoke policy; and the manifest, last.
Once the manifest is there, the Apps plugin can install the version.

Before any write it checks the bundle, the credentials, the bucket and the
execution role; a failure there writes nothing. Afterwards, anything unchanged
is left alone: an unchanged re-run makes no writes. If a step fails, the
manifest of this version is not written and running again continues where it
stopped. Other versions are never touched.

${AWS_HELP}

${SOURCE_HELP}

Functions:
      --execute-role NAME|ARN  the role functions run as
                           (default mattermost-apps-execute-lambda-role)
      --create-execute-role
                           create that role when it does not exist (trusted by
                           lambda.amazonaws.com, with AWSLambdaBasicExecutionRole)
      --invoke-policy NAME the IAM policy whose AllowLambda statement lists the
                           functions the plugin may invoke; skipped with a note
                           when it does not exist
                           (default mattermost-apps-invoke-policy)
      --memory-size MB     128 to 10240 (default: AWS's, 128; unchanged on update)
      --timeout S          1 to 900 (default: AWS's, 3; unchanged on update)
      --architecture ARCH  x86_64 or arm64 (default: AWS's, x86_64)
      --env KEY=VALUE      an environment variable for every function;
                           repeatable; the list replaces all of their variables

Mattermost (register the version so that it can be installed, as appsctl aws
deploy does; needed by Apps plugin v1.0 and later):
      --mattermost-url URL the server's Site URL (default: MM_SERVICESETTINGS_SITEURL);
                           the token is read from MM_ADMIN_TOKEN only (a system
                           admin's personal access token), never from a flag
      --install            also install the version (Apps plugin v1.0+)
  Checked before anything is written: the site answers, the token is a system
  admin's, the Apps plugin is installed and enabled, and its version. Without a
  URL nothing is registered, and both install commands are printed.

Other options:
      --dry-run            read AWS (and Mattermost) and print the plan; write nothing
      --force              take over Lambda functions and a manifest at this
                           version's names that belong to another app (app "a"
                           version "b_c" and app "a_b" version "c" share names);
                           refused otherwise, before any write
      --concurrency N      parallel S3 requests, 1 to 512 (default 64)
      --function NAME=PATH for an app directory: take function NAME from PATH
  -o, --output FILE        for an app directory: where to write the bundle
      --manifest-format F  for an app directory: current (default) or v0.7, as
                           for pack
      --json               print the plan or the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Output: per function its Lambda name and what happened (created, updated code,
updated configuration, unchanged), the static objects uploaded and unchanged,
the provision data file (beside the bundle), and the install commands.

Exit status: 0 provisioned (or planned), 1 failure, 2 usage error.

Examples:
  mm-apps-deploy provision dist/hello_v1.0.0.zip --bucket my-apps-bucket --region eu-west-1
  mm-apps-deploy provision . --dry-run
  mm-apps-deploy provision s3://release-bundles/hello_v1.0.0.zip --sha256 9f2c…
  mm-apps-deploy provision sample-app --endpoint-url http://127.0.0.1:5000 --create-execute-role`;

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'deploy a bundle to AWS Lambda and S3',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand(
      'provision',
      argv,
      {
        ...AWS_OPTIONS,
        'execute-role': { type: 'string' },
        'create-execute-role': { type: 'boolean' },
        'invoke-policy': { type: 'string' },
        'memory-size': { type: 'string' },
        timeout: { type: 'string' },
        architecture: { type: 'string' },
        env: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        concurrency: { type: 'string' },
        function: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        'mattermost-url': { type: 'string' },
        install: { type: 'boolean' },
        'manifest-format': { type: 'string' },
        ...SOURCE_OPTIONS,
      },
      { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    let options: ProvisionOptions;
    try {
      options = {
        ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
        ...(values['create-execute-role'] ? { createExecuteRole: true } : {}),
        ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}),
        ...(values['memory-size'] ? { memorySize: parseInteger(values['memory-size'], '--memory-size', 128, 10_240) } : {}),
        ...(values.timeout ? { timeout: parseInteger(values.timeout, '--timeout', 1, 900) } : {}),
        ...(values.architecture ? { architecture: parseArchitecture(values.architecture, '--architecture') } : {}),
        ...(values.env ? { environment: parseEnvironment(values.env, '--env') } : {}),
        ...(values.force ? { force: true } : {}),
        ...(values.concurrency ? { concurrency: parseInteger(values.concurrency, '--concurrency', 1, MAX_CONCURRENCY) } : {}),
      };
    } catch (err) {
      throw new UsageError(`provision: ${(err as Error).message}`);
    }
    const mattermost = mattermostOption(values, ctx);
    const manifestFormat = parseManifestFormat(values['manifest-format'], 'provision');
    const source = await openSource(positionals[0]!, values, ctx);
    try {
      return await provisionSource(source, values, { ...options, ...(mattermost ? { mattermost } : {}), ...(manifestFormat ? { manifestFormat } : {}) }, ctx);
    } finally {
      source.cleanup();
    }
  },
};

/** The parsed options provisionSource reads. */
type AwsValues = Parameters<typeof awsInput>[0];
interface ProvisionValues extends AwsValues {
  'dry-run'?: boolean | undefined;
  function?: string[] | undefined;
  output?: string | undefined;
  json?: boolean | undefined;
}

type SourceOptions = ProvisionOptions & Pick<ProvisionRequest, 'mattermost' | 'manifestFormat'>;

async function provisionSource(source: FetchedBundle, values: ProvisionValues, options: SourceOptions, ctx: CommandContext): Promise<number> {
  const subject: Subject = { kind: statSync(source.path).isDirectory() ? 'app-dir' : 'bundle', path: source.displayName };
  // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
  const { provision } = await import('../../provision/provision.js');
  let outcome: ProvisionOutcome;
  try {
    outcome = await provision({
      target: source.path,
      now: ctx.now,
      dryRun: values['dry-run'] ?? false,
      aws: awsInput(values, ctx),
      functionSources: parseFunctionMappings(values.function, ctx.io.cwd),
      ...(values.output ? { bundleOutput: path.resolve(ctx.io.cwd, values.output) } : {}),
      ...options,
      onProgress: (m) => ctx.progress(m),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (err) {
    if (err instanceof Interrupted) {
      ctx.io.err(`provision ${err.message} before anything was written to AWS; no partial bundle or temporary file is left\n`);
      return err.exitCode;
    }
    if (!(err instanceof FindingsError)) throw err;
    if (values.json) ctx.io.out(`${JSON.stringify({ ok: false, findings: findingsJson(subject, err.findings) }, null, 2)}\n`);
    else ctx.io.err(`${findingsBlock(subject, err.findings)}provision refused: ${countFindings(err.findings)}; nothing was written.\n`);
    return 1;
  }
  // A deploy that succeeded stays a success when its provision data file cannot be written: a warning.
  // A downloaded bundle lives in a temporary directory: its provision data file would go with it.
  const pd = outcome.report?.ok && source.kind === 'local' ? await writeProvisionDataFile(outcome.bundlePath, outcome.provisionData) : undefined;
  const pdFile = pd?.written ? pd.path : undefined;
  const pdProblem = pd && !pd.written ? `${pd.problem}; the deploy itself succeeded, and "mm-apps-deploy provision-data ${rel(ctx, outcome.bundlePath)}" prints the same data` : undefined;
  const bundle = source.kind === 'local' ? rel(ctx, outcome.bundlePath) : source.displayName;
  if (values.json) ctx.io.out(`${JSON.stringify({ ...outcomeJson(subject, outcome, bundle, pdFile, ctx), ...sourceJson(source), ...(pdProblem ? { provisionDataFileError: pdProblem } : {}) }, null, 2)}\n`);
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
    `${d.heading}\n\n` +
    `${table([['FUNCTION', 'LAMBDA NAME', o.report ? 'RESULT' : 'PLAN'], ...d.functions.map((f) => [f.name, f.lambdaName, f.result])])}\n\n` +
    `${table([...d.rows, ...(pdFile ? [['provision data', rel(ctx, pdFile)] as [string, string]] : [])])}\n`;
  if (o.report && !o.report.ok) {
    const interrupted = o.report.error instanceof Interrupted;
    err(`${text}\nprovision ${interrupted ? `${o.report.error!.message}: no new write was started after it` : `failed: ${o.report.error?.message}`}\n`);
    err(`done: ${d.done?.length ? d.done.join('; ') : 'nothing'}\n`);
    if (d.notDone?.length) err(`not done: ${d.notDone.join('; ')}\n`);
    err(`${d.next}\n`);
    return;
  }
  if (o.registrationError) {
    err(`${text}\nprovision: deployed to AWS, but not registered with ${o.mattermost!.siteUrl}: ${o.registrationError.message}\n`);
    err('Fix the cause and run "mm-apps-deploy register" on the bundle (or this command again: AWS is unchanged).\n');
    return;
  }
  out(text);
  if (o.report) out(`\n${installText(o)}`);
  for (const note of d.notes) err(`note: ${note}\n`);
  if (o.findings.length > 0) err(`\n${plural(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}

/** What to type in Mattermost: the one command for the server checked, else both, labelled. */
export function installText(o: Pick<ProvisionOutcome, 'install' | 'registration'>): string {
  if (o.registration?.installed) return `Installed in Mattermost at ${o.registration.siteUrl}. To reinstall: ${o.install[0]!.command}\n`;
  return `Install it in Mattermost with:\n${commandLines(o.install)}`;
}

function mattermostOption(values: { 'mattermost-url'?: string | undefined; install?: boolean | undefined }, ctx: CommandContext) {
  const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
  if (!settings) {
    if (values.install) throw new UsageError(`provision: --install needs the Mattermost server: --mattermost-url URL or ${MM_ENV.siteUrl}`);
    return undefined;
  }
  for (const w of settings.warnings) ctx.io.err(`warning: ${w}\n`);
  return { settings, install: values.install ?? false };
}

function outcomeJson(subject: Subject, o: ProvisionOutcome, bundle: string, pdFile: string | undefined, ctx: CommandContext) {
  const d = describeOutcome(o);
  return {
    ok: !o.report || (o.report.ok && !o.registrationError),
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
    ...(o.report?.error ? { error: o.report.error.message, done: d.done, notDone: d.notDone } : {}),
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
