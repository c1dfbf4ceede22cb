import { FindingsError, errorsOf } from '../findings/finding.js';
import { describeOutcome } from '../provision/describe.js';
import { provision, type ProvisionOutcome } from '../provision/provision.js';
import { MM_ENV, resolveMattermostSettings } from '../register/settings.js';
import { plural } from '../util/format.js';
import { UserError } from '../errors.js';
import { downloaded, type ProvisionInputs } from './inputs.js';
import { log } from './log.js';
import { jsonOutput, Outputs, setAppOutputs, setOutput, workspaceRelative } from './outputs.js';
import { uploadReleaseAssets } from './release.js';
import { annotate, FINDINGS_HEADER, findingsRows, INSTALL_HEADER, installRows, type Subject } from './report.js';
import { addSecret } from './secrets.js';
import { writeSummary } from './summary.js';

/** The Mattermost server to register with: inputs first, then MM_SERVICESETTINGS_SITEURL / MM_ADMIN_TOKEN. */
function mattermostOf(inputs: ProvisionInputs) {
  if (inputs.mattermost.token) addSecret(inputs.mattermost.token);
  const settings = resolveMattermostSettings({ url: inputs.mattermost.url, token: inputs.mattermost.token, env: process.env, urlOption: 'input "mattermost-url"' });
  if (!settings) {
    if (inputs.mattermost.install) throw new UserError(`input "install" needs the Mattermost server: input "mattermost-url" (or ${MM_ENV.siteUrl}) and input "mattermost-token"`);
    return undefined;
  }
  for (const w of settings.warnings) log.warning(w);
  return { settings, install: inputs.mattermost.install };
}

export async function runProvision(inputs: ProvisionInputs, now: Date, signal?: AbortSignal): Promise<void> {
  const mattermost = mattermostOf(inputs);
  const target = inputs.bundle?.path ?? inputs.appDir;
  const label = inputs.bundle?.input ?? inputs.appDirInput;
  const subject: Subject = { kind: inputs.bundle ? 'bundle' : 'app-dir', path: label };
  let outcome: ProvisionOutcome;
  try {
    outcome = await log.group(`${inputs.dryRun ? 'Plan' : 'Provision'} ${label}`, () =>
      provision({
        target,
        now,
        dryRun: inputs.dryRun,
        aws: { ...inputs.aws, env: process.env },
        functionSources: inputs.functionSources,
        ...(inputs.output ? { bundleOutput: inputs.output } : {}),
        manifestFormat: inputs.manifestFormat,
        ...(mattermost ? { mattermost } : {}),
        ...inputs.options,
        onProgress: (m) => log.progress(m),
        ...(signal ? { signal } : {}),
      }),
    );
  } catch (err) {
    if (!(err instanceof FindingsError)) throw err;
    annotate(subject, err.findings);
    await writeSummary((s) => {
      s.heading(`mm-apps-deploy provision: ${label} has ${plural(errorsOf(err.findings).length, 'error')}`);
      s.paragraph('Nothing was written to AWS.');
      s.table(FINDINGS_HEADER, findingsRows(subject, err.findings));
    });
    log.setFailed(`provision refused: ${plural(errorsOf(err.findings).length, 'error')} in ${label} (see the annotations); nothing was written`);
    return;
  }

  annotate(subject, outcome.findings);
  const d = describeOutcome(outcome);
  const report = outcome.report;
  const temporaryBundle = outcome.dryRun && outcome.kind === 'app-dir';
  // a downloaded bundle is named by its URL, and its provision data file goes to RUNNER_TEMP
  const fetched = downloaded(inputs.bundle);
  if (fetched) setOutput(Outputs.BundleSha256, fetched.sha256 ?? '');
  if (!temporaryBundle) setOutput(Outputs.Bundle, fetched ? fetched.displayName : workspaceRelative(outcome.bundlePath));
  const pdFile = await setAppOutputs(outcome.manifest, !report || report.ok ? outcome.provisionData : undefined, temporaryBundle || fetched ? undefined : outcome.bundlePath);
  const releaseUrl = inputs.releaseAsset && report?.ok ? await uploadReleaseAssets([outcome.bundlePath, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
  setOutput(Outputs.Functions, jsonOutput(Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }]))));
  setOutput(Outputs.Changed, report?.changed ? 'true' : 'false');
  setOutput(Outputs.Registered, outcome.registration?.registered ? 'true' : 'false');
  setOutput(Outputs.Installed, outcome.registration?.installed ? 'true' : 'false');
  // With a server, the command that works on its Apps plugin; without one, the seed documentation's form.
  if (outcome.mattermost) setOutput(Outputs.InstallCommand, outcome.install[0]!.command);
  for (const note of d.notes) log.warning(note);

  await writeSummary((s) => {
    s.heading(d.heading);
    s.table(
      ['Function', 'Lambda name', report ? 'Result' : 'Plan'],
      d.functions.map((f) => [f.name, { code: f.lambdaName }, f.result]),
    );
    s.list(d.rows.map(([k, v]) => `${k}: ${v}`));
    if (report && !report.ok) {
      s.paragraph({ strong: 'Failed:' }, ` ${report.error?.message ?? ''}`);
      if (d.done?.length) s.paragraph(`Done: ${d.done.join('; ')}`);
      if (d.notDone?.length) s.paragraph(`Not done: ${d.notDone.join('; ')}.`);
      if (d.next) s.paragraph(d.next);
    } else if (report) {
      if (releaseUrl) s.paragraph('Attached to the release: ', { link: releaseUrl });
      if (outcome.registrationError) {
        s.paragraph({ strong: 'Not registered with Mattermost:' }, ` ${outcome.registrationError.message}. Everything in AWS is in place: re-run the job, or run `, { code: 'mm-apps-deploy register' }, ' on the bundle.');
      } else if (outcome.registration?.installed) {
        s.paragraph(`Installed in Mattermost at ${outcome.registration.siteUrl}. To reinstall:`);
        s.code(outcome.install[0]!.command);
      } else {
        s.paragraph('Install it in Mattermost with:');
        s.table(INSTALL_HEADER, installRows(outcome.install));
      }
    }
    if (outcome.findings.length > 0) s.heading('Warnings', 3).table(FINDINGS_HEADER, findingsRows(subject, outcome.findings));
  });

  if (report && !report.ok) {
    log.setFailed(`provision failed: ${report.error?.message}. Done: ${d.done?.join('; ') || 'nothing'}. Not done: ${d.notDone?.join('; ') || 'nothing'}. ${d.next}`);
  } else if (outcome.registrationError) {
    log.setFailed(`provisioned to AWS, but not registered with ${outcome.mattermost!.siteUrl}: ${outcome.registrationError.message}. Re-run the job (AWS is unchanged), or run "mm-apps-deploy register" on the bundle`);
  } else {
    log.info(report ? `${report.changed ? 'provisioned' : 'unchanged'}: ${outcome.installCommands.aws}` : 'dry run: nothing was written');
  }
}
