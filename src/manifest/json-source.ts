// Strict JSON parsing that remembers where every value is, so findings can point at a line and
// column of manifest.json.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export interface JsonDocument {
  text: string;
  value: unknown;
  root: Node;
}

export interface JsonProblem {
  message: string;
  position: Position;
}

/** jsonc-parser's ParseErrorCode values (a const enum, which isolatedModules cannot import). */
const PARSE_ERRORS: Record<number, string> = {
  1: 'unexpected character',
  2: 'invalid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':'",
  6: "expected ',' (or a closing bracket or brace)",
  7: "expected '}'",
  8: "expected ']'",
  9: 'expected the end of the file after the top-level value',
  10: 'comments are not allowed in JSON',
  11: 'comments are not allowed in JSON',
  12: 'unterminated string',
  13: 'unterminated number',
  14: 'invalid \\u escape',
  15: 'invalid escape sequence',
  16: 'control character in a string (escape it)',
};

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses strict JSON (no comments, no trailing commas). Returns the document or the first problem. */
export function parseJson(text: string): { doc: JsonDocument } | { problem: JsonProblem } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    return { problem: { message: first ? (PARSE_ERRORS[first.error] ?? 'syntax error') : 'the file is empty', position: positionAt(text, offset) } };
  }
  try {
    return { doc: { text, value: JSON.parse(text), root } };
  } catch (err) {
    // jsonc-parser is slightly more lenient than JSON.parse in a few corners; JSON.parse decides.
    return { problem: { message: (err as Error).message, position: positionAt(text, root.offset) } };
  }
}

/** The node at `path`; for repeated keys the last one, which is the one JSON.parse and Go keep. */
export function nodeAt(root: Node, path: JsonPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node?.children) return undefined;
    if (node.type === 'array' && typeof segment === 'number') {
      node = node.children[segment];
    } else if (node.type === 'object') {
      const props: Node[] = node.children.filter((p) => p.children?.[0]?.value === segment);
      node = props[props.length - 1]?.children?.[1];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Where `path` is: its value if present, else the nearest enclosing value that exists (a missing
 * field is reported on the object that should hold it).
 */
export function locate(doc: JsonDocument, path: JsonPath): Position {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc.root, path.slice(0, n));
    if (node) return positionAt(doc.text, node.offset);
  }
  return { line: 1, column: 1 };
}

/** Keys repeated within one object: each later occurrence, with the position of its key. */
export function duplicateKeys(doc: JsonDocument): { key: string; position: Position }[] {
  const found: { key: string; position: Position }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const keyNode = prop.children?.[0];
        const key = keyNode?.value as string | undefined;
        if (key === undefined || !keyNode) continue;
        if (seen.has(key)) found.push({ key, position: positionAt(doc.text, keyNode.offset) });
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc.root);
  return found;
}
