// The two manifest shapes (research §3.1, §3.2) and the conversion between them, made as small
// edits of the file's own bytes: everything else (order, formatting, unknown keys, strings exactly
// as written) reaches the bundle unchanged.
//   current (plugin v1.0+):  "aws_lambda": {"functions": [ … ]}
//   v0.7 (plugin v0.7, read by v1.0–v1.1, rejected by v1.2+): "app_type": "aws_lambda", "aws_lambda": [ … ]
import { foldKey } from '../compat/go-unmarshal.js';
import type { GoJsonNode, GoMember, GoObject } from '../compat/go-json-scanner.js';

export const MANIFEST_FORMATS = ['current', 'v0.7'] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(bytes: Buffer, edits: Edit[]): Buffer {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(bytes.subarray(at, e.start), Buffer.from(e.text, 'utf8'));
    at = e.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

/** Edits that remove `remove` (members of `obj`) together with one comma each, keeping the rest as written. */
function removals(obj: GoObject, remove: ReadonlySet<GoMember>): Edit[] {
  const m = obj.members;
  const edits: Edit[] = [];
  let lastKept = -1;
  for (let k = 0; k < m.length; k++) if (!remove.has(m[k]!)) lastKept = k;
  for (let k = 0; k < m.length; k++) {
    if (!remove.has(m[k]!)) continue;
    if (k < lastKept) {
      edits.push({ start: m[k]!.keyStart, end: m[k + 1]!.keyStart, text: '' });
    } else {
      // the trailing run of removed members goes with the comma before it
      edits.push({ start: lastKept >= 0 ? m[lastKept]!.value.end : m[0]!.keyStart, end: m[m.length - 1]!.value.end, text: '' });
      break;
    }
  }
  return edits;
}

/** The member that Go reads for `field` at the top level: the last key that folds to it. */
export function topLevelMember(root: GoObject, field: string): GoMember | undefined {
  let found: GoMember | undefined;
  for (const member of root.members) if (foldKey(member.key) === foldKey(field)) found = member;
  return found;
}

function raw(bytes: Buffer, node: GoJsonNode): string {
  return bytes.subarray(node.start, node.end).toString('utf8');
}

/** A legacy manifest in the current shape: no "app_type", the "aws_lambda" array inside {"functions": …}. */
export function legacyToCurrent(bytes: Buffer, root: GoObject): Buffer {
  const appTypes = new Set(root.members.filter((x) => foldKey(x.key) === 'app_type'));
  const lambda = topLevelMember(root, 'aws_lambda');
  const edits = removals(root, appTypes);
  if (lambda) edits.push({ start: lambda.value.start, end: lambda.value.end, text: `{"functions": ${raw(bytes, lambda.value)}}` });
  return applyEdits(bytes, edits);
}

/** A current manifest in the v0.7 shape: "app_type": "aws_lambda" before the "aws_lambda" array. */
export function currentToLegacy(bytes: Buffer, root: GoObject): Buffer {
  const lambda = topLevelMember(root, 'aws_lambda');
  if (!lambda) return bytes;
  const appTypes = new Set(root.members.filter((x) => foldKey(x.key) === 'app_type'));
  const edits = removals(root, appTypes);
  const value = lambda.value;
  let functions = '[]';
  if (value.kind === 'object') {
    const fns = [...value.members].reverse().find((x) => foldKey(x.key) === 'functions');
    if (fns && fns.value.kind === 'array') functions = raw(bytes, fns.value);
  }
  edits.push({ start: value.start, end: value.end, text: functions });
  // keep the file's layout: on its own line with the same indentation, or inline
  const lineStart = bytes.lastIndexOf(0x0a, lambda.keyStart - 1) + 1;
  const indent = bytes.subarray(lineStart, lambda.keyStart).toString('latin1');
  const separator = /^[ \t]*$/.test(indent) && lineStart > 0 ? `,\n${indent}` : ', ';
  edits.push({ start: lambda.keyStart, end: lambda.keyStart, text: `"app_type": "aws_lambda"${separator}` });
  return applyEdits(bytes, edits);
}
