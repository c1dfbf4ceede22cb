// A local HTTP server that speaks the few GitHub REST calls release-asset makes (get a release by
// tag, create a release, delete an asset, upload an asset). GitHub's API cannot be reached from the
// test machines, so this stands in for it, with the same paths, status codes and JSON fields.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeAsset {
  id: number;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface FakeRelease {
  id: number;
  tag: string;
  assets: FakeAsset[];
}

export interface FakeGitHub {
  url: string;
  releases: FakeRelease[];
  calls: string[];
  /** Every request's Authorization header. */
  tokens: string[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  const state: FakeGitHub = { url: '', releases: [], calls: [], tokens: [], close: async () => undefined };
  let nextId = 100;
  const releaseJson = (r: FakeRelease) => ({
    id: r.id,
    tag_name: r.tag,
    name: r.tag,
    html_url: `https://github.com/${owner}/${repo}/releases/tag/${r.tag}`,
    upload_url: `${state.url}/uploads/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.data.length, browser_download_url: `https://github.com/${owner}/${repo}/releases/download/${r.tag}/${a.name}` })),
  });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const data = await body(req);
    state.calls.push(`${req.method} ${url.pathname}${url.search}`);
    state.tokens.push(String(req.headers.authorization ?? ''));
    const send = (status: number, json?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    const base = `/repos/${owner}/${repo}`;
    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && (m = url.pathname.match(new RegExp(`^${base}/releases/tags/(.+)$`)))) {
      const r = state.releases.find((x) => x.tag === decodeURIComponent(m![1]!));
      return r ? send(200, releaseJson(r)) : send(404, { message: 'Not Found' });
    }
    if (req.method === 'POST' && url.pathname === `${base}/releases`) {
      const r: FakeRelease = { id: nextId++, tag: JSON.parse(data.toString()).tag_name, assets: [] };
      state.releases.push(r);
      return send(201, releaseJson(r));
    }
    if (req.method === 'DELETE' && (m = url.pathname.match(new RegExp(`^${base}/releases/assets/(\\d+)$`)))) {
      for (const r of state.releases) r.assets = r.assets.filter((a) => a.id !== Number(m![1]));
      return send(204);
    }
    if (req.method === 'POST' && (m = url.pathname.match(new RegExp(`^/uploads${base}/releases/(\\d+)/assets$`)))) {
      const r = state.releases.find((x) => x.id === Number(m![1]));
      const name = url.searchParams.get('name') ?? '';
      if (!r) return send(404, { message: 'Not Found' });
      if (r.assets.some((a) => a.name === name)) return send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
      const asset = { id: nextId++, name, contentType: String(req.headers['content-type']), data };
      r.assets.push(asset);
      return send(201, { id: asset.id, name, browser_download_url: `https://github.com/${owner}/${repo}/releases/download/${r.tag}/${name}` });
    }
    send(404, { message: `not faked: ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
