// The options every AWS command shares (provision, init, test, prune, clean).
import type { AwsSettingsInput } from '../../aws/settings.js';
import { resolveAwsSettings } from '../../aws/settings.js';
import { optionValue } from '../args.js';
import type { OptionSpec } from '../command.js';
import type { CommandContext } from '../io.js';

export const AWS_SECTION = 'AWS';

export const AWS_OPTIONS = {
  bucket: { type: 'string', value: 'B', section: AWS_SECTION, help: 'the bucket of static assets and manifests\n(default: MM_APPS_S3_BUCKET, else mattermost-apps-bucket)' },
  region: {
    type: 'string',
    value: 'R',
    section: AWS_SECTION,
    help: "the AWS region (default: MM_APPS_AWS_REGION, else the\nSDK's: AWS_REGION, AWS_DEFAULT_REGION, the shared\nconfig file)",
  },
  'endpoint-url': {
    type: 'string',
    value: 'URL',
    section: AWS_SECTION,
    help: 'another endpoint (moto, LocalStack, an S3-compatible\nstore), with path-style S3 (AWS_ENDPOINT_URL works too)',
  },
} as const satisfies Record<string, OptionSpec>;

export const AWS_SECTION_NOTE = `  Credentials: MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY, or
  MM_APPS_PROVISION_AWS_ACCESS_KEY / MM_APPS_PROVISION_AWS_SECRET_KEY, or
  APPS_PROVISION_AWS_ACCESS_KEY / APPS_PROVISION_AWS_SECRET_KEY, else the AWS
  SDK's default chain (environment, AWS_PROFILE, web identity / OIDC,
  container and instance roles). Secrets are never printed. Each retry of an
  AWS request is shown with the operation and the error.`;

type AwsValues = { bucket?: string | undefined; region?: string | undefined; 'endpoint-url'?: string | undefined };

/**
 * The AWS settings the options give, checked before any work: a bad --bucket, --region or
 * --endpoint-url is a usage error (exit 2). Only the options are checked here (the environment's
 * values are the core's to report).
 */
export function awsInput(values: AwsValues, ctx: CommandContext, commandName: string): AwsSettingsInput {
  if (values.bucket) optionValue(commandName, '--bucket', () => resolveAwsSettings({ bucket: values.bucket, env: {} }));
  if (values.region) optionValue(commandName, '--region', () => resolveAwsSettings({ region: values.region, env: {} }));
  if (values['endpoint-url']) optionValue(commandName, '--endpoint-url', () => resolveAwsSettings({ endpointUrl: values['endpoint-url'], env: {} }));
  return { bucket: values.bucket, region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env };
}
