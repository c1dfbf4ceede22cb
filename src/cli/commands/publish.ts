import { marshalProvisionData, provisionDataObject } from '../../compat/provision-data.js';
import { FindingsError } from '../../findings/finding.js';
import { describePublish } from '../../publish/describe.js';
import type { PublishOutcome } from '../../publish/publish.js';
import { plural, table } from '../../util/format.js';
import { resolveAwsSettings } from '../../aws/settings.js';
import { bundleKeyProblem } from '../../publish/key.js';
import { optionValue, usageError } from '../args.js';
import { command } from '../command.js';
import type { CommandContext } from '../io.js';
import { jsonError } from '../json.js';
import { countFindings, findingsBlock, findingsJson, shown, type Subject } from '../render.js';
import { openSource, SOURCE_AWS_OPTIONS, SOURCE_OPTIONS, SOURCE_SECTION, SOURCE_SECTION_TEXT, sourceJson } from './source-options.js';

export const publishCommand = command(
  {
    name: 'publish',
    summary: "hand a bundle to Mattermost Cloud's deployer (its bundle bucket)",
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, s3://BUCKET/KEY or an https:// URL)' },
    description: `Hands a bundle to the Mattermost apps cloud deployer: puts it in the deployer's
bundle bucket, which the deployer lists every hour. It deploys every .zip at
the bucket root that has no deployed_<environment>=true tag, then tags it.

First the bundle is validated as validate does, plus what the deployer needs
(the current manifest format, which it uploads as it is). Then the bucket is
read; a failure there writes nothing. The same bytes already at the key are
left alone. Other bytes at the key are replaced, unless the deployer has
deployed them (a deployed_*=true tag): then publish refuses, unless --force.
The upload has Content-Type application/zip, the SHA-256 in its metadata and
no tags, and is checked afterwards.`,
    options: {
      'bundle-bucket': { type: 'string', value: 'B', required: true, help: "the deployer's bundle bucket (its AppsBundleBucketName)" },
      key: {
        type: 'string',
        value: 'K',
        help: 'the object key (default <app_id>_<version>.zip): a\nfile name at the bucket root ending in .zip, of\nletters, digits, ".", "_" and "-"',
      },
      force: { type: 'boolean', help: 'replace other bytes at the key although the deployer\nhas deployed them (it then deploys them again)' },
      'dry-run': { type: 'boolean', help: 'read the bucket and say what would happen; write nothing' },
      region: { ...SOURCE_AWS_OPTIONS.region, section: 'Options', help: 'the AWS region (default: MM_APPS_AWS_REGION, else\nAWS_REGION, AWS_DEFAULT_REGION)' },
      'endpoint-url': { ...SOURCE_AWS_OPTIONS['endpoint-url'], section: 'Options', help: 'another S3 endpoint (moto, LocalStack)' },
      ...SOURCE_OPTIONS,
    },
    sections: {
      Options: {
        note: `Credentials: as for provision (MM_APPS_DEPLOY_AWS_ACCESS_KEY / _SECRET_KEY, or
the AWS SDK's default chain). Needed: s3:ListBucket on the bucket, and
s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects.`,
      },
      [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
    },
    epilogue: `Output: the key, the SHA-256, when the deployer picks it up, and the provision
data (what the deployer will deploy, as "appsctl terraform generate-data"
prints it).

Exit status: 0 published (or already there, or planned), 1 refused or failed,
2 usage error.

Examples:
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles --dry-run`,
  },
  async ({ values, positionals }, ctx) => {
    const bucket = values['bundle-bucket'];
    if (!bucket) throw usageError('publish', "missing --bundle-bucket (the cloud deployer's bundle bucket)");
    optionValue('publish', '--bundle-bucket', () => resolveAwsSettings({ bucket, env: {} }));
    const keyProblem = values.key === undefined ? undefined : bundleKeyProblem(values.key);
    if (keyProblem) throw usageError('publish', `--key "${values.key}" ${keyProblem}`);
    const source = await openSource('publish', positionals[0]!, values, ctx);
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
        if (ctx.json) ctx.result({ published: false, findings: findingsJson(subject, err.findings), error: jsonError('findings', `publish refused: ${countFindings(err.findings)}; nothing was written`) });
        else ctx.io.err(`${findingsBlock(subject, err.findings)}publish refused: ${countFindings(err.findings)}; nothing was written.\n`);
        return 1;
      }
      const d = describePublish(outcome);
      if (ctx.json) {
        ctx.result({ ...outcomeJson(subject, outcome), ...sourceJson(source), ...(d.ok ? {} : { error: jsonError('failed', `${d.heading}. ${d.pickup}`) }) });
      } else {
        render(subject, outcome, ctx);
      }
      return d.ok ? 0 : 1;
    } finally {
      source.cleanup();
    }
  },
);

function render(subject: Subject, o: PublishOutcome, ctx: CommandContext): void {
  const d = describePublish(o);
  const text = `${shown(d.heading)}\n\n${table(d.rows)}\n\n${shown(d.pickup, 4096)}\n`;
  if (!d.ok) {
    ctx.io.err(text);
    return;
  }
  ctx.io.out(`${text}\nProvision data (what the deployer deploys):\n${marshalProvisionData(o.provisionData)}`);
  if (o.findings.length > 0) ctx.io.err(`\n${plural(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}

function outcomeJson(subject: Subject, o: PublishOutcome) {
  return {
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
