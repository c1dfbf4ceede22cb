import { parseCommand, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { AWS_HELP, AWS_OPTIONS, awsInput } from './aws-options.js';

const HELP = `Usage: mm-apps-deploy test [--bucket B] [--app APP_ID --version V] [--invoke] [options]

Checks, as a list with the fix for each failure, that AWS is set up for the
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
then the deploy credentials and the AWS default chain, as for provision.

Options:
      --app APP_ID         the app to check
      --version V          its version
      --invoke             also invoke /ping
      --json               print the checklist as JSON on stdout
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 every check passed, 1 a check failed, 2 usage error.

Example:
  mm-apps-deploy test --bucket my-mattermost-apps --app hello-mm-apps --version v1.0.0 --invoke`;

export const testCommand: Command = {
  name: 'test',
  summary: 'check that AWS is set up for the Apps plugin, and an app is reachable',
  help: HELP,
  async run(argv, ctx) {
    const { values } = parseCommand('test', argv, { ...AWS_OPTIONS, app: { type: 'string' }, version: { type: 'string' }, invoke: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    if (Boolean(values.app) !== Boolean(values.version)) throw new UsageError('test: give --app and --version together');
    if (values.invoke && !values.app) throw new UsageError('test: --invoke needs --app and --version');
    const { createClients } = await import('../../aws/clients.js');
    const { resolveAwsSettings } = await import('../../aws/settings.js');
    const { checkAws } = await import('../../setup/check.js');
    const clients = createClients(resolveAwsSettings({ ...awsInput(values, ctx), as: 'plugin' }));
    try {
      const r = await checkAws(clients, { ...(values.app ? { appId: values.app } : {}), ...(values.version ? { version: values.version } : {}), invoke: values.invoke ?? false });
      if (values.json) {
        ctx.io.out(`${JSON.stringify(r, null, 2)}\n`);
        return r.ok ? 0 : 1;
      }
      const width = Math.max(...r.items.map((i) => i.check.length));
      for (const i of r.items) {
        const mark = i.status === 'ok' ? '[ok]  ' : i.status === 'fail' ? '[FAIL]' : '[skip]';
        ctx.io.out(`${mark} ${i.check.padEnd(width)}  ${i.detail}${i.fix ? `\n       ${''.padEnd(width)}  fix: ${i.fix}` : ''}\n`);
      }
      ctx.io.out(r.ok ? '\nAll checks passed.\n' : `\n${r.items.filter((i) => i.status === 'fail').length} check(s) failed.\n`);
      return r.ok ? 0 : 1;
    } finally {
      clients.destroy();
    }
  },
};
