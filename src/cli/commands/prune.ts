import { plural } from '../../util/format.js';
import { usageError } from '../args.js';
import { command } from '../command.js';
import { jsonError } from '../json.js';
import { shown } from '../render.js';
import { AWS_OPTIONS, AWS_SECTION, AWS_SECTION_NOTE, awsInput } from './aws-options.js';
import { checkIamNames } from './shared-options.js';

export const pruneCommand = command(
  {
    name: 'prune',
    summary: 'remove old versions of an app (functions, static objects, manifests)',
    args: 'APP_ID',
    positionals: { min: 1, max: 1, names: 'APP_ID' },
    description: `Removes the Lambda functions, static objects and manifests of all but the
newest N versions of an app, and takes their functions out of the invoke
policy. Versions are the app's manifests in the bucket, newest first by version
(v1.10.0 is newer than v1.9.0); the newest is never removed. Without --yes it
only prints what it would remove.

Before removing a version, make sure no Mattermost server still has it
installed: upgrade first (/apps install aws APP_ID NEW_VERSION).`,
    options: {
      keep: { type: 'string', value: 'N', required: true, help: 'how many versions to keep (1 or more)' },
      yes: { type: 'boolean', help: 'remove them (default: only show the plan)' },
      'invoke-policy': { type: 'string', value: 'NAME', help: 'the invoke policy (default mattermost-apps-invoke-policy)' },
      ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 done (or planned), 1 failure, 2 usage error.

Example:
  mm-apps-deploy prune hello-mm-apps --keep 2 --bucket my-mattermost-apps --yes`,
  },
  async ({ values, positionals }, ctx) => {
    if (!values.keep) throw usageError('prune', '--keep N is required (how many of the newest versions to keep)');
    if (!/^\d+$/.test(values.keep) || Number(values.keep) < 1) throw usageError('prune', `--keep must be a whole number of 1 or more, got "${values.keep}"`);
    checkIamNames('prune', [['--invoke-policy', 'policy', values['invoke-policy']]]);
    const aws = awsInput(values, ctx, 'prune');
    const appId = positionals[0]!;
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { applyPrune, planPrune } = await import('../../setup/prune.js');
    const clients = createClients(resolveAwsSettings(aws));
    try {
      const plan = await planPrune(clients, { appId, keep: Number(values.keep), ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}), onProgress: (m) => ctx.progress(m) });
      const remove = plan.versions.filter((v) => !v.keep);
      const report = values.yes && remove.length > 0 ? await applyPrune(clients, plan, { onProgress: (m) => ctx.progress(m) }) : undefined;
      if (ctx.json) {
        ctx.result({
          appId,
          bucket: plan.bucket,
          dryRun: !values.yes,
          versions: plan.versions,
          ...(report ? { removed: report.removed, notRemoved: report.notRemoved, policy: report.policy, ...(report.error ? { error: jsonError('failed', report.error.message) } : {}) } : {}),
        });
        return report?.error ? 1 : 0;
      }
      const { out, err } = ctx.io;
      out(`${shown(appId)}: ${plural(plan.versions.length, 'version')} in bucket ${shown(plan.bucket)}, newest first\n`);
      for (const v of plan.versions) {
        out(`  ${shown(v.version).padEnd(12)} ${v.keep ? 'keep' : `remove: ${plural(v.functions.length, 'function')}, ${plural(v.objects.length, 'static object')}, the manifest`}\n`);
      }
      if (remove.length === 0) {
        out('\nNothing to remove.\n');
        return 0;
      }
      if (!report) {
        out(`\nNothing was removed. Run again with --yes to remove ${plural(remove.length, 'version')}; first make sure no Mattermost server still has ${remove.length === 1 ? 'it' : 'them'} installed.\n`);
        return 0;
      }
      if (report.removed.length) out(`\nremoved: ${shown(report.removed.join(', '), 4096)}\n`);
      if (report.policy.status === 'done') out(`invoke policy ${shown(plan.invokePolicy.name)}: removed ${plural(report.policy.removed.length, 'function')}\n`);
      if (report.error) {
        err(`prune failed: ${shown(report.error.message, 4096)}\nnot removed: ${shown(report.notRemoved.join(', '), 4096)}. Run again to finish.\n`);
        return 1;
      }
      return 0;
    } finally {
      clients.destroy();
    }
  },
);
