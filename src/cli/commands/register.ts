import { UserError } from '../../errors.js';
import { registerApp, checkInstallPossible, type RegistrationResult } from '../../register/register.js';
import { checkMattermost } from '../../register/server.js';
import { MM_ENV, resolveMattermostSettings } from '../../register/settings.js';
import { parseCommand, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { countFindings, findingsBlock, findingsJson } from '../render.js';
import { openSource, SOURCE_AWS_HELP, SOURCE_AWS_OPTIONS, SOURCE_HELP, SOURCE_OPTIONS } from './source-options.js';
import { validateTarget } from './validate.js';

const HELP = `Usage: mm-apps-deploy register PATH [options]

Makes an already provisioned version installable on a Mattermost server, as
"appsctl aws deploy" does after deploying: the manifest of the bundle (or app
directory) goes into the Apps plugin's listing (update-app-listing), and with
--install the app is installed (install-app). This is what an admin does after
a deploy by the cloud deployer or by another pipeline. Apps plugin v0.7 reads
manifests from S3 and needs nothing: the command says so and prints the install
command for it.

The bundle is validated first; one with errors is not registered. Before
anything is sent, the site, the token (a system admin's) and the Apps plugin
(installed, enabled, its version) are checked.

Options:
      --mattermost-url URL the server's Site URL (default: MM_SERVICESETTINGS_SITEURL)
      --install            also install the version (Apps plugin v1.0+)
      --function NAME=PATH for an app directory: take function NAME from PATH
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Environment:
  MM_ADMIN_TOKEN           a system admin's personal access token (required;
                           never given as a flag, so it never shows in ps)
  MM_SERVICESETTINGS_SITEURL  the Site URL, when --mattermost-url is not given

${SOURCE_HELP}
${SOURCE_AWS_HELP}

Exit status: 0 registered (and installed), 1 failure, 2 usage error.

Examples:
  MM_ADMIN_TOKEN=… mm-apps-deploy register dist/hello_v1.0.0.zip --mattermost-url https://chat.example.com
  MM_ADMIN_TOKEN=… mm-apps-deploy register . --install`;

export const registerCommand: Command = {
  name: 'register',
  summary: 'list a provisioned version in the Apps plugin (and install it)',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand(
      'register',
      argv,
      { 'mattermost-url': { type: 'string' }, install: { type: 'boolean' }, function: { type: 'string', multiple: true }, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS },
      { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
    if (!settings) throw new UsageError(`register: which Mattermost server? Pass --mattermost-url URL or set ${MM_ENV.siteUrl}`);
    for (const w of settings.warnings) ctx.io.err(`warning: ${w}\n`);
    const source = await openSource(positionals[0]!, values, ctx);
    let validated: Awaited<ReturnType<typeof validateTarget>>;
    try {
      validated = await validateTarget(source, values.function, ctx);
    } finally {
      source.cleanup(); // only the manifest is needed from here on
    }
    const { result, subject } = validated;
    if (!result.ok || !result.manifest) {
      if (values.json) ctx.io.out(`${JSON.stringify({ ok: false, findings: findingsJson(subject, result.findings) }, null, 2)}\n`);
      else ctx.io.err(`${findingsBlock(subject, result.findings)}${subject.path}: ${countFindings(result.findings)}; not registered\n`);
      return 1;
    }
    const m = result.manifest;
    const http = { onProgress: (msg: string) => ctx.progress(msg), ...(ctx.signal ? { signal: ctx.signal } : {}) };
    let registration: RegistrationResult;
    try {
      const server = await checkMattermost(settings, http);
      checkInstallPossible(server, values.install ?? false, m);
      registration = await registerApp(server, settings, m, values.install ?? false, http);
    } catch (err) {
      if (!(err instanceof UserError) || !values.json) throw err;
      ctx.io.out(`${JSON.stringify({ ok: false, appId: m.appId, version: m.version, error: err.message }, null, 2)}\n`);
      return 1;
    }
    if (values.json) {
      ctx.io.out(`${JSON.stringify({ ok: true, appId: m.appId, version: m.version, ...registration }, null, 2)}\n`);
      return 0;
    }
    ctx.io.err(findingsBlock(subject, result.findings));
    const { registered, installed, installCommand, siteUrl, pluginVersion } = registration;
    const what = installed ? 'registered and installed' : registered ? 'registered' : 'nothing to register';
    ctx.io.out(`${m.appId} ${m.version}: ${what} on ${siteUrl} (Apps plugin ${pluginVersion})\n`);
    for (const note of registration.notes) ctx.io.err(`note: ${note}\n`);
    ctx.io.out(installed ? `To reinstall: ${installCommand.command}\n` : `Install it in Mattermost with:\n  ${installCommand.command}\n`);
    return 0;
  },
};
