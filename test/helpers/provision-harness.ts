// One moto_server for a describe block of provision tests: started once, reset and seeded (bucket,
// execution role, invoke policy) before each test, with a Lambda client and plain clients to look
// at the result, a fault transport that records every request, `run` to provision through it and
// `writes` to list what it wrote.
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { provision, type ProvisionRequest } from '../../src/provision/provision.js';
import { FaultyHandler } from './faults.js';
import { CREDENTIALS_ENV, REGION, motoClients, seedAccount, startMoto, type Moto } from './moto.js';

export interface ProvisionHarness {
  readonly moto: Moto;
  readonly lambda: LambdaClient;
  readonly aws: ReturnType<typeof motoClients>;
  readonly transport: FaultyHandler;
  /** Provisions `target` into the moto through the transport, with no waits between retries. */
  run(target: string, extra?: Partial<ProvisionRequest>): ReturnType<typeof provision>;
  /** The writes recorded so far, one line each: "service:Operation target". */
  writes(): string[];
}

/** Registers the hooks in the calling describe block; the fields are set once its tests run. */
export function provisionHarness(bucket: string): ProvisionHarness {
  const h = {} as { -readonly [K in keyof ProvisionHarness]: ProvisionHarness[K] };
  beforeAll(async () => {
    h.moto = await startMoto();
    h.lambda = new LambdaClient({ endpoint: h.moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    h.aws = motoClients(h.moto.endpoint);
  });
  afterAll(async () => {
    h.lambda?.destroy();
    await h.moto?.stop();
  });
  beforeEach(async () => {
    await h.moto.reset();
    await seedAccount(h.moto.endpoint, bucket);
    h.transport = new FaultyHandler();
  });
  h.run = (target, extra = {}) =>
    provision({
      target,
      now: new Date('2026-11-21T00:00:00Z'),
      aws: { endpointUrl: h.moto.endpoint, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } },
      clientOptions: { requestHandler: h.transport, retryDelay: () => 1 },
      sleep: async () => undefined,
      ...extra,
    });
  h.writes = () => h.transport.writes().map((w) => `${w.service}:${w.operation} ${w.target}`.trim());
  return h;
}
