// An IAM policy evaluator for the tests, for what moto cannot decide: moto authorizes Lambda and IAM
// calls against the resource "*" (their responses have no resource of their own), so a policy that
// names function or role ARNs is refused there whatever it says, and its server refuses every
// body-less Lambda request with SignatureDoesNotMatch (it hashes the request's headers as the
// payload). Only S3 is decided by moto for real. This follows AWS's documented evaluation for
// identity policies: an explicit Deny wins, else any Allow whose Action and Resource match (with
// * and ? wildcards; actions case-insensitively) and whose conditions hold; else denied.

export interface PolicyDocument {
  Version?: string;
  Statement: Statement[] | Statement;
}

interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
  NotAction?: unknown;
  NotResource?: unknown;
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function wildcard(pattern: string, value: string, caseInsensitive: boolean): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    caseInsensitive ? 'i' : '',
  );
  return re.test(value);
}

/** The conditions this evaluator knows: StringEquals / StringLike, with or without IfExists. */
function conditionsHold(condition: Statement['Condition'], context: Record<string, string>): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    const ifExists = operator.endsWith('IfExists');
    const op = operator.replace(/IfExists$/, '');
    if (op !== 'StringEquals' && op !== 'StringLike') throw new Error(`condition operator ${operator} is not supported by this evaluator`);
    for (const [key, expected] of Object.entries(keys)) {
      const actual = context[key];
      if (actual === undefined) {
        if (ifExists) continue;
        return false;
      }
      if (!list(expected).some((e) => (op === 'StringEquals' ? e === actual : wildcard(e, actual, false)))) return false;
    }
  }
  return true;
}

export function isAllowed(policies: readonly PolicyDocument[], action: string, resource: string, context: Record<string, string> = {}): boolean {
  let allowed = false;
  for (const policy of policies) {
    for (const s of list(policy.Statement)) {
      if (s.NotAction !== undefined || s.NotResource !== undefined) throw new Error('NotAction / NotResource are not supported by this evaluator');
      const matches = list(s.Action).some((a) => wildcard(a, action, true)) && list(s.Resource).some((r) => wildcard(r, resource, false)) && conditionsHold(s.Condition, context);
      if (!matches) continue;
      if (s.Effect === 'Deny') return false;
      allowed = true;
    }
  }
  return allowed;
}
