// Types for build.mjs, so that TypeScript tests can import buildSample.

export interface BuildOptions {
  /** Print nothing (default false: one line per function). */
  quiet?: boolean;
  /** Where to write <name>/index.js and <name>/package.json (default: <APP_DIR>/functions). */
  outDir?: string;
}

export interface BuiltFunction {
  /** The manifest's function name, e.g. "main". */
  name: string;
  /** The directory written: <outDir>/<name>. */
  dir: string;
  /** Size of index.js in bytes. */
  size: number;
  /** Hex SHA-256 of index.js. */
  sha256: string;
}

/** Absolute path of the sample app (the directory holding manifest.json). */
export declare const APP_DIR: string;
/** The functions built, in manifest order. */
export declare const FUNCTIONS: readonly string[];
/** Builds every function; the same sources always give the same bytes. */
export declare function buildSample(options?: BuildOptions): Promise<BuiltFunction[]>;
