// The options every AWS command shares (provision, init, test, prune).
import type { AwsSettingsInput } from '../../aws/settings.js';
import type { CommandContext } from '../io.js';

export const AWS_OPTIONS = {
  bucket: { type: 'string' },
  region: { type: 'string' },
  'endpoint-url': { type: 'string' },
} as const;

export const AWS_HELP = `AWS:
      --bucket B           the bucket of static assets and manifests
                           (default: MM_APPS_S3_BUCKET, else mattermost-apps-bucket)
      --region R           the AWS region (default: MM_APPS_AWS_REGION, else the
                           SDK's: AWS_REGION, the shared config file)
      --endpoint-url URL   another endpoint (moto, LocalStack, an S3-compatible
                           store), with path-style S3 (AWS_ENDPOINT_URL works too)
  Credentials: MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY, or
  MM_APPS_PROVISION_AWS_ACCESS_KEY / MM_APPS_PROVISION_AWS_SECRET_KEY, or
  APPS_PROVISION_AWS_ACCESS_KEY / APPS_PROVISION_AWS_SECRET_KEY, else the AWS
  SDK's default chain (environment, AWS_PROFILE, web identity / OIDC,
  container and instance roles). Secrets are never printed.`;

export function awsInput(values: { bucket?: string | undefined; region?: string | undefined; 'endpoint-url'?: string | undefined }, ctx: CommandContext): AwsSettingsInput {
  return { bucket: values.bucket, region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env };
}
