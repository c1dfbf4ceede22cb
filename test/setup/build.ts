// Global setup: build the action and the CLI from src/ with the project's own build, into a
// directory of the test run, so that the tests of the built entries (run as the GitHub runner runs
// them) test what src/ says now, not a dist/ committed earlier. CI's check-dist then proves that
// the committed dist/ is this same build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const TEST_BUILD = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'mm-apps-deploy', 'test-build');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The directory the test run built dist/ into. */
    testBuild: string;
  }
}

export default function setup(project: TestProject): void {
  const started = Date.now();
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'script', 'build.mjs'), '--out', TEST_BUILD], { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`built the action and the CLI for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), TEST_BUILD)})`);
  project.provide('testBuild', TEST_BUILD);
}
