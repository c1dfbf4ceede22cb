// Every finding the validator can report: a stable code, its severity and its message, which says
// what is wrong and what to do. Codes never change meaning; retired codes are not reused.
//   MMA0xx  manifest.json
//   MMA1xx  function sources and function archives
//   MMA12x, MMA13x  any zip read from disk (function archives and bundles); MMA134 the static/ cap
//   MMA2xx  the bundle layout
//   MMA24x  publishing a bundle to the cloud deployer's bundle bucket
//   MMA3xx  release checks (the manifest version against the pushed tag)
import type { Severity } from './finding.js';
import { grouped } from '../util/digits.js';

const MiB = 1024 * 1024;
const bytes = (n: number) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB (${grouped(n)} bytes)` : `${grouped(n)} bytes`);
const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

interface Definition {
  severity: Severity;
  /** Short name for tables and documentation. */
  title: string;
  message: (...args: never[]) => string;
}

export const CATALOG = {
  // ---- manifest.json ------------------------------------------------------------------------
  MMA001: {
    severity: 'error',
    title: 'manifest.json missing',
    message: (where: string) => `no manifest.json ${where}; every Mattermost App needs one at the root of the app directory and of the bundle`,
  },
  MMA002: {
    severity: 'error',
    title: 'manifest.json is not valid JSON',
    message: (detail: string) => `manifest.json is not valid JSON: ${detail}`,
  },
  MMA003: {
    severity: 'error',
    title: 'manifest.json too large',
    message: (size: number) => `manifest.json is ${bytes(size)}; the Apps plugin reads at most 1 MiB (1,048,576 bytes)`,
  },
  MMA004: {
    severity: 'error',
    title: 'wrong type',
    message: (field: string, expected: string, found: string) => `"${field}" must be ${expected}, found ${found}; the Apps plugin cannot decode this manifest`,
  },
  MMA005: {
    severity: 'warning',
    title: 'legacy manifest format',
    message: () =>
      'legacy (v0.7) manifest format ("app_type": "aws_lambda" with an "aws_lambda" array): the Apps plugin v1.2 and later reject it. ' +
      'pack writes the current format ("aws_lambda": {"functions": [...]}) unless given --manifest-format v0.7; update manifest.json the same way',
  },
  MMA006: {
    severity: 'error',
    title: 'legacy app_type is not aws_lambda',
    message: (appType: string) => `"app_type" is "${appType}"; this tool deploys AWS Lambda apps: use "aws_lambda" (or the current format, without "app_type")`,
  },
  MMA007: {
    severity: 'error',
    title: 'no "deploy" key',
    message: () => 'manifest.json has a "deploy" key, which the Apps plugin ignores: move "aws_lambda" to the top level ("aws_lambda": {"functions": [...]})',
  },
  MMA008: {
    severity: 'warning',
    title: 'duplicate JSON key',
    message: (key: string) => `"${key}" appears more than once in this object; the Apps plugin reads the last one (a null leaves a text field as it was). Remove the others`,
  },
  MMA009: {
    severity: 'error',
    title: 'manifest.json encoding',
    message: (detail: string) => `manifest.json ${detail}; save it as UTF-8 without a byte order mark`,
  },
  MMA010: {
    severity: 'error',
    title: 'app_id length',
    message: (appId: string, length: number) => `"app_id" "${appId}" is ${length} bytes; it must be 3 to 32 bytes`,
  },
  MMA011: {
    severity: 'error',
    title: 'app_id characters',
    message: (appId: string, chars: readonly string[]) => `"app_id" "${appId}" contains ${list(chars)}; use only letters, digits, "-", "_" and "."`,
  },
  MMA012: {
    severity: 'error',
    title: 'version format',
    message: (version: string, problem: string) => `"version" "${version}" ${problem}`,
  },
  MMA013: {
    severity: 'warning',
    title: 'version empty',
    message: () => '"version" is empty: the plugin accepts it, but every release then shares one set of Lambda names and S3 keys, so versions overwrite each other. Set a version such as "v1.0.0"',
  },
  MMA014: {
    severity: 'error',
    title: 'display_name empty',
    message: () => '"display_name" is empty; the Apps plugin v1.2.1 and later require it',
  },
  MMA015: {
    severity: 'error',
    title: 'homepage_url',
    message: (problem: string) => `"homepage_url" ${problem}; it must be an http or https URL with a host, e.g. "https://github.com/org/app"`,
  },
  MMA016: {
    severity: 'error',
    title: 'icon path',
    message: (icon: string, problem: string) => `"icon" "${icon}" ${problem}; give a path relative to static/, e.g. "icon.png"`,
  },
  MMA017: {
    severity: 'warning',
    title: 'icon not found',
    message: (icon: string) => `"icon" is "${icon}" but there is no static/${icon}; add the file or fix the path`,
  },
  MMA018: {
    severity: 'error',
    title: 'permission dependency',
    message: (permission: string, requires: string) => `requested permission "${permission}" requires "${requires}"; add "${requires}" to "requested_permissions"`,
  },
  MMA019: {
    severity: 'warning',
    title: 'unknown permission',
    message: (permission: string, known: readonly string[]) => `unknown permission "${permission}" is ignored by the Apps plugin; known permissions: ${list(known)}`,
  },
  MMA020: {
    severity: 'error',
    title: 'no aws_lambda functions',
    message: () => 'manifest.json has no AWS Lambda functions: add "aws_lambda": {"functions": [{"path": "/", "name": "...", "handler": "...", "runtime": "..."}]}',
  },
  MMA021: {
    severity: 'error',
    title: 'function field empty',
    message: (index: number, field: string) => `aws_lambda function #${index + 1} has no "${field}"; every function needs "path", "name", "handler" and "runtime"`,
  },
  MMA022: {
    severity: 'error',
    title: 'duplicate function name',
    message: (name: string) => `function name "${name}" is used more than once; the plugin keys functions by name, so rename one`,
  },
  MMA023: {
    severity: 'error',
    title: 'function path',
    message: (name: string, path: string) => `function "${name}" has path "${path}", which no call path can match: call paths start with "/" (use "/" for the default function)`,
  },
  MMA024: {
    severity: 'error',
    title: 'Lambda name too long',
    message: (fn: string, sanitized: string, goName: string, cut: number, maxFunctionName: number) =>
      `the Lambda name for function "${fn}" would be "${sanitized}" (${Buffer.byteLength(sanitized)} bytes, over 64); ` +
      `Mattermost then falls back to "${goName}", which AWS rejects (only letters, digits, "-" and "_" are allowed). ` +
      `Shorten the function name by at least ${cut} byte${cut === 1 ? '' : 's'} (to ${maxFunctionName} bytes or fewer)`,
  },
  MMA025: {
    severity: 'error',
    title: 'Lambda name characters',
    message: (fn: string, name: string, chars: readonly string[], source: string) =>
      `the Lambda name for function "${fn}" is "${name}", which AWS rejects: it contains ${list(chars)} (from ${source}). ` + 'Lambda names allow only ASCII letters, digits, "-" and "_"',
  },
  MMA026: {
    severity: 'error',
    title: 'Lambda name collision',
    message: (a: string, b: string, name: string) => `functions "${a}" and "${b}" both become Lambda function "${name}"; rename one`,
  },
  MMA027: {
    severity: 'error',
    title: 'unknown runtime',
    message: (runtime: string, suggestion: string) => `runtime "${runtime}" is not an AWS Lambda runtime${suggestion}`,
  },
  MMA028: {
    severity: 'error',
    title: 'runtime blocked',
    message: (runtime: string, date: string, hint: string) => `AWS blocks creating functions with runtime "${runtime}" since ${date}, and each app version is a new function; ${hint}`,
  },
  MMA029: {
    severity: 'warning',
    title: 'runtime deprecated',
    message: (runtime: string, state: string, hint: string) => `runtime "${runtime}" ${state}; ${hint}`,
  },
  MMA030: {
    severity: 'error',
    title: 'handler format',
    message: (fn: string, handler: string, problem: string) => `function "${fn}" has handler "${handler}", which ${problem}`,
  },
  MMA031: {
    severity: 'warning',
    title: 'duplicate function path',
    message: (fn: string, other: string, path: string) => `functions "${other}" and "${fn}" both have path "${path}"; the plugin always calls the first, so "${fn}" is never invoked`,
  },
  MMA032: {
    severity: 'warning',
    title: 'unknown location',
    message: (location: string, known: readonly string[]) => `unknown location "${location}" in "requested_locations"; known locations: ${list(known)}`,
  },
  MMA033: {
    severity: 'error',
    title: 'S3 key too long',
    message: (key: string) => `S3 key "${key}" is longer than S3's 1,024 bytes; shorten the app_id, version or file path`,
  },
  MMA034: {
    severity: 'error',
    title: 'static file name',
    message: (name: string) => `static file "${name}" has a backslash or a control character in its name, which S3 keys and URLs cannot carry safely; rename it`,
  },
  MMA035: {
    severity: 'warning',
    title: 'runtime lifecycle unknown',
    message: (runtime: string) => `runtime "${runtime}" is known to the AWS SDK but not to this tool's lifecycle table (a preview runtime?); deprecation dates are not checked`,
  },

  MMA036: {
    severity: 'error',
    title: 'keys that differ only in case',
    message: (first: string, firstLine: number, later: string, field: string) =>
      `"${later}" and "${first}" (line ${firstLine}) both set the field "${field}": the Apps plugin matches keys case-insensitively (Go's encoding/json) and keeps the later one, ` +
      'while other readers see two keys. Keep one, spelled in lower case',
  },
  MMA037: {
    severity: 'error',
    title: 'object or array given twice',
    message: (key: string, firstLine: number) =>
      `"${key}" is given again (first on line ${firstLine}) with an object or array: the Apps plugin (Go's encoding/json) merges the two field by field, ` + 'while other readers keep only the last. Keep one',
  },
  MMA038: {
    severity: 'warning',
    title: 'invalid UTF-8 in a string',
    message: () => 'a string here is not valid UTF-8 (or holds a lone \\u surrogate escape): the Apps plugin reads each bad byte as U+FFFD "\ufffd", so the text is not what you wrote. Save the file as UTF-8',
  },
  MMA039: {
    severity: 'error',
    title: 'deploy section invalid',
    message: (section: string, problem: string) => `"${section}" ${problem}; the Apps plugin rejects the whole manifest (Deploy.Validate, v1.0+). Fix the section or remove it`,
  },
  MMA040: {
    severity: 'warning',
    title: 'unknown expand level',
    message: (call: string, key: string, level: string) =>
      `"${call}.expand.${key}" is "${level}", which is not an expand level ("", "none", "id", "summary", "all", optionally after "+" or "-"). ` +
      'The plugin installs the app but fails this call (stricter than the plugin, which checks levels only when it calls)',
  },
  MMA041: {
    severity: 'warning',
    title: 'icon read differently by plugin versions',
    message: (icon: string, problem: string) => `"icon" "${icon}" ${problem}`,
  },
  MMA042: {
    severity: 'warning',
    title: 'app_type in a current manifest',
    message: (appType: string) => `"app_type" is "${appType}" in a current-format manifest: Apps plugin v1.0 and v1.1 then read the file as a v0.7 manifest and deploy it as that type. Remove "app_type"`,
  },

  // ---- function sources and archives ------------------------------------------------------------
  MMA100: {
    severity: 'error',
    title: 'function source missing',
    message: (fn: string, tried: readonly string[]) => `no source for function "${fn}": looked for ${tried.join(' and ')}. Build it there, or map it with --function ${fn}=PATH (action input "functions")`,
  },
  MMA101: {
    severity: 'error',
    title: 'function source ambiguous',
    message: (fn: string, dir: string, zip: string) => `function "${fn}" has both ${dir} and ${zip}; remove one, or choose with --function ${fn}=PATH`,
  },
  MMA102: {
    severity: 'error',
    title: 'unknown function mapping',
    message: (fn: string, known: readonly string[]) => `--function names "${fn}", which is not a function in manifest.json; functions: ${list(known)}`,
  },
  MMA103: {
    severity: 'error',
    title: 'symbolic link outside the app',
    message: (link: string, target: string, root: string) => `symbolic link ${link} points to ${target}, outside ${root}; the bundle may only contain files from inside it. Copy the file in or remove the link`,
  },
  MMA104: {
    severity: 'error',
    title: 'function source empty',
    message: (fn: string, source: string) => `the source of function "${fn}" (${source}) contains no files`,
  },
  MMA105: {
    severity: 'error',
    title: 'handler file missing',
    message: (fn: string, handler: string, expected: readonly string[], hint: string) =>
      `function "${fn}": handler "${handler}" needs ${expected.join(' or ')} at the root of the function archive, and there is none${hint}`,
  },
  MMA106: {
    severity: 'error',
    title: 'bootstrap missing or not executable',
    message: (fn: string, runtime: string, problem: string) => `function "${fn}" uses runtime "${runtime}", which runs an executable named "bootstrap" at the root of the archive; ${problem}`,
  },
  MMA107: {
    severity: 'error',
    title: 'function archive over 50 MB',
    message: (fn: string, size: number) =>
      `function "${fn}" zips to ${bytes(size)}; AWS Lambda accepts at most 50 MB (52,428,800 bytes) uploaded directly. Remove development dependencies, bundle and minify the code, or move large assets to static/`,
  },
  MMA108: {
    severity: 'error',
    title: 'function over 250 MB unzipped',
    message: (fn: string, size: number) => `function "${fn}" is ${bytes(size)} unzipped; AWS Lambda allows at most 250 MB (262,144,000 bytes) for a function and its layers`,
  },
  MMA109: {
    severity: 'error',
    title: 'function source type',
    message: (fn: string, source: string) => `the source of function "${fn}" (${source}) is neither a directory nor a .zip file`,
  },

  MMA110: {
    severity: 'error',
    title: 'directory reached by two paths',
    message: (link: string, first: string, loop: boolean) =>
      loop
        ? `symbolic link ${link} leads back to ${first}, which contains it: a loop. A zip holds no links, so the loop would be packed without end; remove the link`
        : `${link} is the same directory as ${first}, through a symbolic link; a zip holds no links, so its files would be packed twice (with pnpm's node_modules: install with node-linker=hoisted, or bundle the function). Remove the link or copy the directory`,
  },
  MMA111: {
    severity: 'warning',
    title: 'file reached by several paths',
    message: (tree: string, count: number, examples: readonly string[]) =>
      `${count === 1 ? 'a path' : `${grouped(count)} paths`} in ${tree} ${count === 1 ? 'is a symbolic link' : 'are symbolic links'} to files packed under another path, and ${count === 1 ? 'is' : 'are'} left out (a zip holds no links; each file is packed once): ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Copy the file if both paths are needed`,
  },
  MMA112: {
    severity: 'error',
    title: 'not a regular file or directory',
    message: (p: string, kind: string) => `${p} is a ${kind}, not a regular file or directory; only files can be packed. Remove it or replace it with a file`,
  },
  MMA113: {
    severity: 'error',
    title: 'unreadable file or directory',
    message: (p: string, cause: string, advice: string) => `cannot read ${p}: ${cause}; ${advice}`,
  },

  // ---- zip archives read from disk --------------------------------------------------------------
  MMA120: {
    severity: 'error',
    title: 'not a readable zip',
    message: (what: string, detail: string) => `${what} is not a readable zip archive (${detail}); rebuild it`,
  },
  MMA121: {
    severity: 'error',
    title: 'unsafe entry name',
    message: (what: string, name: string, problem: string) => `${what} has an entry "${name}" that ${problem}; archives must hold clean relative paths`,
  },
  MMA122: {
    severity: 'error',
    title: 'symbolic link entry',
    message: (what: string, name: string) => `${what} has a symbolic link entry "${name}"; store the file itself (zip -y would keep links)`,
  },
  MMA123: {
    severity: 'error',
    title: 'duplicate entry',
    message: (what: string, name: string) => `${what} has more than one entry named "${name}"; readers disagree on which one wins`,
  },
  MMA124: {
    severity: 'error',
    title: 'encrypted entry',
    message: (what: string, name: string) => `${what} has an encrypted entry "${name}"; AWS Lambda and the Apps plugin cannot read it`,
  },
  MMA125: {
    severity: 'error',
    title: 'too many entries',
    message: (what: string, count: number, max: number) => `${what} has ${grouped(count)} entries, more than the ${grouped(max)} this tool reads`,
  },
  MMA126: {
    severity: 'error',
    title: 'too large unzipped',
    message: (what: string, size: number, max: number) => `${what} unzips to ${bytes(size)}, more than the ${bytes(max)} this tool reads`,
  },
  MMA127: {
    severity: 'error',
    title: 'suspicious compression ratio',
    message: (what: string, name: string, ratio: number) => `${what} has an entry "${name}" compressed ${Math.round(ratio)}:1, which looks like a decompression bomb; it is not read`,
  },
  MMA128: {
    severity: 'error',
    title: 'unsupported compression',
    message: (what: string, name: string, method: number) => `${what} has an entry "${name}" compressed with method ${method}; only stored (0) and deflate (8) are supported everywhere`,
  },
  MMA129: {
    severity: 'error',
    title: 'corrupt entry data',
    message: (what: string, name: string, detail: string) =>
      `${what} is corrupt: its entry "${name}" ${detail}; Go's archive/zip, which appsctl uses, refuses it too (for instance "zip: checksum error"). Rebuild the archive; reading it again will not help`,
  },
  MMA130: {
    severity: 'error',
    title: 'local header disagrees with the central directory',
    message: (what: string, name: string, detail: string) => `${what} is corrupt: the local header of entry "${name}" ${detail}; readers that trust one or the other would see different files. Rebuild the archive`,
  },
  MMA131: {
    severity: 'error',
    title: 'overlapping entries',
    message: (what: string, count: number, first: string, second: string) =>
      `${what} has ${grouped(count)} entries whose data overlap (first "${first}" and "${second}"): many names for the same compressed bytes is how zip bombs multiply their size. Rebuild the archive`,
  },
  MMA132: {
    severity: 'error',
    title: 'entry data outside the entry area',
    message: (what: string, name: string, detail: string) => `${what} has an entry "${name}" whose data ${detail}; it is not a well-formed zip. Rebuild the archive`,
  },
  MMA133: {
    severity: 'error',
    title: 'suspicious overall compression ratio',
    message: (what: string, size: number, compressedSize: number) =>
      `${what} unzips to ${bytes(size)} from ${bytes(compressedSize)} of compressed data (${Math.round(size / Math.max(1, compressedSize))}:1 overall), which looks like a decompression bomb; it is not read`,
  },
  MMA134: {
    severity: 'error',
    title: 'static/ too large',
    message: (size: number, max: number) => `static/ holds ${bytes(size)}, more than the ${bytes(max)} a bundle may carry; serve large media from elsewhere (a CDN, or a URL the app fetches)`,
  },

  // ---- bundle layout ----------------------------------------------------------------------------
  MMA201: {
    severity: 'error',
    title: 'extra manifest.json',
    message: (name: string) => `"${name}" ends in "manifest.json": Apps plugin v1.1 and the cloud deployer take any such entry as the manifest (the last one wins). Rename or remove it`,
  },
  MMA202: {
    severity: 'error',
    title: 'function archive not at the root',
    message: (name: string) =>
      `"${name}" is an archive below the bundle root; appsctl would take it for a function archive, and the cloud deployer only finds "<function name>.zip" at the root. Move it to the root or remove it`,
  },
  MMA203: {
    severity: 'error',
    title: 'archive under static/',
    message: (name: string) => `"${name}" is a .zip or .jar under static/: appsctl treats such entries as function archives, not static assets. Rename it (e.g. add ".bin") or serve it from elsewhere`,
  },
  MMA204: {
    severity: 'error',
    title: 'directory entry under static/',
    message: (name: string) => `"${name}" is a directory entry: appsctl uploads it as an empty asset and the cloud deployer fails on it. Rebuild the bundle without directory entries (zip -D)`,
  },
  MMA205: {
    severity: 'error',
    title: 'function archive missing',
    message: (fn: string) => `the bundle has no "${fn}.zip" at its root for function "${fn}"`,
  },
  MMA206: {
    severity: 'error',
    title: 'function archive mismatch',
    message: (fn: string, archive: string) => `appsctl matches function archives by suffix and would deploy "${archive}" as function "${fn}" (it comes later in the zip than "${fn}.zip"); reorder or rename the archives`,
  },
  MMA207: {
    severity: 'warning',
    title: 'unused function archive',
    message: (name: string) => `"${name}" matches no function in manifest.json and is ignored; remove it`,
  },
  MMA208: {
    severity: 'warning',
    title: 'function archive compressed in the bundle',
    message: (name: string) => `"${name}" is deflated inside the bundle; appsctl v1.0 and v1.1 fail to read deflated function archives. Store them (zip -0, or Info-ZIP's default for .zip files)`,
  },
  MMA209: {
    severity: 'warning',
    title: 'ignored entry',
    message: (name: string) => `"${name}" is not manifest.json, a function archive or under static/, so every consumer ignores it; remove it`,
  },
  MMA210: {
    severity: 'error',
    title: '.jar function archive',
    message: (name: string) => `"${name}" is a .jar function archive; the cloud deployer only deploys "<function name>.zip". Repackage it as a .zip`,
  },

  MMA220: {
    severity: 'error',
    title: 'two static files, one S3 key',
    message: (first: string, second: string, key: string) =>
      `"${first}" and "${second}" are both uploaded as "${key}" (S3 keys have spaces as "-", as the Apps plugin computes them), so each provision would replace one with the other. Rename one of them`,
  },

  // ---- publishing to the cloud deployer ---------------------------------------------------------
  MMA240: {
    severity: 'error',
    title: 'legacy manifest format in a published bundle',
    message: () =>
      'the bundle\'s manifest.json has the legacy format ("app_type": "aws_lambda" with an "aws_lambda" array). The cloud deployer uploads manifest.json as it is, ' +
      'and the Apps plugin v1.2 and later reject that format. Rebuild the bundle with mm-apps-deploy pack, or move the functions to "aws_lambda": {"functions": [...]}',
  },
  MMA241: {
    severity: 'warning',
    title: "bundle key beyond the deployer's first 1,000 keys",
    message: (key: string, bucket: string, last: string) =>
      `"${key}" sorts after the first 1,000 keys of bucket ${bucket} (the 1,000th is "${last}"), and the cloud deployer reads only that first page of the listing: ` +
      'it will not see this bundle. Remove bundles it has deployed (tag deployed_<environment>=true) from the bucket, or choose a key that sorts earlier',
  },

  // ---- release checks ---------------------------------------------------------------------------
  MMA301: {
    severity: 'error',
    title: 'version does not match the tag',
    message: (version: string, tag: string) =>
      `manifest "version" is "${version}" but the pushed tag is "${tag}"; make them the same (a leading "v" on either side is ignored), or set the action input version-check to warn or off`,
  },
} as const satisfies Record<string, Definition>;

export type FindingCode = keyof typeof CATALOG;
