// A key given twice in one object. Go keeps the last value for a field, matches keys to fields
// case-insensitively, and decodes a repeated object or array INTO the earlier one (merging field
// by field); JSON.parse and most other readers keep only the last key as spelled. Where readers
// agree (the same key, a plain value) it is a warning; where they do not, an error, so that what
// we deploy is what the plugin reads.
import type { GoJsonNode, GoObject } from '../compat/go-json-scanner.js';
import type { GoDecoded } from '../compat/go-unmarshal.js';
import { finding, type Finding, type Location } from '../findings/finding.js';

const composite = (n: GoJsonNode) => n.kind === 'object' || n.kind === 'array';

export function repeatedKeys(root: GoObject, decoded: GoDecoded, at: (offset: number) => Location): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<number>();
  for (const c of decoded.collisions) {
    reported.add(c.later.keyStart);
    const first = at(c.first.keyStart);
    if (c.first.key !== c.later.key) {
      out.push(finding('MMA036', at(c.later.keyStart), c.first.key, first.line ?? 1, c.later.key, c.field));
    } else if (composite(c.first.value) || composite(c.later.value)) {
      out.push(finding('MMA037', at(c.later.keyStart), c.later.key, first.line ?? 1));
    } else {
      out.push(finding('MMA008', at(c.later.keyStart), c.later.key));
    }
  }
  // Everywhere else (keys Go ignores, interface{} values such as "state"): the last one wins.
  const stack: GoJsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'object') {
      const seen = new Set<string>();
      for (const m of node.members) {
        if (seen.has(m.key) && !reported.has(m.keyStart)) out.push(finding('MMA008', at(m.keyStart), m.key));
        seen.add(m.key);
        stack.push(m.value);
      }
    } else if (node.kind === 'array') {
      for (const item of node.items) stack.push(item);
    }
  }
  return out;
}
