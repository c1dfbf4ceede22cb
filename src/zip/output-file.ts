// Append-only buffered output for the zip writer that hashes what it writes (the archive's
// SHA-256 comes for free) and writes with writev instead of joining chunks.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

const WRITE_BUFFER = 1024 * 1024;
const IOV_MAX = 1024;

export class OutputFile {
  position = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly fh: FileHandle) {}

  async append(buf: Buffer): Promise<void> {
    this.hash.update(buf);
    this.chunks.push(buf);
    this.buffered += buf.length;
    this.position += buf.length;
    if (this.buffered >= WRITE_BUFFER) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const chunks = this.chunks;
    let position = this.position - this.buffered;
    this.chunks = [];
    this.buffered = 0;
    // writev instead of joining the chunks: no megabyte copies for the GC to collect.
    for (let i = 0; i < chunks.length; i += IOV_MAX) {
      const batch = chunks.slice(i, i + IOV_MAX);
      const total = batch.reduce((n, b) => n + b.length, 0);
      const { bytesWritten } = await this.fh.writev(batch, position);
      if (bytesWritten < total) await this.writeAll(Buffer.concat(batch).subarray(bytesWritten), position + bytesWritten);
      position += total;
    }
  }

  /** Short writes are rare (a full disk, a signal); finish them one call at a time. */
  private async writeAll(buf: Buffer, position: number): Promise<void> {
    let done = 0;
    while (done < buf.length) done += (await this.fh.write(buf, done, buf.length - done, position + done)).bytesWritten;
  }

  digest(): Buffer {
    return this.hash.digest();
  }
}
