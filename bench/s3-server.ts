// A small in-memory S3 endpoint for the provisioning benchmark, written for it: it answers the
// calls our client and `aws s3 sync` / `aws s3 cp` make (HeadBucket, ListObjectsV2, Head/Get/
// PutObject, multipart uploads), adds a fixed latency to every request, and is never the
// bottleneck (moto handles ~300 PUT/s; this serves thousands, see bench/provision.ts's check).
// Bodies above 1 MiB are not kept (their MD5 is): the benchmark never reads them back.
//
// Run as its own process: `node --import tsx bench/s3-server.ts --latency 30`; it prints
// `listening <port>` and serves GET /__stats (requests per operation), GET /__cpu (its CPU
// seconds) and POST /__reset.
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';

interface StoredObject {
  size: number;
  etag: string;
  contentType: string;
  cacheControl?: string;
  metadata: Record<string, string>;
  lastModified: string;
  body?: Buffer;
}

interface Upload {
  key: string;
  headers: Omit<StoredObject, 'size' | 'etag' | 'lastModified' | 'body'>;
  parts: Map<number, { md5: Buffer; size: number; body?: Buffer }>;
}

const KEEP_BODY = 1024 * 1024;
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const latency = Number(arg('latency', '0'));
const port = Number(arg('port', '0'));

const buckets = new Map<string, Map<string, StoredObject>>();
const sorted = new Map<string, string[]>();
const uploads = new Map<string, Upload>();
let counts: Record<string, number> = {};

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** aws-chunked bodies (`aws s3` with checksums): `<hex size>[;ext]\r\n<data>\r\n`..., then trailers. */
function decodeChunked(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', i);
    const size = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0]!, 16);
    if (!size) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

function headersOf(req: http.IncomingMessage): Upload['headers'] {
  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (k.startsWith('x-amz-meta-')) metadata[k.slice(11)] = String(v);
  return {
    contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'),
    ...(req.headers['cache-control'] ? { cacheControl: String(req.headers['cache-control']) } : {}),
    metadata,
  };
}

function objectHeaders(o: StoredObject): Record<string, string | number> {
  const h: Record<string, string | number> = { etag: `"${o.etag}"`, 'content-length': o.size, 'content-type': o.contentType, 'last-modified': o.lastModified };
  if (o.cacheControl) h['cache-control'] = o.cacheControl;
  for (const [k, v] of Object.entries(o.metadata)) h[`x-amz-meta-${k}`] = v;
  return h;
}

function keysOf(bucket: string, objects: Map<string, StoredObject>): string[] {
  let keys = sorted.get(bucket);
  if (!keys) sorted.set(bucket, (keys = [...objects.keys()].sort()));
  return keys;
}

function list(bucket: string, objects: Map<string, StoredObject>, q: URLSearchParams): string {
  const prefix = q.get('prefix') ?? '';
  const max = Math.min(1000, Number(q.get('max-keys') ?? 1000));
  const after = q.get('continuation-token') ? Buffer.from(q.get('continuation-token')!, 'base64url').toString() : (q.get('start-after') ?? '');
  const url = q.get('encoding-type') === 'url';
  const keys = keysOf(bucket, objects);
  // binary search for the first key after `after` and with the prefix
  let lo = 0;
  let hi = keys.length;
  const from = after > prefix ? after : prefix;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < from || (keys[mid] === after && after !== '')) lo = mid + 1;
    else hi = mid;
  }
  const page: string[] = [];
  let i = lo;
  for (; i < keys.length && page.length < max && keys[i]!.startsWith(prefix); i++) if (keys[i] !== after) page.push(keys[i]!);
  const truncated = i < keys.length && keys[i]!.startsWith(prefix);
  const enc = (k: string) => xml(url ? encodeURIComponent(k).replace(/%2F/g, '/') : k);
  const contents = page
    .map((k) => {
      const o = objects.get(k)!;
      return `<Contents><Key>${enc(k)}</Key><LastModified>${new Date(o.lastModified).toISOString()}</LastModified><ETag>&quot;${o.etag}&quot;</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${enc(prefix)}</Prefix>` +
    `<KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${url ? '<EncodingType>url</EncodingType>' : ''}${contents}` +
    `${truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)!).toString('base64url')}</NextContinuationToken>` : ''}</ListBucketResult>`
  );
}

function error(res: http.ServerResponse, status: number, code: string, head = false): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(head ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}

function handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const method = req.method ?? 'GET';
  if (url.pathname === '/__stats') {
    res.end(JSON.stringify(counts));
    return;
  }
  if (url.pathname === '/__cpu') {
    const { user, system } = process.cpuUsage();
    res.end(JSON.stringify({ seconds: (user + system) / 1e6 }));
    return;
  }
  if (url.pathname === '/__reset') {
    for (const b of buckets.values()) b.clear();
    sorted.clear();
    uploads.clear();
    counts = {};
    res.end('{}');
    return;
  }
  const [, bucket = '', ...rest] = url.pathname.split('/');
  const key = decodeURIComponent(rest.join('/'));
  const q = url.searchParams;
  const op = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  if (!key) {
    if (method === 'PUT') {
      op('CreateBucket');
      if (!buckets.has(bucket)) buckets.set(bucket, new Map());
      res.end();
      return;
    }
    const objects = buckets.get(bucket);
    if (method === 'HEAD') {
      op('HeadBucket');
      if (!objects) return error(res, 404, 'NoSuchBucket', true);
      res.end();
      return;
    }
    if (!objects) return error(res, 404, 'NoSuchBucket');
    if (method === 'GET') {
      op('ListObjectsV2');
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(list(bucket, objects, q));
      return;
    }
    return error(res, 501, 'NotImplemented');
  }
  const objects = buckets.get(bucket);
  if (!objects) return error(res, 404, 'NoSuchBucket');
  const store = (o: StoredObject) => {
    if (!objects.has(key)) sorted.delete(bucket);
    objects.set(key, o);
  };
  if (method === 'PUT' && q.has('partNumber')) {
    op('UploadPart');
    const u = uploads.get(q.get('uploadId') ?? '');
    if (!u) return error(res, 404, 'NoSuchUpload');
    const md5 = createHash('md5').update(body).digest();
    u.parts.set(Number(q.get('partNumber')), { md5, size: body.length, ...(body.length <= KEEP_BODY ? { body } : {}) });
    res.writeHead(200, { etag: `"${md5.toString('hex')}"` });
    res.end();
    return;
  }
  if (method === 'PUT') {
    op('PutObject');
    const data = /aws-chunked/.test(String(req.headers['content-encoding'] ?? '')) || String(req.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-') ? decodeChunked(body) : body;
    const etag = createHash('md5').update(data).digest('hex');
    store({ ...headersOf(req), size: data.length, etag, lastModified: new Date().toUTCString(), ...(data.length <= KEEP_BODY ? { body: data } : {}) });
    res.writeHead(200, { etag: `"${etag}"` });
    res.end();
    return;
  }
  if (method === 'POST' && q.has('uploads')) {
    op('CreateMultipartUpload');
    const id = randomUUID();
    uploads.set(id, { key, headers: headersOf(req), parts: new Map() });
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xml(key)}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
    return;
  }
  if (method === 'POST' && q.has('uploadId')) {
    op('CompleteMultipartUpload');
    const u = uploads.get(q.get('uploadId')!);
    if (!u) return error(res, 404, 'NoSuchUpload');
    uploads.delete(q.get('uploadId')!);
    const parts = [...u.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    const etag = `${createHash('md5')
      .update(Buffer.concat(parts.map((p) => p.md5)))
      .digest('hex')}-${parts.length}`;
    const size = parts.reduce((n, p) => n + p.size, 0);
    const whole = parts.every((p) => p.body) && size <= KEEP_BODY ? Buffer.concat(parts.map((p) => p.body!)) : undefined;
    store({ ...u.headers, size, etag, lastModified: new Date().toUTCString(), ...(whole ? { body: whole } : {}) });
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xml(key)}</Key><ETag>&quot;${etag}&quot;</ETag></CompleteMultipartUploadResult>`);
    return;
  }
  if (method === 'DELETE' && q.has('uploadId')) {
    op('AbortMultipartUpload');
    uploads.delete(q.get('uploadId')!);
    res.writeHead(204);
    res.end();
    return;
  }
  const o = objects.get(key);
  if (method === 'HEAD') {
    op('HeadObject');
    if (!o) return error(res, 404, 'NoSuchKey', true);
    res.writeHead(200, objectHeaders(o));
    res.end();
    return;
  }
  if (method === 'GET') {
    op('GetObject');
    if (!o) return error(res, 404, 'NoSuchKey');
    res.writeHead(200, objectHeaders(o));
    res.end(o.body ?? Buffer.alloc(o.size));
    return;
  }
  if (method === 'DELETE') {
    op('DeleteObject');
    if (objects.delete(key)) sorted.delete(bucket);
    res.writeHead(204);
    res.end();
    return;
  }
  error(res, 501, 'NotImplemented');
}

const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (latency > 0) setTimeout(() => handle(req, body, res), latency);
    else handle(req, body, res);
  });
});
server.maxHeadersCount = 0;
server.listen(port, '127.0.0.1', () => {
  for (const b of arg('bucket', '').split(',').filter(Boolean)) buckets.set(b, new Map());
  console.log(`listening ${(server.address() as { port: number }).port}`);
});
