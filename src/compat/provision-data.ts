// The provision ("deploy") data: what `appsctl terraform generate-data <bundle>` prints and what
// the cloud deployer consumes. upaws.DeployData (JSON tags unchanged since v0.3.0): static files
// keyed by their raw path under static/, functions keyed by their manifest name.
import { GoMap, GoStruct, goMarshalIndent } from './go-json.js';
import { lambdaName, s3ManifestName, s3StaticName } from './naming.js';

export interface ProvisionFunction {
  /** The manifest function name (the map key). */
  function: string;
  /** The Lambda function name, upaws.LambdaName. */
  name: string;
  handler: string;
  runtime: string;
}

export interface ProvisionData {
  /** Raw path under static/ → S3 key. */
  staticFiles: ReadonlyMap<string, string>;
  lambdaFunctions: readonly ProvisionFunction[];
  manifestKey: string;
}

export interface ProvisionSubject {
  appId: string;
  version: string;
  functions: ReadonlyArray<{ name: string; handler: string; runtime: string }>;
}

export function provisionData(manifest: ProvisionSubject, staticPaths: Iterable<string>): ProvisionData {
  const staticFiles = new Map<string, string>();
  for (const p of staticPaths) staticFiles.set(p, s3StaticName(manifest.appId, manifest.version, p));
  return {
    staticFiles,
    lambdaFunctions: manifest.functions.map((f) => ({
      function: f.name,
      name: lambdaName(manifest.appId, manifest.version, f.name),
      handler: f.handler,
      runtime: f.runtime,
    })),
    manifestKey: s3ManifestName(manifest.appId, manifest.version),
  };
}

/** Byte for byte what appsctl prints: tab-indented Go JSON and the newline from cmd.Println. */
export function marshalProvisionData(pd: ProvisionData): string {
  const statics = new Map([...pd.staticFiles].map(([p, key]) => [p, new GoStruct([['key', key]])]));
  // Go map semantics: a repeated manifest name keeps the last entry (validation refuses that case).
  const functions = new Map(
    pd.lambdaFunctions.map((f) => [
      f.function,
      new GoStruct([
        ['name', f.name],
        ['handler', f.handler],
        ['runtime', f.runtime],
      ]),
    ]),
  );
  const doc = new GoStruct([
    ['static_files', new GoMap(statics)],
    ['lambda_functions', new GoMap(functions)],
    ['manifest_key', pd.manifestKey],
  ]);
  return `${goMarshalIndent(doc)}\n`;
}

/** The same document as plain JSON data (for action outputs and --json). */
export function provisionDataObject(pd: ProvisionData): Record<string, unknown> {
  return JSON.parse(marshalProvisionData(pd)) as Record<string, unknown>;
}
