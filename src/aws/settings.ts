// Where provisioning goes and as whom: region, bucket, endpoint and credentials, resolved from
// options, then Mattermost's variables, then the AWS SDK's own defaults (SPEC §4).
import { UserError } from '../errors.js';
import { DEFAULT_BUCKET, ENV } from './defaults.js';

export interface AwsSettingsInput {
  region?: string | undefined;
  bucket?: string | undefined;
  endpointUrl?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Whose credentials: the deployer's (default), or the Apps plugin's invoke user
   * (MM_APPS_AWS_ACCESS_KEY / MM_APPS_AWS_SECRET_KEY first), which is what `test` checks with.
   */
  as?: 'deployer' | 'plugin';
}

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AwsSettings {
  /** Undefined: the SDK's own resolution (AWS_REGION, the shared config file). */
  region?: string;
  bucket: string;
  /** An explicit endpoint (moto, LocalStack, an S3-compatible store); AWS_ENDPOINT_URL works without it. */
  endpoint?: string;
  /** Path-style S3 addressing, needed whenever the endpoint is not AWS's. */
  forcePathStyle: boolean;
  /** Undefined: the SDK's default chain (environment, profiles, web identity / OIDC, instance roles). */
  credentials?: StaticCredentials;
  /** Where the credentials come from, for messages (never the secret). */
  credentialSource: string;
}

/** S3 bucket naming rules (general purpose buckets). */
const BUCKET_NAME = /^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

function pair(env: AwsSettingsInput['env'], access: string, secret: string): StaticCredentials | undefined {
  const a = env[access];
  const s = env[secret];
  if (!a && !s) return undefined;
  if (!a || !s) throw new UserError(`${a ? access : secret} is set but ${a ? secret : access} is not; set both, or neither to use the AWS default credentials`);
  return { accessKeyId: a, secretAccessKey: s };
}

export function resolveAwsSettings(input: AwsSettingsInput): AwsSettings {
  const { env } = input;
  const region = input.region || env[ENV.region] || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  if (region !== undefined && !REGION.test(region)) throw new UserError(`"${region}" is not an AWS region name (e.g. us-east-1)`);
  const bucket = input.bucket || env[ENV.bucket] || DEFAULT_BUCKET;
  if (!BUCKET_NAME.test(bucket)) {
    throw new UserError(`"${bucket}" is not a valid S3 bucket name: 3 to 63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit`);
  }
  let endpoint: string | undefined;
  if (input.endpointUrl) {
    try {
      endpoint = new URL(input.endpointUrl).toString().replace(/\/$/, '');
    } catch {
      throw new UserError(`"${input.endpointUrl}" is not a URL; give the endpoint as e.g. http://127.0.0.1:5000`);
    }
  }
  const customEndpoint = Boolean(endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
  const sources: [string, string][] = [
    ...(input.as === 'plugin' ? [[ENV.invokeAccessKey, ENV.invokeSecretKey] as [string, string]] : []),
    [ENV.deployAccessKey, ENV.deploySecretKey],
    [ENV.provisionAccessKey, ENV.provisionSecretKey],
    [ENV.legacyAccessKey, ENV.legacySecretKey],
  ];
  let credentials: StaticCredentials | undefined;
  let credentialSource = 'the AWS default credential chain';
  for (const [access, secret] of sources) {
    credentials = pair(env, access, secret);
    if (credentials) {
      credentialSource = `${access} / ${secret}`;
      break;
    }
  }
  return {
    ...(region ? { region } : {}),
    bucket,
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: customEndpoint,
    ...(credentials ? { credentials } : {}),
    credentialSource,
  };
}

/** Secrets that front ends must mask in logs. */
export function secretsOf(settings: AwsSettings): string[] {
  return settings.credentials ? [settings.credentials.secretAccessKey] : [];
}
