// Global setup, after build.ts: the npm package as `npm pack` makes it, with the dist/ this test run
// built from src/ in place of the committed one (check-dist proves they are the same). The files
// are the ones `npm pack` picks in the repository (package.json "files", plus what npm always adds),
// so a file missing from "files" is missing here too. Tests install it into empty projects.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_BUILD } from './build.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STAGE = path.join(ROOT, 'node_modules', '.cache', 'mm-apps-deploy', 'test-package');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package tarball (mm-apps-deploy-<version>.tgz) of this test run. */
    testPackage: string;
  }
}

const npm = (args: string[], cwd: string): string => execFileSync('npm', [...args, '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

export default function setup(project: TestProject): void {
  const listed = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as [{ files: { path: string }[] }];
  rmSync(STAGE, { recursive: true, force: true });
  const files = path.join(STAGE, 'files');
  for (const { path: file } of listed[0].files.filter((f) => !f.path.startsWith('dist/'))) {
    mkdirSync(path.dirname(path.join(files, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(files, file));
  }
  cpSync(TEST_BUILD, path.join(files, 'dist'), { recursive: true });
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', STAGE], files)) as [{ filename: string }];
  project.provide('testPackage', path.join(STAGE, packed!.filename));
}
