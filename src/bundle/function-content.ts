// Checks on what a function archive holds, whatever it was built from: a directory, a prebuilt
// zip, or an archive inside a bundle.
import { finding, type Finding, type Location } from '../findings/finding.js';
import { DEFAULT_LIMITS, ZipArchive, type ZipEntryInfo } from '../zip/reader.js';
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

/** Function archives are read up to this unzipped size; Lambda's own 250 MB rule is checked separately (MMA108). */
const FUNCTION_ZIP_LIMITS = { ...DEFAULT_LIMITS, maxUncompressed: 1024 * 1024 * 1024 };

/**
 * Opens a function archive (a file, or the bytes of one inside a bundle), checks it as an
 * untrusted zip, verifies every entry's data, and then checks what it holds. Returns its entries
 * when it could be read.
 */
export async function checkFunctionArchive(source: string | Buffer, fn: LambdaFunctionSpec, what: string, at: Location): Promise<{ findings: Finding[]; entries?: ZipEntryInfo[]; unzippedSize: number; files: number }> {
  const opened = await ZipArchive.open(source, what, at.path, FUNCTION_ZIP_LIMITS);
  if (!opened.archive) return { findings: opened.findings, unzippedSize: 0, files: 0 };
  const entries = opened.archive.entries;
  // Lambda unzips every entry: each must be intact, as appsctl's archive/zip would find it.
  const corrupt = await opened.archive.verify();
  opened.archive.close();
  if (corrupt.length > 0) return { findings: [...opened.findings, ...corrupt], unzippedSize: 0, files: 0 };
  const files = entries.filter((e) => !e.directory).map((e) => ({ name: e.name, executable: e.executable }));
  const unzippedSize = entries.reduce((n, e) => n + e.size, 0);
  return { findings: [...opened.findings, ...functionContentFindings(fn, files, unzippedSize, at, what)], entries, unzippedSize, files: files.length };
}
