import { statSync } from 'node:fs';
import path from 'node:path';
import { provisionDataObject } from '../../compat/provision-data.js';
import { FindingsError } from '../../findings/finding.js';
import { describeOutcome, writeProvisionDataFile } from '../../provision/describe.js';
import { parseArchitecture, parseEnvironment, parseInteger } from '../../provision/options.js';
import type { ProvisionOptions } from '../../provision/plan.js';
import type { ProvisionOutcome } from '../../provision/provision.js';
import { plural, table } from '../../util/format.js';
import { existingTarget, parseCommand, parseFunctionMappings, UsageError } from '../args.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../io.js';
import { countFindings, findingsBlock, findingsJson, type Subject } from '../render.js';
import { AWS_HELP, AWS_OPTIONS, awsInput } from './aws-options.js';

const HELP = `Usage: mm-apps-deploy provision PATH [options]

Deploys a bundle (or an app directory, packed first into APP_DIR/dist/) to AWS:
the static assets to S3, one Lambda function per manifest function, the
functions added to the invoke policy, and the manifest, last. Once the manifest
is there, the Apps plugin can install the version.

Before any write it checks the bundle, the credentials, the bucket and the
execution role; a failure there writes nothing. Afterwards, anything unchanged
is left alone: an unchanged re-run makes no writes. If a step fails, the
manifest of this version is not written and running again continues where it
stopped. Other versions are never touched.

${AWS_HELP}

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

Other options:
      --dry-run            read AWS and print the plan; write nothing
      --function NAME=PATH for an app directory: take function NAME from PATH
  -o, --output FILE        for an app directory: where to write the bundle
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
        function: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
      },
      { min: 1, max: 1, names: 'PATH (a bundle .zip or an app directory)' },
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
      };
    } catch (err) {
      throw new UsageError(`provision: ${(err as Error).message}`);
    }
    const targetArg = positionals[0]!;
    const target = existingTarget(ctx.io.cwd, targetArg);
    const subject: Subject = { kind: statSync(target).isDirectory() ? 'app-dir' : 'bundle', path: targetArg };
    // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
    const { provision } = await import('../../provision/provision.js');
    let outcome: ProvisionOutcome;
    try {
      outcome = await provision({
        target,
        now: ctx.now,
        dryRun: values['dry-run'] ?? false,
        aws: awsInput(values, ctx),
        functionSources: parseFunctionMappings(values.function, ctx.io.cwd),
        ...(values.output ? { bundleOutput: path.resolve(ctx.io.cwd, values.output) } : {}),
        ...options,
        onProgress: (m) => ctx.progress(m),
      });
    } catch (err) {
      if (!(err instanceof FindingsError)) throw err;
      if (values.json) ctx.io.out(`${JSON.stringify({ ok: false, findings: findingsJson(subject, err.findings) }, null, 2)}\n`);
      else ctx.io.err(`${findingsBlock(subject, err.findings)}provision refused: ${countFindings(err.findings)}; nothing was written.\n`);
      return 1;
    }
    const pdFile = outcome.report?.ok ? await writeProvisionDataFile(outcome.bundlePath, outcome.provisionData) : undefined;
    if (values.json) ctx.io.out(`${JSON.stringify(outcomeJson(subject, outcome, pdFile, ctx), null, 2)}\n`);
    else render(subject, outcome, pdFile, ctx);
    return !outcome.report || outcome.report.ok ? 0 : 1;
  },
};

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
    err(`${text}\nprovision failed: ${o.report.error?.message}\n`);
    if (d.done?.length) err(`done: ${d.done.join('; ')}\n`);
    if (d.notDone?.length) err(`not done: ${d.notDone.join('; ')}\n`);
    err(`${d.next}\n`);
    return;
  }
  out(text);
  if (o.report) out(`\nInstall it in Mattermost with:\n  ${o.installCommands.aws}\n  ${o.installCommands.listed}    (Apps plugin v1.0 and later)\n`);
  for (const note of d.notes) err(`note: ${note}\n`);
  if (o.findings.length > 0) err(`\n${plural(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}

function outcomeJson(subject: Subject, o: ProvisionOutcome, pdFile: string | undefined, ctx: CommandContext) {
  const d = describeOutcome(o);
  return {
    ok: !o.report || o.report.ok,
    dryRun: o.dryRun,
    changed: o.report?.changed ?? false,
    appId: o.manifest.appId,
    version: o.manifest.version,
    bundle: rel(ctx, o.bundlePath),
    account: o.plan.account,
    region: o.plan.region,
    bucket: o.plan.bucket,
    functions: Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }])),
    objects: o.report ? o.report.objects : { upload: o.plan.objects.filter((x) => x.action === 'upload').length, unchanged: o.plan.objects.filter((x) => x.action === 'unchanged').length },
    invokePolicy: o.report ? o.report.invokePolicy : { name: o.plan.invokePolicy.name, action: o.plan.invokePolicy.action, add: o.plan.invokePolicy.add },
    manifest: o.report ? o.report.manifest : o.plan.manifest,
    ...(o.report?.error ? { error: o.report.error.message, done: d.done, notDone: d.notDone } : {}),
    ...(pdFile ? { provisionDataFile: rel(ctx, pdFile) } : {}),
    provisionData: provisionDataObject(o.provisionData),
    installCommands: o.installCommands,
    findings: findingsJson(subject, o.findings),
  };
}
