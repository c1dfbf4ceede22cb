import { marshalProvisionData, provisionDataObject } from '../../compat/provision-data.js';
import { FindingsError } from '../../findings/finding.js';
import { describePublish } from '../../publish/describe.js';
import type { PublishOutcome } from '../../publish/publish.js';
import { plural, table } from '../../util/format.js';
import { parseCommand, UsageError } from '../args.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../io.js';
import { countFindings, findingsBlock, findingsJson, type Subject } from '../render.js';
import { openSource, SOURCE_AWS_HELP, SOURCE_AWS_OPTIONS, SOURCE_HELP, SOURCE_OPTIONS, sourceJson } from './source-options.js';

const HELP = `Usage: mm-apps-deploy publish PATH --bundle-bucket B [options]

Hands a bundle to the Mattermost apps cloud deployer: puts it in the deployer's
bundle bucket, which the deployer lists every hour. It deploys every .zip at
the bucket root that has no deployed_<environment>=true tag, then tags it.

First the bundle is validated as validate does, plus what the deployer needs
(the current manifest format, which it uploads as it is). Then the bucket is
read; a failure there writes nothing. The same bytes already at the key are
left alone. Other bytes at the key are replaced, unless the deployer has
deployed them (a deployed_*=true tag): then publish refuses, unless --force.
The upload has Content-Type application/zip, the SHA-256 in its metadata and
no tags, and is checked afterwards.

Options:
      --bundle-bucket B    the deployer's bundle bucket (its AppsBundleBucketName)
      --key K              the object key (default <app_id>_<version>.zip): a
                           file name at the bucket root ending in .zip, of
                           letters, digits, ".", "_" and "-"
      --force              replace other bytes at the key although the deployer
                           has deployed them (it then deploys them again)
      --dry-run            read the bucket and say what would happen; write nothing
${SOURCE_AWS_HELP.replaceAll('for s3:// sources: ', '')}
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Credentials: as for provision (MM_APPS_DEPLOY_AWS_ACCESS_KEY / _SECRET_KEY, or
the AWS SDK's default chain). Needed: s3:ListBucket on the bucket, and
s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects.

${SOURCE_HELP}

Output: the key, the SHA-256, when the deployer picks it up, and the provision
data (what the deployer will deploy, as "appsctl terraform generate-data"
prints it).

Exit status: 0 published (or already there, or planned), 1 refused or failed,
2 usage error.

Examples:
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles --dry-run`;

export const publishCommand: Command = {
  name: 'publish',
  summary: "hand a bundle to Mattermost Cloud's deployer (its bundle bucket)",
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand(
      'publish',
      argv,
      { 'bundle-bucket': { type: 'string' }, key: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, ...SOURCE_AWS_OPTIONS, ...SOURCE_OPTIONS },
      { min: 1, max: 1, names: 'PATH (a bundle .zip, s3://BUCKET/KEY or an https:// URL)' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    const bucket = values['bundle-bucket'];
    if (!bucket) throw new UsageError('publish: missing --bundle-bucket (the cloud deployer\'s bundle bucket)');
    const source = await openSource(positionals[0]!, values, ctx);
    const subject: Subject = { kind: 'bundle', path: source.displayName };
    try {
      // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
      const { publish } = await import('../../publish/publish.js');
      let outcome: PublishOutcome;
      try {
        outcome = await publish({
          bundlePath: source.path,
          bucket,
          key: values.key,
          force: values.force ?? false,
          dryRun: values['dry-run'] ?? false,
          now: ctx.now,
          aws: { region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env },
          onProgress: (m) => ctx.progress(m),
        });
      } catch (err) {
        if (!(err instanceof FindingsError)) throw err;
        if (values.json) ctx.io.out(`${JSON.stringify({ ok: false, published: false, findings: findingsJson(subject, err.findings) }, null, 2)}\n`);
        else ctx.io.err(`${findingsBlock(subject, err.findings)}publish refused: ${countFindings(err.findings)}; nothing was written.\n`);
        return 1;
      }
      const d = describePublish(outcome);
      if (values.json) {
        ctx.io.out(`${JSON.stringify({ ...outcomeJson(subject, outcome, d.ok), ...sourceJson(source) }, null, 2)}\n`);
      } else {
        render(subject, outcome, ctx);
      }
      return d.ok ? 0 : 1;
    } finally {
      source.cleanup();
    }
  },
};

function render(subject: Subject, o: PublishOutcome, ctx: CommandContext): void {
  const d = describePublish(o);
  const text = `${d.heading}\n\n${table(d.rows)}\n\n${d.pickup}\n`;
  if (!d.ok) {
    ctx.io.err(text);
    return;
  }
  ctx.io.out(`${text}\nProvision data (what the deployer deploys):\n${marshalProvisionData(o.provisionData)}`);
  if (o.findings.length > 0) ctx.io.err(`\n${plural(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}

function outcomeJson(subject: Subject, o: PublishOutcome, ok: boolean) {
  return {
    ok,
    dryRun: o.dryRun,
    published: o.published,
    action: o.action,
    bucket: o.bucket,
    key: o.key,
    sha256: o.sha256,
    size: o.size,
    appId: o.manifest.appId,
    version: o.manifest.version,
    ...(o.existing ? { existing: o.existing } : {}),
    provisionData: provisionDataObject(o.provisionData),
    findings: findingsJson(subject, o.findings),
  };
}
