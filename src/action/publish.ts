import { marshalProvisionData } from '../compat/provision-data.js';
import { errorsOf, FindingsError } from '../findings/finding.js';
import { describePublish } from '../publish/describe.js';
import { publish, type PublishOutcome } from '../publish/publish.js';
import { plural } from '../util/format.js';
import { downloaded, type PublishInputs } from './inputs.js';
import { log } from './log.js';
import { Outputs, setAppOutputs, setOutput } from './outputs.js';
import { annotate, FINDINGS_HEADER, findingsRows, type Subject } from './report.js';
import { writeSummary } from './summary.js';

/** Mode publish: the bundle into the cloud deployer's bundle bucket. */
export async function runPublish(inputs: PublishInputs, now: Date): Promise<void> {
  const label = inputs.bundle.input;
  const subject: Subject = { kind: 'bundle', path: label };
  let outcome: PublishOutcome;
  try {
    outcome = await log.group(`${inputs.dryRun ? 'Plan to publish' : 'Publish'} ${label}`, () =>
      publish({
        bundlePath: inputs.bundle.path,
        bucket: inputs.bucket,
        key: inputs.key,
        force: inputs.force,
        dryRun: inputs.dryRun,
        now,
        aws: { ...inputs.awsLocation, env: process.env },
        onProgress: (m) => log.progress(m),
      }),
    );
  } catch (err) {
    if (!(err instanceof FindingsError)) throw err;
    annotate(subject, err.findings);
    const errors = plural(errorsOf(err.findings).length, 'error');
    await writeSummary((s) => {
      s.heading(`mm-apps-deploy publish: ${label} has ${errors}`);
      s.paragraph('Nothing was written to the bundle bucket.');
      s.table(FINDINGS_HEADER, findingsRows(subject, err.findings));
    });
    log.setFailed(`publish refused: ${errors} in ${label} (see the annotations); nothing was written`);
    return;
  }

  annotate(subject, outcome.findings);
  const d = describePublish(outcome);
  // a downloaded bundle's provision data file goes to RUNNER_TEMP, not beside the download
  await setAppOutputs(outcome.manifest, outcome.provisionData, downloaded(inputs.bundle) ? undefined : inputs.bundle.path);
  setOutput(Outputs.BundleKey, outcome.key);
  setOutput(Outputs.BundleSha256, outcome.sha256);
  setOutput(Outputs.Published, outcome.published ? 'true' : 'false');

  await writeSummary((s) => {
    s.heading(d.heading);
    s.list(d.rows.map(([k, v]) => [`${k}: `, { code: v }]));
    s.paragraph(d.pickup);
    if (d.ok) {
      s.paragraph('Provision data (what the deployer deploys):');
      s.code(marshalProvisionData(outcome.provisionData), 'json');
    }
    if (outcome.findings.length > 0) s.heading('Warnings', 3).table(FINDINGS_HEADER, findingsRows(subject, outcome.findings));
  });

  if (!d.ok) log.setFailed(`${d.heading}. ${d.pickup}`);
  else log.info(`${d.heading}\n${d.pickup}`);
}
