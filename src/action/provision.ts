import * as core from '@actions/core';
import { FindingsError, errorsOf } from '../findings/finding.js';
import { describeOutcome } from '../provision/describe.js';
import { provision, type ProvisionOutcome } from '../provision/provision.js';
import { MM_ENV, resolveMattermostSettings } from '../register/settings.js';
import { plural } from '../util/format.js';
import { UserError } from '../errors.js';
import { downloaded, type ProvisionInputs } from './inputs.js';
import { Outputs, setAppOutputs, workspaceRelative } from './outputs.js';
import { uploadReleaseAssets } from './release.js';
import { annotate, escapeHtml, findingsTable, installTable, writeSummary, type Subject } from './report.js';

/** The Mattermost server to register with: inputs first, then MM_SERVICESETTINGS_SITEURL / MM_ADMIN_TOKEN. */
function mattermostOf(inputs: ProvisionInputs) {
  if (inputs.mattermost.token) core.setSecret(inputs.mattermost.token);
  const settings = resolveMattermostSettings({ url: inputs.mattermost.url, token: inputs.mattermost.token, env: process.env, urlOption: 'input "mattermost-url"' });
  if (!settings) {
    if (inputs.mattermost.install) throw new UserError(`input "install" needs the Mattermost server: input "mattermost-url" (or ${MM_ENV.siteUrl}) and input "mattermost-token"`);
    return undefined;
  }
  for (const w of settings.warnings) core.warning(w);
  return { settings, install: inputs.mattermost.install };
}

export async function runProvision(inputs: ProvisionInputs, now: Date, signal?: AbortSignal): Promise<void> {
  const mattermost = mattermostOf(inputs);
  const target = inputs.bundle?.path ?? inputs.appDir;
  const label = inputs.bundle?.input ?? inputs.appDirInput;
  const subject: Subject = { kind: inputs.bundle ? 'bundle' : 'app-dir', path: label };
  let outcome: ProvisionOutcome;
  try {
    outcome = await core.group(`${inputs.dryRun ? 'Plan' : 'Provision'} ${label}`, () =>
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
        onProgress: (m) => core.info(m),
        ...(signal ? { signal } : {}),
      }),
    );
  } catch (err) {
    if (!(err instanceof FindingsError)) throw err;
    annotate(subject, err.findings);
    await writeSummary((s) => {
      s.addHeading(`mm-apps-deploy provision: ${label} has ${plural(errorsOf(err.findings).length, 'error')}`, 2);
      s.addRaw('Nothing was written to AWS.', true);
      s.addTable(findingsTable(subject, err.findings));
    });
    core.setFailed(`provision refused: ${plural(errorsOf(err.findings).length, 'error')} in ${label} (see the annotations); nothing was written`);
    return;
  }

  annotate(subject, outcome.findings);
  const d = describeOutcome(outcome);
  const report = outcome.report;
  const temporaryBundle = outcome.dryRun && outcome.kind === 'app-dir';
  // a downloaded bundle is named by its URL, and its provision data file goes to RUNNER_TEMP
  const fetched = downloaded(inputs.bundle);
  if (fetched) core.setOutput(Outputs.BundleSha256, fetched.sha256);
  if (!temporaryBundle) core.setOutput(Outputs.Bundle, fetched ? fetched.displayName : workspaceRelative(outcome.bundlePath));
  const pdFile = await setAppOutputs(outcome.manifest, !report || report.ok ? outcome.provisionData : undefined, temporaryBundle || fetched ? undefined : outcome.bundlePath);
  const releaseUrl = inputs.releaseAsset && report?.ok ? await uploadReleaseAssets([outcome.bundlePath, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
  core.setOutput(Outputs.Functions, JSON.stringify(Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }]))));
  core.setOutput(Outputs.Changed, report?.changed ? 'true' : 'false');
  core.setOutput(Outputs.Registered, outcome.registration?.registered ? 'true' : 'false');
  core.setOutput(Outputs.Installed, outcome.registration?.installed ? 'true' : 'false');
  // With a server, the command that works on its Apps plugin; without one, the seed documentation's form.
  if (outcome.mattermost) core.setOutput(Outputs.InstallCommand, outcome.install[0]!.command);
  for (const note of d.notes) core.warning(note);

  await writeSummary((s) => {
    s.addHeading(d.heading, 2);
    s.addTable([
      [
        { data: 'Function', header: true },
        { data: 'Lambda name', header: true },
        { data: report ? 'Result' : 'Plan', header: true },
      ],
      ...d.functions.map((f) => [f.name, `<code>${f.lambdaName}</code>`, f.result]),
    ]);
    s.addList(d.rows.map(([k, v]) => `${k}: ${v}`));
    if (report && !report.ok) {
      s.addRaw(`<p><strong>Failed:</strong> ${report.error?.message ?? ''}</p>`, true);
      if (d.done?.length) s.addRaw(`<p>Done: ${d.done.join('; ')}</p>`, true);
      if (d.notDone?.length) s.addRaw(`<p>Not done: ${d.notDone.join('; ')}.</p>`, true);
      s.addRaw(`<p>${d.next}</p>`, true);
    } else if (report) {
      if (releaseUrl) s.addRaw(`<p>Attached to the release: <a href="${releaseUrl}">${releaseUrl}</a></p>`, true);
      if (outcome.registrationError) {
        s.addRaw(`<p><strong>Not registered with Mattermost:</strong> ${escapeHtml(outcome.registrationError.message)}. Everything in AWS is in place: re-run the job, or run <code>mm-apps-deploy register</code> on the bundle.</p>`, true);
      } else if (outcome.registration?.installed) {
        s.addRaw(`<p>Installed in Mattermost at ${escapeHtml(outcome.registration.siteUrl)}. To reinstall:</p>`, true);
        s.addCodeBlock(outcome.install[0]!.command);
      } else {
        s.addRaw('Install it in Mattermost with:', true);
        s.addTable(installTable(outcome.install));
      }
    }
    if (outcome.findings.length > 0) s.addHeading('Warnings', 3).addTable(findingsTable(subject, outcome.findings));
  });

  if (report && !report.ok) {
    core.setFailed(
      `provision failed: ${report.error?.message}. Done: ${d.done?.join('; ') || 'nothing'}. Not done: ${d.notDone?.join('; ') || 'nothing'}. ${d.next}`,
    );
  } else if (outcome.registrationError) {
    core.setFailed(`provisioned to AWS, but not registered with ${outcome.mattermost!.siteUrl}: ${outcome.registrationError.message}. Re-run the job (AWS is unchanged), or run "mm-apps-deploy register" on the bundle`);
  } else {
    core.info(report ? `${report.changed ? 'provisioned' : 'unchanged'}: ${outcome.installCommands.aws}` : 'dry run: nothing was written');
  }
}
