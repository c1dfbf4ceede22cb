// Lambda names, S3 keys and install commands must equal the Go implementation's (upaws); the
// vectors are research/mattermost-apps-aws.md §2.3 (#3 is mattermost-plugin-apps' own unit test).
import { describe, expect, it } from 'vitest';
import { AWS_LAMBDA_NAME, installCommands, lambdaName, maxFunctionNameBytes, s3ManifestName, s3StaticName } from '../src/compat/naming.js';

describe('lambdaName (upaws.LambdaName)', () => {
  it.each([
    ['hello-serverless', 'v1.2.0', 'hello-serverless', 'hello-serverless_v1-2-0_hello-serverless'],
    ['com.mattermost.servicenow', '0.1.0', 'function with spaces', 'com-mattermost-servicenow_0-1-0_function-with-spaces'],
    ['com.mattermost.servicenow', '0.1.0', 'function-with-very-very-very-very-very-very-very-long-name', 'com.mattermost.servicenow_0.1.0_95f51579baba92ea2a0a3ad98c24fcbc'],
    ['com.example.my-really-long-app', 'v1.10.100', 'handler-for-all-the-things', 'com.example.my-really-long-app_v1.10.100_a8a4363b042d84bb704ad47'],
    ['hello-lambda', 'demo', 'go-function', 'hello-lambda_demo_go-function'],
  ])('%s %s %s → %s', (appId, version, fn, expected) => {
    expect(lambdaName(appId, version, fn)).toBe(expected);
  });

  it('keeps underscores and other characters; only dots and spaces are replaced', () => {
    expect(lambdaName('my_app', 'v1_0', 'fn_one')).toBe('my_app_v1_0_fn_one');
  });

  it('counts bytes, not characters (Go len)', () => {
    // 10 two-byte letters: a 20-byte app ID; the full name is 69 bytes but only 59 characters,
    // so only a byte count takes the hashed fallback, with a hash of 64 - 20 - 2 - 2 = 40 characters
    const appId = 'é'.repeat(10);
    const name = lambdaName(appId, 'v1', 'x'.repeat(45));
    expect(name).toMatch(new RegExp(`^${appId}_v1_[0-9a-f]{40}$`));
    expect(Buffer.byteLength(name)).toBe(64);
    // a non-ASCII function name that crosses 64 in bytes only gets a name AWS accepts
    expect(lambdaName('hello', 'v1', 'é'.repeat(30))).toMatch(/^hello_v1_[0-9a-f]{55}$/);
  });

  it('the hashed fallback with dots is what AWS rejects', () => {
    expect(AWS_LAMBDA_NAME.test('com.mattermost.servicenow_0.1.0_95f51579baba92ea2a0a3ad98c24fcbc')).toBe(false);
    expect(AWS_LAMBDA_NAME.test('hello-serverless_v1-2-0_hello-serverless')).toBe(true);
  });

  it('maxFunctionNameBytes is what keeps the name within 64 bytes', () => {
    const max = maxFunctionNameBytes('com.mattermost.servicenow', '0.1.0');
    expect(max).toBe(32);
    expect(lambdaName('com.mattermost.servicenow', '0.1.0', 'f'.repeat(max))).toBe(`com-mattermost-servicenow_0-1-0_${'f'.repeat(max)}`);
    expect(lambdaName('com.mattermost.servicenow', '0.1.0', 'f'.repeat(max + 1))).toMatch(/^com\.mattermost\.servicenow_0\.1\.0_[0-9a-f]{32}$/);
  });
});

describe('S3 keys', () => {
  it('static keys have the _app suffix, raw app ID and version, spaces replaced in the path only', () => {
    expect(s3StaticName('hello-serverless', 'v1.2.0', 'test.txt')).toBe('static/hello-serverless_v1.2.0_app/test.txt');
    expect(s3StaticName('com.mattermost.servicenow', '0.1.0', 'static file with spaces.txt')).toBe('static/com.mattermost.servicenow_0.1.0_app/static-file-with-spaces.txt');
    expect(s3StaticName('com.mattermost.servicenow', '0.1.0', 'img/sub dir/a b.png')).toBe('static/com.mattermost.servicenow_0.1.0_app/img/sub-dir/a-b.png');
    expect(s3StaticName('hello-lambda', 'demo', 'test.txt')).toBe('static/hello-lambda_demo_app/test.txt');
  });

  it('manifest keys are raw', () => {
    expect(s3ManifestName('com.mattermost.servicenow', '0.1.0')).toBe('manifests/com.mattermost.servicenow_0.1.0.json');
    expect(s3ManifestName('hello-lambda', 'demo')).toBe('manifests/hello-lambda_demo.json');
  });
});

it('install commands: the seed docs form first, then the plugin v1.0+ form', () => {
  expect(installCommands('hello-lambda', 'demo')).toEqual({ aws: '/apps install aws hello-lambda demo', listed: '/apps install listed hello-lambda' });
});
