import { parseCommand } from '../args.js';
import type { Command } from '../command.js';
import { AWS_HELP, AWS_OPTIONS, awsInput } from './aws-options.js';

const HELP = `Usage: mm-apps-deploy clean [--yes] [options]

Removes what "mm-apps-deploy init" (and "appsctl aws init") set up for the Apps
plugin's access, like "appsctl aws clean": the invoke user's access keys, the
invoke user, the invoke group and the invoke policy. Without --yes it only
prints the plan.

It never removes Lambda functions, S3 objects, buckets or the execution role
(use "mm-apps-deploy prune" for old versions). A user, group or policy that is
also used by something init did not set up (another group, user, role or
policy) is left alone, with the reason (exit 1). After a clean, the Mattermost
server's MM_APPS_AWS_ACCESS_KEY no longer works.

Options:
      --yes                remove; without it, print the plan and change nothing
      --user NAME          invoke user (default mattermost-apps-invoke)
      --group NAME         invoke group (default mattermost-apps-invoke-group)
      --policy NAME        invoke policy (default mattermost-apps-invoke-policy)
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 cleaned (or planned), 1 a step was refused or failed, 2 usage error.

Example:
  mm-apps-deploy clean            # the plan
  mm-apps-deploy clean --yes`;

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'remove the invoke user, its keys, group and policy (appsctl aws clean)',
  help: HELP,
  async run(argv, ctx) {
    const { values } = parseCommand(
      'clean',
      argv,
      { ...AWS_OPTIONS, yes: { type: 'boolean' }, user: { type: 'string' }, group: { type: 'string' }, policy: { type: 'string' } },
      { min: 0, max: 0, names: '' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { cleanAws } = await import('../../setup/clean.js');
    const clients = createClients(resolveAwsSettings(awsInput(values, ctx)));
    try {
      const r = await cleanAws(clients, {
        yes: values.yes ?? false,
        ...(values.user ? { user: values.user } : {}),
        ...(values.group ? { group: values.group } : {}),
        ...(values.policy ? { policy: values.policy } : {}),
        onProgress: (m) => ctx.progress(m),
      });
      const refused = r.steps.filter((s) => s.status === 'refused');
      if (values.json) {
        ctx.io.out(`${JSON.stringify({ ok: refused.length === 0, changed: r.changed, planned: !values.yes, account: r.account, steps: r.steps, absent: r.absent }, null, 2)}\n`);
        return refused.length === 0 ? 0 : 1;
      }
      const { out, err } = ctx.io;
      out(`AWS account ${r.account} (${r.identity})\n\n`);
      for (const s of r.steps) out(`  ${s.status === 'planned' ? 'would remove' : s.status === 'done' ? 'removed' : 'kept'}  ${s.what}${s.reason ? `: ${s.reason}` : ''}\n`);
      if (r.absent.length) out(`  already gone: ${r.absent.join(', ')}\n`);
      if (r.steps.length === 0) out('Nothing to remove.\n');
      else if (!values.yes) out('\nNothing was changed. Run again with --yes to remove these.\n');
      if (refused.length) err(`${refused.length} left in place; see above.\n`);
      return refused.length === 0 ? 0 : 1;
    } finally {
      clients.destroy();
    }
  },
};
