import { defaultBundlePath, pack } from '../bundle/pack.js';
import { errorsOf } from '../findings/finding.js';
import { formatBytes, plural } from '../util/format.js';
import type { ActionInputs } from './inputs.js';
import { log } from './log.js';
import { Outputs, setAppOutputs, setOutput, workspaceRelative } from './outputs.js';
import { uploadReleaseAssets } from './release.js';
import { installCommandsFor } from '../register/install-commands.js';
import { annotate, FINDINGS_HEADER, findingsRows, FUNCTIONS_HEADER, functionsRows, INSTALL_HEADER, installRows, type Subject } from './report.js';
import { writeSummary } from './summary.js';

export async function runPack(inputs: Extract<ActionInputs, { mode: 'pack' }>, now: Date, signal?: AbortSignal): Promise<void> {
  const subject: Subject = { kind: 'app-dir', path: inputs.appDirInput };
  const result = await log.group(`Pack ${inputs.appDirInput}`, () =>
    pack({
      appDir: inputs.appDir,
      now,
      functionSources: inputs.functionSources,
      manifestFormat: inputs.manifestFormat,
      output: inputs.output ?? ((m) => defaultBundlePath(inputs.appDir, m)),
      onProgress: (m) => log.progress(m),
      ...(signal ? { signal } : {}),
    }),
  );
  annotate(subject, result.findings);
  const m = result.manifest;
  if (!result.ok || !result.bundle || !m) {
    await writeSummary((s) => {
      s.heading(`mm-apps-deploy pack: ${inputs.appDirInput} has ${plural(errorsOf(result.findings).length, 'error')}`);
      s.paragraph('No bundle was written.');
      s.table(FINDINGS_HEADER, findingsRows(subject, result.findings));
    });
    log.setFailed(`pack failed: ${plural(errorsOf(result.findings).length, 'error')} in ${inputs.appDirInput} (see the annotations); no bundle was written`);
    return;
  }
  const bundle = workspaceRelative(result.bundle.path);
  setOutput(Outputs.Bundle, bundle);
  setOutput(Outputs.BundleSha256, result.bundle.sha256);
  const pdFile = await setAppOutputs(m, result.provisionData, result.bundle.path);
  const releaseUrl = inputs.releaseAsset ? await uploadReleaseAssets([result.bundle.path, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
  log.info(`packed ${bundle} (${formatBytes(result.bundle.size)}), sha256 ${result.bundle.sha256}`);
  log.info(`install: ${result.installCommands!.aws}`);
  await writeSummary((s) => {
    s.heading(`Packed ${m.displayName || m.appId} ${m.version}`);
    s.table(FUNCTIONS_HEADER, functionsRows(result.functions));
    s.list([`static: ${plural(result.static.files, 'file')}, ${formatBytes(result.static.bytes)}`, ['bundle: ', { code: bundle }, `, ${formatBytes(result.bundle!.size)}`], ['sha256: ', { code: result.bundle!.sha256 }]]);
    if (releaseUrl) s.paragraph('Attached to the release: ', { link: releaseUrl });
    s.paragraph('Once provisioned, install it in Mattermost with:');
    s.table(INSTALL_HEADER, installRows(installCommandsFor(m.appId, m.version)));
    if (result.findings.length > 0) s.heading('Warnings', 3).table(FINDINGS_HEADER, findingsRows(subject, result.findings));
  });
}
