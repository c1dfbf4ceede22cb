// Which of Mattermost's consumers accept a (valid) bundle, by the manifest's shape and the rules
// that changed between versions (research mattermost-apps-aws.md §0, §3.2–3.3, §8):
// - plugin and appsctl v0.7 decode apps.Manifest v0.7: "app_type" and an "aws_lambda" array;
//   remote_oauth2 also needs act_as_admin; the icon must not start with "/" (CleanStaticPath);
// - v1.0–v1.1 decode both shapes (DecodeCompatibleManifest), the icon as in v0.7; appsctl fails on
//   deflated function archives there (a reader closed too early);
// - v1.2+ decode the current shape only; v1.2.1+ require display_name;
// - the cloud deployer v0.1.0–0.1.5 pins plugin-apps 90182d4b (the v0.7 shape); v0.1.6+ pins v1.1.0.
// The rules all versions share are checked by validate itself; a bundle with errors is not rated.
import { goCleanStaticPath } from './go-url.js';

export interface ConsumerVerdict {
  consumer: string;
  accepts: boolean;
  /** Why not, or what to know (e.g. "v1.2.0 accepts it; v1.2.1+ require display_name"). */
  notes: string[];
}

export interface ConsumerInput {
  /** The shape of the bundle's manifest.json. */
  format: 'current' | 'legacy';
  appType: string;
  v07Fallback?: string | undefined;
  displayName: string;
  icon: string;
  requestedPermissions: readonly string[];
  /** Function archives stored deflated in the bundle. */
  deflatedArchives: readonly string[];
}

const V07_SHAPE = 'needs the v0.7 manifest shape ("app_type": "aws_lambda" and an "aws_lambda" array): pack --manifest-format v0.7';
const CURRENT_SHAPE = 'rejects the v0.7 manifest shape: pack with the default --manifest-format current';

function v07Rules(m: ConsumerInput): string[] {
  const out: string[] = [];
  if (m.format !== 'legacy') out.push(V07_SHAPE);
  else if (m.appType !== 'aws_lambda') out.push(`"app_type" must be "aws_lambda", not "${m.appType}"`);
  if (m.requestedPermissions.includes('remote_oauth2') && !m.requestedPermissions.includes('act_as_admin')) out.push('remote_oauth2 also requires act_as_admin there');
  return out;
}

function oldIcon(m: ConsumerInput): string[] {
  if (m.icon === '') return [];
  const r = goCleanStaticPath(m.icon);
  return r.ok ? [] : [`refuses the icon "${m.icon}" (${r.error})`];
}

export function consumerVerdicts(m: ConsumerInput): ConsumerVerdict[] {
  const verdict = (consumer: string, problems: string[]): ConsumerVerdict => ({ consumer, accepts: problems.length === 0, notes: problems });
  const v11: string[] = [...oldIcon(m)];
  if (m.v07Fallback && m.v07Fallback !== 'aws_lambda') v11.push(`reads the manifest as a v0.7 ${m.v07Fallback} app ("app_type"): remove "app_type"`);
  const deflated = m.deflatedArchives.length > 0 ? [`appsctl fails on the deflated function archives ${m.deflatedArchives.join(', ')}`] : [];
  const v12: string[] = m.format === 'legacy' ? [CURRENT_SHAPE] : [];
  if (m.displayName === '') v12.push('v1.2.1 and later require "display_name"');
  return [
    verdict('Apps plugin and appsctl v1.2+', v12),
    verdict('Apps plugin and appsctl v1.0–v1.1', [...v11, ...deflated]),
    verdict('Apps plugin and appsctl v0.7', [...v07Rules(m), ...oldIcon(m)]),
    verdict('cloud deployer v0.1.6+ (plugin-apps v1.1.0)', v11),
    verdict('cloud deployer v0.1.0–v0.1.5', [...v07Rules(m), ...oldIcon(m)]),
  ];
}
