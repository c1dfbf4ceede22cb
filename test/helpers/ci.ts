// Whether this run is on CI: any truthy CI variable (CI=true, CI=1, CI=yes…), as CI systems set it.
// On CI a missing moto or Node 24 fails the run instead of skipping.
export function isCI(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0' && v !== 'no' && v !== 'off';
}
