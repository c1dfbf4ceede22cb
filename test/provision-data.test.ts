// The provision data must be byte for byte what `appsctl terraform generate-data` prints.
import { describe, expect, it } from 'vitest';
import { marshalProvisionData, provisionData } from '../src/compat/provision-data.js';
import { HELLO_SERVERLESS_EXPECTED, SERVICENOW_EXPECTED } from './fixtures/provision-data.js';

describe('marshalProvisionData', () => {
  it('reproduces the servicenow test bundle document (map keys sorted, functions keyed by manifest name)', () => {
    const go = (name: string, handler = 'mattermost-app-servicenow', runtime = 'go1.x') => ({ name, handler, runtime });
    const pd = provisionData(
      {
        appId: 'com.mattermost.servicenow',
        version: '0.1.0',
        // manifest order differs from the sorted output on purpose
        functions: [go('function1'), go('function2', 'index.handler', 'nodejs14.x'), go('function with spaces'), go('function-with-very-very-very-very-very-very-very-long-name')],
      },
      ['text.txt', 'static file with spaces.txt', 'some.json', 'photo.png', 'static-file-with-very-very-very-very-very-very-very-very-long-name.txt'],
    );
    expect(marshalProvisionData(pd)).toBe(SERVICENOW_EXPECTED);
  });

  it('reproduces the hello-serverless document', () => {
    const pd = provisionData({ appId: 'hello-serverless', version: 'v1.2.0', functions: [{ name: 'hello-serverless', handler: 'hello-serverless', runtime: 'go1.x' }] }, ['icon.png', 'test.txt']);
    expect(marshalProvisionData(pd)).toBe(HELLO_SERVERLESS_EXPECTED);
  });

  it('writes an app without static files as an empty map, like Go', () => {
    const pd = provisionData({ appId: 'abc', version: 'v1', functions: [{ name: 'f', handler: 'h', runtime: 'provided.al2023' }] }, []);
    expect(marshalProvisionData(pd)).toBe(
      '{\n\t"static_files": {},\n\t"lambda_functions": {\n\t\t"f": {\n\t\t\t"name": "abc_v1_f",\n\t\t\t"handler": "h",\n\t\t\t"runtime": "provided.al2023"\n\t\t}\n\t},\n\t"manifest_key": "manifests/abc_v1.json"\n}\n',
    );
  });

  it('escapes static paths the way Go does', () => {
    const pd = provisionData({ appId: 'abc', version: 'v1', functions: [] }, ['a&b<c>.txt']);
    expect(marshalProvisionData(pd)).toContain('"a\\u0026b\\u003cc\\u003e.txt": {\n\t\t\t"key": "static/abc_v1_app/a\\u0026b\\u003cc\\u003e.txt"');
  });
});
