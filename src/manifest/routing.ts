// Which function the Apps plugin invokes for a call path (upaws match, research §7.1): a plain
// string prefix (so "/topicx" matches "/topic"), the longest path wins, the first on a tie.
import type { LambdaFunctionSpec } from './manifest.js';

export function routeCall(callPath: string, functions: readonly LambdaFunctionSpec[]): LambdaFunctionSpec | undefined {
  let matched: LambdaFunctionSpec | undefined;
  let matchedLength = 0; // Go starts from "", so a function with an empty path never matches
  for (const f of functions) {
    const length = Buffer.byteLength(f.path);
    if (callPath.startsWith(f.path) && length > matchedLength) {
      matched = f;
      matchedLength = length;
    }
  }
  return matched;
}
