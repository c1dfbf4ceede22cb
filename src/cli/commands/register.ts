import { UserError } from '../../errors.js';
import type { RegistrationResult } from '../../register/register.js';
import { MM_ENV, resolveMattermostSettings } from '../../register/settings.js';
import { usageError } from '../args.js';
import { command } from '../command.js';
import { jsonError } from '../json.js';
import { countFindings, findingsBlock, findingsJson, shown } from '../render.js';
import { checkMattermostUrl, FUNCTION_OPTION } from './shared-options.js';
import { openSource, SOURCE_AWS_OPTIONS, SOURCE_OPTIONS, SOURCE_SECTION, SOURCE_SECTION_TEXT } from './source-options.js';
import { validateTarget } from './validate.js';

export const registerCommand = command(
  {
    name: 'register',
    summary: 'list a provisioned version in the Apps plugin (and install it)',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Makes an already provisioned version installable on a Mattermost server, as
"appsctl aws deploy" does after deploying: the manifest of the bundle (or app
directory) goes into the Apps plugin's listing (update-app-listing), and with
--install the app is installed (install-app). This is what an admin does after
a deploy by the cloud deployer or by another pipeline. Apps plugin v0.7 reads
manifests from S3 and needs nothing: the command says so and prints the install
command for it.

The bundle is validated first; one with errors is not registered. Before
anything is sent, the site, the token (a system admin's) and the Apps plugin
(installed, enabled, its version) are checked.`,
    options: {
      'mattermost-url': { type: 'string', value: 'URL', help: "the server's Site URL (default: MM_SERVICESETTINGS_SITEURL)" },
      install: { type: 'boolean', help: 'also install the version (Apps plugin v1.0+)' },
      function: FUNCTION_OPTION,
      ...SOURCE_OPTIONS,
      ...SOURCE_AWS_OPTIONS,
    },
    sections: {
      Options: {
        note: `Environment:
  MM_ADMIN_TOKEN           a system admin's personal access token (required;
                           never given as a flag, so it never shows in ps)
  MM_SERVICESETTINGS_SITEURL  the Site URL, when --mattermost-url is not given`,
      },
      [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
    },
    epilogue: `Exit status: 0 registered (and installed), 1 failure, 2 usage error.

Examples:
  MM_ADMIN_TOKEN=… mm-apps-deploy register dist/hello_v1.0.0.zip --mattermost-url https://chat.example.com
  MM_ADMIN_TOKEN=… mm-apps-deploy register . --install`,
  },
  async ({ values, positionals }, ctx) => {
    checkMattermostUrl('register', values['mattermost-url']);
    const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
    if (!settings) throw usageError('register', `which Mattermost server? Pass --mattermost-url URL or set ${MM_ENV.siteUrl}`);
    for (const w of settings.warnings) ctx.io.err(`warning: ${shown(w, 4096)}\n`);
    const source = await openSource('register', positionals[0]!, values, ctx);
    let validated: Awaited<ReturnType<typeof validateTarget>>;
    try {
      validated = await validateTarget(source, values.function, ctx);
    } finally {
      source.cleanup(); // only the manifest is needed from here on
    }
    const { result, subject } = validated;
    if (!result.ok || !result.manifest) {
      if (ctx.json) ctx.result({ findings: findingsJson(subject, result.findings), error: jsonError('findings', `${countFindings(result.findings)}; not registered`) });
      else ctx.io.err(`${findingsBlock(subject, result.findings)}${shown(subject.path)}: ${countFindings(result.findings)}; not registered\n`);
      return 1;
    }
    const m = result.manifest;
    // Loaded here: the Mattermost client (and its schema library) only when something is registered.
    const [{ checkInstallPossible, registerApp }, { checkMattermost }] = await Promise.all([import('../../register/register.js'), import('../../register/server.js')]);
    const http = { onProgress: (msg: string) => ctx.progress(msg), ...(ctx.signal ? { signal: ctx.signal } : {}) };
    let registration: RegistrationResult;
    try {
      const server = await checkMattermost(settings, http);
      checkInstallPossible(server, values.install ?? false, m);
      registration = await registerApp(server, settings, m, values.install ?? false, http);
    } catch (err) {
      if (!(err instanceof UserError) || !ctx.json) throw err;
      ctx.result({ appId: m.appId, version: m.version, error: jsonError('failed', err.message) });
      return 1;
    }
    if (ctx.json) {
      ctx.result({ appId: m.appId, version: m.version, ...registration, findings: findingsJson(subject, result.findings) });
      return 0;
    }
    ctx.io.err(findingsBlock(subject, result.findings));
    const { registered, installed, installCommand, siteUrl, pluginVersion } = registration;
    const what = installed ? 'registered and installed' : registered ? 'registered' : 'nothing to register';
    ctx.io.out(`${shown(m.appId)} ${shown(m.version)}: ${what} on ${shown(siteUrl)} (Apps plugin ${shown(pluginVersion)})\n`);
    for (const note of registration.notes) ctx.io.err(`note: ${shown(note, 4096)}\n`);
    ctx.io.out(installed ? `To reinstall: ${shown(installCommand.command)}\n` : `Install it in Mattermost with:\n  ${shown(installCommand.command)}\n`);
    return 0;
  },
);
