// Random access to the bytes of an archive: a file on disk or bytes already in memory (an archive
// inside a bundle).
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { kindOf } from '../fs/file-kind.js';

export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes at `position`; fails when the source is shorter. */
  read(position: number, length: number): Promise<Buffer>;
  /** The bytes in [start, end) as a stream. */
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

export class TruncatedError extends Error {
  constructor(position: number, length: number, size: number) {
    super(`the archive ends at byte ${size}, before the ${length} bytes at ${position} it refers to`);
  }
}

/** A FIFO given as an archive cannot block the open; what is not a regular file is refused. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function openSource(source: string | Buffer): Promise<ByteSource> {
  if (typeof source !== 'string') return new BufferSource(source);
  const fh = await open(source, OPEN_FLAGS);
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${source} is a directory`), { code: 'EISDIR' });
    if (!st.isFile()) throw new Error(`it is a ${kindOf(st)}, not a file`);
    return new FileSource(fh, st.size);
  } catch (err) {
    await fh.close();
    throw err;
  }
}

class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly bytes: Buffer) {
    this.size = bytes.length;
  }

  async read(position: number, length: number): Promise<Buffer> {
    if (position < 0 || position + length > this.size) throw new TruncatedError(position, length, this.size);
    return this.bytes.subarray(position, position + length);
  }

  stream(start: number, end: number): Readable {
    return new RangeStream(this, start, end);
  }

  async close(): Promise<void> {}
}

class FileSource implements ByteSource {
  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  async read(position: number, length: number): Promise<Buffer> {
    if (position < 0 || position + length > this.size) throw new TruncatedError(position, length, this.size);
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(buf, done, length - done, position + done);
      if (bytesRead === 0) throw new TruncatedError(position, length, position + done);
      done += bytesRead;
    }
    return buf;
  }

  stream(start: number, end: number): Readable {
    return new RangeStream(this, start, end);
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

const CHUNK = 256 * 1024;

/**
 * A file range as a stream, read through the source (not fs.createReadStream, whose destroy()
 * closes a borrowed descriptor even with autoClose: false: a consumer that stops early would
 * close the archive under its other readers).
 */
class RangeStream extends Readable {
  constructor(
    private readonly source: ByteSource,
    private position: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: CHUNK });
  }

  override _read(): void {
    const length = Math.min(CHUNK, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    this.source.read(this.position, length).then(
      (bytes) => {
        this.position += length;
        this.push(bytes);
      },
      (err: Error) => this.destroy(err),
    );
  }
}
