import * as core from '@actions/core';
import { ENV } from '../aws/defaults.js';
import { FindingsError, errorsOf } from '../findings/finding.js';
import { describeOutcome } from '../provision/describe.js';
import { provision, type ProvisionOutcome } from '../provision/provision.js';
import { plural } from '../util/format.js';
import type { ProvisionInputs } from './inputs.js';
import { Outputs, setAppOutputs, workspaceRelative } from './outputs.js';
import { uploadReleaseAssets } from './release.js';
import { annotate, findingsTable, writeSummary, type Subject } from './report.js';

/** Secrets in the environment that must never reach a log, whatever prints them. */
function maskSecrets(): void {
  for (const name of [ENV.deploySecretKey, ENV.provisionSecretKey, ENV.invokeSecretKey, 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = process.env[name];
    if (value) core.setSecret(value);
  }
}

export async function runProvision(inputs: ProvisionInputs, now: Date): Promise<void> {
  maskSecrets();
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
        ...inputs.options,
        onProgress: (m) => core.info(m),
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
  if (!temporaryBundle) core.setOutput(Outputs.Bundle, workspaceRelative(outcome.bundlePath));
  const pdFile = await setAppOutputs(outcome.manifest, !report || report.ok ? outcome.provisionData : undefined, temporaryBundle ? undefined : outcome.bundlePath);
  const releaseUrl = inputs.releaseAsset && report?.ok ? await uploadReleaseAssets([outcome.bundlePath, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
  core.setOutput(Outputs.Functions, JSON.stringify(Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }]))));
  core.setOutput(Outputs.Changed, report?.changed ? 'true' : 'false');
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
      s.addRaw('Install it in Mattermost with:', true);
      s.addCodeBlock(`${outcome.installCommands.aws}\n${outcome.installCommands.listed}`);
    }
    if (outcome.findings.length > 0) s.addHeading('Warnings', 3).addTable(findingsTable(subject, outcome.findings));
  });

  if (report && !report.ok) {
    core.setFailed(
      `provision failed: ${report.error?.message}. Done: ${d.done?.join('; ') || 'nothing'}. Not done: ${d.notDone?.join('; ') || 'nothing'}. ${d.next}`,
    );
  } else {
    core.info(report ? `${report.changed ? 'provisioned' : 'unchanged'}: ${outcome.installCommands.aws}` : 'dry run: nothing was written');
  }
}
