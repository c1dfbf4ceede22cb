// Go's encoding/json output, for the provision data that appsctl prints with
// json.MarshalIndent(v, "", "\t") (research/mattermost-apps-aws.md §1.5): struct fields in
// declaration order, map keys sorted by bytes, HTML-safe escaping, ": " after keys.

/** A Go struct: members keep the order given. */
export class GoStruct {
  constructor(readonly fields: ReadonlyArray<readonly [string, GoValue]>) {}
}

/** A Go map with string keys: members are sorted by the UTF-8 bytes of their keys. */
export class GoMap {
  constructor(readonly entries: ReadonlyMap<string, GoValue>) {}
}

/** JSON text written as it is (a value Go would decode and re-encode to the same meaning). */
export class GoRaw {
  constructor(readonly json: string) {}
}

export type GoValue = string | number | boolean | null | GoStruct | GoMap | GoRaw | readonly GoValue[];

const HEX = '0123456789abcdef';

/** encoding/json's string encoding with HTML escaping on (the default for Marshal). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&') out += `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u202${HEX[c & 15]}`;
    else out += ch;
  }
  return `${out}"`;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function encode(v: GoValue, indent: string, depth: number): string {
  const pad = (d: number) => (indent ? `\n${indent.repeat(d)}` : '');
  const sep = indent ? ': ' : ':';
  if (v === null) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof GoRaw) return v.json;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x) => pad(depth + 1) + encode(x, indent, depth + 1)).join(',')}${pad(depth)}]`;
  }
  const members = v instanceof GoStruct ? v.fields : [...(v as GoMap).entries.entries()].sort(([a], [b]) => byteOrder(a, b));
  if (members.length === 0) return '{}';
  return `{${members.map(([k, x]) => `${pad(depth + 1)}${goQuote(k)}${sep}${encode(x, indent, depth + 1)}`).join(',')}${pad(depth)}}`;
}

/** json.MarshalIndent(v, "", indent). */
export function goMarshalIndent(v: GoValue, indent = '\t'): string {
  return encode(v, indent, 0);
}

/** json.Marshal(v). */
export function goMarshal(v: GoValue): string {
  return encode(v, '', 0);
}
