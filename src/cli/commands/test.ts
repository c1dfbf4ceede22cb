import { usageError } from '../args.js';
import { command } from '../command.js';
import { shown } from '../render.js';
import { AWS_OPTIONS, AWS_SECTION, AWS_SECTION_NOTE, awsInput } from './aws-options.js';

export const testCommand = command(
  {
    name: 'test',
    summary: 'check that AWS is set up for the Apps plugin, and an app is reachable',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Checks, as a list with the fix for each failure, that AWS is set up for the
Apps plugin (like "appsctl aws test s3" and "appsctl aws test lambda"):

  credentials     the credentials work (sts:GetCallerIdentity)
  bucket          the bucket is reachable
  manifest        the app's manifest is readable      (with --app and --version)
  static asset    its icon (or another asset) is readable
  function NAME   each function exists and is Active (or, with credentials
                  that may only invoke, can be invoked: a dry run)
  invoke /ping    with --invoke: the function serving /ping answers status 200
                  with an "ok" call response (this runs the app's code)

Credentials: MM_APPS_AWS_ACCESS_KEY / MM_APPS_AWS_SECRET_KEY first, the ones
the Apps plugin itself uses, so that the checks show what the plugin can do;
then the deploy credentials and the AWS default chain, as for provision.`,
    options: {
      app: { type: 'string', value: 'APP_ID', help: 'the app to check (with --version)' },
      version: { type: 'string', value: 'V', help: 'its version (with --app)' },
      invoke: { type: 'boolean', help: 'also invoke /ping' },
      ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 every check passed, 1 a check failed, 2 usage error.

Example:
  mm-apps-deploy test --bucket my-mattermost-apps --app hello-mm-apps --version v1.0.0 --invoke`,
  },
  async ({ values }, ctx) => {
    if (Boolean(values.app) !== Boolean(values.version)) throw usageError('test', 'give --app and --version together');
    if (values.invoke && !values.app) throw usageError('test', '--invoke needs --app and --version');
    const aws = awsInput(values, ctx, 'test');
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { checkAws } = await import('../../setup/check.js');
    const clients = createClients(resolveAwsSettings({ ...aws, as: 'plugin' }));
    try {
      const r = await checkAws(clients, { ...(values.app ? { appId: values.app } : {}), ...(values.version ? { version: values.version } : {}), invoke: values.invoke ?? false });
      if (ctx.json) {
        ctx.result({ ...r });
        return r.ok ? 0 : 1;
      }
      const width = Math.max(...r.items.map((i) => shown(i.check).length));
      for (const i of r.items) {
        const mark = i.status === 'ok' ? '[ok]  ' : i.status === 'fail' ? '[FAIL]' : '[skip]';
        ctx.io.out(`${mark} ${shown(i.check).padEnd(width)}  ${shown(i.detail, 4096)}${i.fix ? `\n       ${''.padEnd(width)}  fix: ${shown(i.fix, 4096)}` : ''}\n`);
      }
      ctx.io.out(r.ok ? '\nAll checks passed.\n' : `\n${r.items.filter((i) => i.status === 'fail').length} check(s) failed.\n`);
      return r.ok ? 0 : 1;
    } finally {
      clients.destroy();
    }
  },
);
