// Options several commands share, declared once with their help text (see command.ts).
import { MANIFEST_FORMATS } from '../../manifest/manifest-format.js';
import { MM_ENV, resolveMattermostSettings } from '../../register/settings.js';
import { iamNameProblem, roleProblem } from '../../aws/iam-names.js';
import { optionValue, usageError } from '../args.js';
import type { OptionSpec } from '../command.js';

export const MANIFEST_FORMAT_OPTION = {
  type: 'string',
  value: 'F',
  choices: MANIFEST_FORMATS,
  help: 'the shape of the bundle\'s manifest.json: "current"\n(default; Apps plugin v1.0+, cloud deployer v0.1.6+;\na v0.7 manifest is converted, with a warning) or\n"v0.7" ("app_type" and an "aws_lambda" array: plugin\nv0.7–v1.1, cloud deployer v0.1.0–v0.1.5). Only the\nshape changes; everything else stays as written',
} as const satisfies OptionSpec;

/** --function for commands that take an app directory as well as a bundle. */
export const FUNCTION_OPTION = {
  type: 'string',
  multiple: true,
  value: 'NAME=PATH',
  help: 'for an app directory: take function NAME from PATH\n(a directory or a .zip); repeatable',
} as const satisfies OptionSpec;

/**
 * A bad --mattermost-url is a usage error (exit 2); the
 * URL is checked alone first, with the core's rules (a stand-in token, never used).
 */
export function checkMattermostUrl(commandName: string, url: string | undefined): void {
  if (url) optionValue(commandName, '--mattermost-url', () => resolveMattermostSettings({ url, env: { [MM_ENV.token]: 'checking-the-url-only' }, urlOption: '--mattermost-url' }));
}

/** Checks IAM names given as options (a bad one is a usage error): [flag, kind, value]. */
export function checkIamNames(commandName: string, names: readonly [string, 'user' | 'group' | 'role' | 'policy' | 'role or ARN', string | undefined][]): void {
  for (const [flag, kind, value] of names) {
    if (value === undefined) continue;
    const problem = kind === 'role or ARN' ? roleProblem(value) : iamNameProblem(kind, value);
    if (problem) throw usageError(commandName, `${flag} "${value}" ${problem}`);
  }
}
