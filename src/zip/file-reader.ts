// A zip file for yauzl that reads at positions, concurrently. yauzl's own file reader (fd-slicer)
// queues every read of an archive behind the previous one, in 16 KiB steps: provisioning 1,000
// static files then waited on ~2,600 reads in a row, one event-loop turn each, and a function's
// archive waited behind all of them. Positioned reads (pread) on one descriptor need no queue.
import { close, fstat, open, read } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

/** Bytes [start, end) of the file, read in steps of up to 1 MiB. (fs.ReadStream closes its descriptor when destroyed.) */
const STEP = 1024 * 1024;

class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private position: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: STEP });
  }

  override _read(size: number): void {
    const n = Math.min(Math.max(size, STEP), this.end - this.position);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(n);
    read(this.fd, buffer, 0, n, this.position, (err, got) => {
      if (err) this.destroy(err);
      else if (got === 0) this.destroy(new Error(`unexpected end of file at ${this.position}`));
      else {
        this.position += got;
        this.push(got < n ? buffer.subarray(0, got) : buffer);
      }
    });
  }
}

class PositionedReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    read(this.fd, buffer, offset, length, position, (err, n) => callback(err ?? (n < length ? new Error(`unexpected end of file at ${position + n}`) : null)));
  }

  override close(callback: (err: Error | null) => void): void {
    close(this.fd, callback);
  }
}

export async function openZipFile(file: string, options: yauzl.Options): Promise<yauzl.ZipFile> {
  const fd = await promisify(open)(file, 'r');
  try {
    const { size } = await promisify(fstat)(fd);
    // from here on, closing the zip file closes the descriptor
    return await yauzl.fromRandomAccessReaderPromise(new PositionedReader(fd), size, options);
  } catch (err) {
    close(fd, () => undefined);
    throw err;
  }
}
