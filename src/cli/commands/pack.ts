import path from 'node:path';
import { defaultBundlePath, pack, type PackResult } from '../../bundle/pack.js';
import { provisionDataObject } from '../../compat/provision-data.js';
import { formatBytes, plural, table } from '../../util/format.js';
import { installCommandsFor } from '../../register/install-commands.js';
import type { ManifestFormat } from '../../manifest/manifest-format.js';
import { parseFunctionMappings } from '../args.js';
import { command } from '../command.js';
import type { CommandContext } from '../io.js';
import { commandLines, countFindings, findingsBlock, findingsJson, shown, type Subject } from '../render.js';
import { MANIFEST_FORMAT_OPTION } from './shared-options.js';

export const packCommand = command(
  {
    name: 'pack',
    summary: 'pack an app directory into a validated, reproducible bundle',
    args: '[APP_DIR]',
    positionals: { min: 0, max: 1, names: 'APP_DIR' },
    description: `Packs a Mattermost App directory into a bundle: manifest.json, static/ and one
zip per aws_lambda function. The bundle is byte-reproducible (same bytes on any
machine, in any timezone) and passes every check of "mm-apps-deploy validate".
Nothing is written when there is an error.

APP_DIR (default: the current directory) holds:
  manifest.json          the app manifest (current format, or the v0.7 one)
  static/                optional static assets, served from S3
  functions/NAME/        the code of function NAME, zipped with its contents at
                         the archive root (node_modules included)
  functions/NAME.zip     or a prebuilt archive for function NAME, used as is`,
    options: {
      output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write the bundle: outside APP_DIR, or in its\ndist/ (default: APP_DIR/dist/<app_id>_<version>.zip)' },
      function: { type: 'string', multiple: true, value: 'NAME=PATH', help: 'take function NAME from PATH, a directory or a .zip,\nrelative to the current directory; repeatable' },
      'manifest-format': MANIFEST_FORMAT_OPTION,
    },
    epilogue: `Output: each function with its Lambda name, runtime and sizes; the static
files; the bundle path and SHA-256; the /apps install commands, each with the
Apps plugin versions it is for; warnings.

Links in APP_DIR are followed while they stay inside it (a --function PATH
outside APP_DIR is its own boundary); each real file is packed once.

Exit status: 0 packed (warnings allowed), 1 the app has errors (no bundle
written), 2 usage error, 130 interrupted (Ctrl-C: nothing half-written left).

Examples:
  mm-apps-deploy pack sample-app
  mm-apps-deploy pack . -o build/bundle.zip --function api=build/api`,
  },
  async ({ values, positionals }, ctx) => {
    const appDirArg = positionals[0] ?? '.';
    const appDir = path.resolve(ctx.io.cwd, appDirArg);
    const functionSources = parseFunctionMappings(values.function, ctx.io.cwd);
    const manifestFormat = values['manifest-format'] as ManifestFormat | undefined;
    const output = values.output;
    const result = await pack({
      appDir,
      now: ctx.now,
      functionSources,
      ...(manifestFormat ? { manifestFormat } : {}),
      output: output ? path.resolve(ctx.io.cwd, output) : (m) => defaultBundlePath(appDir, m),
      onProgress: (m) => ctx.progress(m),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const subject: Subject = { kind: 'app-dir', path: appDirArg };
    if (ctx.json) ctx.result(packJson(subject, result, ctx));
    else renderPack(subject, result, ctx);
    return result.ok ? 0 : 1;
  },
);

function rel(ctx: CommandContext, p: string): string {
  const r = path.relative(ctx.io.cwd, p);
  return r.startsWith('..') ? p : r;
}

function renderPack(subject: Subject, r: PackResult, ctx: CommandContext): void {
  const { out, err } = ctx.io;
  if (!r.ok || !r.bundle || !r.manifest) {
    err(findingsBlock(subject, r.findings));
    err(`pack failed: ${countFindings(r.findings)}; no bundle written.\n`);
    return;
  }
  const m = r.manifest;
  out(`Packed ${shown(m.appId)} ${shown(m.version)} (manifest format: ${r.manifestFormat})\n\n`);
  out(`${table([['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'], ...r.functions.map((f) => [f.name, f.lambdaName, f.runtime, formatBytes(f.zippedSize), formatBytes(f.unzippedSize)])])}\n\n`);
  out(
    `${table([
      ['static', `${plural(r.static.files, 'file')}, ${formatBytes(r.static.bytes)}`],
      ['bundle', `${rel(ctx, r.bundle.path)} (${formatBytes(r.bundle.size)})`],
      ['sha256', r.bundle.sha256],
    ])}\n\n`,
  );
  out(`Once provisioned, install it in Mattermost with:\n${commandLines(installCommandsFor(m.appId, m.version))}`);
  if (r.findings.length > 0) {
    err(`\n${plural(r.findings.length, 'warning')}:\n`);
    err(findingsBlock(subject, r.findings));
  }
}

function packJson(subject: Subject, r: PackResult, ctx: CommandContext) {
  return {
    ok: r.ok,
    ...(r.manifest ? { appId: r.manifest.appId, version: r.manifest.version, manifestFormat: r.manifestFormat, sourceManifestFormat: r.manifest.format === 'legacy' ? 'v0.7' : 'current' } : {}),
    ...(r.bundle ? { bundle: { ...r.bundle, path: rel(ctx, r.bundle.path) } } : {}),
    functions: r.functions.map((f) => ({ ...f, path: rel(ctx, f.path) })),
    static: r.static,
    ...(r.installCommands ? { installCommands: r.installCommands, install: installCommandsFor(r.manifest!.appId, r.manifest!.version) } : {}),
    ...(r.provisionData ? { provisionData: provisionDataObject(r.provisionData) } : {}),
    findings: findingsJson(subject, r.findings),
  };
}
