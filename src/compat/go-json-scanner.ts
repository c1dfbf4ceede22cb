// JSON syntax exactly as Go's encoding/json reads it (scanner.go, decode.go unquote), which is how
// the Apps plugin reads manifest.json: the same grammar, the same errors, a nesting limit of
// 10,000, and strings made well-formed the Go way (each invalid UTF-8 byte and each lone UTF-16
// surrogate escape becomes U+FFFD). One pass over the bytes, an explicit stack: linear time and
// no recursion, whatever the input.

export type GoJsonNode = GoObject | GoArray | GoString | GoNumber | GoBool | GoNull;

interface NodeBase {
  /** Byte offset of the value's first byte. */
  start: number;
  /** Byte offset just after the value's last byte. */
  end: number;
}
export interface GoMember {
  key: string;
  /** Byte offset of the key's opening quote. */
  keyStart: number;
  value: GoJsonNode;
}
export interface GoObject extends NodeBase {
  kind: 'object';
  members: GoMember[];
}
export interface GoArray extends NodeBase {
  kind: 'array';
  items: GoJsonNode[];
}
export interface GoString extends NodeBase {
  kind: 'string';
  value: string;
  /** True when Go replaced invalid UTF-8 or a lone surrogate escape with U+FFFD. */
  replaced: boolean;
}
export interface GoNumber extends NodeBase {
  kind: 'number';
  raw: string;
}
export interface GoBool extends NodeBase {
  kind: 'bool';
  value: boolean;
}
export interface GoNull extends NodeBase {
  kind: 'null';
}

export interface GoSyntaxError {
  /** Byte offset of the offending byte (the input's length at an unexpected end). */
  offset: number;
  /** Go's own wording, e.g. "invalid character '}' looking for beginning of object key string". */
  message: string;
}

/** encoding/json maxNestingDepth. */
export const GO_MAX_NESTING_DEPTH = 10_000;

/** How Go's scanner names a byte in its errors (quoteChar). */
function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  const named: Record<number, string> = { 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x5c: '\\\\' };
  if (named[c]) return `'${named[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCharCode(c)}'`;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) => (isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * utf8.DecodeRune: the rune at `i` and its width; (0xFFFD, 1) for anything that is not a valid,
 * shortest-form encoding of a scalar value (surrogates and values over U+10FFFF included).
 */
function decodeRune(b: Uint8Array, i: number, end: number): [number, number] {
  const c0 = b[i]!;
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < end && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c0 >= 0xc2 && c0 <= 0xdf) return cont(1) ? [((c0 & 0x1f) << 6) | (b[i + 1]! & 0x3f), 2] : [0xfffd, 1];
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2)) return [0xfffd, 1];
    return [((c0 & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f), 3];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return [0xfffd, 1];
    return [((c0 & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f), 4];
  }
  return [0xfffd, 1];
}

class Scanner {
  i = 0;
  /** Offset of the first string Go had to repair (invalid UTF-8, a lone surrogate escape). */
  firstReplaced: number | undefined;
  constructor(readonly b: Uint8Array) {}

  fail(message: string, at = this.i): never {
    throw new ScanError(at, message);
  }

  unexpectedEnd(): never {
    this.fail('unexpected end of JSON input', this.b.length);
  }

  skipSpace(): void {
    while (this.i < this.b.length && isSpace(this.b[this.i]!)) this.i++;
  }

  /** The next non-space byte, or an unexpected end. */
  peek(): number {
    this.skipSpace();
    if (this.i >= this.b.length) this.unexpectedEnd();
    return this.b[this.i]!;
  }

  string(): GoString {
    const { b } = this;
    const start = this.i++; // opening quote
    let out = '';
    let replaced = false;
    let runStart = this.i;
    const flushAscii = (to: number) => {
      if (to > runStart) out += String.fromCharCode(...b.subarray(runStart, to));
    };
    for (;;) {
      if (this.i >= b.length) this.unexpectedEnd();
      const c = b[this.i]!;
      if (c === 0x22) {
        flushAscii(this.i);
        this.i++;
        if (replaced) this.firstReplaced ??= start;
        return { kind: 'string', start, end: this.i, value: out, replaced };
      }
      if (c < 0x20) this.fail(`invalid character ${quoteChar(c)} in string literal`);
      if (c === 0x5c) {
        flushAscii(this.i);
        const [text, bad] = this.escape();
        out += text;
        replaced ||= bad;
        runStart = this.i;
        continue;
      }
      if (c < 0x80) {
        this.i++;
        if (this.i - runStart >= 4096) {
          flushAscii(this.i);
          runStart = this.i;
        }
        continue;
      }
      flushAscii(this.i);
      const [rune, width] = decodeRune(b, this.i, b.length);
      if (rune === 0xfffd && width === 1) replaced = true;
      out += String.fromCodePoint(rune);
      this.i += width;
      runStart = this.i;
    }
  }

  /** One escape at `i` (the backslash); returns its text and whether a lone surrogate became U+FFFD. */
  escape(): [string, boolean] {
    const { b } = this;
    this.i++;
    if (this.i >= b.length) this.unexpectedEnd();
    const c = b[this.i]!;
    const simple: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
    if (simple[c] !== undefined) {
      this.i++;
      return [simple[c]!, false];
    }
    if (c !== 0x75) this.fail(`invalid character ${quoteChar(c)} in string escape code`);
    const r1 = this.hex4();
    if (r1 < 0xd800 || r1 > 0xdfff) return [String.fromCharCode(r1), false];
    // utf16.DecodeRune with the next \uXXXX, when there is one; a lone half becomes U+FFFD and the
    // following escape is read on its own.
    if (r1 <= 0xdbff && b[this.i] === 0x5c && b[this.i + 1] === 0x75) {
      const save = this.i;
      this.i++;
      const r2 = this.hex4();
      if (r2 >= 0xdc00 && r2 <= 0xdfff) return [String.fromCharCode(r1, r2), false];
      this.i = save;
    }
    return ['\ufffd', true];
  }

  /** The four hex digits after "u" at `i`. */
  hex4(): number {
    let v = 0;
    for (let k = 1; k <= 4; k++) {
      const at = this.i + k;
      if (at >= this.b.length) this.unexpectedEnd();
      const h = hexValue(this.b[at]!);
      if (h < 0) this.fail(`invalid character ${quoteChar(this.b[at]!)} in \\u hexadecimal character escape`, at);
      v = v * 16 + h;
    }
    this.i += 5;
    return v;
  }

  number(): GoNumber {
    const { b } = this;
    const start = this.i;
    const digits = () => {
      while (this.i < b.length && isDigit(b[this.i]!)) this.i++;
    };
    if (b[this.i] === 0x2d) {
      this.i++;
      if (this.i >= b.length) this.unexpectedEnd();
      if (!isDigit(b[this.i]!)) this.fail(`invalid character ${quoteChar(b[this.i]!)} in numeric literal`);
    }
    if (b[this.i] === 0x30) this.i++;
    else digits();
    if (b[this.i] === 0x2e) {
      this.i++;
      if (this.i >= b.length) this.unexpectedEnd();
      if (!isDigit(b[this.i]!)) this.fail(`invalid character ${quoteChar(b[this.i]!)} after decimal point in numeric literal`);
      digits();
    }
    if (b[this.i] === 0x65 || b[this.i] === 0x45) {
      this.i++;
      if (b[this.i] === 0x2b || b[this.i] === 0x2d) this.i++;
      if (this.i >= b.length) this.unexpectedEnd();
      if (!isDigit(b[this.i]!)) this.fail(`invalid character ${quoteChar(b[this.i]!)} in exponent of numeric literal`);
      digits();
    }
    return { kind: 'number', start, end: this.i, raw: String.fromCharCode(...b.subarray(start, this.i)) };
  }

  literal(word: 'true' | 'false' | 'null'): GoJsonNode {
    const start = this.i;
    for (let k = 1; k < word.length; k++) {
      const at = start + k;
      if (at >= this.b.length) this.unexpectedEnd();
      if (this.b[at] !== word.charCodeAt(k)) this.fail(`invalid character ${quoteChar(this.b[at]!)} in literal ${word} (expecting '${word[k]}')`, at);
    }
    this.i = start + word.length;
    const end = this.i;
    return word === 'null' ? { kind: 'null', start, end } : { kind: 'bool', start, end, value: word === 'true' };
  }

  /** A scalar at `i`, or undefined when `i` opens an object or array. */
  scalar(context: string): GoJsonNode | undefined {
    const c = this.peek();
    if (c === 0x7b || c === 0x5b) return undefined;
    if (c === 0x22) return this.string();
    if (c === 0x2d || isDigit(c)) return this.number();
    if (c === 0x74) return this.literal('true');
    if (c === 0x66) return this.literal('false');
    if (c === 0x6e) return this.literal('null');
    return this.fail(`invalid character ${quoteChar(c)} ${context}`);
  }
}

type Frame = { node: GoObject; key?: { key: string; keyStart: number } } | { node: GoArray };

/** Parses `bytes` as Go does; on a syntax error, where and Go's message. */
export function scanGoJson(bytes: Uint8Array, maxDepth = GO_MAX_NESTING_DEPTH): { root: GoJsonNode; firstReplaced?: number } | { error: GoSyntaxError } {
  const s = new Scanner(bytes);
  const stack: Frame[] = [];
  const open = (): GoObject | GoArray => {
    if (stack.length >= maxDepth) s.fail('exceeded max depth');
    const c = bytes[s.i]!;
    const node: GoObject | GoArray = c === 0x7b ? { kind: 'object', start: s.i, end: -1, members: [] } : { kind: 'array', start: s.i, end: -1, items: [] };
    s.i++;
    stack.push({ node } as Frame);
    return node;
  };
  try {
    let root: GoJsonNode | undefined = s.scalar('looking for beginning of value');
    if (!root) root = open();
    // Each turn reads what the innermost open value expects next.
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      let value: GoJsonNode | undefined;
      if (frame.node.kind === 'object') {
        const f = frame as { node: GoObject; key?: { key: string; keyStart: number } };
        const c = s.peek();
        if (!f.key) {
          if (c === 0x7d && f.node.members.length === 0) {
            s.i++;
            f.node.end = s.i;
            stack.pop();
            if (stack.length > 0) closeAfterValues(s, stack);
            continue;
          }
          if (c !== 0x22) s.fail(`invalid character ${quoteChar(c)} looking for beginning of object key string`);
          const key = s.string();
          f.key = { key: key.value, keyStart: key.start };
          if (s.peek() !== 0x3a) s.fail(`invalid character ${quoteChar(bytes[s.i]!)} after object key`);
          s.i++;
        }
        value = s.scalar('looking for beginning of value');
        if (!value) {
          const child = open();
          f.node.members.push({ ...f.key!, value: child });
          f.key = undefined;
          continue;
        }
        f.node.members.push({ ...f.key!, value });
        f.key = undefined;
      } else {
        const node = frame.node;
        const c = s.peek();
        if (c === 0x5d && node.items.length === 0) {
          s.i++;
          node.end = s.i;
          stack.pop();
          if (stack.length > 0) closeAfterValues(s, stack);
          continue;
        }
        value = s.scalar('looking for beginning of value');
        if (!value) {
          node.items.push(open());
          continue;
        }
        node.items.push(value);
      }
      closeAfterValues(s, stack);
    }
    s.skipSpace();
    if (s.i < bytes.length) s.fail(`invalid character ${quoteChar(bytes[s.i]!)} after top-level value`);
    return s.firstReplaced === undefined ? { root } : { root, firstReplaced: s.firstReplaced };
  } catch (err) {
    if (err instanceof ScanError) return { error: { offset: err.offset, message: err.message } };
    throw err;
  }
}

/** After a value inside the innermost container: a comma goes on, a closing bracket pops (maybe several levels). */
function closeAfterValues(s: Scanner, stack: Frame[]): void {
  for (;;) {
    const frame = stack[stack.length - 1]!;
    const c = s.peek();
    const isObject = frame.node.kind === 'object';
    if (c === 0x2c) {
      s.i++;
      if (isObject && s.peek() !== 0x22) s.fail(`invalid character ${quoteChar(s.b[s.i]!)} looking for beginning of object key string`);
      return;
    }
    if (c === (isObject ? 0x7d : 0x5d)) {
      s.i++;
      frame.node.end = s.i;
      stack.pop();
      if (stack.length === 0) return;
      continue;
    }
    s.fail(`invalid character ${quoteChar(c)} after ${isObject ? 'object key:value pair' : 'array element'}`);
  }
}
