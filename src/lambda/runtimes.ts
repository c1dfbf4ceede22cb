// Runtime checks against the lifecycle table and the AWS SDK's list of runtimes.
import { finding, type Finding, type Location } from '../findings/finding.js';
import { RUNTIMES, type RuntimeLifecycle } from './runtime-table.js';

export type RuntimeFamily = 'nodejs' | 'python' | 'ruby' | 'java' | 'dotnet' | 'provided' | 'go' | 'other';

/** Lambda emails owners 60 days before a deprecation and Trusted Advisor warns at 120; so do we. */
export const DEPRECATION_WARNING_DAYS = 120;
const DAY = 86_400_000;

const TABLE = new Map(RUNTIMES.map((r) => [r.id, r]));

/**
 * The runtimes the AWS SDK knows (its Runtime enum), loaded only when a manifest names a runtime
 * that is not in our table: the SDK is large, and pack and validate should start fast.
 */
export async function sdkRuntimesFor(runtimes: Iterable<string>): Promise<ReadonlySet<string>> {
  if ([...runtimes].every((r) => r === '' || TABLE.has(r))) return new Set();
  const { Runtime } = await import('@aws-sdk/client-lambda');
  return new Set<string>(Object.values(Runtime));
}

export function runtimeFamily(id: string): RuntimeFamily {
  if (id === 'go1.x') return 'go';
  const m = /^(nodejs|python|ruby|java|dotnet|provided)/.exec(id);
  return (m?.[1] as RuntimeFamily | undefined) ?? 'other';
}

export function lifecycleOf(id: string): RuntimeLifecycle | undefined {
  return TABLE.get(id);
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The supported runtime of a family that stays supported longest (e.g. nodejs → nodejs24.x). */
export function newestInFamily(family: RuntimeFamily, now: Date): string | undefined {
  const candidates = RUNTIMES.filter((r) => runtimeFamily(r.id) === family && r.deprecated && day(r.deprecated) > now.getTime() && r.blockCreate);
  candidates.sort((a, b) => day(b.deprecated!) - day(a.deprecated!) || b.id.localeCompare(a.id, 'en', { numeric: true }));
  return candidates[0]?.id;
}

function upgradeHint(id: string, now: Date): string {
  const family = runtimeFamily(id);
  if (family === 'go') {
    return 'move to "provided.al2023": build the Go binary as an executable named "bootstrap" (GOOS=linux, -tags lambda.norpc) at the root of the function archive';
  }
  const newest = family === 'provided' ? 'provided.al2023' : newestInFamily(family, now);
  return newest ? `move to "${newest}"` : 'move to a supported runtime';
}

function suggestion(id: string, sdkRuntimes: ReadonlySet<string>): string {
  const known = [...TABLE.keys(), ...sdkRuntimes];
  const close = known.find((k) => k === `${id}.x` || k.toLowerCase() === id.toLowerCase() || k.replace(/\.x$/, '') === id.replace(/\.x$/, ''));
  return close ? `; did you mean "${close}"?` : '; see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
}

/**
 * Findings for one function's runtime at date `now`. Every app version creates new functions, so
 * creation dates apply. `sdkRuntimes` comes from sdkRuntimesFor.
 */
export function runtimeFindings(id: string, location: Location, now: Date, sdkRuntimes: ReadonlySet<string>): Finding[] {
  const entry = TABLE.get(id);
  if (!entry) {
    if (sdkRuntimes.has(id)) return [finding('MMA035', location, id)];
    return [finding('MMA027', location, id, suggestion(id, sdkRuntimes))];
  }
  if (entry.retired) return [finding('MMA028', location, id, 'an earlier date (it is retired)', upgradeHint(id, now))];
  const t = now.getTime();
  if (entry.blockCreate && t >= day(entry.blockCreate)) return [finding('MMA028', location, id, entry.blockCreate, upgradeHint(id, now))];
  if (entry.deprecated) {
    const deprecatedAt = day(entry.deprecated);
    const blockNote = entry.blockCreate ? `, and AWS blocks creating functions with it from ${entry.blockCreate}` : '';
    if (t >= deprecatedAt) return [finding('MMA029', location, id, `is deprecated since ${entry.deprecated} (no more security patches)${blockNote}`, upgradeHint(id, now))];
    const days = Math.ceil((deprecatedAt - t) / DAY);
    if (days <= DEPRECATION_WARNING_DAYS) {
      return [finding('MMA029', location, id, `will be deprecated on ${entry.deprecated} (in ${days} days)${blockNote}`, upgradeHint(id, now))];
    }
  }
  return [];
}
