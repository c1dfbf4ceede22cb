import { validate, type ValidationResult } from '../../bundle/validate.js';
import { formatBytes, plural, table } from '../../util/format.js';
import type { ManifestFormat } from '../../manifest/manifest-format.js';
import type { FetchedBundle } from '../../source/fetch-bundle.js';
import { parseFunctionMappings } from '../args.js';
import { command } from '../command.js';
import type { CommandContext } from '../io.js';
import { jsonError } from '../json.js';
import { consumerLines, countFindings, findingsBlock, findingsJson, shown, type Subject } from '../render.js';
import { FUNCTION_OPTION, MANIFEST_FORMAT_OPTION } from './shared-options.js';
import { openSource, SOURCE_AWS_OPTIONS, SOURCE_OPTIONS, SOURCE_SECTION, SOURCE_SECTION_TEXT, sourceJson } from './source-options.js';

export const validateCommand = command(
  {
    name: 'validate',
    summary: 'check an app directory or a bundle, offline',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (an app directory, a bundle .zip, s3://BUCKET/KEY or an https:// URL)' },
    description: `Checks an app directory or an existing bundle .zip (for example one built by a
Makefile) without touching AWS (except to read an s3:// bundle), and prints
every finding compiler-style:

  manifest.json:12:7: error MMA012: "version" "1.2.3-beta.1" is 12 bytes; ...

Checked: the manifest (JSON syntax, both formats, the Apps plugin's rules, Lambda
names, runtimes and their AWS deprecation dates, handlers), each function
archive (handler file present, bootstrap executable, 50 MB zipped / 250 MB
unzipped), the bundle layout every consumer accepts and its size limits, and
archive safety (path traversal, links, duplicates, encryption, decompression
bombs, overlapping entries), with every entry's data read and checked against
its sizes and CRC-32, in the bundle and in each function archive inside it. An
app directory is packed into a temporary file, so sizes are the real ones.

A valid bundle is rated against Mattermost's consumers: which of the Apps
plugin and appsctl v0.7, v1.0–v1.1 and v1.2+, and of the cloud deployer
v0.1.0–v0.1.5 and v0.1.6+ accept it, and why not.`,
    options: {
      function: FUNCTION_OPTION,
      'manifest-format': { ...MANIFEST_FORMAT_OPTION, help: 'for an app directory: rate the bundle pack would write\nwith this manifest shape (current or v0.7)' },
      ...SOURCE_OPTIONS,
      ...SOURCE_AWS_OPTIONS,
    },
    sections: { [SOURCE_SECTION]: SOURCE_SECTION_TEXT },
    epilogue: `Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.

Examples:
  mm-apps-deploy validate sample-app
  mm-apps-deploy validate dist/bundle.zip --json
  mm-apps-deploy validate https://github.com/org/app/releases/download/v1.0.0/app_v1.0.0.zip`,
  },
  async ({ values, positionals }, ctx) => {
    const manifestFormat = values['manifest-format'] as ManifestFormat | undefined;
    const source = await openSource('validate', positionals[0]!, values, ctx);
    try {
      const { result, subject } = await validateTarget(source, values.function, ctx, manifestFormat);
      if (ctx.json) {
        ctx.result({ ...validationJson(subject, result), ...sourceJson(source), ...(result.ok ? {} : { error: jsonError('findings', countFindings(result.findings)) }) });
      } else {
        ctx.io.err(findingsBlock(subject, result.findings));
        if (result.ok) ctx.io.out(summary(subject.path, result));
        else ctx.io.err(`${shown(subject.path)}: ${countFindings(result.findings)}\n`);
      }
      return result.ok ? 0 : 1;
    } finally {
      source.cleanup();
    }
  },
);

function summary(target: string, r: ValidationResult): string {
  const m = r.manifest!;
  const rows = r.functions.map((f) => [f.name, f.lambdaName, f.runtime, formatBytes(f.zippedSize), formatBytes(f.unzippedSize)]);
  return (
    `${shown(target)}: valid ${r.kind === 'bundle' ? 'bundle' : 'app'} ${shown(m.appId)} ${shown(m.version)}, ${countFindings(r.findings)}\n\n` +
    `${table([['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'], ...rows])}\n\n` +
    `${table([['static', `${plural(r.static.files, 'file')}, ${formatBytes(r.static.bytes)}`]])}\n` +
    (r.consumers ? `\nAccepted by:\n${consumerLines(r.consumers)}` : '')
  );
}

/** Validates the app directory or bundle a command was given (validate, provision-data, register). */
export async function validateTarget(source: FetchedBundle, functions: readonly string[] | undefined, ctx: CommandContext, manifestFormat?: ManifestFormat): Promise<{ result: ValidationResult; subject: Subject }> {
  const result = await validate(source.path, {
    now: ctx.now,
    functionSources: parseFunctionMappings(functions, ctx.io.cwd),
    onProgress: (m) => ctx.progress(m),
    ...(manifestFormat ? { manifestFormat } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  return { result, subject: { kind: result.kind, path: source.displayName } };
}

export function validationJson(subject: Subject, r: ValidationResult) {
  return {
    ok: r.ok,
    kind: r.kind,
    path: subject.path,
    ...(r.manifest ? { appId: r.manifest.appId, version: r.manifest.version, manifestFormat: r.manifest.format } : {}),
    functions: r.functions,
    static: r.static,
    ...(r.consumers ? { consumers: r.consumers } : {}),
    findings: findingsJson(subject, r.findings),
  };
}
