import * as core from '@actions/core';
import path from 'node:path';
import { openAppRoot, readAppManifest } from '../app/app-root.js';
import { fileDigest } from '../bundle/pack.js';
import { validate } from '../bundle/validate.js';
import { errorsOf } from '../findings/finding.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES } from '../manifest/manifest.js';
import { ZipArchive } from '../zip/reader.js';
import { formatBytes, plural } from '../util/format.js';
import { downloaded, type ActionInputs } from './inputs.js';
import { Outputs, setAppOutputs, workspaceRelative } from './outputs.js';
import { annotate, consumersTable, findingsTable, functionsTable, writeSummary, type Subject } from './report.js';

/** Needs no AWS credentials: safe for pull requests from forks. */
export async function runValidate(inputs: Extract<ActionInputs, { mode: 'validate' }>, now: Date, signal?: AbortSignal): Promise<void> {
  const target = inputs.bundle?.path ?? inputs.appDir;
  const label = inputs.bundle?.input ?? inputs.appDirInput;
  const result = await core.group(`Validate ${label}`, () =>
    validate(target, { now, functionSources: inputs.functionSources, manifestFormat: inputs.manifestFormat, onProgress: (m) => core.info(m), ...(signal ? { signal } : {}) }),
  );
  const subject: Subject = { kind: result.kind, path: label, ...(inputs.bundle ? await manifestSource(inputs.bundle.path, inputs.appDir, inputs.appDirInput) : {}) };
  annotate(subject, result.findings);
  const errors = errorsOf(result.findings).length;
  const warnings = result.findings.length - errors;
  if (result.manifest && result.ok) await setAppOutputs(result.manifest, result.provisionData, undefined);
  if (result.kind === 'bundle' && result.ok) {
    const fetched = downloaded(inputs.bundle);
    // a downloaded bundle is named by its URL: the local copy is gone after this step
    core.setOutput(Outputs.Bundle, fetched ? fetched.displayName : workspaceRelative(target));
    core.setOutput(Outputs.BundleSha256, fetched?.sha256 ?? (await fileDigest(target, 'hex')));
  }
  await writeSummary((s) => {
    const name = result.manifest ? `${result.manifest.appId} ${result.manifest.version}` : label;
    s.addHeading(`mm-apps-deploy validate: ${name}: ${errors === 0 ? 'valid' : plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`, 2);
    if (result.functions.length > 0) s.addTable(functionsTable(result.functions));
    s.addList([`static: ${plural(result.static.files, 'file')}, ${formatBytes(result.static.bytes)}`]);
    if (result.consumers) s.addHeading('Accepted by', 3).addTable(consumersTable(result.consumers));
    if (result.findings.length > 0) s.addHeading('Findings', 3).addTable(findingsTable(subject, result.findings));
  });
  if (!result.ok) core.setFailed(`validate: ${plural(errors, 'error')} in ${label} (see the annotations)`);
  else core.info(`${label}: valid, ${plural(warnings, 'warning')}`);
}

/**
 * When the app directory's manifest.json has the same bytes as the bundle's, findings about the
 * bundle's manifest are annotated on the lines of that file (a bundle built by a Makefile from it).
 */
async function manifestSource(bundle: string, appDir: string, appDirInput: string): Promise<{ manifestSource?: string }> {
  const { root } = openAppRoot(appDir, appDirInput);
  const source = root ? readAppManifest(root, appDirInput).bytes : undefined;
  if (!source) return {};
  const { archive } = await ZipArchive.open(bundle, 'the bundle', '.');
  if (!archive) return {};
  try {
    if (!archive.entries.some((e) => e.name === MANIFEST_FILE)) return {};
    const same = (await archive.read(MANIFEST_FILE, MAX_MANIFEST_BYTES)).equals(source);
    return same ? { manifestSource: path.posix.join(appDirInput.split(path.sep).join('/'), MANIFEST_FILE) } : {};
  } finally {
    archive.close();
  }
}
