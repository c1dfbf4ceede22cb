// json.Unmarshal into a Go struct, the way the Apps plugin decodes manifest.json (encoding/json
// decode.go): object keys match struct fields exactly or else case-insensitively (Unicode simple
// folding), later keys overwrite earlier ones, null leaves strings, bools and structs as they were
// and sets pointers and slices to nil, unknown keys are ignored, and a value of the wrong kind is
// a type error that skips the field. What Go leaves implicit is reported: every type error, and
// every key that lands on a field another key already set.
import type { GoJsonNode, GoObject } from './go-json-scanner.js';

export type GoType =
  | { kind: 'string' }
  | { kind: 'bool' }
  /** interface{}: any JSON value, kept as its node. */
  | { kind: 'any' }
  | { kind: 'slice'; elem: GoType }
  /** A struct, or with `pointer` a *struct (null makes it nil). */
  | { kind: 'struct'; name: string; fields: readonly GoField[]; pointer?: boolean }
  /** A *T whose UnmarshalJSON takes a JSON string (as `stringField`) or an object decoded as `struct` (apps.Call). */
  | { kind: 'stringOrStruct'; name: string; stringField: string; struct: Extract<GoType, { kind: 'struct' }> };

export interface GoField {
  /** The JSON name: the tag's name, or the Go field name when there is no tag. */
  name: string;
  type: GoType;
}

export const goString: GoType = { kind: 'string' };
export const goBool: GoType = { kind: 'bool' };
export const goAny: GoType = { kind: 'any' };
export const goSlice = (elem: GoType): GoType => ({ kind: 'slice', elem });
export const goStruct = (name: string, fields: ReadonlyArray<readonly [string, GoType]>, pointer = false): Extract<GoType, { kind: 'struct' }> => ({
  kind: 'struct',
  name,
  fields: fields.map(([n, type]) => ({ name: n, type })),
  pointer,
});

/** A decoded Go value: string, boolean, array (slice), record (struct), null (nil) or the node (interface{}). */
export type GoValue = string | boolean | null | GoValue[] | { [field: string]: GoValue } | GoJsonNode;

export type GoPath = ReadonlyArray<string | number>;

export interface GoTypeError {
  path: GoPath;
  /** The JSON value that does not fit. */
  node: GoJsonNode;
  /** What Go wanted: "string", "bool", "array", "object", "string or object". */
  expected: string;
}

export interface GoKeyCollision {
  /** The object holding both keys; `field` is the Go field they both set. */
  path: GoPath;
  field: string;
  first: { key: string; keyStart: number; value: GoJsonNode };
  later: { key: string; keyStart: number; value: GoJsonNode };
}

export interface GoDecoded {
  value: GoValue;
  typeErrors: GoTypeError[];
  /** Two keys of one object that set the same field (same spelling or not). */
  collisions: GoKeyCollision[];
  /** Where each field's value came from (the last key that set it): path (joined with NUL) → node. */
  sources: Map<string, GoJsonNode>;
  /** Keys that match no field, with where they are (Go ignores them). */
  unknownKeys: { path: GoPath; key: string; keyStart: number; value: GoJsonNode }[];
}

/**
 * bytes.EqualFold against an ASCII field name: ASCII letters fold to lower case, and the only
 * other runes whose simple-fold orbit holds an ASCII letter are U+017F (ſ, with s) and U+212A
 * (Kelvin sign, with k).
 */
export function foldKey(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\u017f') out += 's';
    else if (ch === '\u212a') out += 'k';
    else out += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  }
  return out;
}

export const pathKey = (path: GoPath) => path.join('\u0000');

function zeroOf(type: GoType): GoValue {
  switch (type.kind) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'struct':
      return type.pointer ? null : zeroStruct(type);
    default:
      return null;
  }
}

function zeroStruct(type: Extract<GoType, { kind: 'struct' }>): { [field: string]: GoValue } {
  return Object.fromEntries(type.fields.map((f) => [f.name, zeroOf(f.type)]));
}

const KIND_NAMES: Record<GoJsonNode['kind'], string> = { object: 'object', array: 'array', string: 'string', number: 'number', bool: 'bool', null: 'null' };

export function jsonKindName(node: GoJsonNode): string {
  return KIND_NAMES[node.kind];
}

class Decoder {
  readonly out: GoDecoded = { value: null, typeErrors: [], collisions: [], sources: new Map(), unknownKeys: [] };

  decode(node: GoJsonNode, type: GoType, current: GoValue, path: GoPath): GoValue {
    this.out.sources.set(pathKey(path), node);
    if (node.kind === 'null') {
      // literalStore: null sets pointers, slices, maps and interfaces to nil; anything else is untouched
      return type.kind === 'slice' || type.kind === 'any' || type.kind === 'stringOrStruct' || (type.kind === 'struct' && type.pointer) ? null : current;
    }
    switch (type.kind) {
      case 'any':
        return node;
      case 'string':
        if (node.kind === 'string') return node.value;
        return this.typeError(path, node, 'string', current);
      case 'bool':
        if (node.kind === 'bool') return node.value;
        return this.typeError(path, node, 'bool', current);
      case 'slice': {
        if (node.kind !== 'array') return this.typeError(path, node, 'array', current);
        const old = Array.isArray(current) ? current : [];
        // Go decodes element i into the slice's existing element i, when there is one.
        return node.items.map((item, i) => this.decode(item, type.elem, i < old.length ? old[i]! : zeroOf(type.elem), [...path, i]));
      }
      case 'struct': {
        if (node.kind !== 'object') return this.typeError(path, node, 'object', current);
        // a struct's current value is a record or nil, never a node (nodes are interface{} values)
        const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...(current as Record<string, GoValue>) } : zeroStruct(type);
        return this.object(node, type, base, path);
      }
      case 'stringOrStruct': {
        // UnmarshalJSON replaces the whole value: a string sets one field, an object decodes afresh.
        if (node.kind === 'string') return { ...zeroStruct(type.struct), [type.stringField]: node.value };
        if (node.kind !== 'object') return this.typeError(path, node, 'string or object', current);
        return this.object(node, type.struct, zeroStruct(type.struct), path);
      }
    }
  }

  typeError(path: GoPath, node: GoJsonNode, expected: string, current: GoValue): GoValue {
    this.out.typeErrors.push({ path, node, expected });
    return current;
  }

  object(node: GoObject, type: Extract<GoType, { kind: 'struct' }>, value: { [field: string]: GoValue }, path: GoPath): GoValue {
    const exact = new Map(type.fields.map((f) => [f.name, f]));
    const folded = new Map<string, (typeof type.fields)[number]>();
    for (const f of type.fields) if (!folded.has(foldKey(f.name))) folded.set(foldKey(f.name), f);
    const setBy = new Map<string, { key: string; keyStart: number; value: GoJsonNode }>();
    for (const member of node.members) {
      const field = exact.get(member.key) ?? folded.get(foldKey(member.key));
      if (!field) {
        this.out.unknownKeys.push({ path, key: member.key, keyStart: member.keyStart, value: member.value });
        continue;
      }
      const earlier = setBy.get(field.name);
      if (earlier) this.out.collisions.push({ path, field: field.name, first: earlier, later: member });
      setBy.set(field.name, member);
      value[field.name] = this.decode(member.value, field.type, value[field.name] ?? zeroOf(field.type), [...path, field.name]);
    }
    return value;
  }
}

/** Decodes `root` into `type` as json.Unmarshal would, reporting what Go passes over in silence. */
export function goUnmarshal(root: GoJsonNode, type: GoType): GoDecoded {
  const d = new Decoder();
  d.out.value = d.decode(root, type, zeroOf(type.kind === 'struct' ? { ...type, pointer: false } : type), []);
  return d.out;
}
