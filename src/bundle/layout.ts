// The bundle layout every consumer accepts (SPEC §2): manifest.json at the root and no other
// *manifest.json, one stored "<function name>.zip" per function at the root, static/<path> files
// without directory entries and without archives, nothing else.
import { appsctlArchiveMatches, isFunctionArchiveName } from '../compat/appsctl-bundle.js';
import { finding, type Finding } from '../findings/finding.js';
import { MANIFEST_FILE } from '../manifest/manifest.js';
import type { ZipEntryInfo } from '../zip/reader.js';
import { staticSizeFindings } from './limits.js';

export const STATIC_PREFIX = 'static/';

export interface BundleLayout {
  manifest?: ZipEntryInfo;
  /** Files under static/, as paths relative to static/. */
  staticFiles: ZipEntryInfo[];
  /** .zip entries at the root: function archive candidates. */
  rootArchives: ZipEntryInfo[];
  findings: Finding[];
}

/** Sorts the entries of a bundle into their roles and reports the entries no consumer handles well. */
export function classifyBundle(entries: readonly ZipEntryInfo[]): BundleLayout {
  const layout: BundleLayout = { staticFiles: [], rootArchives: [], findings: [] };
  for (const entry of entries) {
    const at = { path: entry.name };
    if (entry.name === MANIFEST_FILE) layout.manifest = entry;
    else if (entry.name.endsWith(MANIFEST_FILE)) layout.findings.push(finding('MMA201', at, entry.name));
    else if (entry.name === STATIC_PREFIX)
      continue; // skipped by appsctl; harmless for the deployer
    else if (entry.name.startsWith(STATIC_PREFIX)) {
      if (entry.directory) layout.findings.push(finding('MMA204', at, entry.name));
      else if (isFunctionArchiveName(entry.name)) layout.findings.push(finding('MMA203', at, entry.name));
      else layout.staticFiles.push(entry);
    } else if (!entry.directory && isFunctionArchiveName(entry.name)) {
      if (entry.name.includes('/')) layout.findings.push(finding('MMA202', at, entry.name));
      else if (entry.name.endsWith('.jar')) layout.findings.push(finding('MMA210', at, entry.name));
      else layout.rootArchives.push(entry);
    } else {
      layout.findings.push(finding('MMA209', at, entry.name));
    }
  }
  layout.findings.push(...staticSizeFindings(layout.staticFiles.reduce((n, e) => n + e.size, 0)));
  return layout;
}

/**
 * Checks that each manifest function has "<name>.zip" at the root and that appsctl's suffix
 * matching (in zip order) picks exactly that archive; reports unused and deflated archives.
 */
export function functionArchiveFindings(entries: readonly ZipEntryInfo[], layout: BundleLayout, functionNames: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const matches = appsctlArchiveMatches(
    entries.map((e) => e.name),
    functionNames,
  );
  const rootNames = new Set(layout.rootArchives.map((e) => e.name));
  for (const fn of functionNames) {
    const expected = `${fn}.zip`;
    if (!rootNames.has(expected)) out.push(finding('MMA205', { path: expected }, fn));
    else if (matches.get(fn) !== expected) out.push(finding('MMA206', { path: matches.get(fn)! }, fn, matches.get(fn)!));
  }
  const expectedNames = new Set(functionNames.map((fn) => `${fn}.zip`));
  for (const archive of layout.rootArchives) {
    if (!expectedNames.has(archive.name)) out.push(finding('MMA207', { path: archive.name }, archive.name));
    else if (archive.method !== 0) out.push(finding('MMA208', { path: archive.name }, archive.name));
  }
  return out;
}
