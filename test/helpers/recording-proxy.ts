// An HTTP proxy in front of moto that records every AWS request, for tests of the CLI and the
// built action, whose SDK clients live in another process (or behind --endpoint-url) where the
// in-process recording transport (faults.ts) cannot reach. "Nothing was written" is then counted.
import { createServer, request as httpRequest, type Server } from 'node:http';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The Query API action (IAM, STS), when there is one. */
  action?: string;
  /** Changes state in AWS: a REST call other than GET/HEAD, or a Query action other than Get*, List*. */
  write: boolean;
}

export interface RecordingProxy {
  endpoint: string;
  requests: ProxiedRequest[];
  writes(): ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const to = new URL(target);
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body.toString('latin1'))?.[1];
      const write = action ? !/^(Get|List)/.test(action) : method !== 'GET' && method !== 'HEAD';
      requests.push({ method, path: req.url ?? '/', ...(action ? { action } : {}), write });
      const upstream = httpRequest({ host: to.hostname, port: to.port, method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    writes: () => requests.filter((r) => r.write),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
