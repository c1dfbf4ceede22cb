// Types for build.mjs, so that TypeScript tests can import buildSample.

export interface BuildOptions {
  /** Print nothing (default false: one line per function). */
  quiet?: boolean;
  /** Where to write <name>/<file>.js and <name>/package.json (default: <APP_DIR>/functions). */
  outDir?: string;
}

export interface BuiltFunction {
  /** The manifest's function name, e.g. "main". */
  name: string;
  /** The directory written: <outDir>/<name>. */
  dir: string;
  /** Size of the handler's file (index.js for "index.handler") in bytes. */
  size: number;
  /** Hex SHA-256 of that file. */
  sha256: string;
}

/** Absolute path of the sample app (the directory holding manifest.json). */
export declare const APP_DIR: string;
export interface ManifestFunction {
  /** The manifest's function name; its entry is src/functions/<name>.ts. */
  name: string;
  /** The file the handler names: "index.js" for "index.handler". */
  file: string;
  /** The export the handler names: "handler" for "index.handler". */
  exportName: string;
  /** Absolute path of src/functions/<name>.ts. */
  entry: string;
}

/** The functions manifest.json lists, in its order; throws with the fix when one cannot be built. */
export declare function manifestFunctions(appDir?: string): ManifestFunction[];
/** Builds every function; the same sources always give the same bytes. */
export declare function buildSample(options?: BuildOptions): Promise<BuiltFunction[]>;
