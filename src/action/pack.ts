import * as core from '@actions/core';
import { defaultBundlePath, pack } from '../bundle/pack.js';
import { errorsOf } from '../findings/finding.js';
import { formatBytes, plural } from '../util/format.js';
import type { ActionInputs } from './inputs.js';
import { Outputs, setAppOutputs, workspaceRelative } from './outputs.js';
import { uploadReleaseAssets } from './release.js';
import { installCommandsFor } from '../register/register.js';
import { annotate, findingsTable, functionsTable, installTable, writeSummary, type Subject } from './report.js';

export async function runPack(inputs: Extract<ActionInputs, { mode: 'pack' }>, now: Date, signal?: AbortSignal): Promise<void> {
  const subject: Subject = { kind: 'app-dir', path: inputs.appDirInput };
  const result = await core.group(`Pack ${inputs.appDirInput}`, () =>
    pack({
      appDir: inputs.appDir,
      now,
      functionSources: inputs.functionSources,
      manifestFormat: inputs.manifestFormat,
      output: inputs.output ?? ((m) => defaultBundlePath(inputs.appDir, m)),
      onProgress: (m) => core.info(m),
      ...(signal ? { signal } : {}),
    }),
  );
  annotate(subject, result.findings);
  const m = result.manifest;
  if (!result.ok || !result.bundle || !m) {
    await writeSummary((s) => {
      s.addHeading(`mm-apps-deploy pack: ${inputs.appDirInput} has ${plural(errorsOf(result.findings).length, 'error')}`, 2);
      s.addRaw('No bundle was written.', true);
      s.addTable(findingsTable(subject, result.findings));
    });
    core.setFailed(`pack failed: ${plural(errorsOf(result.findings).length, 'error')} in ${inputs.appDirInput} (see the annotations); no bundle was written`);
    return;
  }
  const bundle = workspaceRelative(result.bundle.path);
  core.setOutput(Outputs.Bundle, bundle);
  core.setOutput(Outputs.BundleSha256, result.bundle.sha256);
  const pdFile = await setAppOutputs(m, result.provisionData, result.bundle.path);
  const releaseUrl = inputs.releaseAsset ? await uploadReleaseAssets([result.bundle.path, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
  core.info(`packed ${bundle} (${formatBytes(result.bundle.size)}), sha256 ${result.bundle.sha256}`);
  core.info(`install: ${result.installCommands!.aws}`);
  await writeSummary((s) => {
    s.addHeading(`Packed ${m.displayName || m.appId} ${m.version}`, 2);
    s.addTable(functionsTable(result.functions));
    s.addList([
      `static: ${plural(result.static.files, 'file')}, ${formatBytes(result.static.bytes)}`,
      `bundle: <code>${bundle}</code>, ${formatBytes(result.bundle!.size)}`,
      `sha256: <code>${result.bundle!.sha256}</code>`,
    ]);
    if (releaseUrl) s.addRaw(`<p>Attached to the release: <a href="${releaseUrl}">${releaseUrl}</a></p>`, true);
    s.addRaw('Once provisioned, install it in Mattermost with:', true);
    s.addTable(installTable(installCommandsFor(m.appId, m.version)));
    if (result.findings.length > 0) s.addHeading('Warnings', 3).addTable(findingsTable(subject, result.findings));
  });
}
