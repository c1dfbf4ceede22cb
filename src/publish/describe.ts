// Words for a publish outcome, shared by the CLI and the action (each renders them its own way).
import { formatBytes } from '../util/format.js';
import type { PublishOutcome } from './publish.js';
import { grouped } from '../util/digits.js';

export interface PublishLines {
  heading: string;
  rows: [string, string][];
  /** When the cloud deployer takes it (or why it will not). */
  pickup: string;
  /** False when the publish was refused. */
  ok: boolean;
}

const tagList = (tags: readonly string[]) => tags.map((t) => `${t}=true`).join(', ');

export function describePublish(o: PublishOutcome): PublishLines {
  const where = `s3://${o.bucket}/${o.key}`;
  const app = `${o.manifest.appId} ${o.manifest.version}`;
  const deployed = o.existing?.deployedTags ?? [];
  const rows: [string, string][] = [
    ['key', o.key],
    ['sha256', o.sha256],
    ['size', `${formatBytes(o.size)} (${grouped(o.size)} bytes)`],
  ];
  if (o.existing?.sha256 && o.existing.sha256 !== o.sha256) rows.push(['replaces', `sha256 ${o.existing.sha256}${deployed.length ? ` (${tagList(deployed)})` : ''}`]);
  const next = 'The Mattermost cloud deployer picks it up at its next hourly run: it deploys every .zip at the bucket root without a deployed_<environment>=true tag, then tags it.';
  switch (o.action) {
    case 'refused':
      return {
        heading: `Refused to publish ${app}: ${where} holds another bundle, which the cloud deployer has deployed (${tagList(deployed)}); nothing was written`,
        rows,
        pickup: 'A released version should not change under the same name: publish the change as a new version. To replace it anyway and have the deployer deploy it again, use --force (action input force: true).',
        ok: false,
      };
    case 'unchanged':
      return {
        heading: `${where} already holds this bundle of ${app}: nothing was written`,
        rows,
        pickup: deployed.length > 0 ? `The cloud deployer has deployed it (${tagList(deployed)}).` : 'The cloud deployer has not deployed it yet; it picks it up at its next hourly run.',
        ok: true,
      };
    default: {
      const verb = o.action === 'replace' ? (deployed.length > 0 ? 'replace (forced)' : 'replace') : 'upload';
      if (o.dryRun) return { heading: `Would ${verb} ${where} with ${app} (dry run: nothing was written)`, rows, pickup: next, ok: true };
      return { heading: `Published ${app} to ${where}${o.action === 'replace' ? ` (replaced${deployed.length > 0 ? ', forced' : ''})` : ''}`, rows, pickup: next, ok: true };
    }
  }
}
