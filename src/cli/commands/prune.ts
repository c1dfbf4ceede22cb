import { plural } from '../../util/format.js';
import { parseCommand, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { AWS_HELP, AWS_OPTIONS, awsInput } from './aws-options.js';

const HELP = `Usage: mm-apps-deploy prune APP_ID --keep N [--yes] [options]

Removes the Lambda functions, static objects and manifests of all but the
newest N versions of an app, and takes their functions out of the invoke
policy. Versions are the app's manifests in the bucket, newest first by version
(v1.10.0 is newer than v1.9.0); the newest is never removed. Without --yes it
only prints what it would remove.

Before removing a version, make sure no Mattermost server still has it
installed: upgrade first (/apps install aws APP_ID NEW_VERSION).

Options:
      --keep N             how many versions to keep (1 or more)
      --yes                remove them (default: only show the plan)
      --invoke-policy NAME the invoke policy (default mattermost-apps-invoke-policy)
      --json               print the plan and result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 done (or planned), 1 failure, 2 usage error.

Example:
  mm-apps-deploy prune hello-mm-apps --keep 2 --bucket my-mattermost-apps --yes`;

export const pruneCommand: Command = {
  name: 'prune',
  summary: 'remove old versions of an app (functions, static objects, manifests)',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand(
      'prune',
      argv,
      { ...AWS_OPTIONS, keep: { type: 'string' }, yes: { type: 'boolean' }, 'invoke-policy': { type: 'string' } },
      { min: 1, max: 1, names: 'APP_ID' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    if (!values.keep) throw new UsageError('prune: --keep N is required (how many of the newest versions to keep)');
    if (!/^\d+$/.test(values.keep) || Number(values.keep) < 1) throw new UsageError(`prune: --keep must be a whole number of 1 or more, got "${values.keep}"`);
    const appId = positionals[0]!;
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { applyPrune, planPrune } = await import('../../setup/prune.js');
    const clients = createClients(resolveAwsSettings(awsInput(values, ctx)));
    try {
      const plan = await planPrune(clients, { appId, keep: Number(values.keep), ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}), onProgress: (m) => ctx.progress(m) });
      const remove = plan.versions.filter((v) => !v.keep);
      const report = values.yes && remove.length > 0 ? await applyPrune(clients, plan, { onProgress: (m) => ctx.progress(m) }) : undefined;
      if (values.json) {
        ctx.io.out(`${JSON.stringify({ appId, bucket: plan.bucket, dryRun: !values.yes, versions: plan.versions, ...(report ? { removed: report.removed, notRemoved: report.notRemoved, policy: report.policy, ...(report.error ? { error: report.error.message } : {}) } : {}) }, null, 2)}\n`);
        return report?.error ? 1 : 0;
      }
      const { out, err } = ctx.io;
      out(`${appId}: ${plural(plan.versions.length, 'version')} in bucket ${plan.bucket}, newest first\n`);
      for (const v of plan.versions) {
        out(`  ${v.version.padEnd(12)} ${v.keep ? 'keep' : `remove: ${plural(v.functions.length, 'function')}, ${plural(v.objects.length, 'static object')}, the manifest`}\n`);
      }
      if (remove.length === 0) {
        out('\nNothing to remove.\n');
        return 0;
      }
      if (!report) {
        out(`\nNothing was removed. Run again with --yes to remove ${plural(remove.length, 'version')}; first make sure no Mattermost server still has ${remove.length === 1 ? 'it' : 'them'} installed.\n`);
        return 0;
      }
      if (report.removed.length) out(`\nremoved: ${report.removed.join(', ')}\n`);
      if (report.policy.status === 'done') out(`invoke policy ${plan.invokePolicy.name}: removed ${plural(report.policy.removed.length, 'function')}\n`);
      if (report.error) {
        err(`prune failed: ${report.error.message}\nnot removed: ${report.notRemoved.join(', ')}. Run again to finish.\n`);
        return 1;
      }
      return 0;
    } finally {
      clients.destroy();
    }
  },
};
