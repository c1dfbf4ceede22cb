// The static assets: many parallel uploads (at tens of ms per round trip, concurrency decides the
// wall time), within a memory budget whatever the file sizes. A small object is read into memory
// once, hashed and sent as one PutObject; a large one is hashed in one streaming pass and sent in
// a second as a multipart upload of bounded parts.
import { createHash } from 'node:crypto';
import { explainAwsError } from '../aws/errors.js';
import { putObject, SHA256_METADATA, uploadStream } from '../aws/s3-objects.js';
import type { AwsClients } from '../aws/clients.js';
import { WeightedLimiter } from '../util/limiter.js';
import type { DeployableObject } from './deployable.js';
import type { Run } from './run.js';

const MiB = 1024 * 1024;
/** Up to this size an object is one PutObject from memory; above, a multipart upload. */
export const SMALL_OBJECT_BYTES = 8 * MiB;
const PART_BYTES = 8 * MiB;
const PARTS_IN_FLIGHT = 4;
/** Object bytes held in memory at once, across all uploads (a multipart upload holds its parts, plus one being filled). */
const MEMORY_BUDGET = 96 * MiB;

async function upload(clients: AwsClients, bucket: string, object: DeployableObject): Promise<void> {
  const headers = { key: object.key, contentType: object.contentType, cacheControl: object.cacheControl };
  if (object.size <= SMALL_OBJECT_BYTES) {
    const body = await object.read();
    await putObject(clients.s3, bucket, { ...headers, body, metadata: { [SHA256_METADATA]: createHash('sha256').update(body).digest('hex') } });
    return;
  }
  const { sha256 } = await object.digests();
  await uploadStream(clients.s3, bucket, { ...headers, open: () => object.open(), metadata: { [SHA256_METADATA]: sha256 }, partSize: PART_BYTES, queueSize: PARTS_IN_FLIGHT });
}

/** Uploads `objects`, `concurrency` at a time; after a failure (here or elsewhere in the run) no new upload starts. */
export async function uploadObjects(run: Run, clients: AwsClients, bucket: string, objects: readonly DeployableObject[], concurrency: number): Promise<void> {
  const counts = run.report.objects;
  const memory = new WeightedLimiter(MEMORY_BUDGET);
  // A few workers pulling from the list, rather than a task per object waiting its turn: 10,000
  // objects would otherwise be 10,000 pending tasks from the start.
  let next = 0;
  const worker = async () => {
    while (next < objects.length && run.mayWrite()) {
      const object = objects[next++]!;
      await memory.run(object.size <= SMALL_OBJECT_BYTES ? object.size : PART_BYTES * (PARTS_IN_FLIGHT + 1), async () => {
        try {
          await upload(clients, bucket, object);
          counts.uploaded++;
          run.report.changed = true;
        } catch (err) {
          counts.failed++;
          run.fail(explainAwsError(err, `s3:PutObject on ${bucket}/${object.key}`, clients.settings));
        } finally {
          counts.notDone--;
        }
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, objects.length) }, worker));
}
