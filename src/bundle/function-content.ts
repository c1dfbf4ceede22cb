// Checks on what a function archive holds, whatever it was built from: a directory, a prebuilt
// zip, or an archive inside a bundle.
import { finding, type Finding, type Location } from '../findings/finding.js';
import { checkHandler, type ArchiveFile } from '../lambda/handler.js';
import { MAX_UNZIPPED_BYTES } from '../lambda/limits.js';
import { runtimeFamily } from '../lambda/runtimes.js';
import type { LambdaFunctionSpec } from '../manifest/manifest.js';

export function functionContentFindings(fn: LambdaFunctionSpec, files: readonly ArchiveFile[], unzippedSize: number, at: Location, source: string): Finding[] {
  if (files.length === 0) return [finding('MMA104', at, fn.name, source)];
  const out: Finding[] = [];
  if (unzippedSize > MAX_UNZIPPED_BYTES) out.push(finding('MMA108', at, fn.name, unzippedSize));
  const check = checkHandler(runtimeFamily(fn.runtime), fn.handler, files);
  if (!check.ok) {
    if (check.kind === 'bootstrap') out.push(finding('MMA106', at, fn.name, fn.runtime, check.problem));
    else out.push(finding('MMA105', at, fn.name, fn.handler, check.expected, check.hint));
  }
  return out;
}
