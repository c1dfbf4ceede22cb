import { plural, table } from '../../util/format.js';
import { command } from '../command.js';
import { shown } from '../render.js';
import { AWS_OPTIONS, AWS_SECTION, AWS_SECTION_NOTE, awsInput } from './aws-options.js';
import { checkIamNames } from './shared-options.js';

export const initCommand = command(
  {
    name: 'init',
    summary: 'set up the bucket, invoke user, group, policy and execution role',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Sets up an AWS account for Mattermost Apps, like "appsctl aws init":

  bucket          where manifests and static assets live (checked; with
                  --create, created with Block Public Access on)
  invoke user     mattermost-apps-invoke: the credentials the Apps plugin uses
  invoke group    mattermost-apps-invoke-group, with the invoke policy attached
  invoke policy   mattermost-apps-invoke-policy: read manifests/* and static/*,
                  list the bucket; provision adds each function to it
  execution role  mattermost-apps-execute-lambda-role: trusted by Lambda, with
                  AWSLambdaBasicExecutionRole (logs)

Without --create it only checks, and lists what is missing (exit 1). It is
idempotent: a second run changes nothing and says so. Existing resources are
not rewritten; a bucket without Block Public Access gets a warning.`,
    options: {
      create: { type: 'boolean', help: 'create what is missing' },
      'create-access-key': {
        type: 'boolean',
        help: "create an access key for the invoke user and print it\nonce, as export lines for MM_APPS_AWS_ACCESS_KEY and\nMM_APPS_AWS_SECRET_KEY (the Mattermost server's settings)",
      },
      user: { type: 'string', value: 'NAME', help: 'invoke user (default mattermost-apps-invoke)' },
      group: { type: 'string', value: 'NAME', help: 'invoke group (default mattermost-apps-invoke-group)' },
      policy: { type: 'string', value: 'NAME', help: 'invoke policy (default mattermost-apps-invoke-policy)' },
      'execute-role': { type: 'string', value: 'NAME', help: 'execution role (default mattermost-apps-execute-lambda-role)' },
      ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 ready, 1 something is missing or failed, 2 usage error.

Example:
  mm-apps-deploy init --bucket my-mattermost-apps --region eu-west-1 --create --create-access-key`,
  },
  async ({ values }, ctx) => {
    const aws = awsInput(values, ctx, 'init');
    checkIamNames('init', [
      ['--user', 'user', values.user],
      ['--group', 'group', values.group],
      ['--policy', 'policy', values.policy],
      ['--execute-role', 'role', values['execute-role']],
    ]);
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { initAws } = await import('../../setup/init.js');
    const clients = createClients(resolveAwsSettings(aws));
    try {
      const r = await initAws(clients, {
        create: values.create ?? false,
        createAccessKey: values['create-access-key'] ?? false,
        ...(values.user ? { user: values.user } : {}),
        ...(values.group ? { group: values.group } : {}),
        ...(values.policy ? { policy: values.policy } : {}),
        ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
        onProgress: (m) => ctx.progress(m),
      });
      const missing = r.items.filter((i) => i.status === 'missing');
      if (ctx.json) {
        ctx.result({ changed: r.changed, account: r.account, region: r.region, bucket: clients.settings.bucket, items: r.items, warnings: r.warnings, ...(r.accessKey ? { accessKey: r.accessKey } : {}) });
        return r.ok ? 0 : 1;
      }
      const { out, err } = ctx.io;
      out(`AWS account ${shown(r.account)} (${shown(r.identity)}), region ${shown(r.region)}\n\n`);
      out(`${table(r.items.map((i) => [i.what, i.name, i.status]))}\n\n`);
      for (const w of r.warnings) err(`warning: ${shown(w, 4096)}\n`);
      if (missing.length > 0) {
        err(`${plural(missing.length, 'thing')} missing: ${missing.map((i) => i.what).join(', ')}. Run again with --create to create them.\n`);
        return 1;
      }
      out(r.changed ? 'Ready to deploy AWS Lambda Mattermost Apps!\n' : 'Nothing changed: everything was already set up. Ready to deploy AWS Lambda Mattermost Apps!\n');
      const arn = (what: string) => r.items.find((i) => i.what === what)?.arn ?? '';
      out(
        `\n${table(
          [
            ['User:', arn('invoke user')],
            ['Group:', arn('invoke group')],
            ['Policy:', arn('invoke policy')],
            ['Role:', arn('execution role')],
            ['Bucket:', clients.settings.bucket],
          ],
          '',
        )}\n`,
      );
      if (r.accessKey) {
        // Printed here once; nothing else ever prints or logs it.
        out(
          `\nStore the access key securely; it is not shown again. On the Mattermost server:\n\nexport MM_APPS_AWS_ACCESS_KEY='${shown(r.accessKey.id)}'\nexport MM_APPS_AWS_SECRET_KEY='${shown(r.accessKey.secret)}'\n`,
        );
      }
      return 0;
    } finally {
      clients.destroy();
    }
  },
);
