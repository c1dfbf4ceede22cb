import * as core from '@actions/core';
import { fileDigest } from '../bundle/pack.js';
import { validate } from '../bundle/validate.js';
import { errorsOf } from '../findings/finding.js';
import { formatBytes, plural } from '../util/format.js';
import type { ActionInputs } from './inputs.js';
import { Outputs, setAppOutputs, workspaceRelative } from './outputs.js';
import { annotate, findingsTable, functionsTable, writeSummary, type Subject } from './report.js';

/** Needs no AWS credentials: safe for pull requests from forks. */
export async function runValidate(inputs: Extract<ActionInputs, { mode: 'validate' }>, now: Date): Promise<void> {
  const target = inputs.bundle?.path ?? inputs.appDir;
  const label = inputs.bundle?.input ?? inputs.appDirInput;
  const result = await core.group(`Validate ${label}`, () =>
    validate(target, { now, functionSources: inputs.functionSources, onProgress: (m) => core.info(m) }),
  );
  const subject: Subject = { kind: result.kind, path: label };
  annotate(subject, result.findings);
  const errors = errorsOf(result.findings).length;
  const warnings = result.findings.length - errors;
  if (result.manifest && result.ok) await setAppOutputs(result.manifest, result.provisionData, undefined);
  if (result.kind === 'bundle' && result.ok) {
    core.setOutput(Outputs.Bundle, workspaceRelative(target));
    core.setOutput(Outputs.BundleSha256, await fileDigest(target, 'hex'));
  }
  await writeSummary((s) => {
    const name = result.manifest ? `${result.manifest.appId} ${result.manifest.version}` : label;
    s.addHeading(`mm-apps-deploy validate: ${name}: ${errors === 0 ? 'valid' : plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`, 2);
    if (result.functions.length > 0) s.addTable(functionsTable(result.functions));
    s.addList([`static: ${plural(result.static.files, 'file')}, ${formatBytes(result.static.bytes)}`]);
    if (result.findings.length > 0) s.addHeading('Findings', 3).addTable(findingsTable(subject, result.findings));
  });
  if (!result.ok) core.setFailed(`validate: ${plural(errors, 'error')} in ${label} (see the annotations)`);
  else core.info(`${label}: valid, ${plural(warnings, 'warning')}`);
}
