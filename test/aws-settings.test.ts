// Where provisioning goes and as whom (SPEC §4): options, then Mattermost's variables, then the SDK's.
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { resolveAwsSettings } from '../src/aws/settings.js';

const resolve = (env: Record<string, string>, input: { region?: string; bucket?: string; endpointUrl?: string } = {}) => resolveAwsSettings({ ...input, env });

describe('credentials', () => {
  it("use MM_APPS_DEPLOY_AWS_* first, then the seed documentation's MM_APPS_PROVISION_AWS_*", () => {
    const both = resolve({ MM_APPS_DEPLOY_AWS_ACCESS_KEY: 'AKIADEPLOY', MM_APPS_DEPLOY_AWS_SECRET_KEY: 's1', MM_APPS_PROVISION_AWS_ACCESS_KEY: 'AKIAPROV', MM_APPS_PROVISION_AWS_SECRET_KEY: 's2' });
    expect(both.credentials).toEqual({ accessKeyId: 'AKIADEPLOY', secretAccessKey: 's1' });
    expect(both.credentialSource).toBe('MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY');
    const seed = resolve({ MM_APPS_PROVISION_AWS_ACCESS_KEY: 'AKIAPROV', MM_APPS_PROVISION_AWS_SECRET_KEY: 's2' });
    expect(seed.credentials).toEqual({ accessKeyId: 'AKIAPROV', secretAccessKey: 's2' });
  });

  it('accept the "Deploying Apps" page\'s APPS_PROVISION_AWS_* after the MM_APPS_* names', () => {
    const legacy = { APPS_PROVISION_AWS_ACCESS_KEY: 'AKIAOLD', APPS_PROVISION_AWS_SECRET_KEY: 's3' };
    expect(resolve(legacy).credentials).toEqual({ accessKeyId: 'AKIAOLD', secretAccessKey: 's3' });
    expect(resolve(legacy).credentialSource).toBe('APPS_PROVISION_AWS_ACCESS_KEY / APPS_PROVISION_AWS_SECRET_KEY');
    expect(resolve({ ...legacy, MM_APPS_PROVISION_AWS_ACCESS_KEY: 'AKIAPROV', MM_APPS_PROVISION_AWS_SECRET_KEY: 's2' }).credentials?.accessKeyId).toBe('AKIAPROV');
  });

  it("fall back to the SDK's default chain (environment, profiles, OIDC web identity)", () => {
    const s = resolve({ AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' });
    expect(s.credentials).toBeUndefined();
    expect(s.credentialSource).toBe('the AWS default credential chain');
  });

  it('refuse half a pair, naming the missing variable', () => {
    expect(() => resolve({ MM_APPS_DEPLOY_AWS_ACCESS_KEY: 'AKIA' })).toThrow('MM_APPS_DEPLOY_AWS_ACCESS_KEY is set but MM_APPS_DEPLOY_AWS_SECRET_KEY is not; set both, or neither to use the AWS default credentials');
  });
});

describe('region, bucket and endpoint', () => {
  it('region: option, then MM_APPS_AWS_REGION, then AWS_REGION / AWS_DEFAULT_REGION, else the SDK', () => {
    expect(resolve({ MM_APPS_AWS_REGION: 'eu-west-1', AWS_REGION: 'us-west-2' }, { region: 'ap-south-1' }).region).toBe('ap-south-1');
    expect(resolve({ MM_APPS_AWS_REGION: 'eu-west-1', AWS_REGION: 'us-west-2' }).region).toBe('eu-west-1');
    expect(resolve({ AWS_REGION: 'us-west-2' }).region).toBe('us-west-2');
    expect(resolve({ AWS_DEFAULT_REGION: 'us-east-2' }).region).toBe('us-east-2');
    expect(resolve({}).region).toBeUndefined();
    expect(() => resolve({}, { region: 'Frankfurt' })).toThrow(UserError);
  });

  it('bucket: option, then MM_APPS_S3_BUCKET, then mattermost-apps-bucket; names checked', () => {
    expect(resolve({ MM_APPS_S3_BUCKET: 'from-env' }, { bucket: 'from-option' }).bucket).toBe('from-option');
    expect(resolve({ MM_APPS_S3_BUCKET: 'from-env' }).bucket).toBe('from-env');
    expect(resolve({}).bucket).toBe('mattermost-apps-bucket');
    expect(() => resolve({}, { bucket: 'My_Bucket' })).toThrow(/is not a valid S3 bucket name/);
  });

  it('path-style S3 with an explicit endpoint or AWS_ENDPOINT_URL; virtual-hosted on AWS', () => {
    expect(resolve({}, { endpointUrl: 'http://localhost:4566' })).toMatchObject({ endpoint: 'http://localhost:4566', forcePathStyle: true });
    expect(resolve({ AWS_ENDPOINT_URL: 'http://localhost:4566' })).toMatchObject({ forcePathStyle: true });
    expect(resolve({ AWS_ENDPOINT_URL_S3: 'http://minio:9000' })).toMatchObject({ forcePathStyle: true });
    expect(resolve({}).forcePathStyle).toBe(false);
    expect(() => resolve({}, { endpointUrl: 'not a url' })).toThrow(/is not a URL/);
  });
});
