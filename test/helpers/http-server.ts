// A plain-HTTP server on loopback standing in for the hosts bundles are downloaded from (a GitHub
// release page, the signed host it redirects to, a slow or lying server). Each route is a handler
// that also learns how many times it was asked; every request is recorded with its headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Recorded {
  path: string;
  /** The Host header: "127.0.0.1:PORT" or "localhost:PORT", i.e. which origin the client meant. */
  host: string;
  authorization?: string;
  accept?: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  requests: Recorded[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startHttpServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({
      path,
      host: req.headers.host ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {}),
    });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    handler(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `body` with a correct Content-Length. */
export function serve(body: Buffer): Handler {
  return (_req, res) => res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length }).end(body);
}

/** Sends chunks of zeros without a Content-Length until the client goes away; resolves `stopped` then. */
export function endless(): { handler: Handler; stopped: Promise<number> } {
  let done: (sent: number) => void;
  const stopped = new Promise<number>((r) => (done = r));
  const chunk = Buffer.alloc(64 * 1024);
  const handler: Handler = (_req, res) => {
    let sent = 0;
    res.writeHead(200, { 'content-type': 'application/zip' });
    res.on('close', () => done(sent));
    const pump = () => {
      while (!res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
    };
    pump();
  };
  return { handler, stopped };
}
