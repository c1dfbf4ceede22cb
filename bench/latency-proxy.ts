// For the provisioning benchmark: an HTTP proxy in front of moto (Lambda, IAM, STS) that adds a
// fixed latency to every request and, like real Lambda, reports a new function `Pending` for
// the first `pendingPolls` GetFunction calls after CreateFunction (moto reports it Active at once).
// Counts requests, for the "requests made" figure.
import http from 'node:http';

export interface LatencyProxy {
  endpoint: string;
  requests(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startLatencyProxy(target: string, latencyMs: number, pendingPolls = 2): Promise<LatencyProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const pending = new Map<string, number>();
  let count = 0;
  const server = http.createServer((req, res) => {
    count++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      setTimeout(() => {
        const path = req.url ?? '/';
        const created = req.method === 'POST' && /^\/2015-03-31\/functions\/?$/.test(path);
        const polled = req.method === 'GET' && /^\/2015-03-31\/functions\/([^/?]+)\/?(\?.*)?$/.exec(path)?.[1];
        const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers: { ...req.headers, host: upstream.host }, agent }, (up) => {
          const parts: Buffer[] = [];
          up.on('data', (c: Buffer) => parts.push(c));
          up.on('end', () => {
            let out = Buffer.concat(parts);
            const headers = { ...up.headers };
            const ok = (up.statusCode ?? 500) < 300;
            if (created && ok) pending.set((JSON.parse(body.toString()) as { FunctionName: string }).FunctionName, pendingPolls);
            const left = polled ? (pending.get(decodeURIComponent(polled)) ?? 0) : 0;
            if (polled && ok && left > 0) {
              pending.set(decodeURIComponent(polled), left - 1);
              const doc = JSON.parse(out.toString()) as { Configuration: Record<string, unknown> };
              Object.assign(doc.Configuration, { State: 'Pending', StateReason: 'The function is being created.', StateReasonCode: 'Creating' });
              out = Buffer.from(JSON.stringify(doc));
              headers['content-length'] = String(out.length);
            }
            res.writeHead(up.statusCode ?? 500, headers);
            res.end(out);
          });
        });
        forward.on('error', (err) => {
          res.writeHead(502);
          res.end(String(err));
        });
        forward.end(body);
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests: () => count,
    reset() {
      count = 0;
      pending.clear();
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
