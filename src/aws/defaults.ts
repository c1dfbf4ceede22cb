// Default names and environment variables shared with Mattermost's tooling
// (mattermost-plugin-apps upstream/upaws aws.go; research/mattermost-apps-aws.md §4.4, §6).

export const DEFAULT_BUCKET = 'mattermost-apps-bucket';
export const DEFAULT_EXECUTE_ROLE = 'mattermost-apps-execute-lambda-role';
export const DEFAULT_INVOKE_POLICY = 'mattermost-apps-invoke-policy';
export const DEFAULT_INVOKE_USER = 'mattermost-apps-invoke';
export const DEFAULT_INVOKE_GROUP = 'mattermost-apps-invoke-group';
/** The AWS managed policy that lets functions write CloudWatch logs, in the caller's partition (aws, aws-cn, aws-us-gov). */
export function lambdaBasicExecutionPolicy(partition = 'aws'): string {
  return `arn:${partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`;
}

export const ENV = {
  /** The bucket of static assets and manifests (plugin and appsctl). */
  bucket: 'MM_APPS_S3_BUCKET',
  region: 'MM_APPS_AWS_REGION',
  /** Deploy credentials: appsctl v1.0+ names, then the v0.7 names of the seed documentation. */
  deployAccessKey: 'MM_APPS_DEPLOY_AWS_ACCESS_KEY',
  deploySecretKey: 'MM_APPS_DEPLOY_AWS_SECRET_KEY',
  provisionAccessKey: 'MM_APPS_PROVISION_AWS_ACCESS_KEY',
  provisionSecretKey: 'MM_APPS_PROVISION_AWS_SECRET_KEY',
  /** appsctl v0.1–v0.6, and the "Deploying Apps" seed page. */
  legacyAccessKey: 'APPS_PROVISION_AWS_ACCESS_KEY',
  legacySecretKey: 'APPS_PROVISION_AWS_SECRET_KEY',
  /** The invoke user's key, which the plugin reads (printed by init --create-access-key). */
  invokeAccessKey: 'MM_APPS_AWS_ACCESS_KEY',
  invokeSecretKey: 'MM_APPS_AWS_SECRET_KEY',
} as const;

/** The trust policy of the execution role (upaws.AssumeRolePolicyDocument). */
export const ASSUME_ROLE_POLICY_DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/**
 * The invoke policy `init` creates (upaws.InitialInvokePolicyDocument since v1.0.0): read the
 * bucket's manifests and static assets, list the bucket. Functions are added by provision in an
 * AllowLambda statement.
 */
export function initialInvokePolicyDocument(bucket: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/manifests/*`, `arn:aws:s3:::${bucket}/static/*`] },
      { Sid: 'AllowS3list', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`] },
    ],
  });
}
