import * as core from '@actions/core';
import { marshalProvisionData } from '../compat/provision-data.js';
import { errorsOf, FindingsError } from '../findings/finding.js';
import { describePublish } from '../publish/describe.js';
import { publish, type PublishOutcome } from '../publish/publish.js';
import { plural } from '../util/format.js';
import { downloaded, type PublishInputs } from './inputs.js';
import { Outputs, setAppOutputs } from './outputs.js';
import { annotate, escapeHtml, findingsTable, writeSummary, type Subject } from './report.js';

/** Mode publish: the bundle into the cloud deployer's bundle bucket. */
export async function runPublish(inputs: PublishInputs, now: Date): Promise<void> {
  const label = inputs.bundle.input;
  const subject: Subject = { kind: 'bundle', path: label };
  let outcome: PublishOutcome;
  try {
    outcome = await core.group(`${inputs.dryRun ? 'Plan to publish' : 'Publish'} ${label}`, () =>
      publish({
        bundlePath: inputs.bundle.path,
        bucket: inputs.bucket,
        key: inputs.key,
        force: inputs.force,
        dryRun: inputs.dryRun,
        now,
        aws: { ...inputs.awsLocation, env: process.env },
        onProgress: (m) => core.info(m),
      }),
    );
  } catch (err) {
    if (!(err instanceof FindingsError)) throw err;
    annotate(subject, err.findings);
    const errors = plural(errorsOf(err.findings).length, 'error');
    await writeSummary((s) => {
      s.addHeading(`mm-apps-deploy publish: ${label} has ${errors}`, 2);
      s.addRaw('Nothing was written to the bundle bucket.', true);
      s.addTable(findingsTable(subject, err.findings));
    });
    core.setFailed(`publish refused: ${errors} in ${label} (see the annotations); nothing was written`);
    return;
  }

  annotate(subject, outcome.findings);
  const d = describePublish(outcome);
  // a downloaded bundle's provision data file goes to RUNNER_TEMP, not beside the download
  await setAppOutputs(outcome.manifest, outcome.provisionData, downloaded(inputs.bundle) ? undefined : inputs.bundle.path);
  core.setOutput(Outputs.BundleKey, outcome.key);
  core.setOutput(Outputs.BundleSha256, outcome.sha256);
  core.setOutput(Outputs.Published, outcome.published ? 'true' : 'false');

  await writeSummary((s) => {
    s.addHeading(escapeHtml(d.heading), 2);
    s.addList(d.rows.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
    s.addRaw(`<p>${escapeHtml(d.pickup)}</p>`, true);
    if (d.ok) {
      s.addRaw('Provision data (what the deployer deploys):', true);
      s.addCodeBlock(marshalProvisionData(outcome.provisionData), 'json');
    }
    if (outcome.findings.length > 0) s.addHeading('Warnings', 3).addTable(findingsTable(subject, outcome.findings));
  });

  if (!d.ok) core.setFailed(`${d.heading}. ${d.pickup}`);
  else core.info(`${d.heading}\n${d.pickup}`);
}
