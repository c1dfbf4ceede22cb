// On CI (any truthy CI variable, as CI systems set it), a missing moto or Node 24 fails the run
// instead of skipping the tests that need them.
import { afterEach, expect, it } from 'vitest';
import { isCI } from './helpers/ci.js';
import { motoAvailable } from './helpers/moto.js';

const saved = { PATH: process.env.PATH, CI: process.env.CI };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CI === undefined) delete process.env.CI;
  else process.env.CI = saved.CI;
});

it('any truthy CI counts', () => {
  for (const v of ['true', '1', 'yes', 'True']) expect(isCI({ CI: v })).toBe(true);
  for (const v of [undefined, '', 'false', '0', 'no']) expect(isCI({ CI: v })).toBe(false);
});

it('a missing moto fails on CI=1 as on CI=true, and is a skip elsewhere', () => {
  process.env.PATH = '/nonexistent';
  process.env.CI = '1';
  expect(() => motoAvailable()).toThrow(/moto_server is not installed.*a missing moto is a failure/);
  process.env.CI = '';
  expect(motoAvailable()).toBe(false);
});
