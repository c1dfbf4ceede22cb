import { command } from '../command.js';
import { jsonError } from '../json.js';
import { shown } from '../render.js';
import { AWS_OPTIONS, AWS_SECTION, AWS_SECTION_NOTE, awsInput } from './aws-options.js';
import { checkIamNames } from './shared-options.js';

export const cleanCommand = command(
  {
    name: 'clean',
    summary: 'remove the invoke user, its keys, group and policy (appsctl aws clean)',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Removes what "mm-apps-deploy init" (and "appsctl aws init") set up for the Apps
plugin's access, like "appsctl aws clean": the invoke user's access keys, the
invoke user, the invoke group and the invoke policy. Without --yes it only
prints the plan.

It never removes Lambda functions, S3 objects, buckets or the execution role
(use "mm-apps-deploy prune" for old versions). A user, group or policy that is
also used by something init did not set up (another group, user, role or
policy) is left alone, with the reason (exit 1). After a clean, the Mattermost
server's MM_APPS_AWS_ACCESS_KEY no longer works.`,
    options: {
      yes: { type: 'boolean', help: 'remove; without it, print the plan and change nothing' },
      user: { type: 'string', value: 'NAME', help: 'invoke user (default mattermost-apps-invoke)' },
      group: { type: 'string', value: 'NAME', help: 'invoke group (default mattermost-apps-invoke-group)' },
      policy: { type: 'string', value: 'NAME', help: 'invoke policy (default mattermost-apps-invoke-policy)' },
      ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 cleaned (or planned), 1 a step was refused or failed, 2 usage error.

Example:
  mm-apps-deploy clean            # the plan
  mm-apps-deploy clean --yes`,
  },
  async ({ values }, ctx) => {
    const aws = awsInput(values, ctx, 'clean');
    checkIamNames('clean', [
      ['--user', 'user', values.user],
      ['--group', 'group', values.group],
      ['--policy', 'policy', values.policy],
    ]);
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { cleanAws } = await import('../../setup/clean.js');
    const clients = createClients(resolveAwsSettings(aws));
    try {
      const r = await cleanAws(clients, {
        yes: values.yes ?? false,
        ...(values.user ? { user: values.user } : {}),
        ...(values.group ? { group: values.group } : {}),
        ...(values.policy ? { policy: values.policy } : {}),
        onProgress: (m) => ctx.progress(m),
      });
      const refused = r.steps.filter((s) => s.status === 'refused');
      if (ctx.json) {
        ctx.result({ changed: r.changed, planned: !values.yes, account: r.account, steps: r.steps, absent: r.absent, ...(refused.length ? { error: jsonError('failed', `${refused.length} left in place`) } : {}) });
        return refused.length === 0 ? 0 : 1;
      }
      const { out, err } = ctx.io;
      out(`AWS account ${shown(r.account)} (${shown(r.identity)})\n\n`);
      for (const s of r.steps) out(`  ${s.status === 'planned' ? 'would remove' : s.status === 'done' ? 'removed' : 'kept'}  ${shown(s.what)}${s.reason ? `: ${shown(s.reason, 4096)}` : ''}\n`);
      if (r.absent.length) out(`  already gone: ${shown(r.absent.join(', '), 4096)}\n`);
      if (r.steps.length === 0) out('Nothing to remove.\n');
      else if (!values.yes) out('\nNothing was changed. Run again with --yes to remove these.\n');
      if (refused.length) err(`${refused.length} left in place; see above.\n`);
      return refused.length === 0 ? 0 : 1;
    } finally {
      clients.destroy();
    }
  },
);
