import { marshalProvisionData } from '../../compat/provision-data.js';
import { parseCommand } from '../args.js';
import type { Command } from '../command.js';
import { countFindings, findingsBlock } from '../render.js';
import { openSource, SOURCE_AWS_HELP, SOURCE_AWS_OPTIONS, SOURCE_HELP, SOURCE_OPTIONS } from './source-options.js';
import { validateTarget } from './validate.js';

const HELP = `Usage: mm-apps-deploy provision-data PATH [options]

Prints the provision data of a bundle or an app directory on stdout, byte for
byte what "appsctl terraform generate-data" prints for the same bundle: the S3
key of each static file, the Lambda name, handler and runtime of each function,
and the manifest key, as tab-indented JSON. Terraform users and the Mattermost
cloud deployer consume it.

A bundle that cannot be deployed (any validation error, e.g. a Lambda name that
AWS would reject) is refused: the findings go to stderr and nothing to stdout.

Options:
      --function NAME=PATH for an app directory: take function NAME from PATH;
                           repeatable
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${SOURCE_HELP}
${SOURCE_AWS_HELP}

Exit status: 0 printed, 1 the bundle has errors, 2 usage error.

Example:
  mm-apps-deploy provision-data dist/bundle.zip > provision-data.json`;

export const provisionDataCommand: Command = {
  name: 'provision-data',
  summary: 'print the provision data (appsctl terraform generate-data) of a bundle',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand(
      'provision-data',
      argv,
      { function: { type: 'string', multiple: true }, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS },
      { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    );
    if (values.help) {
      ctx.io.out(`${HELP}\n`);
      return 0;
    }
    const source = await openSource(positionals[0]!, values, ctx);
    try {
      const { result, subject } = await validateTarget(source, values.function, ctx);
      ctx.io.err(findingsBlock(subject, result.findings));
      if (!result.ok || !result.provisionData) {
        ctx.io.err(`${subject.path}: ${countFindings(result.findings)}; refusing to print provision data for a bundle that cannot be deployed\n`);
        return 1;
      }
      ctx.io.out(marshalProvisionData(result.provisionData));
      return 0;
    } finally {
      source.cleanup();
    }
  },
};
