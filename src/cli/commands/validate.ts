import { validate, type ValidationResult } from '../../bundle/validate.js';
import { formatBytes, plural, table } from '../../util/format.js';
import { existingTarget, parseCommand, parseFunctionMappings } from '../args.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../io.js';
import { countFindings, findingsBlock, findingsJson, type Subject } from '../render.js';

const HELP = `Usage: mm-apps-deploy validate PATH [options]

Checks an app directory or an existing bundle .zip (for example one built by a
Makefile) without touching AWS, and prints every finding compiler-style:

  manifest.json:12:7: error MMA012: "version" "1.2.3-beta.1" is 12 bytes; ...

Checked: the manifest (JSON syntax, both formats, the Apps plugin's rules, Lambda
names, runtimes and their AWS deprecation dates, handlers), each function
archive (handler file present, bootstrap executable, 50 MB zipped / 250 MB
unzipped), the bundle layout every consumer accepts and its size limits, and
archive safety (path traversal, links, duplicates, encryption, decompression
bombs, overlapping entries), with every entry's data read and checked against
its sizes and CRC-32, in the bundle and in each function archive inside it. An
app directory is packed into a temporary file, so sizes are the real ones.

Options:
      --function NAME=PATH for an app directory: take function NAME from PATH
                           (a directory or a .zip); repeatable
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.

Examples:
  mm-apps-deploy validate sample-app
  mm-apps-deploy validate dist/bundle.zip --json`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check an app directory or a bundle, offline',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('validate', argv, { function: { type: 'string', multiple: true } }, { min: 1, max: 1, names: 'PATH (an app directory or a bundle .zip)' });
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    const target = positionals[0]!;
    const { result, subject } = await validateTarget(target, values.function, ctx);
    if (values.json) {
      ctx.io.out(`${JSON.stringify(validationJson(subject, result), null, 2)}\n`);
    } else {
      ctx.io.err(findingsBlock(subject, result.findings));
      if (result.ok) ctx.io.out(summary(target, result));
      else ctx.io.err(`${target}: ${countFindings(result.findings)}\n`);
    }
    return result.ok ? 0 : 1;
  },
};

function summary(target: string, r: ValidationResult): string {
  const m = r.manifest!;
  const rows = r.functions.map((f) => [f.name, f.lambdaName, f.runtime, formatBytes(f.zippedSize), formatBytes(f.unzippedSize)]);
  return (
    `${target}: valid ${r.kind === 'bundle' ? 'bundle' : 'app'} ${m.appId} ${m.version}, ${countFindings(r.findings)}\n\n` +
    `${table([['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'], ...rows])}\n\n` +
    `${table([['static', `${plural(r.static.files, 'file')}, ${formatBytes(r.static.bytes)}`]])}\n`
  );
}

/** Validates an app directory or bundle named on the command line (validate, provision-data). */
export async function validateTarget(target: string, functions: readonly string[] | undefined, ctx: CommandContext): Promise<{ result: ValidationResult; subject: Subject }> {
  const result = await validate(existingTarget(ctx.io.cwd, target), {
    now: ctx.now,
    functionSources: parseFunctionMappings(functions, ctx.io.cwd),
    onProgress: (m) => ctx.progress(m),
  });
  return { result, subject: { kind: result.kind, path: target } };
}

export function validationJson(subject: Subject, r: ValidationResult) {
  return {
    ok: r.ok,
    kind: r.kind,
    path: subject.path,
    ...(r.manifest ? { appId: r.manifest.appId, version: r.manifest.version, manifestFormat: r.manifest.format } : {}),
    functions: r.functions,
    static: r.static,
    findings: findingsJson(subject, r.findings),
  };
}
