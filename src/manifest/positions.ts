// Byte offsets in manifest.json → 1-based line and column (in characters), in constant time per
// lookup after one pass: a file with 100,000 findings costs no more than one with one.

export type JsonPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Byte offset where each line starts. */
  private readonly lineStarts: number[] = [0];
  /** Characters before each byte offset (UTF-8 continuation bytes do not start a character). */
  private readonly charsBefore: Uint32Array;

  constructor(bytes: Uint8Array) {
    this.charsBefore = new Uint32Array(bytes.length + 1);
    let chars = 0;
    for (let i = 0; i < bytes.length; i++) {
      this.charsBefore[i] = chars;
      const b = bytes[i]!;
      if ((b & 0xc0) !== 0x80) chars++;
      if (b === 0x0a) this.lineStarts.push(i + 1);
    }
    this.charsBefore[bytes.length] = chars;
  }

  at(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.charsBefore.length - 1));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: this.charsBefore[o]! - this.charsBefore[this.lineStarts[lo]!]! + 1 };
  }
}
