// Tag pushes: the manifest version must be the tag's, and with release-asset the bundle (and its
// provision data) is attached to the GitHub release of that tag, which is created when missing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { loadManifest } from '../manifest/load.js';
import { checkVersionAgainstTag, tagOf } from '../release/tag.js';
import type { ActionInputs } from './inputs.js';
import { log } from './log.js';
import { Outputs, setOutput } from './outputs.js';
import { annotate, type Subject } from './report.js';

/** The pushed tag, or undefined when this run is not for a tag push. */
export function pushedTag(): string | undefined {
  return tagOf(process.env.GITHUB_REF);
}

/**
 * Checks the manifest version against the pushed tag before any work. Returns false (the step has
 * failed) on a mismatch when version-check is error.
 */
export async function checkTag(inputs: ActionInputs, target: string, subject: Subject): Promise<boolean> {
  const tag = pushedTag();
  if (!tag || inputs.versionCheck === 'off') return true;
  let manifest;
  try {
    manifest = (await loadManifest(target)).manifest;
  } catch {
    return true; // the mode reports what is wrong with the app or bundle
  }
  if (!manifest) return true;
  const f = checkVersionAgainstTag(manifest, tag, inputs.versionCheck);
  if (!f) {
    log.info(`the pushed tag ${tag} matches the manifest version ${manifest.version}`);
    return true;
  }
  annotate(subject, [f]);
  if (f.severity === 'error') {
    log.setFailed(f.message);
    return false;
  }
  return true;
}

function explain(err: unknown, what: string): Error {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 401) {
    return new UserError(`${what} was refused (HTTP ${status}): the token needs "permissions: contents: write" in the workflow (or a token with repo scope in input "token")`);
  }
  return new UserError(`${what} failed: ${(err as Error).message}`);
}

/** Attaches `files` to the release of the pushed tag, replacing assets with the same names. */
export async function uploadReleaseAssets(files: readonly string[], token: string): Promise<string> {
  const tag = pushedTag();
  if (!tag) throw new UserError(`input "release-asset" needs a tag push (GITHUB_REF=refs/tags/...), and this run is for ${process.env.GITHUB_REF ?? 'no ref'}`);
  // Loaded here only: octokit and undici are most of the action's start-up cost, and only
  // release-asset needs them (pack and validate on pull requests start without them).
  const github = await import('@actions/github');
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  let release;
  try {
    release = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
  } catch (err) {
    if ((err as { status?: number }).status !== 404) throw explain(err, `reading the release of ${tag}`);
    log.info(`creating the release ${tag}`);
    try {
      release = (await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name: tag })).data;
    } catch (e) {
      throw explain(e, `creating the release ${tag}`);
    }
  }
  for (const file of files) {
    const name = path.basename(file);
    const old = release.assets.find((a) => a.name === name);
    try {
      if (old) {
        log.info(`replacing release asset ${name}`);
        await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id });
      }
      const data = await readFile(file);
      await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data,
        headers: { 'content-type': name.endsWith('.zip') ? 'application/zip' : 'application/json', 'content-length': data.length },
      });
      log.info(`attached ${name} to release ${tag}`);
    } catch (err) {
      throw explain(err, `uploading ${name} to the release ${tag}`);
    }
  }
  setOutput(Outputs.ReleaseUrl, release.html_url);
  return release.html_url;
}
