import { marshalProvisionData, provisionDataObject } from '../../compat/provision-data.js';
import { command } from '../command.js';
import { jsonError } from '../json.js';
import { countFindings, findingsBlock, findingsJson, shown } from '../render.js';
import { FUNCTION_OPTION } from './shared-options.js';
import { openSource, SOURCE_AWS_OPTIONS, SOURCE_OPTIONS, SOURCE_SECTION, SOURCE_SECTION_TEXT, sourceJson } from './source-options.js';
import { validateTarget } from './validate.js';

export const provisionDataCommand = command(
  {
    name: 'provision-data',
    summary: 'print the provision data (appsctl terraform generate-data) of a bundle',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Prints the provision data of a bundle or an app directory on stdout, byte for
byte what "appsctl terraform generate-data" prints for the same bundle: the S3
key of each static file, the Lambda name, handler and runtime of each function,
and the manifest key, as tab-indented JSON. Terraform users and the Mattermost
cloud deployer consume it. With --json, the same data is the "provisionData"
member of the JSON document every command prints.

A bundle that cannot be deployed (any validation error, e.g. a Lambda name that
AWS would reject) is refused: the findings go to stderr and nothing to stdout
(with --json: a document with "ok": false and the findings).`,
    options: { function: FUNCTION_OPTION, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS },
    sections: { [SOURCE_SECTION]: SOURCE_SECTION_TEXT },
    epilogue: `Exit status: 0 printed, 1 the bundle has errors, 2 usage error.

Example:
  mm-apps-deploy provision-data dist/bundle.zip > provision-data.json`,
  },
  async ({ values, positionals }, ctx) => {
    const source = await openSource('provision-data', positionals[0]!, values, ctx);
    try {
      const { result, subject } = await validateTarget(source, values.function, ctx);
      const ok = result.ok && result.provisionData !== undefined;
      if (ctx.json) {
        ctx.result({
          kind: result.kind,
          path: subject.path,
          ...(result.manifest ? { appId: result.manifest.appId, version: result.manifest.version } : {}),
          ...(ok ? { provisionData: provisionDataObject(result.provisionData!) } : { error: jsonError('findings', `${countFindings(result.findings)}; no provision data for a bundle that cannot be deployed`) }),
          ...sourceJson(source),
          findings: findingsJson(subject, result.findings),
        });
        return ok ? 0 : 1;
      }
      ctx.io.err(findingsBlock(subject, result.findings));
      if (!ok) {
        ctx.io.err(`${shown(subject.path)}: ${countFindings(result.findings)}; refusing to print provision data for a bundle that cannot be deployed\n`);
        return 1;
      }
      ctx.io.out(marshalProvisionData(result.provisionData!));
      return 0;
    } finally {
      source.cleanup();
    }
  },
);
