import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $r: () => (/* binding */ inspectAppDir),
  WJ: () => (/* binding */ staticFileFinding)
});

// UNUSED EXPORTS: FUNCTIONS_DIR, STATIC_DIR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/compat/appsctl-bundle.ts
var appsctl_bundle = __nccwpck_require__(168);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __nccwpck_require__(3100);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/bundle/function-content.ts + 1 modules
var function_content = __nccwpck_require__(3322);
// EXTERNAL MODULE: ./src/lambda/limits.ts
var limits = __nccwpck_require__(3151);
// EXTERNAL MODULE: ./src/lambda/runtimes.ts + 1 modules
var runtimes = __nccwpck_require__(1038);
// EXTERNAL MODULE: ./src/fs/confine.ts
var confine = __nccwpck_require__(7619);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 3 modules
var manifest_manifest = __nccwpck_require__(2036);
// EXTERNAL MODULE: ./src/manifest/rules.ts
var rules = __nccwpck_require__(9970);
// EXTERNAL MODULE: ./src/bundle/static-keys.ts
var static_keys = __nccwpck_require__(4765);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __nccwpck_require__(7523);
// EXTERNAL MODULE: ./src/fs/file-kind.ts
var file_kind = __nccwpck_require__(8564);
;// CONCATENATED MODULE: ./src/fs/read-bounded.ts
// Reads a small input file (manifest.json) whole, safely: only a regular file, opened so that a
// FIFO cannot block and a swapped-in link is not followed, and never more than the limit plus one
// byte, whatever size the file claims or however it grows while being read.


/** Reads the regular file at `real` (a path with no links) if it holds at most `max` bytes. */
function readBounded(real, max) {
    const fd = (0,external_node_fs_.openSync)(real, file_kind/* READ_FLAGS */.t);
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { ok: false, problem: 'not a file', kind: (0,file_kind/* kindOf */.I)(st) };
        if (st.size > max)
            return { ok: false, problem: 'too large', size: st.size };
        const buf = Buffer.alloc(max + 1);
        let n = 0;
        while (n < buf.length) {
            const r = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, n);
            if (r === 0)
                break;
            n += r;
        }
        if (n > max)
            return { ok: false, problem: 'too large', size: Math.max(n, st.size) };
        return { ok: true, bytes: buf.subarray(0, n) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/app/app-root.ts
// The app directory as a boundary: every path read from it (manifest.json, static/, functions/,
// functions/NAME, functions/NAME.zip, mapped sources inside it) is resolved, and refused when its
// real path leaves the directory, is missing, unreadable, or not the kind of file expected. Reads
// go through the real path, so a link cannot be swapped between the check and the read.







/** Location paths are relative to the app directory, in POSIX form. */
function relativeTo(appDir) {
    return (abs) => external_node_path_default().relative(appDir, abs).split((external_node_path_default()).sep).join('/') || '.';
}
/** The app directory itself: it may be reached through links (the user named it), but must be a directory. */
function openAppRoot(appDir, given) {
    const dir = external_node_path_default().resolve(appDir);
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            return { findings: [(0,finding/* finding */.gk)('MMA001', { path: manifest_manifest/* MANIFEST_FILE */.h1 }, `in ${given} (not a directory)`)] };
        return { root: { dir, real: (0,external_node_fs_.realpathSync)(dir), display: relativeTo(dir) }, findings: [] };
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { findings: [(0,finding/* finding */.gk)('MMA001', { path: manifest_manifest/* MANIFEST_FILE */.h1 }, `in ${given} (no such directory)`)] };
        if (!(0,fs_error/* isErrno */.r)(err))
            throw err;
        const { cause, advice } = (0,fs_error/* describeErrno */.cZ)(err, 'read');
        return { findings: [(0,finding/* finding */.gk)('MMA113', { path: '.' }, given, cause, advice)] };
    }
}
/**
 * The symbolic link that takes `abs` out of `root`: the first component below the app directory
 * that is a link whose real path is outside. Messages name it rather than the path below it.
 */
function escapingLink(root, abs) {
    const parts = external_node_path_default().relative(root.dir, abs).split((external_node_path_default()).sep);
    let p = root.dir;
    for (const part of parts) {
        p = external_node_path_default().join(p, part);
        try {
            if ((0,external_node_fs_.lstatSync)(p).isSymbolicLink() && !(0,confine/* isInside */.FK)((0,external_node_fs_.realpathSync)(p), root.real))
                return p;
        }
        catch {
            break;
        }
    }
    return abs;
}
/** MMA113 for a path that could not be read (permissions and the like), with the fix. */
function unreadableFinding(at, err) {
    if (!(0,fs_error/* isErrno */.r)(err))
        throw err;
    const { cause, advice } = (0,fs_error/* describeErrno */.cZ)(err, 'read');
    return (0,finding/* finding */.gk)('MMA113', { path: at }, at, cause, advice);
}
/**
 * Resolves `abs` (inside the app directory) to a real path inside it. Missing paths give
 * undefined and no finding (the caller knows whether that is a problem); every other problem is
 * reported in `findings`.
 */
function locate(root, abs, findings) {
    const r = (0,confine/* resolveInside */.LI)(abs, root.real);
    if (r.ok)
        return r;
    const at = { path: root.display(abs) };
    if (r.problem === 'outside') {
        const link = escapingLink(root, abs);
        findings.push((0,finding/* finding */.gk)('MMA103', { path: root.display(link) }, root.display(link), link === abs ? r.real : (0,external_node_fs_.realpathSync)(link), 'the app directory'));
    }
    else if (r.problem === 'unreadable') {
        findings.push(unreadableFinding(at.path, r.error));
    }
    else if (isBrokenLink(abs)) {
        findings.push((0,finding/* finding */.gk)('MMA103', at, at.path, '(a missing file)', 'the app directory'));
    }
    return undefined;
}
function isBrokenLink(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * manifest.json of an app directory, read safely: inside the app, a regular file (a FIFO, socket
 * or device is refused without opening it), at most 1 MiB however large it claims to be.
 */
function readAppManifest(root, given) {
    const findings = [];
    const at = { path: manifest_manifest/* MANIFEST_FILE */.h1 };
    const file = external_node_path_default().join(root.dir, manifest_manifest/* MANIFEST_FILE */.h1);
    const located = locate(root, file, findings);
    if (!located) {
        if (findings.length === 0)
            findings.push((0,finding/* finding */.gk)('MMA001', at, `in ${given}`));
        return { findings };
    }
    if (located.kind !== 'file')
        return { findings: [(0,finding/* finding */.gk)('MMA112', at, manifest_manifest/* MANIFEST_FILE */.h1, located.kind)] };
    try {
        const read = readBounded(located.real, manifest_manifest/* MAX_MANIFEST_BYTES */.ZJ);
        if (read.ok)
            return { bytes: read.bytes, findings };
        if (read.problem === 'too large')
            return { findings: [(0,finding/* finding */.gk)('MMA003', at, read.size)] };
        return { findings: [(0,finding/* finding */.gk)('MMA112', at, manifest_manifest/* MANIFEST_FILE */.h1, read.kind)] };
    }
    catch (err) {
        return { findings: [unreadableFinding(manifest_manifest/* MANIFEST_FILE */.h1, err)] };
    }
}

;// CONCATENATED MODULE: ./src/app/walk.ts
// Lists the files of a directory for packing: sorted by the bytes of their relative path, junk left
// out, symbolic links followed only while they stay inside a boundary (the app directory, or a
// source mapped from outside it).
//
// A zip holds no links, so a link becomes a copy. To keep the cost linear in real files whatever
// the link graph (a "diamond" of directory links doubles the paths per level; a loop never ends):
// - every real directory is walked once: its link-free path wins, and any other path reaching it
//   (a second link, a loop) is an error (MMA110), because leaving it out would break code that
//   expects it there and copying it is what explodes;
// - every real file is packed once: under its link-free path when it has one inside the tree, else
//   under the first path in byte order; the other paths are left out with one warning per tree
//   (MMA111), except npm's node_modules/.bin shims, which nothing runs in Lambda.
// The outcome depends only on the tree, never on the order the file system lists it in.






/** Operating-system litter that never belongs in a bundle. */
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.git']);
/** npm's command shims: links to files of their packages, never loaded by code. */
const NPM_BIN = /(^|\/)node_modules\/\.bin\//;
const MAX_EXAMPLES = 3;
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Walks `dir`, whose real path must be inside `boundary` (a real path). `display` turns an
 * absolute path into how findings show it, and `boundaryLabel` names the boundary in messages.
 */
function walkDir(dir, boundary, display, boundaryLabel = display(boundary)) {
    const findings = [];
    const root = (0,confine/* resolveInside */.LI)(dir, boundary);
    if (!root.ok || root.kind !== 'directory')
        throw new Error(`internal error: walkDir(${dir}) outside its boundary or not a directory`);
    const shown = (rel) => display(rel ? external_node_path_default().join(dir, rel) : dir) + (rel ? '' : '/');
    const walked = new Map(); // real directory → the relative path it is packed under
    const files = new Map(); // real file → the paths that reach it
    const links = []; // directory links, walked last
    const unreadable = (rel, err) => {
        const f = unreadableFinding(shown(rel), err);
        findings.push({ ...f, location: { path: display(external_node_path_default().join(dir, rel)) } });
    };
    const walk = (realDir, rel) => {
        const stack = [[realDir, rel]];
        while (stack.length > 0) {
            const [current, currentRel] = stack.pop();
            walked.set(current, currentRel);
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(current).sort(byteOrder);
            }
            catch (err) {
                unreadable(currentRel, err);
                continue;
            }
            const subdirs = [];
            for (const name of names) {
                if (JUNK.has(name))
                    continue;
                const childReal = external_node_path_default().join(current, name);
                const childRel = currentRel ? `${currentRel}/${name}` : name;
                const at = { path: display(external_node_path_default().join(dir, childRel)) };
                let st;
                try {
                    st = (0,external_node_fs_.lstatSync)(childReal);
                }
                catch (err) {
                    unreadable(childRel, err);
                    continue;
                }
                if (st.isSymbolicLink()) {
                    const target = (0,confine/* resolveInside */.LI)(childReal, boundary);
                    if (!target.ok) {
                        if (target.problem === 'unreadable')
                            unreadable(childRel, target.error);
                        else
                            findings.push((0,finding/* finding */.gk)('MMA103', at, at.path, target.problem === 'missing' ? '(a missing file)' : target.real, boundaryLabel));
                        continue;
                    }
                    if (target.kind === 'directory')
                        links.push({ rel: childRel, parent: current, real: target.real });
                    else if (target.kind === 'file')
                        addFile(target.real, childRel, target.stats);
                    else
                        findings.push((0,finding/* finding */.gk)('MMA112', at, at.path, target.kind));
                }
                else if (st.isDirectory()) {
                    if (walked.has(childReal))
                        findings.push((0,finding/* finding */.gk)('MMA110', at, at.path, shown(walked.get(childReal)), false));
                    else
                        subdirs.push([childReal, childRel]);
                }
                else if (st.isFile()) {
                    addFile(childReal, childRel, st);
                }
                else {
                    findings.push((0,finding/* finding */.gk)('MMA112', at, at.path, (0,file_kind/* kindOf */.I)(st)));
                }
            }
            for (let i = subdirs.length - 1; i >= 0; i--)
                stack.push(subdirs[i]);
        }
    };
    const addFile = (real, rel, stats) => {
        try {
            (0,external_node_fs_.accessSync)(real, external_node_fs_.constants.R_OK);
        }
        catch (err) {
            unreadable(rel, err);
            return;
        }
        const seen = files.get(real);
        if (seen)
            seen.push({ rel, stats });
        else
            files.set(real, [{ rel, stats }]);
    };
    walk(root.real, '');
    // Links to directories last, so that a directory's own path always wins over a link to it.
    for (let i = 0; i < links.length; i++) {
        const link = links[i];
        const at = { path: display(external_node_path_default().join(dir, link.rel)) };
        const owner = walked.get(link.real);
        const loop = (0,confine/* isInside */.FK)(link.parent, link.real); // the link is inside what it points to
        const target = owner !== undefined ? shown(owner) : display(link.real) === '.' ? 'the app directory' : `${display(link.real)}/`;
        if (owner !== undefined || loop)
            findings.push((0,finding/* finding */.gk)('MMA110', at, at.path, target, loop));
        else
            walk(link.real, link.rel);
    }
    const result = [];
    const aliases = [];
    for (const [real, seen] of files) {
        const own = external_node_path_default().relative(root.real, real).split((external_node_path_default()).sep).join('/');
        seen.sort((a, b) => (a.rel === own ? -1 : b.rel === own ? 1 : byteOrder(a.rel, b.rel)));
        const [chosen, ...others] = seen;
        result.push({ rel: chosen.rel, abs: real, size: chosen.stats.size, executable: (chosen.stats.mode & 0o111) !== 0 });
        for (const o of others)
            if (!NPM_BIN.test(o.rel))
                aliases.push(`${o.rel} (→ ${chosen.rel})`);
    }
    if (aliases.length > 0) {
        aliases.sort(byteOrder);
        const first = aliases[0].slice(0, aliases[0].indexOf(' (→'));
        findings.push((0,finding/* finding */.gk)('MMA111', { path: display(external_node_path_default().join(dir, first)) }, shown(''), aliases.length, aliases.slice(0, MAX_EXAMPLES)));
    }
    result.sort((a, b) => byteOrder(a.rel, b.rel));
    return { files: result, dirs: [...walked.keys()], findings };
}

;// CONCATENATED MODULE: ./src/app/app-dir.ts
// Inspects an app directory: manifest.json, static/ and one source per aws_lambda function
// (functions/<name>/, functions/<name>.zip, or an explicit mapping). Nothing is written here;
// the result says what would be packed and everything that is wrong with it.














const FUNCTIONS_DIR = 'functions';
const STATIC_DIR = 'static';
async function inspectAppDir(options) {
    const appDir = external_node_path_default().resolve(options.appDir);
    const result = { appDir, staticFiles: [], functions: [], findings: [], inputs: { files: new Set(), dirs: new Set() } };
    const findings = result.findings;
    const opened = openAppRoot(appDir, options.appDir);
    findings.push(...opened.findings);
    const root = opened.root;
    if (!root)
        return result;
    result.inputs.appReal = root.real;
    const read = readAppManifest(root, options.appDir);
    findings.push(...read.findings);
    if (!read.bytes)
        return result;
    result.inputs.files.add((0,external_node_fs_.realpathSync)(external_node_path_default().join(appDir, manifest_manifest/* MANIFEST_FILE */.h1)));
    const parsed = (0,manifest_manifest/* readManifest */.WI)(read.bytes);
    findings.push(...parsed.findings);
    const manifest = parsed.manifest;
    if (!manifest)
        return result;
    result.manifest = manifest;
    const staticDir = locate(root, external_node_path_default().join(appDir, STATIC_DIR), findings);
    if (staticDir?.kind === 'directory') {
        const walked = walkTree(root, external_node_path_default().join(appDir, STATIC_DIR), root.real, 'the app directory', result);
        for (const file of walked) {
            const staticFinding = staticFileFinding(manifest, file.rel);
            if (staticFinding)
                findings.push(staticFinding);
        }
        findings.push(...(0,static_keys/* staticKeyCollisions */.f)(manifest, walked.map((f) => f.rel)));
        result.staticFiles = walked;
    }
    else if (staticDir && staticDir.kind !== 'file') {
        findings.push((0,finding/* finding */.gk)('MMA112', { path: STATIC_DIR }, STATIC_DIR, staticDir.kind));
    }
    const sdkRuntimes = await (0,runtimes/* sdkRuntimesFor */.By)(manifest.functions.map((f) => f.runtime));
    findings.push(...(0,rules/* validateManifest */.yl)(manifest, { now: options.now, staticFiles: new Set(result.staticFiles.map((f) => f.rel)), sdkRuntimes }));
    const overrides = options.functionSources ?? new Map();
    const names = manifest.functions.map((f) => f.name);
    for (const name of overrides.keys()) {
        if (!names.includes(name))
            findings.push((0,finding/* finding */.gk)('MMA102', undefined, name, names));
    }
    for (const spec of manifest.functions) {
        // A name that is empty or could leave functions/ is reported by the manifest rules.
        if (spec.name === '' || /[/\\]/.test(spec.name) || spec.name === '.' || spec.name === '..')
            continue;
        const plan = await planFunction(root, manifest, spec, overrides.get(spec.name), result);
        if (plan)
            result.functions.push(plan);
    }
    return result;
}
/** Walks a tree for packing, recording what it read as inputs. */
function walkTree(root, dir, boundary, label, result) {
    const walked = walkDir(dir, boundary, root.display, label);
    result.findings.push(...walked.findings);
    for (const d of walked.dirs)
        result.inputs.dirs.add(d);
    for (const f of walked.files)
        result.inputs.files.add(f.abs);
    return walked.files;
}
/** Rules for one file under static/ (its path relative to static/). */
function staticFileFinding(manifest, rel) {
    const entry = `${STATIC_DIR}/${rel}`;
    const at = { path: entry };
    if ((0,appsctl_bundle/* isFunctionArchiveName */.q9)(entry))
        return (0,finding/* finding */.gk)('MMA203', at, entry);
    if (entry.endsWith(manifest_manifest/* MANIFEST_FILE */.h1))
        return (0,finding/* finding */.gk)('MMA201', at, entry);
    // eslint-disable-next-line no-control-regex
    if (/[\\\u0000-\u001f\u007f]/.test(rel))
        return (0,finding/* finding */.gk)('MMA034', at, rel);
    const key = (0,naming/* s3StaticName */.Wj)(manifest.appId, manifest.version, rel);
    if (Buffer.byteLength(key) > limits/* MAX_S3_KEY_BYTES */.oV)
        return (0,finding/* finding */.gk)('MMA033', at, key);
    return undefined;
}
/**
 * Where function `spec` comes from. A mapping (--function NAME=PATH) outside the app directory is
 * the user's explicit choice, e.g. a build directory: its real path becomes its own boundary, which
 * links inside it may not leave. A mapping or default location inside the app directory is held to
 * the app directory, like everything else read from it.
 */
function findSource(root, spec, override, findings) {
    const display = root.display;
    const app = { boundary: root.real, label: 'the app directory' };
    if (override !== undefined) {
        const at = { path: display(override) };
        const lexicallyInside = (0,confine/* isInside */.FK)(external_node_path_default().resolve(override), root.dir) || (0,confine/* isInside */.FK)(external_node_path_default().resolve(override), root.real);
        let found;
        if (lexicallyInside) {
            const before = findings.length;
            found = locate(root, override, findings);
            if (!found && findings.length > before)
                return undefined;
        }
        else {
            const r = (0,confine/* resolveInside */.LI)(override, '/');
            if (!r.ok && r.problem === 'unreadable') {
                findings.push(unreadableFinding(at.path, r.error));
                return undefined;
            }
            if (r.ok)
                found = r;
        }
        if (!found) {
            findings.push((0,finding/* finding */.gk)('MMA100', at, spec.name, [display(override)]));
            return undefined;
        }
        const own = (0,confine/* isInside */.FK)(found.real, root.real) ? app : { boundary: found.real, label: `${display(override)}/` };
        if (found.kind === 'directory')
            return { kind: 'dir', path: override, real: found.real, size: 0, ...own };
        if (found.kind === 'file' && override.endsWith('.zip'))
            return { kind: 'zip', path: override, real: found.real, size: found.stats.size, ...own };
        findings.push(found.kind === 'file' ? (0,finding/* finding */.gk)('MMA109', at, spec.name, display(override)) : (0,finding/* finding */.gk)('MMA112', at, display(override), found.kind));
        return undefined;
    }
    const dir = external_node_path_default().join(root.dir, FUNCTIONS_DIR, spec.name);
    const zip = `${dir}.zip`;
    const before = findings.length;
    const asDir = locate(root, dir, findings);
    const asZip = locate(root, zip, findings);
    for (const [p, c] of [[dir, asDir], [zip, asZip]]) {
        if (c && c.kind !== 'file' && c.kind !== 'directory')
            findings.push((0,finding/* finding */.gk)('MMA112', { path: display(p) }, display(p), c.kind));
    }
    if (findings.length > before)
        return undefined;
    const hasDir = asDir?.kind === 'directory';
    const hasZip = asZip?.kind === 'file';
    if (hasDir && hasZip) {
        findings.push((0,finding/* finding */.gk)('MMA101', { path: display(dir) }, spec.name, `${display(dir)}/`, display(zip)));
        return undefined;
    }
    if (hasDir)
        return { kind: 'dir', path: dir, real: asDir.real, size: 0, ...app };
    if (hasZip)
        return { kind: 'zip', path: zip, real: asZip.real, size: asZip.stats.size, ...app };
    findings.push((0,finding/* finding */.gk)('MMA100', { path: `${FUNCTIONS_DIR}/${spec.name}` }, spec.name, [`${display(dir)}/`, display(zip)]));
    return undefined;
}
async function planFunction(root, manifest, spec, override, result) {
    const findings = result.findings;
    const source = findSource(root, spec, override, findings);
    if (!source)
        return undefined;
    const display = root.display;
    const at = { path: display(source.path) };
    const name = (0,naming/* lambdaNameIfAny */.yc)(manifest.appId, manifest.version, spec.name);
    if (source.kind === 'dir') {
        const files = walkTree(root, source.path, source.boundary, source.label, result);
        const listed = files.map((f) => ({ name: f.rel, executable: f.executable || f.rel === 'bootstrap' }));
        const unzippedSize = files.reduce((n, f) => n + f.size, 0);
        findings.push(...(0,function_content/* functionContentFindings */.s)(spec, listed, unzippedSize, at, `${display(source.path)}/`));
        return { spec, lambdaName: name, source: { kind: 'dir', path: source.path, files }, unzippedSize };
    }
    result.inputs.files.add(source.real);
    try {
        (0,external_node_fs_.accessSync)(source.real, external_node_fs_.constants.R_OK);
    }
    catch (err) {
        findings.push(unreadableFinding(at.path, err));
        return undefined;
    }
    const checked = await (0,function_content/* checkFunctionArchive */.p)(source.real, spec, display(source.path), at);
    findings.push(...checked.findings);
    if (!checked.entries)
        return undefined;
    return { spec, lambdaName: name, source: { kind: 'zip', path: source.path, real: source.real, size: source.size, entries: checked.entries }, unzippedSize: checked.unzippedSize };
}


/***/ }),

/***/ 4255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ DEFAULT_INVOKE_USER),
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   Sf: () => (/* binding */ DEFAULT_INVOKE_POLICY),
/* harmony export */   T8: () => (/* binding */ DEFAULT_INVOKE_GROUP),
/* harmony export */   hg: () => (/* binding */ DEFAULT_BUCKET),
/* harmony export */   jx: () => (/* binding */ ASSUME_ROLE_POLICY_DOCUMENT),
/* harmony export */   o1: () => (/* binding */ initialInvokePolicyDocument),
/* harmony export */   rQ: () => (/* binding */ DEFAULT_EXECUTE_ROLE),
/* harmony export */   yq: () => (/* binding */ lambdaBasicExecutionPolicy)
/* harmony export */ });
// Default names and environment variables shared with Mattermost's tooling
// (mattermost-plugin-apps upstream/upaws aws.go; research/mattermost-apps-aws.md §4.4, §6).
const DEFAULT_BUCKET = 'mattermost-apps-bucket';
const DEFAULT_EXECUTE_ROLE = 'mattermost-apps-execute-lambda-role';
const DEFAULT_INVOKE_POLICY = 'mattermost-apps-invoke-policy';
const DEFAULT_INVOKE_USER = 'mattermost-apps-invoke';
const DEFAULT_INVOKE_GROUP = 'mattermost-apps-invoke-group';
/** The AWS managed policy that lets functions write CloudWatch logs, in the caller's partition (aws, aws-cn, aws-us-gov). */
function lambdaBasicExecutionPolicy(partition = 'aws') {
    return `arn:${partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`;
}
const ENV = {
    /** The bucket of static assets and manifests (plugin and appsctl). */
    bucket: 'MM_APPS_S3_BUCKET',
    region: 'MM_APPS_AWS_REGION',
    /** Deploy credentials: appsctl v1.0+ names, then the v0.7 names of the seed documentation. */
    deployAccessKey: 'MM_APPS_DEPLOY_AWS_ACCESS_KEY',
    deploySecretKey: 'MM_APPS_DEPLOY_AWS_SECRET_KEY',
    provisionAccessKey: 'MM_APPS_PROVISION_AWS_ACCESS_KEY',
    provisionSecretKey: 'MM_APPS_PROVISION_AWS_SECRET_KEY',
    /** appsctl v0.1–v0.6, and the "Deploying Apps" seed page. */
    legacyAccessKey: 'APPS_PROVISION_AWS_ACCESS_KEY',
    legacySecretKey: 'APPS_PROVISION_AWS_SECRET_KEY',
    /** The invoke user's key, which the plugin reads (printed by init --create-access-key). */
    invokeAccessKey: 'MM_APPS_AWS_ACCESS_KEY',
    invokeSecretKey: 'MM_APPS_AWS_SECRET_KEY',
};
/** The trust policy of the execution role (upaws.AssumeRolePolicyDocument). */
const ASSUME_ROLE_POLICY_DOCUMENT = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
/**
 * The invoke policy `init` creates (upaws.InitialInvokePolicyDocument since v1.0.0): read the
 * bucket's manifests and static assets, list the bucket. Functions are added by provision in an
 * AllowLambda statement.
 */
function initialInvokePolicyDocument(bucket) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            { Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/manifests/*`, `arn:aws:s3:::${bucket}/static/*`] },
            { Sid: 'AllowS3list', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`] },
        ],
    });
}


/***/ }),

/***/ 6536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   resolveAwsSettings: () => (/* binding */ resolveAwsSettings)
/* harmony export */ });
/* unused harmony export secretsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4255);
// Where provisioning goes and as whom: region, bucket, endpoint and credentials, resolved from
// options, then Mattermost's variables, then the AWS SDK's own defaults (SPEC §4).


/** S3 bucket naming rules (general purpose buckets). */
const BUCKET_NAME = /^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
function pair(env, access, secret) {
    const a = env[access];
    const s = env[secret];
    if (!a && !s)
        return undefined;
    if (!a || !s)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${a ? access : secret} is set but ${a ? secret : access} is not; set both, or neither to use the AWS default credentials`);
    return { accessKeyId: a, secretAccessKey: s };
}
function resolveAwsSettings(input) {
    const { env } = input;
    const region = input.region || env[_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.region] || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region !== undefined && !REGION.test(region))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`"${region}" is not an AWS region name (e.g. us-east-1)`);
    const bucket = input.bucket || env[_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.bucket] || _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BUCKET */ .hg;
    if (!BUCKET_NAME.test(bucket)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`"${bucket}" is not a valid S3 bucket name: 3 to 63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit`);
    }
    let endpoint;
    if (input.endpointUrl) {
        try {
            endpoint = new URL(input.endpointUrl).toString().replace(/\/$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`"${input.endpointUrl}" is not a URL; give the endpoint as e.g. http://127.0.0.1:5000`);
        }
    }
    const customEndpoint = Boolean(endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
    const sources = [
        ...(input.as === 'plugin' ? [[_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.invokeAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.invokeSecretKey]] : []),
        [_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.deployAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.deploySecretKey],
        [_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.provisionAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.provisionSecretKey],
        [_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.legacyAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.legacySecretKey],
    ];
    let credentials;
    let credentialSource = 'the AWS default credential chain';
    for (const [access, secret] of sources) {
        credentials = pair(env, access, secret);
        if (credentials) {
            credentialSource = `${access} / ${secret}`;
            break;
        }
    }
    return {
        ...(region ? { region } : {}),
        bucket,
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: customEndpoint,
        ...(credentials ? { credentials } : {}),
        credentialSource,
    };
}
/** Secrets that front ends must mask in logs. */
function secretsOf(settings) {
    return settings.credentials ? [settings.credentials.secretAccessKey] : [];
}


/***/ }),

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ checkFunctionArchive),
  s: () => (/* binding */ functionContentFindings)
});

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/zip/reader.ts + 5 modules
var reader = __nccwpck_require__(5714);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/lambda/handler.ts
// Which file a handler string needs in the function archive, per runtime family
// (research/aws-lambda-s3.md §1.1; AWS "Define Lambda function handler" pages).

/** Candidate files for a handler, or undefined when the runtime's handler is not a file (Java, .NET). */
function handlerFiles(family, handler) {
    switch (family) {
        case 'nodejs': {
            // "dir/file.export": the module is everything before the last dot.
            const mod = handler.slice(0, Math.max(0, handler.lastIndexOf('.')));
            return mod ? ['.js', '.mjs', '.cjs'].map((ext) => `${mod}${ext}`) : undefined;
        }
        case 'python': {
            // "pkg.module.function" or "dir/module.function".
            const mod = handler.slice(0, Math.max(0, handler.lastIndexOf('.'))).replaceAll('.', '/');
            return mod ? [`${mod}.py`, `${mod}/__init__.py`, `${mod}.pyc`] : undefined;
        }
        case 'ruby': {
            // "file.method" or "file.Module::Class.method": the file is everything before the first dot.
            const file = handler.split('.')[0];
            return file ? [`${file}.rb`] : undefined;
        }
        case 'go':
            // go1.x runs the executable named by the handler.
            return [handler];
        default:
            return undefined;
    }
}
/** Checks that the archive holds what the runtime will load for `handler`. */
function checkHandler(family, handler, files) {
    const byName = new Map(files.map((f) => [f.name, f]));
    if (family === 'provided') {
        const bootstrap = byName.get('bootstrap');
        if (!bootstrap)
            return { ok: false, kind: 'bootstrap', problem: `there is no "bootstrap" at the root${nestedHint(['bootstrap'], files)}` };
        if (!bootstrap.executable)
            return { ok: false, kind: 'bootstrap', problem: '"bootstrap" is not executable: set its mode to 0755 (chmod +x) before zipping' };
        return { ok: true };
    }
    const candidates = handlerFiles(family, handler);
    if (!candidates)
        return { ok: true };
    const found = candidates.map((c) => byName.get(c)).find((f) => f !== undefined);
    if (!found)
        return { ok: false, kind: 'missing', expected: candidates, hint: nestedHint(candidates, files) };
    if (family === 'go' && !found.executable)
        return { ok: false, kind: 'bootstrap', problem: `"${handler}" is not executable: set its mode to 0755 before zipping` };
    return { ok: true };
}
/** When the expected file sits one directory down, the folder itself was zipped instead of its contents. */
function nestedHint(candidates, files) {
    for (const f of files) {
        const slash = f.name.indexOf('/');
        if (slash <= 0)
            continue;
        const rest = f.name.slice(slash + 1);
        if (candidates.includes(rest)) {
            const dir = f.name.slice(0, slash);
            return `; "${f.name}" exists: zip the contents of "${dir}/", not the folder itself`;
        }
    }
    const base = candidates[0] ? external_node_path_default().posix.basename(candidates[0]) : '';
    const elsewhere = files.find((f) => base && external_node_path_default().posix.basename(f.name) === base);
    return elsewhere ? `; found "${elsewhere.name}": fix the handler path or the archive layout` : '';
}

// EXTERNAL MODULE: ./src/lambda/limits.ts
var limits = __nccwpck_require__(3151);
// EXTERNAL MODULE: ./src/lambda/runtimes.ts + 1 modules
var runtimes = __nccwpck_require__(1038);
;// CONCATENATED MODULE: ./src/bundle/function-content.ts
// Checks on what a function archive holds, whatever it was built from: a directory, a prebuilt
// zip, or an archive inside a bundle.





function functionContentFindings(fn, files, unzippedSize, at, source) {
    if (files.length === 0)
        return [(0,finding/* finding */.gk)('MMA104', at, fn.name, source)];
    const out = [];
    if (unzippedSize > limits/* MAX_UNZIPPED_BYTES */.Z4)
        out.push((0,finding/* finding */.gk)('MMA108', at, fn.name, unzippedSize));
    const check = checkHandler((0,runtimes/* runtimeFamily */.Lk)(fn.runtime), fn.handler, files);
    if (!check.ok) {
        if (check.kind === 'bootstrap')
            out.push((0,finding/* finding */.gk)('MMA106', at, fn.name, fn.runtime, check.problem));
        else
            out.push((0,finding/* finding */.gk)('MMA105', at, fn.name, fn.handler, check.expected, check.hint));
    }
    return out;
}
/** Function archives are read up to this unzipped size; Lambda's own 250 MB rule is checked separately (MMA108). */
const FUNCTION_ZIP_LIMITS = { ...reader/* DEFAULT_LIMITS */.dR, maxUncompressed: 1024 * 1024 * 1024 };
/**
 * Opens a function archive (a file, or the bytes of one inside a bundle), checks it as an
 * untrusted zip, verifies every entry's data, and then checks what it holds. Returns its entries
 * when it could be read.
 */
async function checkFunctionArchive(source, fn, what, at) {
    const opened = await reader/* ZipArchive */.SJ.open(source, what, at.path, FUNCTION_ZIP_LIMITS);
    if (!opened.archive)
        return { findings: opened.findings, unzippedSize: 0, files: 0 };
    const entries = opened.archive.entries;
    // Lambda unzips every entry: each must be intact, as appsctl's archive/zip would find it.
    const corrupt = await opened.archive.verify();
    opened.archive.close();
    if (corrupt.length > 0)
        return { findings: [...opened.findings, ...corrupt], unzippedSize: 0, files: 0 };
    const files = entries.filter((e) => !e.directory).map((e) => ({ name: e.name, executable: e.executable }));
    const unzippedSize = entries.reduce((n, e) => n + e.size, 0);
    return { findings: [...opened.findings, ...functionContentFindings(fn, files, unzippedSize, at, what)], entries, unzippedSize, files: files.length };
}


/***/ }),

/***/ 1645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ inspectBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_app_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5819);
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3100);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(976);
/* harmony import */ var _lambda_limits_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(3151);
/* harmony import */ var _lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1038);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2036);
/* harmony import */ var _manifest_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9970);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5714);
/* harmony import */ var _function_content_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3322);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(9820);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4146);
/* harmony import */ var _static_keys_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(4765);
// Validates an existing bundle zip (e.g. one built by a Makefile like Mattermost's examples): the
// untrusted-zip checks, every entry's data, the layout, the manifest, and each function archive
// inside it (its entries' data too).













async function inspectBundle(bundlePath, options) {
    const result = { bundlePath, staticFiles: [], functions: [], deflatedArchives: [], findings: [] };
    const opened = await _zip_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .ZipArchive */ .SJ.open(bundlePath, 'the bundle', '.', _limits_js__WEBPACK_IMPORTED_MODULE_10__/* .BUNDLE_LIMITS */ .kw);
    result.findings.push(...opened.findings);
    const archive = opened.archive;
    if (!archive)
        return done(result);
    try {
        const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .classifyBundle */ .Pk)(archive.entries);
        result.findings.push(...layout.findings);
        result.deflatedArchives = layout.rootArchives.filter((e) => e.method !== 0).map((e) => e.name);
        result.staticFiles = layout.staticFiles;
        // Every entry's data, before anything is read for use: a corrupt bundle is refused here, not
        // halfway through an upload.
        const corrupt = await archive.verify();
        if (corrupt.length > 0) {
            result.findings.push(...corrupt);
            return done(result);
        }
        if (!layout.manifest) {
            result.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('MMA001', { path: _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1 }, 'at the root of the bundle'));
            return done(result);
        }
        if (layout.manifest.size > _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ) {
            result.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('MMA003', { path: _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1 }, layout.manifest.size));
            return done(result);
        }
        const read = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(await archive.read(_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1, _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ));
        result.findings.push(...read.findings);
        const manifest = read.manifest;
        if (!manifest)
            return done(result);
        result.manifest = manifest;
        const staticNames = layout.staticFiles.map((e) => e.name.slice(_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .STATIC_PREFIX */ .UN.length));
        for (const rel of staticNames) {
            const f = (0,_app_app_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .staticFileFinding */ .WJ)(manifest, rel);
            if (f)
                result.findings.push(f);
        }
        result.findings.push(...(0,_static_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .staticKeyCollisions */ .f)(manifest, staticNames));
        const sdkRuntimes = await (0,_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_4__/* .sdkRuntimesFor */ .By)(manifest.functions.map((f) => f.runtime));
        result.findings.push(...(0,_manifest_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .validateManifest */ .yl)(manifest, { now: options.now, staticFiles: new Set(staticNames), sdkRuntimes }));
        const names = manifest.functions.map((f) => f.name).filter((n) => n !== '');
        result.findings.push(...(0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .functionArchiveFindings */ .xl)(archive.entries, layout, names));
        const roots = new Map(layout.rootArchives.map((e) => [e.name, e]));
        for (const spec of manifest.functions) {
            const entry = roots.get(`${spec.name}.zip`);
            if (!entry || spec.name === '')
                continue;
            const fn = await inspectFunctionArchive(archive, entry, spec, manifest, result.findings);
            if (fn)
                result.functions.push(fn);
        }
    }
    finally {
        if (options.keepOpen && !(0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .hasErrors */ .Cs)(result.findings) && result.manifest)
            result.archive = archive;
        else
            archive.close();
    }
    return done(result);
}
async function inspectFunctionArchive(bundle, entry, spec, manifest, findings) {
    const at = { path: entry.name };
    if (entry.size > _lambda_limits_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_ZIPPED_BYTES */ .gC) {
        findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('MMA107', at, spec.name, entry.size));
        return undefined;
    }
    // At most 50 MB: read into memory, which makes listing thousands of entries fast.
    const bytes = await bundle.read(entry.name, _lambda_limits_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_ZIPPED_BYTES */ .gC);
    const checked = await (0,_function_content_js__WEBPACK_IMPORTED_MODULE_8__/* .checkFunctionArchive */ .p)(bytes, spec, `"${entry.name}" in the bundle`, at);
    findings.push(...checked.findings);
    if (!checked.entries)
        return undefined;
    return {
        spec,
        lambdaName: (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .lambdaNameIfAny */ .yc)(manifest.appId, manifest.version, spec.name),
        entry: entry.name,
        zippedSize: entry.size,
        unzippedSize: checked.unzippedSize,
        files: checked.files,
        codeSha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('base64'),
    };
}
function done(result) {
    result.findings = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)(result.findings);
    return result;
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ classifyBundle),
/* harmony export */   UN: () => (/* binding */ STATIC_PREFIX),
/* harmony export */   xl: () => (/* binding */ functionArchiveFindings)
/* harmony export */ });
/* harmony import */ var _compat_appsctl_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(168);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(976);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2036);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4146);
// The bundle layout every consumer accepts (SPEC §2): manifest.json at the root and no other
// *manifest.json, one stored "<function name>.zip" per function at the root, static/<path> files
// without directory entries and without archives, nothing else.




const STATIC_PREFIX = 'static/';
/** Sorts the entries of a bundle into their roles and reports the entries no consumer handles well. */
function classifyBundle(entries) {
    const layout = { staticFiles: [], rootArchives: [], findings: [] };
    for (const entry of entries) {
        const at = { path: entry.name };
        if (entry.name === _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_FILE */ .h1)
            layout.manifest = entry;
        else if (entry.name.endsWith(_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_FILE */ .h1))
            layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA201', at, entry.name));
        else if (entry.name === STATIC_PREFIX)
            continue; // skipped by appsctl; harmless for the deployer
        else if (entry.name.startsWith(STATIC_PREFIX)) {
            if (entry.directory)
                layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA204', at, entry.name));
            else if ((0,_compat_appsctl_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .isFunctionArchiveName */ .q9)(entry.name))
                layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA203', at, entry.name));
            else
                layout.staticFiles.push(entry);
        }
        else if (!entry.directory && (0,_compat_appsctl_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .isFunctionArchiveName */ .q9)(entry.name)) {
            if (entry.name.includes('/'))
                layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA202', at, entry.name));
            else if (entry.name.endsWith('.jar'))
                layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA210', at, entry.name));
            else
                layout.rootArchives.push(entry);
        }
        else {
            layout.findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA209', at, entry.name));
        }
    }
    layout.findings.push(...(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .staticSizeFindings */ .KA)(layout.staticFiles.reduce((n, e) => n + e.size, 0)));
    return layout;
}
/**
 * Checks that each manifest function has "<name>.zip" at the root and that appsctl's suffix
 * matching (in zip order) picks exactly that archive; reports unused and deflated archives.
 */
function functionArchiveFindings(entries, layout, functionNames) {
    const out = [];
    const matches = (0,_compat_appsctl_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .appsctlArchiveMatches */ .Dd)(entries.map((e) => e.name), functionNames);
    const rootNames = new Set(layout.rootArchives.map((e) => e.name));
    for (const fn of functionNames) {
        const expected = `${fn}.zip`;
        if (!rootNames.has(expected))
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA205', { path: expected }, fn));
        else if (matches.get(fn) !== expected)
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA206', { path: matches.get(fn) }, fn, matches.get(fn)));
    }
    const expectedNames = new Set(functionNames.map((fn) => `${fn}.zip`));
    for (const archive of layout.rootArchives) {
        if (!expectedNames.has(archive.name))
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA207', { path: archive.name }, archive.name));
        else if (archive.method !== 0)
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA208', { path: archive.name }, archive.name));
    }
    return out;
}


/***/ }),

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ staticSizeFindings),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   kw: () => (/* binding */ BUNDLE_LIMITS)
/* harmony export */ });
/* unused harmony export MAX_STATIC_BYTES */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(976);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5714);
// How much a bundle may carry. Lambda bounds each function (50 MB zipped, 250 MB unzipped:
// lambda/limits.ts); nothing bounds static/ or the bundle as a whole, so we do, for every bundle
// we pack, download or read: a bundle over a limit is refused before anything is inflated or
// uploaded. Mattermost's tooling reads a bundle whole into memory (upaws.GetDeployDataFromFile:
// io.ReadAll, in appsctl and the cloud deployer), so no bigger bundle is one any consumer deploys.
//  - the file: 1 GiB (MAX_BUNDLE_BYTES), enforced while downloading.
//  - unzipped: 1 GiB in all and 100,000 entries (BUNDLE_LIMITS, the DEFAULT_LIMITS of
//    zip/listing.ts), from the central directory; the function archives inside are at most 50 MB each.
//  - static/: 512 MiB unzipped. Static assets are icons, images and scripts served through the Apps
//    plugin; hundreds of MB already means media that belongs on a CDN, and every byte is uploaded
//    again for each new version.


const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
const MAX_STATIC_BYTES = 512 * 1024 * 1024;
const BUNDLE_LIMITS = _zip_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR;
/** MMA134 when static/ holds more than MAX_STATIC_BYTES. */
function staticSizeFindings(staticBytes) {
    return staticBytes > MAX_STATIC_BYTES ? [(0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('MMA134', { path: 'static/' }, staticBytes, MAX_STATIC_BYTES)] : [];
}


/***/ }),

/***/ 1659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fq: () => (/* binding */ defaultBundlePath),
  hd: () => (/* binding */ fileDigest),
  qq: () => (/* binding */ pack)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/app/app-dir.ts + 3 modules
var app_dir = __nccwpck_require__(5819);
// EXTERNAL MODULE: ./src/compat/appsctl-bundle.ts
var appsctl_bundle = __nccwpck_require__(168);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __nccwpck_require__(3100);
// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __nccwpck_require__(7538);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/lambda/limits.ts
var limits = __nccwpck_require__(3151);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 3 modules
var manifest_manifest = __nccwpck_require__(2036);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/zip/deflate-pool.ts
// Compresses zip entries on worker threads. A job is a batch of entries: the worker reads each
// file (or takes bytes), computes its CRC-32 and deflates it with one synchronous zlib call, and
// answers the whole batch with one message and one transferred buffer. For thousands of small
// files the per-file message round trip was the cost (a 10,000-file app packed 2.9× slower than
// Info-ZIP, both threads idle half the time: issue 9); batches keep both cores busy.
//
// The worker is a small CommonJS script kept as a string so it runs the same from the TypeScript
// sources (tests), from the ncc bundle (action and CLI) and from any install location.


/** Deflate settings shared by the worker and the streaming path for large files. */
const DEFLATE_LEVEL = 6;
/** Files smaller than this are never probed for compressibility. */
const PROBE_FROM = 128 * 1024;
/** How much of a file the probe deflates. */
const PROBE_BYTES = 64 * 1024;
/** Stored when a level-1 deflate of the probe saves less than 3%. */
const PROBE_RATIO = 0.97;
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { crc32, deflateRawSync } = require('node:zlib');
const { level, probeFrom, probeBytes, probeRatio, reuseUpTo } = workerData;

// Files are read into one reused buffer: a worker that allocated a fresh buffer per file would
// hold tens of MB of garbage until its GC noticed.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

// Never more than the size the file was listed with, plus one byte to notice growth (the writer
// compares sizes); a FIFO cannot block the open (O_NONBLOCK) and a link swapped in is refused
// (O_NOFOLLOW).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK || 0) | (constants.O_NOFOLLOW || 0);

function readFile(file, listed) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(file + ' is not a regular file'), { code: 'EINVAL', path: file });
    const size = Math.min(st.size, listed + 1);
    let target = scratch;
    if (size > scratch.length) {
      if (size <= reuseUpTo) target = scratch = Buffer.allocUnsafeSlow(Math.min(reuseUpTo, Math.max(size, scratch.length * 2)));
      else target = Buffer.allocUnsafeSlow(size);
    }
    let n = 0;
    while (n < size) {
      const r = readSync(fd, target, n, size - n, n);
      if (r === 0) break;
      n += r;
    }
    return target.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function incompressible(data, size) {
  if (size < probeFrom) return false;
  const sample = data.subarray(0, probeBytes);
  return deflateRawSync(sample, { level: 1 }).length > sample.length * probeRatio;
}

function compress(entry) {
  const fromFile = entry.file !== undefined;
  const data = fromFile ? readFile(entry.file, entry.size) : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  const crc = crc32(data) >>> 0;
  if (entry.store || data.length === 0 || incompressible(data, data.length)) return { crc, size: data.length, method: 0, bytes: fromFile ? data : undefined };
  // One output chunk that fits any result (zlib would otherwise allocate 16 KiB chunks and join them).
  const deflated = deflateRawSync(data, { level, chunkSize: Math.max(1024, data.length + (data.length >> 7) + 1024) });
  // Like Info-ZIP, keep the original bytes when deflating does not make them smaller.
  if (deflated.length >= data.length) return { crc, size: data.length, method: 0, bytes: fromFile ? data : undefined };
  return { crc, size: data.length, method: 8, bytes: deflated };
}

parentPort.on('message', (job) => {
  try {
    if (job.probe) {
      const data = Buffer.from(job.probe.buffer, job.probe.byteOffset, job.probe.byteLength);
      parentPort.postMessage({ id: job.id, store: incompressible(data, job.size) });
      return;
    }
    // The bytes of every entry go back in one buffer of their own (copied out of the scratch
    // buffer and zlib's output), with each entry's length: one transfer per batch. Unpooled: a
    // transferred buffer takes its whole ArrayBuffer along.
    const results = [];
    const parts = [];
    let total = 0;
    for (const entry of job.entries) {
      const r = compress(entry);
      // Stored file bytes are a view of the scratch buffer, which the next read overwrites.
      if (r.bytes) parts.push(r.method === 0 ? Buffer.from(r.bytes) : r.bytes);
      const length = r.bytes ? r.bytes.length : -1;
      if (length > 0) total += length;
      results.push([r.crc, r.size, r.method, length]);
    }
    const bytes = Buffer.allocUnsafeSlow(total);
    let at = 0;
    for (const part of parts) at += part.copy(bytes, at);
    parentPort.postMessage({ id: job.id, results, bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({ id: job.id, error: { message: err.message, code: err.code, syscall: err.syscall, path: err.path } });
  }
});
`;
/** Batches queued on one worker at a time, so that it never waits for the main thread's reply. */
const DEPTH = 4;
/** A fixed set of workers shared by every archive of one pack, so parallel archives share the cores. */
class DeflatePool {
    size;
    slots = [];
    queue = [];
    nextId = 1;
    closed = false;
    constructor(size = Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()))) {
        this.size = size;
    }
    /** Starts the workers now (they take tens of milliseconds to boot), e.g. while the app is walked. */
    warmUp() {
        while (!this.closed && this.slots.length < this.size)
            this.spawn();
    }
    /** Jobs sent and not answered yet. */
    get inFlight() {
        return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.size, 0);
    }
    /** Reads each entry (or takes its bytes), computes its CRC and deflates it unless `store` is set. */
    async compressBatch(entries) {
        const reply = await this.submit({ entries });
        const all = reply.bytes ? Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) : Buffer.alloc(0);
        let offset = 0;
        return reply.results.map(([crc, size, method, length], i) => {
            let bytes;
            if (length < 0)
                bytes = entries[i].data;
            else {
                bytes = all.subarray(offset, offset + length);
                offset += length;
            }
            return { crc, size, method, bytes };
        });
    }
    /** Whether a file of `size` bytes starting with `sample` looks incompressible. */
    async probe(sample, size) {
        const reply = await this.submit({ probe: sample, size });
        return reply.store === true;
    }
    async close() {
        this.closed = true;
        const slots = this.slots.splice(0);
        for (const slot of slots)
            for (const pending of slot.jobs.values())
                pending.reject(new Error('deflate pool closed'));
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    submit(message) {
        if (this.closed)
            return Promise.reject(new Error('deflate pool is closed'));
        return new Promise((resolve, reject) => {
            this.queue.push({ message, pending: { resolve, reject } });
            this.dispatch();
        });
    }
    dispatch() {
        while (this.queue.length > 0) {
            const slot = this.leastBusy();
            if (!slot)
                return;
            const { message, pending } = this.queue.shift();
            const id = this.nextId++;
            slot.jobs.set(id, pending);
            slot.worker.postMessage({ ...message, id });
        }
    }
    /** The slot with the fewest queued jobs, spawning a worker while below `size`. */
    leastBusy() {
        let best;
        for (const slot of this.slots)
            if (!best || slot.jobs.size < best.jobs.size)
                best = slot;
        if ((!best || best.jobs.size > 0) && this.slots.length < this.size)
            return this.spawn();
        return best && best.jobs.size < DEPTH ? best : undefined;
    }
    spawn() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { level: DEFLATE_LEVEL, probeFrom: PROBE_FROM, probeBytes: PROBE_BYTES, probeRatio: PROBE_RATIO, reuseUpTo: 2 * 1024 * 1024 },
            // File bytes live outside the JS heap and move to the main thread; a small young generation
            // keeps each worker's footprint down (peak RSS is a target: see bench/pack.ts).
            resourceLimits: { maxYoungGenerationSizeMb: 4 },
        });
        worker.unref();
        const slot = { worker, jobs: new Map() };
        worker.on('message', (reply) => {
            const pending = slot.jobs.get(reply.id);
            slot.jobs.delete(reply.id);
            if (reply.error)
                pending?.reject(Object.assign(new Error(reply.error.message), reply.error));
            else
                pending?.resolve(reply);
            this.dispatch();
        });
        worker.on('error', (err) => {
            // A worker that died takes its queued jobs with it; the pool spawns a replacement.
            this.slots.splice(this.slots.indexOf(slot), 1);
            for (const pending of slot.jobs.values())
                pending.reject(err);
            this.dispatch();
        });
        this.slots.push(slot);
        return slot;
    }
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(2693);
;// CONCATENATED MODULE: ./src/zip/compressibility.ts
// Formats that are compressed already: stored as they are, since deflating them again costs time
// and saves nothing (Info-ZIP tries and falls back; we skip the attempt). Files with other names
// are probed by the deflate pool (deflate-pool.ts), so the choice depends only on name and content.

const COMPRESSED_EXTENSIONS = new Set([
    '.7z', '.avif', '.br', '.bz2', '.gif', '.gz', '.heic', '.jar', '.jpeg', '.jpg', '.lz4', '.m4a',
    '.mov', '.mp3', '.mp4', '.ogg', '.opus', '.png', '.rar', '.tgz', '.webm', '.webp', '.whl',
    '.woff', '.woff2', '.xz', '.zip', '.zst',
]);
function isCompressedFormat(name) {
    return COMPRESSED_EXTENSIONS.has(external_node_path_default().posix.extname(name).toLowerCase());
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/fs/file-kind.ts
var file_kind = __nccwpck_require__(8564);
;// CONCATENATED MODULE: ./src/zip/large-entry.ts
// Entries too large to hold in memory (above LARGE_FILE): stored ones are checksummed in one pass
// and copied in a second; deflated ones are compressed into a temporary file first, so that the
// local header can carry the sizes without data descriptors.








/** Files above this size stream through zlib instead of being read whole. */
const LARGE_FILE = 8 * 1024 * 1024;
function changed(file, listed, now) {
    return new errors/* UserError */.y(`${file} changed while it was being packed (${listed} bytes when listed, ${now} now); run again when nothing is writing to it`);
}
/**
 * The bytes of an input file as a stream of at most `size + 1` bytes, opened so that a FIFO
 * cannot block and a link swapped in is not followed.
 */
async function* readInput(file, size, signal) {
    const fh = await (0,promises_.open)(file, file_kind/* READ_FLAGS */.t);
    try {
        if (!(await fh.stat()).isFile())
            throw changed(file, size, 'not a regular file');
        for await (const chunk of fh.createReadStream({ start: 0, end: size, highWaterMark: 1024 * 1024, autoClose: false })) {
            signal?.throwIfAborted();
            yield chunk;
        }
    }
    finally {
        await fh.close();
    }
}
/** CRC-32 and size of a file, read as a stream. */
async function crcOfFile(file, listed, signal) {
    let crc = 0;
    let size = 0;
    for await (const chunk of readInput(file, listed, signal)) {
        crc = (0,external_node_zlib_.crc32)(chunk, crc);
        size += chunk.length;
    }
    if (size !== listed)
        throw changed(file, listed, size > listed ? 'more' : size);
    return { crc: crc >>> 0, size };
}
async function readSample(file) {
    const fh = await (0,promises_.open)(file, file_kind/* READ_FLAGS */.t);
    try {
        const buf = Buffer.alloc(PROBE_BYTES);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/**
 * Measures (and compresses, unless `store` or the probe says it will not shrink) a large file of
 * `listed` bytes; `scratch` prefixes temporary files.
 */
async function prepareLarge(file, listed, pool, store, scratch, signal) {
    if (store || (await pool.probe(await readSample(file), listed))) {
        const measured = await crcOfFile(file, listed, signal);
        return { ...measured, method: 0, compressedSize: measured.size, file, temporary: false };
    }
    let crc = 0;
    let size = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    const temp = `${scratch}.${Math.random().toString(36).slice(2)}.entry`;
    let compressedSize;
    try {
        await (0,external_node_stream_promises_.pipeline)(readInput(file, listed, signal), tap, (0,external_node_zlib_.createDeflateRaw)({ level: DEFLATE_LEVEL, chunkSize: 256 * 1024 }), (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx' }));
        compressedSize = (await (0,promises_.stat)(temp)).size;
        if (size !== listed)
            throw changed(file, listed, size > listed ? 'more' : size);
    }
    catch (err) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw err;
    }
    if (compressedSize >= size) {
        await (0,promises_.unlink)(temp);
        return { crc: crc >>> 0, size, method: 0, compressedSize: size, file, temporary: false };
    }
    return { crc: crc >>> 0, size, method: 8, compressedSize, file: temp, temporary: true };
}
/** Copies a payload file into the archive, checking that it still has the bytes it was measured with. */
async function copyPayload(out, payload, name, signal) {
    let crc = 0;
    let size = 0;
    for await (const buf of readInput(payload.file, payload.compressedSize, signal)) {
        if (payload.method === 0)
            crc = (0,external_node_zlib_.crc32)(buf, crc);
        size += buf.length;
        if (size > payload.compressedSize)
            break;
        await out.append(buf);
    }
    if (size !== payload.compressedSize || (payload.method === 0 && crc >>> 0 !== payload.crc)) {
        throw new errors/* UserError */.y(`${name} changed while it was being packed; run again when nothing is writing to it`);
    }
}

;// CONCATENATED MODULE: ./src/zip/output-file.ts
// Append-only buffered output for the zip writer that hashes what it writes (the archive's
// SHA-256 comes for free) and writes with writev instead of joining chunks.

const WRITE_BUFFER = 1024 * 1024;
const IOV_MAX = 1024;
class OutputFile {
    fh;
    position = 0;
    chunks = [];
    buffered = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    constructor(fh) {
        this.fh = fh;
    }
    async append(buf) {
        this.hash.update(buf);
        this.chunks.push(buf);
        this.buffered += buf.length;
        this.position += buf.length;
        if (this.buffered >= WRITE_BUFFER)
            await this.flush();
    }
    async flush() {
        if (this.buffered === 0)
            return;
        const chunks = this.chunks;
        let position = this.position - this.buffered;
        this.chunks = [];
        this.buffered = 0;
        // writev instead of joining the chunks: no megabyte copies for the GC to collect.
        for (let i = 0; i < chunks.length; i += IOV_MAX) {
            const batch = chunks.slice(i, i + IOV_MAX);
            const total = batch.reduce((n, b) => n + b.length, 0);
            const { bytesWritten } = await this.fh.writev(batch, position);
            if (bytesWritten < total)
                await this.writeAll(Buffer.concat(batch).subarray(bytesWritten), position + bytesWritten);
            position += total;
        }
    }
    /** Short writes are rare (a full disk, a signal); finish them one call at a time. */
    async writeAll(buf, position) {
        let done = 0;
        while (done < buf.length)
            done += (await this.fh.write(buf, done, buf.length - done, position + done)).bytesWritten;
    }
    digest() {
        return this.hash.digest();
    }
}

;// CONCATENATED MODULE: ./src/zip/records.ts
// The zip records the writer emits, byte for byte (APPNOTE 6.3.10 §4.3): local file headers,
// central directory headers and the end records. Every field that could vary between machines
// is fixed: one timestamp, Unix "made by", no extra fields, no comments. zip64 end records are
// written only when an archive has more than 65,535 entries, so smaller archives are plain zip.
/** 1980-01-01 00:00:00, the smallest DOS timestamp: date word 0x0021, time word 0. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;
/** Entries a zip without zip64 end records can count. */
const MAX_ENTRIES = 0xffff;
const MAX_32 = 0xffffffff;
const localHeaderSize = (r) => 30 + r.name.length;
const centralHeaderSize = (r) => 46 + r.name.length;
/** Bit 11: the name is UTF-8 (set only when it has non-ASCII bytes, as Info-ZIP does). */
function flagsOf(name) {
    for (let i = 0; i < name.length; i++)
        if (name[i] >= 0x80)
            return 0x0800;
    return 0;
}
/** Writes the local file header of `r` into `h` at `at`; returns its length. */
function writeLocalHeader(h, at, r) {
    h.fill(0, at, at + 30);
    h.writeUInt32LE(0x04034b50, at);
    h.writeUInt16LE(r.method === 8 ? 20 : 10, at + 4); // version needed to extract
    h.writeUInt16LE(flagsOf(r.name), at + 6);
    h.writeUInt16LE(r.method, at + 8);
    h.writeUInt16LE(DOS_TIME, at + 10);
    h.writeUInt16LE(DOS_DATE, at + 12);
    h.writeUInt32LE(r.crc, at + 14);
    h.writeUInt32LE(r.compressedSize, at + 18);
    h.writeUInt32LE(r.size, at + 22);
    h.writeUInt16LE(r.name.length, at + 26);
    // extra field length 0
    r.name.copy(h, at + 30);
    return localHeaderSize(r);
}
/** Writes the central directory header of `r`, whose local header is at `offset`; returns its length. */
function writeCentralHeader(h, at, r, offset) {
    h.fill(0, at, at + 46);
    h.writeUInt32LE(0x02014b50, at);
    h.writeUInt16LE((3 << 8) | 20, at + 4); // made by: Unix, spec 2.0
    h.writeUInt16LE(r.method === 8 ? 20 : 10, at + 6);
    h.writeUInt16LE(flagsOf(r.name), at + 8);
    h.writeUInt16LE(r.method, at + 10);
    h.writeUInt16LE(DOS_TIME, at + 12);
    h.writeUInt16LE(DOS_DATE, at + 14);
    h.writeUInt32LE(r.crc, at + 16);
    h.writeUInt32LE(r.compressedSize, at + 20);
    h.writeUInt32LE(r.size, at + 24);
    h.writeUInt16LE(r.name.length, at + 28);
    // extra length, comment length, disk number, internal attributes: 0
    h.writeUInt32LE(((0o100000 | r.mode) << 16) >>> 0, at + 38); // S_IFREG | mode, in the high word
    h.writeUInt32LE(offset, at + 42);
    r.name.copy(h, at + 46);
    return centralHeaderSize(r);
}
/**
 * The end records for `count` entries whose central directory of `size` bytes starts at
 * `offset`; `position` is where they are written. Above 65,535 entries the count moves to a zip64
 * end record and its locator (APPNOTE §4.3.14, §4.3.15), which Go's archive/zip, yauzl, Info-ZIP
 * unzip and Python's zipfile all read; the classic record then says 0xffff.
 */
function endRecords(count, size, offset, position) {
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, MAX_ENTRIES), 8);
    end.writeUInt16LE(Math.min(count, MAX_ENTRIES), 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(offset, 16);
    if (count <= MAX_ENTRIES)
        return end;
    const zip64 = Buffer.alloc(56);
    zip64.writeUInt32LE(0x06064b50, 0);
    zip64.writeBigUInt64LE(44n, 4); // size of the rest of this record
    zip64.writeUInt16LE((3 << 8) | 45, 12); // made by: Unix, spec 4.5
    zip64.writeUInt16LE(45, 14); // version needed: zip64
    // disk numbers: 0
    zip64.writeBigUInt64LE(BigInt(count), 24);
    zip64.writeBigUInt64LE(BigInt(count), 32);
    zip64.writeBigUInt64LE(BigInt(size), 40);
    zip64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(position), 8);
    locator.writeUInt32LE(1, 16); // total number of disks
    return Buffer.concat([zip64, locator, end]);
}

;// CONCATENATED MODULE: ./src/zip/writer.ts
// A deterministic zip writer for function archives and bundles.
//
// Why not archiver: its per-entry streams round-trip 16 KB chunks through the libuv pool and
// compute CRC-32 in JavaScript, which made a node_modules-shaped function three times slower than
// raw zlib (see bench/pack.ts). Here each file is deflated in one call on a worker thread
// (deflate-pool.ts), and the main thread writes them in the order given, so the bytes depend only
// on the entry list: a fixed timestamp, normalised modes, no extra fields, sizes in the local
// header (no data descriptors), no comment (records.ts). Consecutive small files travel to the
// workers in batches and are written a batch at a time, headers and data in one buffer: per file,
// the main thread does little more than write two headers (10,000 files are issue 9's case).
// Large files stream (large-entry.ts). Output is append-only and hashed as it is written.








/** What a zip without zip64 sizes cannot hold: an entry or an archive of 4 GiB or more. */
class ZipFormatLimitError extends errors/* UserError */.y {
    name = 'ZipFormatLimitError';
}
/** Bytes and entries read ahead of the writer, per archive. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;
const READ_AHEAD_ENTRIES = 2048;
/** A batch for the deflate workers closes at this many entries or bytes (see deflate-pool.ts). */
const BATCH_ENTRIES = 64;
const BATCH_BYTES = 512 * 1024;
function isLarge(input) {
    return 'file' in input.source && input.source.size > LARGE_FILE;
}
const storeOf = (input) => input.compression === 'store' || isCompressedFormat(input.name);
function batchEntry(input) {
    const source = input.source;
    return 'file' in source ? { file: source.file, size: source.size, store: storeOf(input) } : { data: source.data, store: storeOf(input) };
}
/** Entries of 4 GiB or more need zip64 sizes, which no archive this tool writes needs: refused by name. */
function checkEntrySize(name, size) {
    if (size > MAX_32) {
        throw new ZipFormatLimitError(`"${name}" is ${size.toLocaleString('en-US')} bytes; a zip entry without zip64 holds at most 4 GiB − 1 (4,294,967,295 bytes), far more than a bundle may carry (see "The bundle" in the README)`);
    }
}
/**
 * Writes `entries`, in the order given, to `outPath`. The archive is written to a temporary file
 * beside it and renamed into place only when complete: on any error nothing is left behind.
 * `entries` may be an async iterable, so a bundle can start on its static files while its
 * function archives are still being built.
 */
async function writeZip(outPath, entries, options = {}) {
    const pool = options.pool ?? new DeflatePool();
    const tmp = external_node_path_default().join(external_node_path_default().dirname(outPath), `.${external_node_path_default().basename(outPath)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    const temporaries = [];
    const fh = await (0,promises_.open)(tmp, 'wx');
    const out = new OutputFile(fh);
    /** The central directory, a buffer per unit written. */
    const central = [];
    const written = [];
    const queue = [];
    let queuedBytes = 0;
    let queuedEntries = 0;
    let pending = [];
    let pendingBytes = 0;
    let uncompressedSize = 0;
    let flushLater;
    /** Sends the open batch to the workers. */
    const submit = () => {
        if (flushLater)
            clearImmediate(flushLater);
        flushLater = undefined;
        if (pending.length === 0)
            return;
        const inputs = pending;
        const batch = pool.compressBatch(inputs.map(batchEntry));
        batch.catch(() => undefined); // rejections are handled when the unit's turn comes
        queue.push({ inputs, bytes: pendingBytes, batch });
        queuedBytes += pendingBytes;
        queuedEntries += inputs.length;
        pending = [];
        pendingBytes = 0;
    };
    const done = (record, name) => {
        uncompressedSize += record.size;
        const entry = { name, size: record.size, compressedSize: record.compressedSize, method: record.method === 8 ? 'deflated' : 'stored', crc32: record.crc };
        written.push(entry);
        options.onEntry?.(entry);
    };
    const checkOffset = (name, end) => {
        if (end > MAX_32) {
            throw new ZipFormatLimitError(`the archive ${outPath} would pass 4 GiB at entry "${name}", which a zip without zip64 cannot address; the bundles this tool writes stay far below that (see "The bundle" in the README)`);
        }
    };
    /** Writes the unit at the head of the queue: headers and data of a batch in one buffer. */
    const writeNext = async () => {
        options.signal?.throwIfAborted();
        const unit = queue.shift();
        queuedBytes -= unit.bytes;
        queuedEntries -= unit.inputs.length;
        if ('large' in unit) {
            const input = unit.inputs[0];
            const payload = await unit.large;
            const record = { name: Buffer.from(input.name, 'utf8'), method: payload.method, crc: payload.crc, compressedSize: payload.compressedSize, size: payload.size, mode: input.mode };
            checkEntrySize(input.name, record.size);
            checkOffset(input.name, out.position + localHeaderSize(record) + record.compressedSize);
            const cd = Buffer.allocUnsafe(centralHeaderSize(record));
            writeCentralHeader(cd, 0, record, out.position);
            const header = Buffer.allocUnsafe(localHeaderSize(record));
            writeLocalHeader(header, 0, record);
            await out.append(header);
            await copyPayload(out, payload, input.name, options.signal);
            if (payload.temporary)
                await (0,promises_.unlink)(payload.file);
            central.push(cd);
            done(record, input.name);
            return;
        }
        const results = await unit.batch;
        const records = results.map((c, i) => {
            const input = unit.inputs[i];
            const source = input.source;
            if ('file' in source && c.size !== source.size)
                throw changed(source.file, source.size, c.size > source.size ? 'more' : c.size);
            checkEntrySize(input.name, c.size);
            return { name: Buffer.from(input.name, 'utf8'), method: c.method, crc: c.crc, compressedSize: c.bytes.length, size: c.size, mode: input.mode };
        });
        const local = Buffer.allocUnsafe(records.reduce((n, r) => n + localHeaderSize(r) + r.compressedSize, 0));
        const cd = Buffer.allocUnsafe(records.reduce((n, r) => n + centralHeaderSize(r), 0));
        let at = 0;
        let cdAt = 0;
        for (let i = 0; i < records.length; i++) {
            const record = records[i];
            const offset = out.position + at;
            checkOffset(unit.inputs[i].name, offset + localHeaderSize(record) + record.compressedSize);
            cdAt += writeCentralHeader(cd, cdAt, record, offset);
            at += writeLocalHeader(local, at, record);
            at += results[i].bytes.copy(local, at);
        }
        await out.append(local);
        central.push(cd);
        for (let i = 0; i < records.length; i++)
            done(records[i], unit.inputs[i].name);
    };
    try {
        for await (const input of entries) {
            options.signal?.throwIfAborted();
            if ('file' in input.source)
                checkEntrySize(input.name, input.source.size);
            while (queue.length > 0 && (queuedEntries >= READ_AHEAD_ENTRIES || queuedBytes >= READ_AHEAD_BYTES))
                await writeNext();
            if (isLarge(input)) {
                submit();
                const large = prepareLarge(input.source.file, input.source.size, pool, storeOf(input), tmp, options.signal);
                large.then((p) => p.temporary && temporaries.push(p.file)).catch(() => undefined);
                queue.push({ inputs: [input], bytes: 0, large });
                queuedEntries++;
                continue;
            }
            pending.push(input);
            pendingBytes += 'data' in input.source ? input.source.data.length : input.source.size;
            // Full, or a worker has nothing to do: workers never wait for a batch to fill. Nor does
            // a batch wait for entries that are slow to come (function archives still being built).
            if (pending.length >= BATCH_ENTRIES || pendingBytes >= BATCH_BYTES || pool.inFlight < pool.size)
                submit();
            else
                flushLater ??= setImmediate(submit);
        }
        submit();
        while (queue.length > 0)
            await writeNext();
        const cdOffset = out.position;
        for (const cd of central)
            await out.append(cd);
        const cdSize = out.position - cdOffset;
        if (out.position > MAX_32)
            throw new ZipFormatLimitError(`the archive ${outPath} would pass 4 GiB in its central directory, which a zip without zip64 cannot address`);
        await out.append(endRecords(written.length, cdSize, cdOffset, out.position));
        await out.flush();
        await fh.close();
        await (0,promises_.rename)(tmp, outPath);
        return { path: outPath, entries: written, size: out.position, uncompressedSize, sha256: out.digest() };
    }
    catch (err) {
        if (flushLater)
            clearImmediate(flushLater);
        await Promise.allSettled(queue.map((u) => ('large' in u ? u.large : u.batch)));
        await fh.close().catch(() => undefined);
        await Promise.allSettled([tmp, ...temporaries].map((f) => (0,promises_.unlink)(f)));
        throw err;
    }
    finally {
        if (!options.pool)
            await pool.close();
    }
}

// EXTERNAL MODULE: ./src/fs/confine.ts
var confine = __nccwpck_require__(7619);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __nccwpck_require__(7523);
// EXTERNAL MODULE: ./src/bundle/layout.ts
var bundle_layout = __nccwpck_require__(9820);
// EXTERNAL MODULE: ./src/bundle/limits.ts
var bundle_limits = __nccwpck_require__(4146);
;// CONCATENATED MODULE: ./src/bundle/output-location.ts
// Where pack may write a bundle. The app's own files are its inputs: a bundle written over
// manifest.json, a function archive or anything under static/ would destroy a source, or be packed
// by the next run. So an output inside the app directory must land in its dist/ folder once every
// link is resolved, and no output may land on a file or in a directory this pack reads, wherever
// that is (a --function source outside the app, a directory a link leads to).






const DIST_DIR = 'dist';
/** Throws a UserError when `output` may not be written; returns where it lands (its real location). */
function checkOutputLocation(output, inputs) {
    const abs = external_node_path_default().resolve(output);
    let existing;
    try {
        existing = (0,external_node_fs_.lstatSync)(abs);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw (0,fs_error/* toUserError */.dZ)(err, { doing: 'cannot write the bundle to', path: output, direction: 'write' });
    }
    if (existing?.isDirectory())
        throw new errors/* UserError */.y(`the output ${output} is a directory; give a file name, such as ${external_node_path_default().join(output, 'bundle.zip')}`);
    if (existing?.isSymbolicLink()) {
        throw new errors/* UserError */.y(`the output ${output} is a symbolic link; the bundle would replace the link, not write to ${safeRealpath(abs)}. Give the path of the file itself, or remove the link`);
    }
    if (existing && !existing.isFile())
        throw new errors/* UserError */.y(`the output ${output} is a ${(0,file_kind/* kindOf */.I)(existing)}; give the path of a regular file`);
    const landing = (0,confine/* landingPath */.d1)(abs);
    const { appDir, appReal } = inputs;
    if (appReal) {
        const dist = external_node_path_default().join(appReal, DIST_DIR);
        const inApp = (0,confine/* isInside */.FK)(landing, appReal);
        if (inApp && !((0,confine/* isInside */.FK)(landing, dist) && landing !== dist)) {
            throw new errors/* UserError */.y(`the output ${output} is inside the app directory ${appDir}, whose files are the app's sources; write the bundle into its ${DIST_DIR}/ folder, or outside the app`);
        }
        if (!inApp && ((0,confine/* isInside */.FK)(abs, appDir) || (0,confine/* isInside */.FK)(abs, appReal))) {
            throw new errors/* UserError */.y(`the output ${output} is inside the app directory, but a symbolic link there leads it to ${landing}, outside; make ${DIST_DIR}/ a real folder, or give an output outside the app`);
        }
    }
    if (inputs.files.has(landing))
        throw new errors/* UserError */.y(`the output ${output} is a file this pack reads (${landing}); write the bundle elsewhere`);
    for (let dir = external_node_path_default().dirname(landing);; dir = external_node_path_default().dirname(dir)) {
        if (inputs.dirs.has(dir))
            throw new errors/* UserError */.y(`the output ${output} is inside ${dir}, which this pack reads, so the next pack would include it; write the bundle elsewhere`);
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    return landing;
}
function safeRealpath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return 'a missing file';
    }
}

;// CONCATENATED MODULE: ./src/bundle/pack.ts
// pack: app directory → bundle. Inspects everything first and writes nothing when there is an
// error; then builds the function archives and the bundle at once (the bundle starts on its
// static files while the functions are being compressed), into temporary files that are renamed
// into place only when complete.





















/** The default bundle path: dist/<app_id>_<version>.zip in the app directory. */
function defaultBundlePath(appDir, manifest) {
    return external_node_path_default().join(appDir, DIST_DIR, `${manifest.appId}_${manifest.version}.zip`);
}
/** SHA-256 of a file; with `size`, of exactly that many bytes (a file that grew or shrank is an error, and is never read past size + 1). */
async function fileDigest(file, encoding, size) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let read = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, size === undefined ? {} : { start: 0, end: size })) {
        hash.update(chunk);
        read += chunk.length;
    }
    if (size !== undefined && read !== size)
        throw new errors/* UserError */.y(`${file} changed while it was being packed (${size} bytes when listed, ${read > size ? 'more' : read} now); run again when nothing is writing to it`);
    return hash.digest(encoding);
}
async function pack(options) {
    // Started now, the workers boot while the app directory is walked.
    const pool = new DeflatePool();
    pool.warmUp();
    try {
        return await packWith(pool, options);
    }
    finally {
        await pool.close();
    }
}
async function packWith(pool, options) {
    const progress = options.onProgress ?? (() => undefined);
    const inspection = await (0,app_dir/* inspectAppDir */.$r)(options);
    const manifest = inspection.manifest;
    const result = {
        ok: false,
        findings: (0,finding/* sortFindings */.Tc)(inspection.findings),
        functions: [],
        static: { files: inspection.staticFiles.length, bytes: inspection.staticFiles.reduce((n, f) => n + f.size, 0) },
        manifestFormat: options.manifestFormat ?? 'current',
    };
    if (manifest)
        result.manifest = manifest;
    if (manifest)
        result.findings = (0,finding/* sortFindings */.Tc)([...result.findings, ...bundleLimitFindings(result.static, inspection.functions.length)]);
    if (!manifest || (0,finding/* hasErrors */.Cs)(result.findings))
        return result;
    const chosen = typeof options.output === 'function' ? options.output(manifest) : options.output;
    const output = chosen ? external_node_path_default().resolve(chosen) : undefined;
    if (output)
        checkOutputLocation(output, { appDir: inspection.appDir, ...inspection.inputs });
    const signal = options.signal;
    signal?.throwIfAborted();
    const work = await (0,fs_error/* withFsContext */.FW)({ doing: 'cannot create a temporary directory (set by TMPDIR) in', path: (0,external_node_os_.tmpdir)(), direction: 'write' }, () => (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mm-apps-deploy-')));
    const started = Date.now();
    const bundlePath = output ?? external_node_path_default().join(work, 'bundle.zip');
    let created; // the first directory made for the output, removed again on failure
    try {
        const builds = inspection.functions.map((plan) => buildFunction(plan, work, pool, progress, signal));
        builds.forEach((b) => b.catch(() => undefined)); // awaited below; avoid unhandled-rejection noise meanwhile
        if (output)
            created = await (0,promises_.mkdir)(external_node_path_default().dirname(output), { recursive: true });
        progress(`packing ${inspection.staticFiles.length} static files (${(0,format/* formatBytes */.z3)(result.static.bytes)})`);
        async function* bundleEntries() {
            yield { name: manifest_manifest/* MANIFEST_FILE */.h1, mode: 0o644, source: { data: manifest.bytesIn(result.manifestFormat) } };
            for (const f of inspection.staticFiles)
                yield { name: `${bundle_layout/* STATIC_PREFIX */.UN}${f.rel}`, mode: 0o644, source: { file: f.abs, size: f.size } };
            const built = await Promise.all(builds);
            const tooBig = built.filter((b) => b.zippedSize > limits/* MAX_ZIPPED_BYTES */.gC).map((b) => (0,finding/* finding */.gk)('MMA107', { path: b.path }, b.name, b.zippedSize));
            const total = manifest.bytesIn(result.manifestFormat).length + result.static.bytes + built.reduce((n, b) => n + b.zippedSize, 0);
            if (total > bundle_limits/* BUNDLE_LIMITS */.kw.maxUncompressed)
                tooBig.push((0,finding/* finding */.gk)('MMA126', { path: '.' }, 'the bundle', total, bundle_limits/* BUNDLE_LIMITS */.kw.maxUncompressed));
            if (tooBig.length > 0)
                throw new finding/* FindingsError */.NH(tooBig);
            const byName = new Map(built.map((b) => [b.name, b]));
            for (const name of (0,appsctl_bundle/* functionArchiveOrder */.XS)(built.map((b) => b.name))) {
                const b = byName.get(name);
                yield { name: `${name}.zip`, mode: 0o644, source: { file: b.archive, size: b.zippedSize }, compression: 'store' };
            }
            result.functions = built.map(({ archive: _archive, ...f }) => f);
        }
        let written;
        try {
            written = await writeZip(bundlePath, bundleEntries(), { pool, ...(signal ? { signal } : {}) });
        }
        catch (err) {
            await Promise.allSettled(builds);
            if (err instanceof finding/* FindingsError */.NH) {
                result.findings = (0,finding/* sortFindings */.Tc)([...result.findings, ...err.findings]);
                return result;
            }
            throw err;
        }
        selfCheck(written.entries, manifest);
        const sha256 = written.sha256.toString('hex');
        progress(`${output ? 'bundle ready' : 'checked'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (output)
            result.bundle = { path: output, size: written.size, sha256 };
        result.provisionData = (0,provision_data/* provisionData */.Q9)(manifest, inspection.staticFiles.map((f) => f.rel));
        result.installCommands = (0,naming/* installCommands */._P)(manifest.appId, manifest.version);
        result.ok = true;
        return result;
    }
    catch (err) {
        throw ioError(err, output, work);
    }
    finally {
        if (!result.ok && created && output)
            await removeEmptyDirs(external_node_path_default().dirname(output), created);
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** Removes `dir` and its parents up to `top`, as long as they are empty: the folders a failed pack made. */
async function removeEmptyDirs(dir, top) {
    for (let d = dir; (0,confine/* isInside */.FK)(d, top); d = external_node_path_default().dirname(d)) {
        try {
            await (0,promises_.rmdir)(d);
        }
        catch {
            return;
        }
    }
}
/**
 * An operating-system error while packing, named for what it was about: the bundle being written
 * (its temporary name is ours, the user knows the output), temporary files, or an input being read.
 */
function ioError(err, output, work) {
    if (!(0,fs_error/* isErrno */.r)(err))
        return err;
    const p = err.path;
    if (output && (p === undefined || p === output || (0,confine/* isInside */.FK)(output, p) || external_node_path_default().dirname(p) === external_node_path_default().dirname(output))) {
        return (0,fs_error/* toUserError */.dZ)(err, { doing: 'cannot write the bundle to', path: output, direction: 'write' });
    }
    if (p === undefined || (0,confine/* isInside */.FK)(p, work))
        return (0,fs_error/* toUserError */.dZ)(err, { doing: 'cannot write temporary files (set by TMPDIR) in', path: (0,external_node_os_.tmpdir)(), direction: 'write' });
    return (0,fs_error/* toUserError */.dZ)(err, { doing: 'cannot read', direction: 'read' });
}
async function buildFunction(plan, work, pool, progress, signal) {
    const { spec, source } = plan;
    const base = { name: spec.name, lambdaName: plan.lambdaName, runtime: spec.runtime, handler: spec.handler, unzippedSize: plan.unzippedSize };
    if (source.kind === 'zip') {
        // A prebuilt archive is used byte for byte: it was checked by the inspection.
        const files = source.entries.filter((e) => !e.directory).length;
        return { ...base, path: source.path, source: 'zip', files, zippedSize: source.size, codeSha256: await fileDigest(source.real, 'base64', source.size), archive: source.real };
    }
    progress(`packing function ${spec.name} (${source.files.length} files, ${(0,format/* formatBytes */.z3)(plan.unzippedSize)})`);
    const archive = external_node_path_default().join(work, `${spec.name}.zip`);
    const entries = source.files.map((f) => ({ name: f.rel, mode: f.executable || f.rel === 'bootstrap' ? 0o755 : 0o644, source: { file: f.abs, size: f.size } }));
    const written = await writeZip(archive, entries, { pool, ...(signal ? { signal } : {}) });
    return {
        ...base,
        path: source.path,
        source: 'directory',
        files: entries.length,
        zippedSize: written.size,
        codeSha256: written.sha256.toString('base64'),
        archive,
    };
}
/** What a bundle may carry (limits.ts), checked before anything is written. */
function bundleLimitFindings(statics, functions) {
    const entries = 1 + statics.files + functions;
    const out = (0,bundle_limits/* staticSizeFindings */.KA)(statics.bytes);
    if (entries > bundle_limits/* BUNDLE_LIMITS */.kw.maxEntries)
        out.push((0,finding/* finding */.gk)('MMA125', { path: 'static/' }, 'the bundle', entries, bundle_limits/* BUNDLE_LIMITS */.kw.maxEntries));
    return out;
}
/** Our own output must pass our own layout rules; anything else is a bug in the packer. */
function selfCheck(written, manifest) {
    const entries = written.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize, method: e.method === 'stored' ? 0 : 8, directory: false, executable: false, crc32: e.crc32 }));
    const layout = (0,bundle_layout/* classifyBundle */.Pk)(entries);
    const problems = [...layout.findings, ...(0,bundle_layout/* functionArchiveFindings */.xl)(entries, layout, manifest.functions.map((f) => f.name))];
    if (problems.length > 0)
        throw new Error(`internal error: the packed bundle breaks the layout rules: ${problems.map((f) => f.message).join('; ')}`);
}


/***/ }),

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ staticKeyCollisions)
/* harmony export */ });
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3100);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(976);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9820);
// Two static files must not become one S3 object. upaws.S3StaticName (mattermost-plugin-apps)
// turns spaces into "-", so "a b.txt" and "a-b.txt" share a key: every provision would upload both
// and the last one would win, a change reported forever. Checked for app directories and bundles.



/** One MMA220 per file whose key an earlier file (in byte order) already has. `names` are paths under static/. */
function staticKeyCollisions(manifest, names) {
    const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const first = new Map();
    const out = [];
    for (const name of sorted) {
        const key = (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .s3StaticName */ .Wj)(manifest.appId, manifest.version, name);
        const earlier = first.get(key);
        if (earlier === undefined)
            first.set(key, name);
        else
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA220', { path: `${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .STATIC_PREFIX */ .UN}${name}` }, `${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .STATIC_PREFIX */ .UN}${earlier}`, `${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .STATIC_PREFIX */ .UN}${name}`, key));
    }
    return out;
}


/***/ }),

/***/ 4544:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/compat/go-url.ts
var go_url = __nccwpck_require__(9534);
;// CONCATENATED MODULE: ./src/compat/consumers.ts
// Which of Mattermost's consumers accept a (valid) bundle, by the manifest's shape and the rules
// that changed between versions (research mattermost-apps-aws.md §0, §3.2–3.3, §8):
// - plugin and appsctl v0.7 decode apps.Manifest v0.7: "app_type" and an "aws_lambda" array;
//   remote_oauth2 also needs act_as_admin; the icon must not start with "/" (CleanStaticPath);
// - v1.0–v1.1 decode both shapes (DecodeCompatibleManifest), the icon as in v0.7; appsctl fails on
//   deflated function archives there (a reader closed too early);
// - v1.2+ decode the current shape only; v1.2.1+ require display_name;
// - the cloud deployer v0.1.0–0.1.5 pins plugin-apps 90182d4b (the v0.7 shape); v0.1.6+ pins v1.1.0.
// The rules all versions share are checked by validate itself; a bundle with errors is not rated.

const V07_SHAPE = 'needs the v0.7 manifest shape ("app_type": "aws_lambda" and an "aws_lambda" array): pack --manifest-format v0.7';
const CURRENT_SHAPE = 'rejects the v0.7 manifest shape: pack with the default --manifest-format current';
function v07Rules(m) {
    const out = [];
    if (m.format !== 'legacy')
        out.push(V07_SHAPE);
    else if (m.appType !== 'aws_lambda')
        out.push(`"app_type" must be "aws_lambda", not "${m.appType}"`);
    if (m.requestedPermissions.includes('remote_oauth2') && !m.requestedPermissions.includes('act_as_admin'))
        out.push('remote_oauth2 also requires act_as_admin there');
    return out;
}
function oldIcon(m) {
    if (m.icon === '')
        return [];
    const r = (0,go_url/* goCleanStaticPath */.bz)(m.icon);
    return r.ok ? [] : [`refuses the icon "${m.icon}" (${r.error})`];
}
function consumerVerdicts(m) {
    const verdict = (consumer, problems) => ({ consumer, accepts: problems.length === 0, notes: problems });
    const v11 = [...oldIcon(m)];
    if (m.v07Fallback && m.v07Fallback !== 'aws_lambda')
        v11.push(`reads the manifest as a v0.7 ${m.v07Fallback} app ("app_type"): remove "app_type"`);
    const deflated = m.deflatedArchives.length > 0 ? [`appsctl fails on the deflated function archives ${m.deflatedArchives.join(', ')}`] : [];
    const v12 = m.format === 'legacy' ? [CURRENT_SHAPE] : [];
    if (m.displayName === '')
        v12.push('v1.2.1 and later require "display_name"');
    return [
        verdict('Apps plugin and appsctl v1.2+', v12),
        verdict('Apps plugin and appsctl v1.0–v1.1', [...v11, ...deflated]),
        verdict('Apps plugin and appsctl v0.7', [...v07Rules(m), ...oldIcon(m)]),
        verdict('cloud deployer v0.1.6+ (plugin-apps v1.1.0)', v11),
        verdict('cloud deployer v0.1.0–v0.1.5', [...v07Rules(m), ...oldIcon(m)]),
    ];
}

// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __nccwpck_require__(7538);
// EXTERNAL MODULE: ./src/fs/target.ts
var fs_target = __nccwpck_require__(4782);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/bundle/layout.ts
var layout = __nccwpck_require__(9820);
// EXTERNAL MODULE: ./src/bundle/inspect-bundle.ts
var inspect_bundle = __nccwpck_require__(1645);
// EXTERNAL MODULE: ./src/bundle/pack.ts + 7 modules
var pack = __nccwpck_require__(1659);
;// CONCATENATED MODULE: ./src/bundle/validate.ts
// validate: an app directory or an existing bundle, with one result shape for both. An app
// directory is packed into a temporary file and discarded, so that the zipped-size rule and the
// bundle layout are checked on the real bytes.








async function validate(target, options) {
    if ((0,fs_target/* targetKind */.W)(target) === 'dir') {
        const packed = await (0,pack/* pack */.qq)({
            appDir: target,
            now: options.now,
            ...(options.functionSources ? { functionSources: options.functionSources } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
            ...(options.manifestFormat ? { manifestFormat: options.manifestFormat } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
        });
        return {
            kind: 'app-dir',
            path: target,
            ok: packed.ok,
            findings: packed.findings,
            ...(packed.manifest ? { manifest: packed.manifest } : {}),
            functions: packed.functions.map((f) => ({
                name: f.name,
                lambdaName: f.lambdaName,
                runtime: f.runtime,
                handler: f.handler,
                files: f.files,
                zippedSize: f.zippedSize,
                unzippedSize: f.unzippedSize,
            })),
            static: packed.static,
            ...(packed.provisionData ? { provisionData: packed.provisionData } : {}),
            ...(packed.ok && packed.manifest ? { consumers: consumerVerdicts(consumerInput(packed.manifest, packed.manifestFormat === 'v0.7' ? 'legacy' : 'current', [])) } : {}),
        };
    }
    options.onProgress?.(`checking bundle ${external_node_path_default().basename(target)}`);
    options.signal?.throwIfAborted();
    const inspected = await (0,inspect_bundle/* inspectBundle */.r)(target, { now: options.now });
    options.signal?.throwIfAborted();
    const ok = !(0,finding/* hasErrors */.Cs)(inspected.findings) && inspected.manifest !== undefined;
    const manifest = inspected.manifest;
    return {
        kind: 'bundle',
        path: target,
        ok,
        findings: inspected.findings,
        ...(manifest ? { manifest } : {}),
        functions: inspected.functions.map((f) => ({
            name: f.spec.name,
            lambdaName: f.lambdaName,
            runtime: f.spec.runtime,
            handler: f.spec.handler,
            files: f.files,
            zippedSize: f.zippedSize,
            unzippedSize: f.unzippedSize,
        })),
        static: { files: inspected.staticFiles.length, bytes: inspected.staticFiles.reduce((n, e) => n + e.size, 0) },
        ...(ok && manifest ? { provisionData: (0,provision_data/* provisionData */.Q9)(manifest, inspected.staticFiles.map((e) => e.name.slice(layout/* STATIC_PREFIX */.UN.length))) } : {}),
        ...(ok && manifest ? { consumers: consumerVerdicts(consumerInput(manifest, manifest.format, inspected.deflatedArchives)) } : {}),
    };
}
function consumerInput(m, format, deflatedArchives) {
    return { format, appType: format === 'legacy' ? 'aws_lambda' : m.appType, v07Fallback: m.v07Fallback, displayName: m.displayName, icon: m.icon, requestedPermissions: m.requestedPermissions, deflatedArchives };
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _threadpool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6573);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7854);
/* harmony import */ var _util_interrupts_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2806);
// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).



// Output piped into a reader that stops early (head, a closed pager) is not an error.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
        if (err.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw err;
    });
}
// Ctrl-C (SIGINT) or SIGTERM: the command stops before its next write, cleans up and says what was
// done (exit 130 or 143); a second one stops at once.
const interrupts = (0,_util_interrupts_js__WEBPACK_IMPORTED_MODULE_2__/* .listenForInterrupts */ .v)((sig) => process.stderr.write(`mm-apps-deploy: ${sig} again: stopping now; temporary files may be left behind\n`));
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    signal: interrupts.signal,
});
interrupts.dispose();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __nccwpck_require__(7523);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/manifest/manifest-format.ts
var manifest_format = __nccwpck_require__(3838);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Argument parsing on node:util parseArgs, with errors that say what to type instead.





/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    debug: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
};
function parseCommand(command, argv, options, positionals) {
    const config = { args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)(config);
    }
    catch (err) {
        const message = err.message.replace(/\. To specify a positional argument.*$/s, '');
        throw new UsageError(`${command}: ${message}`);
    }
    if (!parsed.values.help) {
        if (parsed.positionals.length < positionals.min)
            throw new UsageError(`${command}: missing ${positionals.names}`);
        if (parsed.positionals.length > positionals.max) {
            throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}"`);
        }
    }
    return parsed;
}
/** "NAME=PATH" pairs (repeatable --function) → name → absolute path; NAME may contain spaces. */
function parseFunctionMappings(values, cwd, flag = '--function') {
    const map = new Map();
    for (const value of values ?? []) {
        const eq = value.indexOf('=');
        if (eq <= 0 || eq === value.length - 1)
            throw new UsageError(`${flag} expects NAME=PATH (e.g. ${flag} app=build/app), got "${value}"`);
        const name = value.slice(0, eq);
        if (map.has(name))
            throw new UsageError(`${flag} maps function "${name}" twice`);
        map.set(name, external_node_path_default().resolve(cwd, value.slice(eq + 1)));
    }
    return map;
}
/** An app directory or bundle named on the command line, resolved; messages keep the user's spelling. */
function existingTarget(cwd, target) {
    const resolved = path.resolve(cwd, target);
    if (!existsSync(resolved))
        throw new UserError(`${target} does not exist; give an app directory (with manifest.json) or a bundle .zip`);
    return resolved;
}
/** --manifest-format: the shape of the bundle's manifest.json. */
function parseManifestFormat(value, command) {
    if (value === undefined)
        return undefined;
    if (!manifest_format/* MANIFEST_FORMATS */.N9.includes(value))
        throw new UsageError(`${command}: --manifest-format is "${value}"; allowed values: ${manifest_format/* MANIFEST_FORMATS */.N9.join(', ')}`);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/commands/aws-options.ts
const AWS_OPTIONS = {
    bucket: { type: 'string' },
    region: { type: 'string' },
    'endpoint-url': { type: 'string' },
};
const AWS_HELP = `AWS:
      --bucket B           the bucket of static assets and manifests
                           (default: MM_APPS_S3_BUCKET, else mattermost-apps-bucket)
      --region R           the AWS region (default: MM_APPS_AWS_REGION, else the
                           SDK's: AWS_REGION, the shared config file)
      --endpoint-url URL   another endpoint (moto, LocalStack, an S3-compatible
                           store), with path-style S3 (AWS_ENDPOINT_URL works too)
  Credentials: MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY, or
  MM_APPS_PROVISION_AWS_ACCESS_KEY / MM_APPS_PROVISION_AWS_SECRET_KEY, or
  APPS_PROVISION_AWS_ACCESS_KEY / APPS_PROVISION_AWS_SECRET_KEY, else the AWS
  SDK's default chain (environment, AWS_PROFILE, web identity / OIDC,
  container and instance roles). Secrets are never printed.`;
function awsInput(values, ctx) {
    return { bucket: values.bucket, region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env };
}

;// CONCATENATED MODULE: ./src/cli/commands/clean.ts


const HELP = `Usage: mm-apps-deploy clean [--yes] [options]

Removes what "mm-apps-deploy init" (and "appsctl aws init") set up for the Apps
plugin's access, like "appsctl aws clean": the invoke user's access keys, the
invoke user, the invoke group and the invoke policy. Without --yes it only
prints the plan.

It never removes Lambda functions, S3 objects, buckets or the execution role
(use "mm-apps-deploy prune" for old versions). A user, group or policy that is
also used by something init did not set up (another group, user, role or
policy) is left alone, with the reason (exit 1). After a clean, the Mattermost
server's MM_APPS_AWS_ACCESS_KEY no longer works.

Options:
      --yes                remove; without it, print the plan and change nothing
      --user NAME          invoke user (default mattermost-apps-invoke)
      --group NAME         invoke group (default mattermost-apps-invoke-group)
      --policy NAME        invoke policy (default mattermost-apps-invoke-policy)
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 cleaned (or planned), 1 a step was refused or failed, 2 usage error.

Example:
  mm-apps-deploy clean            # the plan
  mm-apps-deploy clean --yes`;
const cleanCommand = {
    name: 'clean',
    summary: 'remove the invoke user, its keys, group and policy (appsctl aws clean)',
    help: HELP,
    async run(argv, ctx) {
        const { values } = parseCommand('clean', argv, { ...AWS_OPTIONS, yes: { type: 'boolean' }, user: { type: 'string' }, group: { type: 'string' }, policy: { type: 'string' } }, { min: 0, max: 0, names: '' });
        if (values.help) {
            ctx.io.out(`${HELP}\n`);
            return 0;
        }
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362));
        const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
        const { cleanAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6960));
        const clients = createClients(resolveAwsSettings(awsInput(values, ctx)));
        try {
            const r = await cleanAws(clients, {
                yes: values.yes ?? false,
                ...(values.user ? { user: values.user } : {}),
                ...(values.group ? { group: values.group } : {}),
                ...(values.policy ? { policy: values.policy } : {}),
                onProgress: (m) => ctx.progress(m),
            });
            const refused = r.steps.filter((s) => s.status === 'refused');
            if (values.json) {
                ctx.io.out(`${JSON.stringify({ ok: refused.length === 0, changed: r.changed, planned: !values.yes, account: r.account, steps: r.steps, absent: r.absent }, null, 2)}\n`);
                return refused.length === 0 ? 0 : 1;
            }
            const { out, err } = ctx.io;
            out(`AWS account ${r.account} (${r.identity})\n\n`);
            for (const s of r.steps)
                out(`  ${s.status === 'planned' ? 'would remove' : s.status === 'done' ? 'removed' : 'kept'}  ${s.what}${s.reason ? `: ${s.reason}` : ''}\n`);
            if (r.absent.length)
                out(`  already gone: ${r.absent.join(', ')}\n`);
            if (r.steps.length === 0)
                out('Nothing to remove.\n');
            else if (!values.yes)
                out('\nNothing was changed. Run again with --yes to remove these.\n');
            if (refused.length)
                err(`${refused.length} left in place; see above.\n`);
            return refused.length === 0 ? 0 : 1;
        }
        finally {
            clients.destroy();
        }
    },
};

// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(2693);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts



const init_HELP = `Usage: mm-apps-deploy init [--bucket B] [--create] [--create-access-key] [options]

Sets up an AWS account for Mattermost Apps, like "appsctl aws init":

  bucket          where manifests and static assets live (checked; with
                  --create, created with Block Public Access on)
  invoke user     mattermost-apps-invoke: the credentials the Apps plugin uses
  invoke group    mattermost-apps-invoke-group, with the invoke policy attached
  invoke policy   mattermost-apps-invoke-policy: read manifests/* and static/*,
                  list the bucket; provision adds each function to it
  execution role  mattermost-apps-execute-lambda-role: trusted by Lambda, with
                  AWSLambdaBasicExecutionRole (logs)

Without --create it only checks, and lists what is missing (exit 1). It is
idempotent: a second run changes nothing and says so. Existing resources are
not rewritten; a bucket without Block Public Access gets a warning.

Options:
      --create             create what is missing
      --create-access-key  create an access key for the invoke user and print it
                           once, as export lines for MM_APPS_AWS_ACCESS_KEY and
                           MM_APPS_AWS_SECRET_KEY (the Mattermost server's settings)
      --user NAME          invoke user (default mattermost-apps-invoke)
      --group NAME         invoke group (default mattermost-apps-invoke-group)
      --policy NAME        invoke policy (default mattermost-apps-invoke-policy)
      --execute-role NAME  execution role (default mattermost-apps-execute-lambda-role)
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 ready, 1 something is missing or failed, 2 usage error.

Example:
  mm-apps-deploy init --bucket my-mattermost-apps --region eu-west-1 --create --create-access-key`;
const initCommand = {
    name: 'init',
    summary: 'set up the bucket, invoke user, group, policy and execution role',
    help: init_HELP,
    async run(argv, ctx) {
        const { values } = parseCommand('init', argv, {
            ...AWS_OPTIONS,
            create: { type: 'boolean' },
            'create-access-key': { type: 'boolean' },
            user: { type: 'string' },
            group: { type: 'string' },
            policy: { type: 'string' },
            'execute-role': { type: 'string' },
        }, { min: 0, max: 0, names: '' });
        if (values.help) {
            ctx.io.out(`${init_HELP}\n`);
            return 0;
        }
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362));
        const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
        const { initAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(358), __nccwpck_require__.e(94), __nccwpck_require__.e(821)]).then(__nccwpck_require__.bind(__nccwpck_require__, 821));
        const clients = createClients(resolveAwsSettings(awsInput(values, ctx)));
        try {
            const r = await initAws(clients, {
                create: values.create ?? false,
                createAccessKey: values['create-access-key'] ?? false,
                ...(values.user ? { user: values.user } : {}),
                ...(values.group ? { group: values.group } : {}),
                ...(values.policy ? { policy: values.policy } : {}),
                ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
                onProgress: (m) => ctx.progress(m),
            });
            if (values.json) {
                ctx.io.out(`${JSON.stringify({ ok: r.ok, changed: r.changed, account: r.account, region: r.region, bucket: clients.settings.bucket, items: r.items, warnings: r.warnings, ...(r.accessKey ? { accessKey: r.accessKey } : {}) }, null, 2)}\n`);
                return r.ok ? 0 : 1;
            }
            const { out, err } = ctx.io;
            out(`AWS account ${r.account} (${r.identity}), region ${r.region}\n\n`);
            out(`${(0,format/* table */.tp)(r.items.map((i) => [i.what, i.name, i.status]))}\n\n`);
            for (const w of r.warnings)
                err(`warning: ${w}\n`);
            const missing = r.items.filter((i) => i.status === 'missing');
            if (missing.length > 0) {
                err(`${(0,format/* plural */.LS)(missing.length, 'thing')} missing: ${missing.map((i) => i.what).join(', ')}. Run again with --create to create them.\n`);
                return 1;
            }
            out(r.changed ? 'Ready to deploy AWS Lambda Mattermost Apps!\n' : 'Nothing changed: everything was already set up. Ready to deploy AWS Lambda Mattermost Apps!\n');
            const arn = (what) => r.items.find((i) => i.what === what)?.arn ?? '';
            out(`\n${(0,format/* table */.tp)([['User:', arn('invoke user')], ['Group:', arn('invoke group')], ['Policy:', arn('invoke policy')], ['Role:', arn('execution role')], ['Bucket:', clients.settings.bucket]], '')}\n`);
            if (r.accessKey) {
                // Printed here once; nothing else ever prints or logs it.
                out(`\nStore the access key securely; it is not shown again. On the Mattermost server:\n\nexport MM_APPS_AWS_ACCESS_KEY='${r.accessKey.id}'\nexport MM_APPS_AWS_SECRET_KEY='${r.accessKey.secret}'\n`);
            }
            return 0;
        }
        finally {
            clients.destroy();
        }
    },
};

// EXTERNAL MODULE: ./src/bundle/pack.ts + 7 modules
var pack = __nccwpck_require__(1659);
// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __nccwpck_require__(7538);
// EXTERNAL MODULE: ./src/register/register.ts + 1 modules
var register = __nccwpck_require__(1780);
;// CONCATENATED MODULE: ./src/cli/render.ts
// Text rendering shared by the commands: compiler-style findings and totals.


/** The file part of a finding: a path under the app directory, or an entry of the bundle ("app.zip!/manifest.json"). */
function findingFile(subject, f) {
    const rel = f.location?.path ?? '.';
    if (subject.kind === 'bundle')
        return rel === '.' ? subject.path : `${subject.path}!/${rel}`;
    return external_node_path_default().normalize(external_node_path_default().join(subject.path, rel)).split((external_node_path_default()).sep).join('/');
}
/** "sample-app/manifest.json:12:7: error MMA012: message" */
function formatFinding(subject, f) {
    const line = f.location?.line !== undefined ? `:${f.location.line}${f.location.column !== undefined ? `:${f.location.column}` : ''}` : '';
    return `${findingFile(subject, f)}${line}: ${f.severity} ${f.code}: ${f.message}`;
}
function countFindings(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    return `${(0,format/* plural */.LS)(errors, 'error')}, ${(0,format/* plural */.LS)(warnings, 'warning')}`;
}
function findingsBlock(subject, findings) {
    return findings.map((f) => `${formatFinding(subject, f)}\n`).join('');
}
/** Findings as plain data for --json. */
function findingsJson(subject, findings) {
    return findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        file: findingFile(subject, f),
        ...(f.location?.line !== undefined ? { line: f.location.line } : {}),
        ...(f.location?.column !== undefined ? { column: f.location.column } : {}),
    }));
}
/** Install commands, each with the Apps plugin versions it is for, aligned. */
function commandLines(commands) {
    const width = Math.max(...commands.map((c) => c.command.length));
    return commands.map((c) => `  ${c.command.padEnd(width)}    (${c.plugins})\n`).join('');
}
/** Which consumers accept the bundle, one per line. */
function consumerLines(verdicts) {
    const width = Math.max(...verdicts.map((v) => v.consumer.length));
    return verdicts.map((v) => `  ${v.accepts ? 'yes' : 'no '}  ${v.consumer.padEnd(width)}${v.notes.length ? `  ${v.notes.join('; ')}` : ''}`.trimEnd() + '\n').join('');
}

;// CONCATENATED MODULE: ./src/cli/commands/pack.ts







const pack_HELP = `Usage: mm-apps-deploy pack [APP_DIR] [options]

Packs a Mattermost App directory into a bundle: manifest.json, static/ and one
zip per aws_lambda function. The bundle is byte-reproducible (same bytes on any
machine, in any timezone) and passes every check of "mm-apps-deploy validate".
Nothing is written when there is an error.

APP_DIR (default: the current directory) holds:
  manifest.json          the app manifest (current format, or the v0.7 one)
  static/                optional static assets, served from S3
  functions/NAME/        the code of function NAME, zipped with its contents at
                         the archive root (node_modules included)
  functions/NAME.zip     or a prebuilt archive for function NAME, used as is

Options:
  -o, --output FILE        where to write the bundle: outside APP_DIR, or in its
                           dist/ (default: APP_DIR/dist/<app_id>_<version>.zip)
      --function NAME=PATH take function NAME from PATH, a directory or a .zip,
                           relative to the current directory; repeatable
      --manifest-format F  the shape of the bundle's manifest.json: "current"
                           (default; Apps plugin v1.0+, cloud deployer v0.1.6+;
                           a v0.7 manifest is converted, with a warning) or
                           "v0.7" ("app_type" and an "aws_lambda" array: plugin
                           v0.7–v1.1, cloud deployer v0.1.0–v0.1.5). Only the
                           shape changes; everything else stays as written
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Output: each function with its Lambda name, runtime and sizes; the static
files; the bundle path and SHA-256; the /apps install commands, each with the
Apps plugin versions it is for; warnings.

Links in APP_DIR are followed while they stay inside it (a --function PATH
outside APP_DIR is its own boundary); each real file is packed once.

Exit status: 0 packed (warnings allowed), 1 the app has errors (no bundle
written), 2 usage error, 130 interrupted (Ctrl-C: nothing half-written left).

Examples:
  mm-apps-deploy pack sample-app
  mm-apps-deploy pack . -o build/bundle.zip --function api=build/api`;
const packCommand = {
    name: 'pack',
    summary: 'pack an app directory into a validated, reproducible bundle',
    help: pack_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('pack', argv, { output: { type: 'string', short: 'o' }, function: { type: 'string', multiple: true }, 'manifest-format': { type: 'string' } }, { min: 0, max: 1, names: 'APP_DIR' });
        if (values.help) {
            ctx.io.out(`${pack_HELP}\n`);
            return 0;
        }
        const appDirArg = positionals[0] ?? '.';
        const appDir = external_node_path_default().resolve(ctx.io.cwd, appDirArg);
        const functionSources = parseFunctionMappings(values.function, ctx.io.cwd);
        const manifestFormat = parseManifestFormat(values['manifest-format'], 'pack');
        const output = values.output;
        const result = await (0,pack/* pack */.qq)({
            appDir,
            now: ctx.now,
            functionSources,
            ...(manifestFormat ? { manifestFormat } : {}),
            output: output ? external_node_path_default().resolve(ctx.io.cwd, output) : (m) => (0,pack/* defaultBundlePath */.Fq)(appDir, m),
            onProgress: (m) => ctx.progress(m),
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
        const subject = { kind: 'app-dir', path: appDirArg };
        if (values.json)
            ctx.io.out(`${JSON.stringify(packJson(subject, result, ctx), null, 2)}\n`);
        else
            renderPack(subject, result, ctx);
        return result.ok ? 0 : 1;
    },
};
function rel(ctx, p) {
    const r = external_node_path_default().relative(ctx.io.cwd, p);
    return r.startsWith('..') ? p : r;
}
function renderPack(subject, r, ctx) {
    const { out, err } = ctx.io;
    if (!r.ok || !r.bundle || !r.manifest) {
        err(findingsBlock(subject, r.findings));
        err(`pack failed: ${countFindings(r.findings)}; no bundle written.\n`);
        return;
    }
    const m = r.manifest;
    out(`Packed ${m.appId} ${m.version} (manifest format: ${r.manifestFormat})\n\n`);
    out(`${(0,format/* table */.tp)([
        ['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'],
        ...r.functions.map((f) => [f.name, f.lambdaName, f.runtime, (0,format/* formatBytes */.z3)(f.zippedSize), (0,format/* formatBytes */.z3)(f.unzippedSize)]),
    ])}\n\n`);
    out(`${(0,format/* table */.tp)([
        ['static', `${(0,format/* plural */.LS)(r.static.files, 'file')}, ${(0,format/* formatBytes */.z3)(r.static.bytes)}`],
        ['bundle', `${rel(ctx, r.bundle.path)} (${(0,format/* formatBytes */.z3)(r.bundle.size)})`],
        ['sha256', r.bundle.sha256],
    ])}\n\n`);
    out(`Once provisioned, install it in Mattermost with:\n${commandLines((0,register/* installCommandsFor */.zb)(m.appId, m.version))}`);
    if (r.findings.length > 0) {
        err(`\n${(0,format/* plural */.LS)(r.findings.length, 'warning')}:\n`);
        err(findingsBlock(subject, r.findings));
    }
}
function packJson(subject, r, ctx) {
    return {
        ok: r.ok,
        ...(r.manifest ? { appId: r.manifest.appId, version: r.manifest.version, manifestFormat: r.manifestFormat, sourceManifestFormat: r.manifest.format === 'legacy' ? 'v0.7' : 'current' } : {}),
        ...(r.bundle ? { bundle: { ...r.bundle, path: rel(ctx, r.bundle.path) } } : {}),
        functions: r.functions.map((f) => ({ ...f, path: rel(ctx, f.path) })),
        static: r.static,
        ...(r.installCommands ? { installCommands: r.installCommands, install: (0,register/* installCommandsFor */.zb)(r.manifest.appId, r.manifest.version) } : {}),
        ...(r.provisionData ? { provisionData: (0,provision_data/* provisionDataObject */.xP)(r.provisionData) } : {}),
        findings: findingsJson(subject, r.findings),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/prune.ts



const prune_HELP = `Usage: mm-apps-deploy prune APP_ID --keep N [--yes] [options]

Removes the Lambda functions, static objects and manifests of all but the
newest N versions of an app, and takes their functions out of the invoke
policy. Versions are the app's manifests in the bucket, newest first by version
(v1.10.0 is newer than v1.9.0); the newest is never removed. Without --yes it
only prints what it would remove.

Before removing a version, make sure no Mattermost server still has it
installed: upgrade first (/apps install aws APP_ID NEW_VERSION).

Options:
      --keep N             how many versions to keep (1 or more)
      --yes                remove them (default: only show the plan)
      --invoke-policy NAME the invoke policy (default mattermost-apps-invoke-policy)
      --json               print the plan and result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 done (or planned), 1 failure, 2 usage error.

Example:
  mm-apps-deploy prune hello-mm-apps --keep 2 --bucket my-mattermost-apps --yes`;
const pruneCommand = {
    name: 'prune',
    summary: 'remove old versions of an app (functions, static objects, manifests)',
    help: prune_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('prune', argv, { ...AWS_OPTIONS, keep: { type: 'string' }, yes: { type: 'boolean' }, 'invoke-policy': { type: 'string' } }, { min: 1, max: 1, names: 'APP_ID' });
        if (values.help) {
            ctx.io.out(`${prune_HELP}\n`);
            return 0;
        }
        if (!values.keep)
            throw new UsageError('prune: --keep N is required (how many of the newest versions to keep)');
        if (!/^\d+$/.test(values.keep) || Number(values.keep) < 1)
            throw new UsageError(`prune: --keep must be a whole number of 1 or more, got "${values.keep}"`);
        const appId = positionals[0];
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362));
        const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
        const { applyPrune, planPrune } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(94), __nccwpck_require__.e(444), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2513));
        const clients = createClients(resolveAwsSettings(awsInput(values, ctx)));
        try {
            const plan = await planPrune(clients, { appId, keep: Number(values.keep), ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}), onProgress: (m) => ctx.progress(m) });
            const remove = plan.versions.filter((v) => !v.keep);
            const report = values.yes && remove.length > 0 ? await applyPrune(clients, plan, { onProgress: (m) => ctx.progress(m) }) : undefined;
            if (values.json) {
                ctx.io.out(`${JSON.stringify({ appId, bucket: plan.bucket, dryRun: !values.yes, versions: plan.versions, ...(report ? { removed: report.removed, notRemoved: report.notRemoved, policy: report.policy, ...(report.error ? { error: report.error.message } : {}) } : {}) }, null, 2)}\n`);
                return report?.error ? 1 : 0;
            }
            const { out, err } = ctx.io;
            out(`${appId}: ${(0,format/* plural */.LS)(plan.versions.length, 'version')} in bucket ${plan.bucket}, newest first\n`);
            for (const v of plan.versions) {
                out(`  ${v.version.padEnd(12)} ${v.keep ? 'keep' : `remove: ${(0,format/* plural */.LS)(v.functions.length, 'function')}, ${(0,format/* plural */.LS)(v.objects.length, 'static object')}, the manifest`}\n`);
            }
            if (remove.length === 0) {
                out('\nNothing to remove.\n');
                return 0;
            }
            if (!report) {
                out(`\nNothing was removed. Run again with --yes to remove ${(0,format/* plural */.LS)(remove.length, 'version')}; first make sure no Mattermost server still has ${remove.length === 1 ? 'it' : 'them'} installed.\n`);
                return 0;
            }
            if (report.removed.length)
                out(`\nremoved: ${report.removed.join(', ')}\n`);
            if (report.policy.status === 'done')
                out(`invoke policy ${plan.invokePolicy.name}: removed ${(0,format/* plural */.LS)(report.policy.removed.length, 'function')}\n`);
            if (report.error) {
                err(`prune failed: ${report.error.message}\nnot removed: ${report.notRemoved.join(', ')}. Run again to finish.\n`);
                return 1;
            }
            return 0;
        }
        finally {
            clients.destroy();
        }
    },
};

// EXTERNAL MODULE: ./src/register/server.ts + 18 modules
var register_server = __nccwpck_require__(5285);
;// CONCATENATED MODULE: ./src/register/settings.ts
// Which Mattermost server to register with, and as whom: the site URL from the option or
// MM_SERVICESETTINGS_SITEURL, the token only from MM_ADMIN_TOKEN (or the action's masked input),
// never from a command-line flag, so that it never shows in `ps` or a shell history. The same
// variables as appsctl aws deploy (cmd/appsctl/mattermost.go getMattermostClient).

const MM_ENV = { siteUrl: 'MM_SERVICESETTINGS_SITEURL', token: 'MM_ADMIN_TOKEN' };
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** Undefined when no site URL is given: nothing is registered. */
function resolveMattermostSettings(input) {
    const raw = (input.url || input.env[MM_ENV.siteUrl] || '').trim();
    if (raw === '')
        return undefined;
    const from = input.url ? input.urlOption : MM_ENV.siteUrl;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UserError */.y(`${from} is "${raw}", which is not a URL; give the server's Site URL, e.g. https://chat.example.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* UserError */.y(`${from} must be an http or https URL (the server's Site URL), got "${raw}"`);
    if (url.username || url.password)
        throw new errors/* UserError */.y(`${from} must not carry a user name or password; the token goes in ${MM_ENV.token}`);
    if (url.search || url.hash)
        throw new errors/* UserError */.y(`${from} must be the bare Site URL, without "?…" or "#…"`);
    const token = (input.token || input.env[MM_ENV.token] || '').trim();
    if (token === '') {
        throw new errors/* UserError */.y(`${MM_ENV.token} is not set: registering the app with ${url.origin} needs a system admin's personal access token in ${MM_ENV.token} ` +
            '(never on the command line). In GitHub Actions, pass it as input mattermost-token from a secret');
    }
    const warnings = [];
    if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
        warnings.push(`${url.origin} is plain http: the admin token travels unencrypted; use the server's https URL`);
    }
    return { siteUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, token, warnings };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __nccwpck_require__(6536);
// EXTERNAL MODULE: ./src/bundle/limits.ts
var limits = __nccwpck_require__(4146);
;// CONCATENATED MODULE: ./src/source/github-token.ts
// Which hosts may see the GitHub token. A release asset's URL on github.com (or on the REST API,
// the one that works for private repositories:
// GET https://api.github.com/repos/OWNER/REPO/releases/assets/ID with Accept: application/octet-stream)
// answers with a redirect to a signed, short-lived URL on another host (objects.githubusercontent.com,
// release-assets.githubusercontent.com since 2025, earlier github-releases.githubusercontent.com or
// S3 itself). That URL carries its own authorisation; the token must not follow it there, and the
// signed request fails when it does. So the token goes to an allowlist of origins, checked again
// on every redirect, and never to anything else.
/** github.com, its REST API, and raw file content (which accepts a token for private repositories). */
const GITHUB_ORIGINS = ['https://github.com', 'https://api.github.com', 'https://raw.githubusercontent.com'];
/**
 * The origins the token is sent to: GitHub's, plus those of GITHUB_SERVER_URL and GITHUB_API_URL
 * (set by the runner; a GitHub Enterprise Server's own host).
 */
function tokenOrigins(env) {
    const origins = new Set(GITHUB_ORIGINS);
    for (const name of ['GITHUB_SERVER_URL', 'GITHUB_API_URL']) {
        const value = env[name];
        if (!value)
            continue;
        try {
            origins.add(new URL(value).origin);
        }
        catch {
            // not a URL: nothing to add
        }
    }
    return origins;
}
/** The Authorization header for `url`, or undefined when the token is not for its origin. */
function authorizationFor(url, token, origins) {
    return token && origins.has(url.origin) ? `Bearer ${token}` : undefined;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __nccwpck_require__(4266);
// EXTERNAL MODULE: ./src/source/sink.ts
var sink = __nccwpck_require__(3578);
;// CONCATENATED MODULE: ./src/source/target.ts
// What a bundle argument names: a file or directory on disk, an object in S3 (s3://bucket/key),
// or a URL (https://…). Plain http is refused except on loopback under allowInsecureHttp, which
// exists for tests: a bundle fetched in clear text could be swapped on the way.


const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const MAX_S3_KEY_BYTES = 1024;
/** True for s3://… and http(s)://… (and any other scheme, which parseTarget refuses). */
function isRemoteTarget(target) {
    return SCHEME.test(target);
}
function isLoopback(url) {
    const host = url.hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * Where a URL may lead: https, or http to a loopback address when insecure http is allowed.
 * Returns what is wrong, or undefined.
 */
function urlProblem(url, allowInsecureHttp) {
    if (url.username || url.password)
        return 'carries a user name or password; only https URLs without credentials are fetched (a GitHub token comes from GITHUB_TOKEN)';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:') {
        if (allowInsecureHttp && isLoopback(url))
            return undefined;
        return allowInsecureHttp
            ? 'is plain http to a host that is not loopback; only https is fetched'
            : 'is plain http, which anyone on the way could alter; use https (plain http to loopback is allowed with --allow-insecure-http, for tests)';
    }
    return `has scheme "${url.protocol.slice(0, -1)}"; bundles are fetched from https:// URLs, s3:// objects or files`;
}
/** The URL as it may be shown in logs: no query string (a presigned URL's signature is a credential). */
function displayUrl(url) {
    return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}
function parseTarget(target, options) {
    const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return { kind: 'local', path: external_node_path_default().resolve(options.cwd, target) };
    if (scheme === 's3') {
        const rest = target.slice('s3://'.length);
        const slash = rest.indexOf('/');
        const bucket = slash < 0 ? rest : rest.slice(0, slash);
        const key = slash < 0 ? '' : rest.slice(slash + 1);
        if (bucket === '' || key === '')
            throw new errors/* UserError */.y(`"${target}" names no object; give s3://BUCKET/KEY, e.g. s3://my-bundles/hello_v1.0.0.zip`);
        if (Buffer.byteLength(key) > MAX_S3_KEY_BYTES)
            throw new errors/* UserError */.y(`the key of "${target}" is longer than S3's 1,024 bytes`);
        return { kind: 's3', bucket, key };
    }
    let url;
    try {
        url = new URL(target);
    }
    catch {
        throw new errors/* UserError */.y(`"${target}" is not a URL; give an https:// URL, an s3://BUCKET/KEY object or a path`);
    }
    const problem = urlProblem(url, options.allowInsecureHttp ?? false);
    if (problem)
        throw new errors/* UserError */.y(`${displayUrl(url)} ${problem}`);
    return { kind: 'https', url };
}

;// CONCATENATED MODULE: ./src/source/http-download.ts
// One attempt at downloading a bundle over https: redirects followed only to https (plain http
// only to loopback, for tests), the GitHub token only to the origins it is for, the size limit
// checked on the announced length and again on every byte received.








const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
async function downloadHttp(start, file, ctx) {
    const what = displayUrl(start);
    let url = start;
    for (let hop = 0;; hop++) {
        const { res, sentToken } = await request(url, ctx);
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
            res.destroy();
            url = nextUrl(url, res.headers.location, status, hop, ctx);
            continue;
        }
        if (status === 200) {
            const encoding = res.headers['content-encoding'];
            if (encoding && encoding !== 'identity') {
                res.destroy();
                throw new errors/* UserError */.y(`${displayUrl(url)} sent the bundle ${encoding}-encoded although asked not to; download it another way`);
            }
            const length = res.headers['content-length'];
            const declared = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
            if (declared !== undefined && declared > ctx.maxBytes) {
                res.destroy();
                throw (0,sink/* tooLarge */.g$)(what, ctx.maxBytes, declared);
            }
            if (declared !== undefined)
                ctx.state.total = declared;
            return await (0,sink/* receive */.uZ)(res, file, { what, maxBytes: ctx.maxBytes, idleMs: ctx.timeoutMs, state: ctx.state });
        }
        res.destroy();
        if (status >= 500 || status === 429)
            throw new util_retry/* TransientError */.N_(`${displayUrl(url)} answered HTTP ${status}`, retryAfterMs(res.headers['retry-after']));
        throw new errors/* UserError */.y(refusal(url, status, sentToken, ctx));
    }
}
function nextUrl(url, location, status, hop, ctx) {
    if (!location)
        throw new errors/* UserError */.y(`${displayUrl(url)} answered HTTP ${status} without saying where to (no Location header)`);
    if (hop >= MAX_REDIRECTS)
        throw new errors/* UserError */.y(`${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects; give the final URL`);
    let next;
    try {
        next = new URL(location, url);
    }
    catch {
        throw new errors/* UserError */.y(`${displayUrl(url)} redirects to "${location}", which is not a URL`);
    }
    const problem = urlProblem(next, ctx.allowInsecureHttp);
    if (problem)
        throw new errors/* UserError */.y(`${displayUrl(url)} redirects to ${displayUrl(next)}, which ${problem}; the redirect was not followed`);
    return next;
}
/** Sends the GET and resolves with the response head; fails when no answer comes in time. */
function request(url, ctx) {
    const authorization = authorizationFor(url, ctx.token, ctx.tokenOrigins);
    const headers = {
        'user-agent': `mm-apps-deploy/${version/* VERSION */.x}`,
        // what GitHub's REST API needs to send an asset's bytes instead of its description
        accept: 'application/octet-stream',
        'accept-encoding': 'identity',
        ...(authorization ? { authorization } : {}),
    };
    ctx.state.phase = 'connecting';
    ctx.state.from = url.host;
    ctx.state.received = 0;
    delete ctx.state.total;
    return new Promise((resolve, reject) => {
        const req = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).get(url, { headers, ...(ctx.signal ? { signal: ctx.signal } : {}) }, (res) => {
            clearTimeout(timer);
            resolve({ res, sentToken: authorization !== undefined });
        });
        const timer = setTimeout(() => req.destroy(new util_retry/* TransientError */.N_(`no answer from ${url.host} in ${(0,sink/* seconds */.YA)(ctx.timeoutMs)}`)), ctx.timeoutMs);
        req.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
    });
}
/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function refusal(url, status, sentToken, ctx) {
    const github = ctx.tokenOrigins.has(url.origin);
    const privateHint = 'for a private repository, give the asset\'s API URL (https://api.github.com/repos/OWNER/REPO/releases/assets/ID) with a token that may read the repository in GITHUB_TOKEN (action: input "token")';
    if (status === 404 || status === 410)
        return `${displayUrl(url)} was not found (HTTP ${status})${github ? `; check the URL, and ${privateHint}` : ''}`;
    if (status === 401 || status === 403) {
        if (sentToken)
            return `${displayUrl(url)} refused the GitHub token (HTTP ${status}); it needs read access to the repository's contents`;
        return `${displayUrl(url)} refused access (HTTP ${status})${github ? `; ${privateHint}` : ''}`;
    }
    return `${displayUrl(url)} answered HTTP ${status}`;
}

;// CONCATENATED MODULE: ./src/source/fetch-bundle.ts
// Bundle sources: a path on disk, an object in S3 (s3://bucket/key, read with the deploy
// credentials) or an https:// URL (a GitHub release asset, say). A remote bundle is streamed to a
// temporary file, within the bundle size limit, hashed on the way, optionally checked against a
// pinned SHA-256, and removed by cleanup() (or, at the latest, when the process exits).















const HEX_SHA256 = /^[0-9a-f]{64}$/;
/** Temporary directories still to remove, whatever way the process ends. */
const pending = new Set();
let exitHook = false;
function track(dir) {
    if (!exitHook) {
        exitHook = true;
        process.once('exit', () => {
            for (const d of pending)
                (0,external_node_fs_.rmSync)(d, { recursive: true, force: true });
        });
    }
    pending.add(dir);
    return () => {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        pending.delete(dir);
    };
}
function parseSha256(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const hex = value.trim().toLowerCase();
    if (!HEX_SHA256.test(hex))
        throw new errors/* UserError */.y(`the SHA-256 to pin is "${value}"; give the bundle's 64 hexadecimal digits (e.g. from sha256sum)`);
    return hex;
}
function checkPin(displayName, actual, expected) {
    if (expected !== undefined && actual !== expected) {
        throw new errors/* UserError */.y(`${displayName} has SHA-256 ${actual}, not the pinned ${expected}; it was not used`);
    }
}
/** A file name for the download that keeps the source's name when it is a plain one. */
function localName(target) {
    const base = target.kind === 's3' ? external_node_path_default().posix.basename(target.key) : target.kind === 'https' ? external_node_path_default().posix.basename(target.url.pathname) : '';
    return /^[A-Za-z0-9._-]{1,200}\.zip$/.test(base) ? base : 'bundle.zip';
}
async function fetchBundle(target, options) {
    const pin = parseSha256(options.sha256);
    const parsed = parseTarget(target, options);
    if (parsed.kind === 'local')
        return local(target, parsed.path, pin);
    const displayName = parsed.kind === 's3' ? `s3://${parsed.bucket}/${parsed.key}` : displayUrl(parsed.url);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempRoot ?? (options.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()), 'mm-apps-deploy-bundle-'));
    const cleanup = track(dir);
    const file = external_node_path_default().join(dir, localName(parsed));
    const progress = options.onProgress ?? (() => undefined);
    const state = { phase: 'connecting', from: '', received: 0 };
    const started = Date.now();
    const ticker = setInterval(() => progress(describe(state, started)), options.progressIntervalMs ?? 2000);
    ticker.unref();
    let destroy = () => undefined;
    try {
        progress(`fetching ${displayName}`);
        const common = { timeoutMs: options.timeoutMs ?? 30_000, maxBytes: options.maxBytes ?? limits/* MAX_BUNDLE_BYTES */.Me, state };
        const retry = { attempts: options.attempts ?? 4, delay: options.retryDelay ?? util_retry/* backoffDelay */.EY, sleep: options.sleep ?? ((ms) => (0,external_node_timers_promises_.setTimeout)(ms)), onRetry: progress };
        let attempt;
        if (parsed.kind === 's3') {
            // Loaded on demand: commands that never see an s3:// source should not load the AWS SDK.
            const [{ createS3Client }, { downloadS3 }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362)), Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(612)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1612))]);
            const settings = (0,aws_settings.resolveAwsSettings)({ region: options.aws?.region, endpointUrl: options.aws?.endpointUrl, bucket: parsed.bucket, env: options.env });
            const client = createS3Client(settings, options.clientOptions, { followRegionRedirects: true });
            destroy = () => client.destroy();
            attempt = () => downloadS3(parsed.bucket, parsed.key, file, { ...common, s3: client, settings });
        }
        else {
            const token = (options.token ?? options.env.GITHUB_TOKEN)?.trim() || undefined;
            const http = { ...common, tokenOrigins: tokenOrigins(options.env), allowInsecureHttp: options.allowInsecureHttp ?? false, ...(token ? { token } : {}), ...(options.signal ? { signal: options.signal } : {}) };
            attempt = () => downloadHttp(parsed.url, file, http);
        }
        options.signal?.throwIfAborted();
        const download = (0,util_retry/* withRetries */.LH)(`fetch ${displayName}`, retry, () => attempt().catch((err) => {
            // A network failure that another attempt will not fix (an unknown host, a bad certificate)
            // is the user's to fix: say so without a stack trace.
            const code = err?.code;
            if (!(0,util_retry/* isTransient */.dg)(err) && !(err instanceof errors/* UserError */.y) && typeof code === 'string')
                throw new errors/* UserError */.y(`could not fetch ${displayName}: ${err.message}`);
            throw err;
        }));
        const got = await abortable(download, options.signal);
        checkPin(displayName, got.sha256, pin);
        return { kind: parsed.kind, path: file, displayName, sha256: got.sha256, size: got.size, cleanup };
    }
    catch (err) {
        cleanup();
        throw err;
    }
    finally {
        clearInterval(ticker);
        destroy();
    }
}
/** The download, or the signal's reason as soon as it is aborted (the transfer is then abandoned and its file removed). */
function abortable(work, signal) {
    if (!signal)
        return work;
    work.catch(() => undefined);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
async function local(given, resolved, pin) {
    let isDir;
    try {
        isDir = (0,external_node_fs_.statSync)(resolved).isDirectory();
    }
    catch {
        throw new errors/* UserError */.y(`${given} does not exist; give an app directory (with manifest.json), a bundle .zip, an s3://BUCKET/KEY object or an https:// URL`);
    }
    const base = { kind: 'local', path: resolved, displayName: given, cleanup: () => undefined };
    if (pin === undefined)
        return base;
    if (isDir)
        throw new errors/* UserError */.y(`a pinned SHA-256 is for a bundle file, and ${given} is a directory`);
    const sha256 = await (0,pack/* fileDigest */.hd)(resolved, 'hex');
    checkPin(given, sha256, pin);
    return { ...base, sha256, size: (0,external_node_fs_.statSync)(resolved).size };
}
function describe(state, started) {
    const elapsed = (0,sink/* seconds */.YA)(Date.now() - started);
    if (state.phase === 'connecting')
        return `waiting for ${state.from || 'the server'} (${elapsed} so far)`;
    const of = state.total ? ` of ${(0,format/* formatBytes */.z3)(state.total)} (${Math.floor((state.received / state.total) * 100)}%)` : '';
    return `received ${(0,format/* formatBytes */.z3)(state.received)}${of} (${elapsed} so far)`;
}

;// CONCATENATED MODULE: ./src/cli/commands/source-options.ts
// Where a command's bundle comes from: a path, s3://BUCKET/KEY or an https:// URL (validate,
// provision, provision-data, publish). Shared options, help and the line that shows what was fetched.




const SOURCE_OPTIONS = {
    sha256: { type: 'string' },
    'allow-insecure-http': { type: 'boolean' },
};
/** For commands without the AWS options: what an s3:// source needs. */
const SOURCE_AWS_OPTIONS = {
    region: { type: 'string' },
    'endpoint-url': { type: 'string' },
};
const SOURCE_HELP = `Bundle sources: PATH may also be
  s3://BUCKET/KEY          read with the deploy credentials (see provision --help)
  https://…                e.g. a GitHub release asset; GITHUB_TOKEN is sent only to
                           github.com, api.github.com and raw.githubusercontent.com
                           (not to the hosts their downloads redirect to). For a
                           private repository give the asset's API URL:
                           https://api.github.com/repos/OWNER/REPO/releases/assets/ID
  A remote bundle is downloaded to a temporary file (at most 1 GiB, removed
  afterwards), with retries and progress; its SHA-256 is printed.
      --sha256 HEX         the bundle must have this SHA-256, else nothing is done
      --allow-insecure-http
                           allow plain http:// to loopback addresses: for tests only`;
const SOURCE_AWS_HELP = `      --region R           for s3:// sources: the AWS region (default: MM_APPS_AWS_REGION,
                           else AWS_REGION)
      --endpoint-url URL   for s3:// sources: another S3 endpoint (moto, LocalStack)`;
/**
 * Fetches the bundle a command names, printing what was fetched and its SHA-256 on stderr. The
 * caller removes it with cleanup() in a finally block.
 */
async function openSource(target, values, ctx) {
    if (values['allow-insecure-http'] && !isRemoteTarget(target))
        throw new UsageError('--allow-insecure-http is for http:// bundle URLs (in tests)');
    const source = await fetchBundle(target, {
        cwd: ctx.io.cwd,
        env: ctx.io.env,
        aws: { region: values.region, endpointUrl: values['endpoint-url'] },
        sha256: values.sha256,
        allowInsecureHttp: values['allow-insecure-http'] ?? false,
        onProgress: (m) => ctx.progress(m),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    if (source.sha256 && !ctx.quiet) {
        const size = source.size !== undefined ? `${(0,format/* formatBytes */.z3)(source.size)}, ` : '';
        ctx.io.err(`${source.kind === 'local' ? '' : 'fetched '}${source.displayName}: ${size}sha256 ${source.sha256}${values.sha256 ? ' (as pinned)' : ''}\n`);
    }
    return source;
}
/** What --json output says about a fetched bundle. */
function sourceJson(source) {
    return source.sha256 ? { source: { kind: source.kind, name: source.displayName, sha256: source.sha256, size: source.size } } : {};
}

// EXTERNAL MODULE: ./src/bundle/validate.ts + 1 modules
var validate = __nccwpck_require__(4544);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts





const validate_HELP = `Usage: mm-apps-deploy validate PATH [options]

Checks an app directory or an existing bundle .zip (for example one built by a
Makefile) without touching AWS (except to read an s3:// bundle), and prints
every finding compiler-style:

  manifest.json:12:7: error MMA012: "version" "1.2.3-beta.1" is 12 bytes; ...

Checked: the manifest (JSON syntax, both formats, the Apps plugin's rules, Lambda
names, runtimes and their AWS deprecation dates, handlers), each function
archive (handler file present, bootstrap executable, 50 MB zipped / 250 MB
unzipped), the bundle layout every consumer accepts and its size limits, and
archive safety (path traversal, links, duplicates, encryption, decompression
bombs, overlapping entries), with every entry's data read and checked against
its sizes and CRC-32, in the bundle and in each function archive inside it. An
app directory is packed into a temporary file, so sizes are the real ones.

A valid bundle is rated against Mattermost's consumers: which of the Apps
plugin and appsctl v0.7, v1.0–v1.1 and v1.2+, and of the cloud deployer
v0.1.0–v0.1.5 and v0.1.6+ accept it, and why not.

Options:
      --function NAME=PATH for an app directory: take function NAME from PATH
                           (a directory or a .zip); repeatable
      --manifest-format F  for an app directory: rate the bundle pack would write
                           with this manifest shape (current or v0.7)
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${SOURCE_HELP}
${SOURCE_AWS_HELP}

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.

Examples:
  mm-apps-deploy validate sample-app
  mm-apps-deploy validate dist/bundle.zip --json
  mm-apps-deploy validate https://github.com/org/app/releases/download/v1.0.0/app_v1.0.0.zip`;
const validateCommand = {
    name: 'validate',
    summary: 'check an app directory or a bundle, offline',
    help: validate_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('validate', argv, { function: { type: 'string', multiple: true }, 'manifest-format': { type: 'string' }, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS }, { min: 1, max: 1, names: 'PATH (an app directory, a bundle .zip, s3://BUCKET/KEY or an https:// URL)' });
        if (values.help) {
            ctx.io.out(`${validate_HELP}\n`);
            return 0;
        }
        const manifestFormat = parseManifestFormat(values['manifest-format'], 'validate');
        const source = await openSource(positionals[0], values, ctx);
        try {
            const { result, subject } = await validateTarget(source, values.function, ctx, manifestFormat);
            if (values.json) {
                ctx.io.out(`${JSON.stringify({ ...validationJson(subject, result), ...sourceJson(source) }, null, 2)}\n`);
            }
            else {
                ctx.io.err(findingsBlock(subject, result.findings));
                if (result.ok)
                    ctx.io.out(summary(subject.path, result));
                else
                    ctx.io.err(`${subject.path}: ${countFindings(result.findings)}\n`);
            }
            return result.ok ? 0 : 1;
        }
        finally {
            source.cleanup();
        }
    },
};
function summary(target, r) {
    const m = r.manifest;
    const rows = r.functions.map((f) => [f.name, f.lambdaName, f.runtime, (0,format/* formatBytes */.z3)(f.zippedSize), (0,format/* formatBytes */.z3)(f.unzippedSize)]);
    return (`${target}: valid ${r.kind === 'bundle' ? 'bundle' : 'app'} ${m.appId} ${m.version}, ${countFindings(r.findings)}\n\n` +
        `${(0,format/* table */.tp)([['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'], ...rows])}\n\n` +
        `${(0,format/* table */.tp)([['static', `${(0,format/* plural */.LS)(r.static.files, 'file')}, ${(0,format/* formatBytes */.z3)(r.static.bytes)}`]])}\n` +
        (r.consumers ? `\nAccepted by:\n${consumerLines(r.consumers)}` : ''));
}
/** Validates the app directory or bundle a command was given (validate, provision-data, register). */
async function validateTarget(source, functions, ctx, manifestFormat) {
    const result = await (0,validate/* validate */.t)(source.path, {
        now: ctx.now,
        functionSources: parseFunctionMappings(functions, ctx.io.cwd),
        onProgress: (m) => ctx.progress(m),
        ...(manifestFormat ? { manifestFormat } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    return { result, subject: { kind: result.kind, path: source.displayName } };
}
function validationJson(subject, r) {
    return {
        ok: r.ok,
        kind: r.kind,
        path: subject.path,
        ...(r.manifest ? { appId: r.manifest.appId, version: r.manifest.version, manifestFormat: r.manifest.format } : {}),
        functions: r.functions,
        static: r.static,
        ...(r.consumers ? { consumers: r.consumers } : {}),
        findings: findingsJson(subject, r.findings),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/register.ts








const register_HELP = `Usage: mm-apps-deploy register PATH [options]

Makes an already provisioned version installable on a Mattermost server, as
"appsctl aws deploy" does after deploying: the manifest of the bundle (or app
directory) goes into the Apps plugin's listing (update-app-listing), and with
--install the app is installed (install-app). This is what an admin does after
a deploy by the cloud deployer or by another pipeline. Apps plugin v0.7 reads
manifests from S3 and needs nothing: the command says so and prints the install
command for it.

The bundle is validated first; one with errors is not registered. Before
anything is sent, the site, the token (a system admin's) and the Apps plugin
(installed, enabled, its version) are checked.

Options:
      --mattermost-url URL the server's Site URL (default: MM_SERVICESETTINGS_SITEURL)
      --install            also install the version (Apps plugin v1.0+)
      --function NAME=PATH for an app directory: take function NAME from PATH
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Environment:
  MM_ADMIN_TOKEN           a system admin's personal access token (required;
                           never given as a flag, so it never shows in ps)
  MM_SERVICESETTINGS_SITEURL  the Site URL, when --mattermost-url is not given

${SOURCE_HELP}
${SOURCE_AWS_HELP}

Exit status: 0 registered (and installed), 1 failure, 2 usage error.

Examples:
  MM_ADMIN_TOKEN=… mm-apps-deploy register dist/hello_v1.0.0.zip --mattermost-url https://chat.example.com
  MM_ADMIN_TOKEN=… mm-apps-deploy register . --install`;
const registerCommand = {
    name: 'register',
    summary: 'list a provisioned version in the Apps plugin (and install it)',
    help: register_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('register', argv, { 'mattermost-url': { type: 'string' }, install: { type: 'boolean' }, function: { type: 'string', multiple: true }, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS }, { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' });
        if (values.help) {
            ctx.io.out(`${register_HELP}\n`);
            return 0;
        }
        const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
        if (!settings)
            throw new UsageError(`register: which Mattermost server? Pass --mattermost-url URL or set ${MM_ENV.siteUrl}`);
        for (const w of settings.warnings)
            ctx.io.err(`warning: ${w}\n`);
        const source = await openSource(positionals[0], values, ctx);
        let validated;
        try {
            validated = await validateTarget(source, values.function, ctx);
        }
        finally {
            source.cleanup(); // only the manifest is needed from here on
        }
        const { result, subject } = validated;
        if (!result.ok || !result.manifest) {
            if (values.json)
                ctx.io.out(`${JSON.stringify({ ok: false, findings: findingsJson(subject, result.findings) }, null, 2)}\n`);
            else
                ctx.io.err(`${findingsBlock(subject, result.findings)}${subject.path}: ${countFindings(result.findings)}; not registered\n`);
            return 1;
        }
        const m = result.manifest;
        const http = { onProgress: (msg) => ctx.progress(msg), ...(ctx.signal ? { signal: ctx.signal } : {}) };
        let registration;
        try {
            const server = await (0,register_server/* checkMattermost */.NK)(settings, http);
            (0,register/* checkInstallPossible */.np)(server, values.install ?? false, m);
            registration = await (0,register/* registerApp */.FZ)(server, settings, m, values.install ?? false, http);
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y) || !values.json)
                throw err;
            ctx.io.out(`${JSON.stringify({ ok: false, appId: m.appId, version: m.version, error: err.message }, null, 2)}\n`);
            return 1;
        }
        if (values.json) {
            ctx.io.out(`${JSON.stringify({ ok: true, appId: m.appId, version: m.version, ...registration }, null, 2)}\n`);
            return 0;
        }
        ctx.io.err(findingsBlock(subject, result.findings));
        const { registered, installed, installCommand, siteUrl, pluginVersion } = registration;
        const what = installed ? 'registered and installed' : registered ? 'registered' : 'nothing to register';
        ctx.io.out(`${m.appId} ${m.version}: ${what} on ${siteUrl} (Apps plugin ${pluginVersion})\n`);
        for (const note of registration.notes)
            ctx.io.err(`note: ${note}\n`);
        ctx.io.out(installed ? `To reinstall: ${installCommand.command}\n` : `Install it in Mattermost with:\n  ${installCommand.command}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/test.ts


const test_HELP = `Usage: mm-apps-deploy test [--bucket B] [--app APP_ID --version V] [--invoke] [options]

Checks, as a list with the fix for each failure, that AWS is set up for the
Apps plugin (like "appsctl aws test s3" and "appsctl aws test lambda"):

  credentials     the credentials work (sts:GetCallerIdentity)
  bucket          the bucket is reachable
  manifest        the app's manifest is readable      (with --app and --version)
  static asset    its icon (or another asset) is readable
  function NAME   each function exists and is Active (or, with credentials
                  that may only invoke, can be invoked: a dry run)
  invoke /ping    with --invoke: the function serving /ping answers status 200
                  with an "ok" call response (this runs the app's code)

Credentials: MM_APPS_AWS_ACCESS_KEY / MM_APPS_AWS_SECRET_KEY first, the ones
the Apps plugin itself uses, so that the checks show what the plugin can do;
then the deploy credentials and the AWS default chain, as for provision.

Options:
      --app APP_ID         the app to check
      --version V          its version
      --invoke             also invoke /ping
      --json               print the checklist as JSON on stdout
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${AWS_HELP}

Exit status: 0 every check passed, 1 a check failed, 2 usage error.

Example:
  mm-apps-deploy test --bucket my-mattermost-apps --app hello-mm-apps --version v1.0.0 --invoke`;
const testCommand = {
    name: 'test',
    summary: 'check that AWS is set up for the Apps plugin, and an app is reachable',
    help: test_HELP,
    async run(argv, ctx) {
        const { values } = parseCommand('test', argv, { ...AWS_OPTIONS, app: { type: 'string' }, version: { type: 'string' }, invoke: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
        if (values.help) {
            ctx.io.out(`${test_HELP}\n`);
            return 0;
        }
        if (Boolean(values.app) !== Boolean(values.version))
            throw new UsageError('test: give --app and --version together');
        if (values.invoke && !values.app)
            throw new UsageError('test: --invoke needs --app and --version');
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362));
        const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
        const { checkAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8508));
        const clients = createClients(resolveAwsSettings({ ...awsInput(values, ctx), as: 'plugin' }));
        try {
            const r = await checkAws(clients, { ...(values.app ? { appId: values.app } : {}), ...(values.version ? { version: values.version } : {}), invoke: values.invoke ?? false });
            if (values.json) {
                ctx.io.out(`${JSON.stringify(r, null, 2)}\n`);
                return r.ok ? 0 : 1;
            }
            const width = Math.max(...r.items.map((i) => i.check.length));
            for (const i of r.items) {
                const mark = i.status === 'ok' ? '[ok]  ' : i.status === 'fail' ? '[FAIL]' : '[skip]';
                ctx.io.out(`${mark} ${i.check.padEnd(width)}  ${i.detail}${i.fix ? `\n       ${''.padEnd(width)}  fix: ${i.fix}` : ''}\n`);
            }
            ctx.io.out(r.ok ? '\nAll checks passed.\n' : `\n${r.items.filter((i) => i.status === 'fail').length} check(s) failed.\n`);
            return r.ok ? 0 : 1;
        }
        finally {
            clients.destroy();
        }
    },
};

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/provision/describe.ts
var provision_describe = __nccwpck_require__(6014);
// EXTERNAL MODULE: ./src/provision/options.ts
var provision_options = __nccwpck_require__(8673);
;// CONCATENATED MODULE: ./src/cli/commands/provision.ts













const provision_HELP = `Usage: mm-apps-deploy provision PATH [options]

Deploys a bundle (or an app directory, packed first into APP_DIR/dist/) to AWS:
the static assets to S3 and one Lambda function per manifest function, at the
same time; the functions added to the invoke policy; and the manifest, last.
Once the manifest is there, the Apps plugin can install the version.

Before any write it checks the bundle, the credentials, the bucket and the
execution role; a failure there writes nothing. Afterwards, anything unchanged
is left alone: an unchanged re-run makes no writes. If a step fails, the
manifest of this version is not written and running again continues where it
stopped. Other versions are never touched.

${AWS_HELP}

${SOURCE_HELP}

Functions:
      --execute-role NAME|ARN  the role functions run as
                           (default mattermost-apps-execute-lambda-role)
      --create-execute-role
                           create that role when it does not exist (trusted by
                           lambda.amazonaws.com, with AWSLambdaBasicExecutionRole)
      --invoke-policy NAME the IAM policy whose AllowLambda statement lists the
                           functions the plugin may invoke; skipped with a note
                           when it does not exist
                           (default mattermost-apps-invoke-policy)
      --memory-size MB     128 to 10240 (default: AWS's, 128; unchanged on update)
      --timeout S          1 to 900 (default: AWS's, 3; unchanged on update)
      --architecture ARCH  x86_64 or arm64 (default: AWS's, x86_64)
      --env KEY=VALUE      an environment variable for every function;
                           repeatable; the list replaces all of their variables

Mattermost (register the version so that it can be installed, as appsctl aws
deploy does; needed by Apps plugin v1.0 and later):
      --mattermost-url URL the server's Site URL (default: MM_SERVICESETTINGS_SITEURL);
                           the token is read from MM_ADMIN_TOKEN only (a system
                           admin's personal access token), never from a flag
      --install            also install the version (Apps plugin v1.0+)
  Checked before anything is written: the site answers, the token is a system
  admin's, the Apps plugin is installed and enabled, and its version. Without a
  URL nothing is registered, and both install commands are printed.

Other options:
      --dry-run            read AWS (and Mattermost) and print the plan; write nothing
      --force              take over Lambda functions and a manifest at this
                           version's names that belong to another app (app "a"
                           version "b_c" and app "a_b" version "c" share names);
                           refused otherwise, before any write
      --concurrency N      parallel S3 requests, 1 to 512 (default 64)
      --function NAME=PATH for an app directory: take function NAME from PATH
  -o, --output FILE        for an app directory: where to write the bundle
      --manifest-format F  for an app directory: current (default) or v0.7, as
                           for pack
      --json               print the plan or the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Output: per function its Lambda name and what happened (created, updated code,
updated configuration, unchanged), the static objects uploaded and unchanged,
the provision data file (beside the bundle), and the install commands.

Exit status: 0 provisioned (or planned), 1 failure, 2 usage error.

Examples:
  mm-apps-deploy provision dist/hello_v1.0.0.zip --bucket my-apps-bucket --region eu-west-1
  mm-apps-deploy provision . --dry-run
  mm-apps-deploy provision s3://release-bundles/hello_v1.0.0.zip --sha256 9f2c…
  mm-apps-deploy provision sample-app --endpoint-url http://127.0.0.1:5000 --create-execute-role`;
const provisionCommand = {
    name: 'provision',
    summary: 'deploy a bundle to AWS Lambda and S3',
    help: provision_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('provision', argv, {
            ...AWS_OPTIONS,
            'execute-role': { type: 'string' },
            'create-execute-role': { type: 'boolean' },
            'invoke-policy': { type: 'string' },
            'memory-size': { type: 'string' },
            timeout: { type: 'string' },
            architecture: { type: 'string' },
            env: { type: 'string', multiple: true },
            'dry-run': { type: 'boolean' },
            force: { type: 'boolean' },
            concurrency: { type: 'string' },
            function: { type: 'string', multiple: true },
            output: { type: 'string', short: 'o' },
            'mattermost-url': { type: 'string' },
            install: { type: 'boolean' },
            'manifest-format': { type: 'string' },
            ...SOURCE_OPTIONS,
        }, { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' });
        if (values.help) {
            ctx.io.out(`${provision_HELP}\n`);
            return 0;
        }
        let options;
        try {
            options = {
                ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
                ...(values['create-execute-role'] ? { createExecuteRole: true } : {}),
                ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}),
                ...(values['memory-size'] ? { memorySize: (0,provision_options/* parseInteger */.cG)(values['memory-size'], '--memory-size', 128, 10_240) } : {}),
                ...(values.timeout ? { timeout: (0,provision_options/* parseInteger */.cG)(values.timeout, '--timeout', 1, 900) } : {}),
                ...(values.architecture ? { architecture: (0,provision_options/* parseArchitecture */.ZN)(values.architecture, '--architecture') } : {}),
                ...(values.env ? { environment: (0,provision_options/* parseEnvironment */.Nq)(values.env, '--env') } : {}),
                ...(values.force ? { force: true } : {}),
                ...(values.concurrency ? { concurrency: (0,provision_options/* parseInteger */.cG)(values.concurrency, '--concurrency', 1, provision_options/* MAX_CONCURRENCY */.fx) } : {}),
            };
        }
        catch (err) {
            throw new UsageError(`provision: ${err.message}`);
        }
        const mattermost = mattermostOption(values, ctx);
        const manifestFormat = parseManifestFormat(values['manifest-format'], 'provision');
        const source = await openSource(positionals[0], values, ctx);
        try {
            return await provisionSource(source, values, { ...options, ...(mattermost ? { mattermost } : {}), ...(manifestFormat ? { manifestFormat } : {}) }, ctx);
        }
        finally {
            source.cleanup();
        }
    },
};
async function provisionSource(source, values, options, ctx) {
    const subject = { kind: (0,external_node_fs_.statSync)(source.path).isDirectory() ? 'app-dir' : 'bundle', path: source.displayName };
    // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
    const { provision } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(96), __nccwpck_require__.e(94), __nccwpck_require__.e(444), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5035));
    let outcome;
    try {
        outcome = await provision({
            target: source.path,
            now: ctx.now,
            dryRun: values['dry-run'] ?? false,
            aws: awsInput(values, ctx),
            functionSources: parseFunctionMappings(values.function, ctx.io.cwd),
            ...(values.output ? { bundleOutput: external_node_path_default().resolve(ctx.io.cwd, values.output) } : {}),
            ...options,
            onProgress: (m) => ctx.progress(m),
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
    }
    catch (err) {
        if (err instanceof errors/* Interrupted */.j) {
            ctx.io.err(`provision ${err.message} before anything was written to AWS; no partial bundle or temporary file is left\n`);
            return err.exitCode;
        }
        if (!(err instanceof finding/* FindingsError */.NH))
            throw err;
        if (values.json)
            ctx.io.out(`${JSON.stringify({ ok: false, findings: findingsJson(subject, err.findings) }, null, 2)}\n`);
        else
            ctx.io.err(`${findingsBlock(subject, err.findings)}provision refused: ${countFindings(err.findings)}; nothing was written.\n`);
        return 1;
    }
    // A deploy that succeeded stays a success when its provision data file cannot be written: a warning.
    // A downloaded bundle lives in a temporary directory: its provision data file would go with it.
    const pd = outcome.report?.ok && source.kind === 'local' ? await (0,provision_describe/* writeProvisionDataFile */.Zk)(outcome.bundlePath, outcome.provisionData) : undefined;
    const pdFile = pd?.written ? pd.path : undefined;
    const pdProblem = pd && !pd.written ? `${pd.problem}; the deploy itself succeeded, and "mm-apps-deploy provision-data ${provision_rel(ctx, outcome.bundlePath)}" prints the same data` : undefined;
    const bundle = source.kind === 'local' ? provision_rel(ctx, outcome.bundlePath) : source.displayName;
    if (values.json)
        ctx.io.out(`${JSON.stringify({ ...outcomeJson(subject, outcome, bundle, pdFile, ctx), ...sourceJson(source), ...(pdProblem ? { provisionDataFileError: pdProblem } : {}) }, null, 2)}\n`);
    else
        render(subject, outcome, pdFile, ctx);
    if (pdProblem)
        ctx.io.err(`warning: ${pdProblem}\n`);
    if (outcome.report?.error instanceof errors/* Interrupted */.j)
        return outcome.report.error.exitCode;
    if (outcome.registrationError instanceof errors/* Interrupted */.j)
        return outcome.registrationError.exitCode;
    return !outcome.report || (outcome.report.ok && !outcome.registrationError) ? 0 : 1;
}
function provision_rel(ctx, p) {
    const r = external_node_path_default().relative(ctx.io.cwd, p);
    return r.startsWith('..') ? p : r;
}
function render(subject, o, pdFile, ctx) {
    const d = (0,provision_describe/* describeOutcome */.SS)(o);
    const { out, err } = ctx.io;
    const text = `${d.heading}\n\n` +
        `${(0,format/* table */.tp)([['FUNCTION', 'LAMBDA NAME', o.report ? 'RESULT' : 'PLAN'], ...d.functions.map((f) => [f.name, f.lambdaName, f.result])])}\n\n` +
        `${(0,format/* table */.tp)([...d.rows, ...(pdFile ? [['provision data', provision_rel(ctx, pdFile)]] : [])])}\n`;
    if (o.report && !o.report.ok) {
        const interrupted = o.report.error instanceof errors/* Interrupted */.j;
        err(`${text}\nprovision ${interrupted ? `${o.report.error.message}: no new write was started after it` : `failed: ${o.report.error?.message}`}\n`);
        err(`done: ${d.done?.length ? d.done.join('; ') : 'nothing'}\n`);
        if (d.notDone?.length)
            err(`not done: ${d.notDone.join('; ')}\n`);
        err(`${d.next}\n`);
        return;
    }
    if (o.registrationError) {
        err(`${text}\nprovision: deployed to AWS, but not registered with ${o.mattermost.siteUrl}: ${o.registrationError.message}\n`);
        err('Fix the cause and run "mm-apps-deploy register" on the bundle (or this command again: AWS is unchanged).\n');
        return;
    }
    out(text);
    if (o.report)
        out(`\n${installText(o)}`);
    for (const note of d.notes)
        err(`note: ${note}\n`);
    if (o.findings.length > 0)
        err(`\n${(0,format/* plural */.LS)(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}
/** What to type in Mattermost: the one command for the server checked, else both, labelled. */
function installText(o) {
    if (o.registration?.installed)
        return `Installed in Mattermost at ${o.registration.siteUrl}. To reinstall: ${o.install[0].command}\n`;
    return `Install it in Mattermost with:\n${commandLines(o.install)}`;
}
function mattermostOption(values, ctx) {
    const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
    if (!settings) {
        if (values.install)
            throw new UsageError(`provision: --install needs the Mattermost server: --mattermost-url URL or ${MM_ENV.siteUrl}`);
        return undefined;
    }
    for (const w of settings.warnings)
        ctx.io.err(`warning: ${w}\n`);
    return { settings, install: values.install ?? false };
}
function outcomeJson(subject, o, bundle, pdFile, ctx) {
    const d = (0,provision_describe/* describeOutcome */.SS)(o);
    return {
        ok: !o.report || (o.report.ok && !o.registrationError),
        dryRun: o.dryRun,
        changed: o.report?.changed ?? false,
        appId: o.manifest.appId,
        version: o.manifest.version,
        bundle,
        account: o.plan.account,
        region: o.plan.region,
        bucket: o.plan.bucket,
        functions: Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }])),
        objects: o.report ? o.report.objects : { upload: o.plan.objects.filter((x) => x.action === 'upload').length, unchanged: o.plan.objects.filter((x) => x.action === 'unchanged').length },
        invokePolicy: o.report ? o.report.invokePolicy : { name: o.plan.invokePolicy.name, action: o.plan.invokePolicy.action, add: o.plan.invokePolicy.add },
        manifest: o.report ? o.report.manifest : o.plan.manifest,
        ...(o.plan.takeovers.length > 0 ? { takeovers: o.plan.takeovers } : {}),
        ...(o.report?.error ? { error: o.report.error.message, done: d.done, notDone: d.notDone } : {}),
        ...(pdFile ? { provisionDataFile: provision_rel(ctx, pdFile) } : {}),
        provisionData: (0,provision_data/* provisionDataObject */.xP)(o.provisionData),
        installCommands: o.installCommands,
        install: o.install,
        ...(o.mattermost
            ? {
                mattermost: {
                    siteUrl: o.mattermost.siteUrl,
                    pluginVersion: o.mattermost.plugin.version,
                    registered: o.registration?.registered ?? false,
                    installed: o.registration?.installed ?? false,
                    ...(o.registrationError ? { error: o.registrationError.message } : {}),
                },
            }
            : {}),
        findings: findingsJson(subject, o.findings),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/provision-data.ts





const provision_data_HELP = `Usage: mm-apps-deploy provision-data PATH [options]

Prints the provision data of a bundle or an app directory on stdout, byte for
byte what "appsctl terraform generate-data" prints for the same bundle: the S3
key of each static file, the Lambda name, handler and runtime of each function,
and the manifest key, as tab-indented JSON. Terraform users and the Mattermost
cloud deployer consume it.

A bundle that cannot be deployed (any validation error, e.g. a Lambda name that
AWS would reject) is refused: the findings go to stderr and nothing to stdout.

Options:
      --function NAME=PATH for an app directory: take function NAME from PATH;
                           repeatable
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

${SOURCE_HELP}
${SOURCE_AWS_HELP}

Exit status: 0 printed, 1 the bundle has errors, 2 usage error.

Example:
  mm-apps-deploy provision-data dist/bundle.zip > provision-data.json`;
const provisionDataCommand = {
    name: 'provision-data',
    summary: 'print the provision data (appsctl terraform generate-data) of a bundle',
    help: provision_data_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('provision-data', argv, { function: { type: 'string', multiple: true }, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS }, { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' });
        if (values.help) {
            ctx.io.out(`${provision_data_HELP}\n`);
            return 0;
        }
        const source = await openSource(positionals[0], values, ctx);
        try {
            const { result, subject } = await validateTarget(source, values.function, ctx);
            ctx.io.err(findingsBlock(subject, result.findings));
            if (!result.ok || !result.provisionData) {
                ctx.io.err(`${subject.path}: ${countFindings(result.findings)}; refusing to print provision data for a bundle that cannot be deployed\n`);
                return 1;
            }
            ctx.io.out((0,provision_data/* marshalProvisionData */.uY)(result.provisionData));
            return 0;
        }
        finally {
            source.cleanup();
        }
    },
};

;// CONCATENATED MODULE: ./src/publish/describe.ts
// Words for a publish outcome, shared by the CLI and the action (each renders them its own way).

const tagList = (tags) => tags.map((t) => `${t}=true`).join(', ');
function describePublish(o) {
    const where = `s3://${o.bucket}/${o.key}`;
    const app = `${o.manifest.appId} ${o.manifest.version}`;
    const deployed = o.existing?.deployedTags ?? [];
    const rows = [
        ['key', o.key],
        ['sha256', o.sha256],
        ['size', `${(0,format/* formatBytes */.z3)(o.size)} (${o.size.toLocaleString('en-US')} bytes)`],
    ];
    if (o.existing?.sha256 && o.existing.sha256 !== o.sha256)
        rows.push(['replaces', `sha256 ${o.existing.sha256}${deployed.length ? ` (${tagList(deployed)})` : ''}`]);
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
            if (o.dryRun)
                return { heading: `Would ${verb} ${where} with ${app} (dry run: nothing was written)`, rows, pickup: next, ok: true };
            return { heading: `Published ${app} to ${where}${o.action === 'replace' ? ` (replaced${deployed.length > 0 ? ', forced' : ''})` : ''}`, rows, pickup: next, ok: true };
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/publish.ts







const publish_HELP = `Usage: mm-apps-deploy publish PATH --bundle-bucket B [options]

Hands a bundle to the Mattermost apps cloud deployer: puts it in the deployer's
bundle bucket, which the deployer lists every hour. It deploys every .zip at
the bucket root that has no deployed_<environment>=true tag, then tags it.

First the bundle is validated as validate does, plus what the deployer needs
(the current manifest format, which it uploads as it is). Then the bucket is
read; a failure there writes nothing. The same bytes already at the key are
left alone. Other bytes at the key are replaced, unless the deployer has
deployed them (a deployed_*=true tag): then publish refuses, unless --force.
The upload has Content-Type application/zip, the SHA-256 in its metadata and
no tags, and is checked afterwards.

Options:
      --bundle-bucket B    the deployer's bundle bucket (its AppsBundleBucketName)
      --key K              the object key (default <app_id>_<version>.zip): a
                           file name at the bucket root ending in .zip, of
                           letters, digits, ".", "_" and "-"
      --force              replace other bytes at the key although the deployer
                           has deployed them (it then deploys them again)
      --dry-run            read the bucket and say what would happen; write nothing
${SOURCE_AWS_HELP.replaceAll('for s3:// sources: ', '')}
      --json               print the result as JSON on stdout
  -q, --quiet              no progress messages on stderr
      --debug              show stack traces of unexpected errors
  -h, --help               show this help

Credentials: as for provision (MM_APPS_DEPLOY_AWS_ACCESS_KEY / _SECRET_KEY, or
the AWS SDK's default chain). Needed: s3:ListBucket on the bucket, and
s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects.

${SOURCE_HELP}

Output: the key, the SHA-256, when the deployer picks it up, and the provision
data (what the deployer will deploy, as "appsctl terraform generate-data"
prints it).

Exit status: 0 published (or already there, or planned), 1 refused or failed,
2 usage error.

Examples:
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles --dry-run`;
const publishCommand = {
    name: 'publish',
    summary: "hand a bundle to Mattermost Cloud's deployer (its bundle bucket)",
    help: publish_HELP,
    async run(argv, ctx) {
        const { values, positionals } = parseCommand('publish', argv, { 'bundle-bucket': { type: 'string' }, key: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, ...SOURCE_AWS_OPTIONS, ...SOURCE_OPTIONS }, { min: 1, max: 1, names: 'PATH (a bundle .zip, s3://BUCKET/KEY or an https:// URL)' });
        if (values.help) {
            ctx.io.out(`${publish_HELP}\n`);
            return 0;
        }
        const bucket = values['bundle-bucket'];
        if (!bucket)
            throw new UsageError('publish: missing --bundle-bucket (the cloud deployer\'s bundle bucket)');
        const source = await openSource(positionals[0], values, ctx);
        const subject = { kind: 'bundle', path: source.displayName };
        try {
            // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
            const { publish } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 528));
            let outcome;
            try {
                outcome = await publish({
                    bundlePath: source.path,
                    bucket,
                    key: values.key,
                    force: values.force ?? false,
                    dryRun: values['dry-run'] ?? false,
                    now: ctx.now,
                    aws: { region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env },
                    onProgress: (m) => ctx.progress(m),
                });
            }
            catch (err) {
                if (!(err instanceof finding/* FindingsError */.NH))
                    throw err;
                if (values.json)
                    ctx.io.out(`${JSON.stringify({ ok: false, published: false, findings: findingsJson(subject, err.findings) }, null, 2)}\n`);
                else
                    ctx.io.err(`${findingsBlock(subject, err.findings)}publish refused: ${countFindings(err.findings)}; nothing was written.\n`);
                return 1;
            }
            const d = describePublish(outcome);
            if (values.json) {
                ctx.io.out(`${JSON.stringify({ ...publish_outcomeJson(subject, outcome, d.ok), ...sourceJson(source) }, null, 2)}\n`);
            }
            else {
                publish_render(subject, outcome, ctx);
            }
            return d.ok ? 0 : 1;
        }
        finally {
            source.cleanup();
        }
    },
};
function publish_render(subject, o, ctx) {
    const d = describePublish(o);
    const text = `${d.heading}\n\n${(0,format/* table */.tp)(d.rows)}\n\n${d.pickup}\n`;
    if (!d.ok) {
        ctx.io.err(text);
        return;
    }
    ctx.io.out(`${text}\nProvision data (what the deployer deploys):\n${(0,provision_data/* marshalProvisionData */.uY)(o.provisionData)}`);
    if (o.findings.length > 0)
        ctx.io.err(`\n${(0,format/* plural */.LS)(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}
function publish_outcomeJson(subject, o, ok) {
    return {
        ok,
        dryRun: o.dryRun,
        published: o.published,
        action: o.action,
        bucket: o.bucket,
        key: o.key,
        sha256: o.sha256,
        size: o.size,
        appId: o.manifest.appId,
        version: o.manifest.version,
        ...(o.existing ? { existing: o.existing } : {}),
        provisionData: (0,provision_data/* provisionDataObject */.xP)(o.provisionData),
        findings: findingsJson(subject, o.findings),
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: parses the command line, runs a command, maps outcomes to exit codes
// (0 success, 1 failure or findings with errors, 2 usage error).














const COMMANDS = [packCommand, validateCommand, provisionDataCommand, provisionCommand, registerCommand, publishCommand, initCommand, testCommand, pruneCommand, cleanCommand];
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return `Usage: mm-apps-deploy <command> [options]

Packs, validates and provisions Mattermost Apps for AWS Lambda and S3.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "mm-apps-deploy <command> --help" for a command's options.

Global options:
  -h, --help     show help
      --version  print the version
      --debug    show stack traces of unexpected errors

Environment:
  MM_APPS_DEPLOY_DATE   the date (YYYY-MM-DD) runtime deprecations are checked
                        against, instead of today (for reproducible checks)

Exit status: 0 success, 1 failure or validation errors, 2 usage error,
130 interrupted (Ctrl-C; 143 for SIGTERM): work stops before the next write,
temporary files and partial outputs are removed, and what was done is printed.
`;
}
function parseNow(env) {
    const value = env.MM_APPS_DEPLOY_DATE;
    if (!value)
        return new Date();
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(ms))
        throw new UsageError(`MM_APPS_DEPLOY_DATE must be a date like 2026-11-21, got "${value}"`);
    return new Date(ms);
}
async function main(argv, io) {
    const debug = argv.includes('--debug');
    try {
        const [name, ...rest] = argv;
        if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
            const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
            io.out(topic ? `${topic.help}\n` : overview());
            return name === undefined ? 2 : 0;
        }
        if (name === '--version' || name === '-v') {
            io.out(`${version/* VERSION */.x}\n`);
            return 0;
        }
        const command = COMMANDS.find((c) => c.name === name);
        if (!command)
            throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
        const quiet = rest.includes('--quiet') || rest.includes('-q') || rest.includes('--json');
        const ctx = {
            io,
            now: parseNow(io.env),
            debug,
            quiet,
            progress: (message) => {
                if (!quiet)
                    io.err(`${message}\n`);
            },
            ...(io.signal ? { signal: io.signal } : {}),
        };
        return await command.run(rest, ctx);
    }
    catch (caught) {
        const err = (0,fs_error/* fsFallback */.ov)(caught);
        if (err instanceof errors/* Interrupted */.j) {
            io.err(`mm-apps-deploy: ${err.message}: stopped before the next write; nothing half-written is left (temporary files and partial outputs were removed)\n`);
            return err.exitCode;
        }
        if (err instanceof UsageError) {
            io.err(`mm-apps-deploy: ${err.message}\nRun "mm-apps-deploy --help" for usage.\n`);
            return 2;
        }
        if (err instanceof errors/* UserError */.y) {
            io.err(`mm-apps-deploy: ${err.message}\n`);
            if (debug && err.stack)
                io.err(`${err.stack}\n`);
            return 1;
        }
        const e = err instanceof Error ? err : new Error(String(err));
        io.err(`mm-apps-deploy: unexpected error: ${e.message}\n`);
        io.err(debug && e.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it if it persists.\n');
        return 1;
    }
}


/***/ }),

/***/ 168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ appsctlArchiveMatches),
/* harmony export */   XS: () => (/* binding */ functionArchiveOrder),
/* harmony export */   q9: () => (/* binding */ isFunctionArchiveName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// How appsctl reads a bundle's function archives (upaws getDeployData; research §1.2): every entry
// whose extension is .zip (v1.1 and earlier) or .zip/.jar (v1.2+), at any depth, is an archive; an
// archive is matched to every manifest function whose name is a suffix of the entry name minus the
// extension, and a later match overwrites an earlier one. The cloud deployer instead opens
// "<function name>.zip" at the bundle root. A bundle works with both only if appsctl's matching
// picks exactly that file for every function.

function isFunctionArchiveName(entry) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.extname(entry);
    return ext === '.zip' || ext === '.jar';
}
/** Manifest function name → the archive entry appsctl would deploy for it, in zip order. */
function appsctlArchiveMatches(entriesInZipOrder, functionNames) {
    const matches = new Map();
    for (const entry of entriesInZipOrder) {
        if (!isFunctionArchiveName(entry))
            continue;
        const base = entry.slice(0, -node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.extname(entry).length);
        for (const fn of functionNames)
            if (base.endsWith(fn))
                matches.set(fn, entry);
    }
    return matches;
}
/**
 * The order in which the packer writes function archives: longest name first. When one function
 * name is a suffix of another ("o" and "xo"), "xo.zip" also matches "o", so "o.zip" must come
 * after it for appsctl's last-match-wins rule to pick it.
 */
function functionArchiveOrder(functionNames) {
    return [...functionNames].sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
}


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ GoRaw),
/* harmony export */   On: () => (/* binding */ GoStruct),
/* harmony export */   jL: () => (/* binding */ goMarshalIndent),
/* harmony export */   tn: () => (/* binding */ GoMap),
/* harmony export */   vy: () => (/* binding */ goMarshal)
/* harmony export */ });
/* unused harmony export goQuote */
// Go's encoding/json output, for the provision data that appsctl prints with
// json.MarshalIndent(v, "", "\t") (research/mattermost-apps-aws.md §1.5): struct fields in
// declaration order, map keys sorted by bytes, HTML-safe escaping, ": " after keys.
/** A Go struct: members keep the order given. */
class GoStruct {
    fields;
    constructor(fields) {
        this.fields = fields;
    }
}
/** A Go map with string keys: members are sorted by the UTF-8 bytes of their keys. */
class GoMap {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
/** JSON text written as it is (a value Go would decode and re-encode to the same meaning). */
class GoRaw {
    json;
    constructor(json) {
        this.json = json;
    }
}
const HEX = '0123456789abcdef';
/** encoding/json's string encoding with HTML escaping on (the default for Marshal). */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"' || ch === '\\')
            out += `\\${ch}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&')
            out += `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
        else if (c === 0x2028 || c === 0x2029)
            out += `\\u202${HEX[c & 15]}`;
        else
            out += ch;
    }
    return `${out}"`;
}
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function encode(v, indent, depth) {
    const pad = (d) => (indent ? `\n${indent.repeat(d)}` : '');
    const sep = indent ? ': ' : ':';
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return goQuote(v);
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v instanceof GoRaw)
        return v.json;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return `[${v.map((x) => pad(depth + 1) + encode(x, indent, depth + 1)).join(',')}${pad(depth)}]`;
    }
    const members = v instanceof GoStruct ? v.fields : [...v.entries.entries()].sort(([a], [b]) => byteOrder(a, b));
    if (members.length === 0)
        return '{}';
    return `{${members.map(([k, x]) => `${pad(depth + 1)}${goQuote(k)}${sep}${encode(x, indent, depth + 1)}`).join(',')}${pad(depth)}}`;
}
/** json.MarshalIndent(v, "", indent). */
function goMarshalIndent(v, indent = '\t') {
    return encode(v, indent, 0);
}
/** json.Marshal(v). */
function goMarshal(v) {
    return encode(v, '', 0);
}


/***/ }),

/***/ 5796:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ goBool),
/* harmony export */   Hq: () => (/* binding */ goAny),
/* harmony export */   PW: () => (/* binding */ goSlice),
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   WF: () => (/* binding */ goString),
/* harmony export */   cM: () => (/* binding */ goStruct),
/* harmony export */   gW: () => (/* binding */ goUnmarshal),
/* harmony export */   pU: () => (/* binding */ foldKey)
/* harmony export */ });
/* unused harmony export jsonKindName */
const goString = { kind: 'string' };
const goBool = { kind: 'bool' };
const goAny = { kind: 'any' };
const goSlice = (elem) => ({ kind: 'slice', elem });
const goStruct = (name, fields, pointer = false) => ({
    kind: 'struct',
    name,
    fields: fields.map(([n, type]) => ({ name: n, type })),
    pointer,
});
/**
 * bytes.EqualFold against an ASCII field name: ASCII letters fold to lower case, and the only
 * other runes whose simple-fold orbit holds an ASCII letter are U+017F (ſ, with s) and U+212A
 * (Kelvin sign, with k).
 */
function foldKey(s) {
    let out = '';
    for (const ch of s) {
        if (ch === '\u017f')
            out += 's';
        else if (ch === '\u212a')
            out += 'k';
        else
            out += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
    }
    return out;
}
const pathKey = (path) => path.join('\u0000');
function zeroOf(type) {
    switch (type.kind) {
        case 'string':
            return '';
        case 'bool':
            return false;
        case 'struct':
            return type.pointer ? null : zeroStruct(type);
        default:
            return null;
    }
}
function zeroStruct(type) {
    return Object.fromEntries(type.fields.map((f) => [f.name, zeroOf(f.type)]));
}
const KIND_NAMES = { object: 'object', array: 'array', string: 'string', number: 'number', bool: 'bool', null: 'null' };
function jsonKindName(node) {
    return KIND_NAMES[node.kind];
}
class Decoder {
    out = { value: null, typeErrors: [], collisions: [], sources: new Map(), unknownKeys: [] };
    decode(node, type, current, path) {
        this.out.sources.set(pathKey(path), node);
        if (node.kind === 'null') {
            // literalStore: null sets pointers, slices, maps and interfaces to nil; anything else is untouched
            return type.kind === 'slice' || type.kind === 'any' || type.kind === 'stringOrStruct' || (type.kind === 'struct' && type.pointer) ? null : current;
        }
        switch (type.kind) {
            case 'any':
                return node;
            case 'string':
                if (node.kind === 'string')
                    return node.value;
                return this.typeError(path, node, 'string', current);
            case 'bool':
                if (node.kind === 'bool')
                    return node.value;
                return this.typeError(path, node, 'bool', current);
            case 'slice': {
                if (node.kind !== 'array')
                    return this.typeError(path, node, 'array', current);
                const old = Array.isArray(current) ? current : [];
                // Go decodes element i into the slice's existing element i, when there is one.
                return node.items.map((item, i) => this.decode(item, type.elem, i < old.length ? old[i] : zeroOf(type.elem), [...path, i]));
            }
            case 'struct': {
                if (node.kind !== 'object')
                    return this.typeError(path, node, 'object', current);
                // a struct's current value is a record or nil, never a node (nodes are interface{} values)
                const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...current } : zeroStruct(type);
                return this.object(node, type, base, path);
            }
            case 'stringOrStruct': {
                // UnmarshalJSON replaces the whole value: a string sets one field, an object decodes afresh.
                if (node.kind === 'string')
                    return { ...zeroStruct(type.struct), [type.stringField]: node.value };
                if (node.kind !== 'object')
                    return this.typeError(path, node, 'string or object', current);
                return this.object(node, type.struct, zeroStruct(type.struct), path);
            }
        }
    }
    typeError(path, node, expected, current) {
        this.out.typeErrors.push({ path, node, expected });
        return current;
    }
    object(node, type, value, path) {
        const exact = new Map(type.fields.map((f) => [f.name, f]));
        const folded = new Map();
        for (const f of type.fields)
            if (!folded.has(foldKey(f.name)))
                folded.set(foldKey(f.name), f);
        const setBy = new Map();
        for (const member of node.members) {
            const field = exact.get(member.key) ?? folded.get(foldKey(member.key));
            if (!field) {
                this.out.unknownKeys.push({ path, key: member.key, keyStart: member.keyStart, value: member.value });
                continue;
            }
            const earlier = setBy.get(field.name);
            if (earlier)
                this.out.collisions.push({ path, field: field.name, first: earlier, later: member });
            setBy.set(field.name, member);
            value[field.name] = this.decode(member.value, field.type, value[field.name] ?? zeroOf(field.type), [...path, field.name]);
        }
        return value;
    }
}
/** Decodes `root` into `type` as json.Unmarshal would, reporting what Go passes over in silence. */
function goUnmarshal(root, type) {
    const d = new Decoder();
    d.out.value = d.decode(root, type, zeroOf(type.kind === 'struct' ? { ...type, pointer: false } : type), []);
    return d.out;
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ goCleanStaticURL),
/* harmony export */   Ky: () => (/* binding */ goIsValidURL),
/* harmony export */   bz: () => (/* binding */ goCleanStaticPath)
/* harmony export */ });
/* unused harmony exports goParseRequestURI, goParseURL, goPathClean */
// The parts of Go's net/url and path packages the Apps plugin validates manifests with
// (httputils.IsValidURL, utils.CleanStaticURL / CleanStaticPath; research §3.3). A WHATWG URL
// parser disagrees with Go in both directions (it accepts "https:example.com" and "http:///x",
// and rejects ports over 65535, which Go accepts), so this follows Go's url.parse (Go 1.19–1.21,
// what the plugin's releases were built with) step by step.
const isHex = (c) => /^[0-9A-Fa-f]$/.test(c);
const isAlnum = (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/** url.shouldEscape, for the modes parsing uses. */
function shouldEscape(c, mode) {
    if (isAlnum(c))
        return false;
    if ((mode === 'host' || mode === 'zone') && "!$&'()*+,;=:[]<>\"".includes(String.fromCharCode(c)))
        return false;
    const ch = String.fromCharCode(c);
    if ('-_.~'.includes(ch))
        return false;
    if ('$&+,/:;=?@'.includes(ch)) {
        if (mode === 'path')
            return ch === '?';
        if (mode === 'pathSegment')
            return '/;,?'.includes(ch);
        if (mode === 'userPassword')
            return '@/?:'.includes(ch);
        if (mode === 'fragment')
            return false;
    }
    if (mode === 'fragment' && '!()*'.includes(ch))
        return false;
    return true;
}
/** url.unescape: the bytes of `s` with %XX decoded, or the error Go returns. */
function unescape(s, mode) {
    const bytes = [];
    const raw = Buffer.from(s, 'utf8');
    for (let i = 0; i < raw.length;) {
        const c = raw[i];
        if (c === 0x25) {
            const esc = raw.subarray(i, i + 3).toString('latin1');
            if (i + 2 >= raw.length || !isHex(esc[1]) || !isHex(esc[2]))
                return { ok: false, error: `invalid URL escape "${esc}"` };
            const v = parseInt(esc.slice(1), 16);
            if (mode === 'host' && v < 0x80 && esc !== '%25')
                return { ok: false, error: `invalid URL escape "${esc}"` };
            if (mode === 'zone' && esc !== '%25' && v !== 0x20 && shouldEscape(v, 'host'))
                return { ok: false, error: `invalid URL escape "${esc}"` };
            bytes.push(v);
            i += 3;
            continue;
        }
        if ((mode === 'host' || mode === 'zone') && c < 0x80 && shouldEscape(c, mode)) {
            return { ok: false, error: `invalid character ${JSON.stringify(String.fromCharCode(c))} in host name` };
        }
        bytes.push(c);
        i++;
    }
    return { ok: true, value: Buffer.from(bytes).toString('utf8') };
}
function getScheme(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))
            continue;
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
            if (i === 0)
                return { scheme: '', rest: raw };
            continue;
        }
        if (c === 0x3a) {
            if (i === 0)
                return { error: 'missing protocol scheme' };
            return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
        }
        return { scheme: '', rest: raw };
    }
    return { scheme: '', rest: raw };
}
const validOptionalPort = (port) => port === '' || /^:[0-9]*$/.test(port);
function parseHost(host) {
    if (host.startsWith('[')) {
        const i = host.lastIndexOf(']');
        if (i < 0)
            return { ok: false, error: "missing ']' in host" };
        const colonPort = host.slice(i + 1);
        if (!validOptionalPort(colonPort))
            return { ok: false, error: `invalid port ${JSON.stringify(colonPort)} after host` };
        const zone = host.slice(0, i).indexOf('%25');
        if (zone >= 0) {
            const parts = [unescape(host.slice(0, zone), 'host'), unescape(host.slice(zone, i), 'zone'), unescape(host.slice(i), 'host')];
            for (const p of parts)
                if (!p.ok)
                    return p;
            return { ok: true, value: parts.map((p) => p.value).join('') };
        }
    }
    else {
        const i = host.lastIndexOf(':');
        if (i !== -1 && !validOptionalPort(host.slice(i)))
            return { ok: false, error: `invalid port ${JSON.stringify(host.slice(i))} after host` };
    }
    return unescape(host, 'host');
}
const USERINFO = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;
function parseAuthority(authority) {
    const at = authority.lastIndexOf('@');
    const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (!host.ok)
        return host;
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        if (!USERINFO.test(userinfo))
            return { ok: false, error: 'net/url: invalid userinfo' };
        for (const part of userinfo.includes(':') ? [userinfo.slice(0, userinfo.indexOf(':')), userinfo.slice(userinfo.indexOf(':') + 1)] : [userinfo]) {
            const u = unescape(part, 'userPassword');
            if (!u.ok)
                return u;
        }
    }
    return { ok: true, host: host.value };
}
/** url.parse(rawURL, viaRequest). */
function parse(raw, viaRequest) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(raw))
        return { ok: false, error: 'net/url: invalid control character in URL' };
    if (raw === '' && viaRequest)
        return { ok: false, error: 'empty url' };
    if (raw === '*')
        return { ok: true, scheme: '', host: '', opaque: '', path: '*' };
    const s = getScheme(raw);
    if ('error' in s)
        return { ok: false, error: s.error };
    const scheme = s.scheme.toLowerCase();
    let rest = s.rest;
    if (rest.endsWith('?') && rest.split('?').length === 2)
        rest = rest.slice(0, -1);
    else if (rest.includes('?'))
        rest = rest.slice(0, rest.indexOf('?'));
    if (!rest.startsWith('/')) {
        if (scheme !== '')
            return { ok: true, scheme, host: '', opaque: rest, path: '' };
        if (viaRequest)
            return { ok: false, error: 'invalid URI for request' };
        const segment = rest.split('/')[0];
        if (segment.includes(':'))
            return { ok: false, error: 'first path segment in URL cannot contain colon' };
    }
    let host = '';
    if ((scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
        let authority = rest.slice(2);
        rest = '';
        const slash = authority.indexOf('/');
        if (slash >= 0) {
            rest = authority.slice(slash);
            authority = authority.slice(0, slash);
        }
        const a = parseAuthority(authority);
        if (!a.ok)
            return a;
        host = a.host;
    }
    const p = unescape(rest, 'path');
    if (!p.ok)
        return p;
    return { ok: true, scheme, host, opaque: '', path: p.value };
}
/** url.ParseRequestURI: no fragment handling ("#" stays in the path). */
function goParseRequestURI(raw) {
    return parse(raw, true);
}
/** url.Parse: the fragment is split off (and must unescape) first. */
function goParseURL(raw) {
    const hash = raw.indexOf('#');
    const u = parse(hash < 0 ? raw : raw.slice(0, hash), false);
    if (!u.ok || hash < 0)
        return u;
    const frag = unescape(raw.slice(hash + 1), 'fragment');
    return frag.ok ? u : frag;
}
/** httputils.IsValidURL (utils.IsValidHTTPURL before v1.2): parses as a request URI, http(s), with a host. */
function goIsValidURL(raw) {
    const u = goParseRequestURI(raw);
    if (!u.ok)
        return u.error;
    if (u.scheme !== 'http' && u.scheme !== 'https')
        return 'URL schema must either be "http" or "https"';
    if (u.host === '')
        return 'URL must contain a host';
    return undefined;
}
/** path.Clean. */
function goPathClean(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const parts = [];
    let dotdotFloor = 0; // parts below this index are leading ".." that cannot be backtracked
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length > dotdotFloor)
                parts.pop();
            else if (!rooted) {
                parts.push('..');
                dotdotFloor = parts.length;
            }
            continue;
        }
        parts.push(seg);
    }
    const joined = parts.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
/** utils.CleanPath: path.Clean, refusing "." and anything that starts with "../". */
function cleanPath(p) {
    if (p === '')
        return { ok: false, error: 'path must not be empty' };
    const clean = goPathClean(p);
    if (clean === '.' || clean.startsWith('../'))
        return { ok: false, error: `bad path: ${JSON.stringify(p)}` };
    return { ok: true, value: clean };
}
/** utils.cleanURLPath: url.PathUnescape until nothing changes, then CleanPath. */
function cleanURLPath(got) {
    if (got === '')
        return { ok: false, error: 'empty path' };
    let escaped = got;
    for (;;) {
        const u = unescape(escaped, 'pathSegment');
        if (!u.ok)
            return u;
        if (u.value === escaped)
            break;
        escaped = u.value;
    }
    return cleanPath(escaped);
}
/**
 * utils.CleanStaticURL (plugin v1.2+): the icon may be a URL or a path; a path without a scheme
 * that starts with "/" becomes "./…". Returns the cleaned path and whether it names a static file.
 */
function goCleanStaticURL(got) {
    const u = goParseURL(got);
    if (!u.ok)
        return u;
    const p = cleanURLPath(u.path);
    if (!p.ok)
        return p;
    return { ok: true, path: u.scheme === '' && p.value.startsWith('/') ? `.${p.value}` : p.value, scheme: u.scheme };
}
/** utils.CleanStaticPath (plugin v0.7–v1.1): a clean relative path that does not start with "/". */
function goCleanStaticPath(got) {
    const p = cleanURLPath(got);
    if (!p.ok)
        return p;
    if (p.value.startsWith('/'))
        return { ok: false, error: "asset names may not start with a '/'" };
    return { ok: true, path: p.value };
}


/***/ }),

/***/ 3100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ lambdaName),
/* harmony export */   HL: () => (/* binding */ maxFunctionNameBytes),
/* harmony export */   O1: () => (/* binding */ sanitizedLambdaName),
/* harmony export */   Wj: () => (/* binding */ s3StaticName),
/* harmony export */   _P: () => (/* binding */ installCommands),
/* harmony export */   dI: () => (/* binding */ s3ManifestName),
/* harmony export */   mF: () => (/* binding */ AWS_LAMBDA_NAME),
/* harmony export */   yc: () => (/* binding */ lambdaNameIfAny)
/* harmony export */ });
/* unused harmony export MAX_LAMBDA_NAME */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Names and keys the Apps plugin recomputes from the installed manifest. They must match the Go
// implementation byte for byte, or the plugin invokes functions and reads keys that do not exist.
// Source: mattermost-plugin-apps upstream/upaws LambdaName, S3ManifestName, S3StaticName
// (unchanged since v0.7.0; research/mattermost-apps-aws.md §2). Lengths are UTF-8 bytes (Go len).

const MAX_LAMBDA_NAME = 64;
/** What AWS accepts for a bare function name (CreateFunction pattern, 64-character limit). */
const AWS_LAMBDA_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
/** The name Lambda name generation starts from: dots in app ID and version, spaces in the function name, become "-". */
function sanitizedLambdaName(appId, version, fn) {
    return `${appId.replaceAll('.', '-')}_${version.replaceAll('.', '-')}_${fn.replaceAll(' ', '-')}`;
}
/**
 * upaws.LambdaName. Names over 64 bytes fall back to `<raw appID>_<raw version>_<truncated sha256>`,
 * which keeps the dots AWS rejects: callers must check the result against AWS_LAMBDA_NAME.
 */
function lambdaName(appId, version, fn) {
    const name = sanitizedLambdaName(appId, version, fn);
    if (byteLength(name) <= MAX_LAMBDA_NAME)
        return name;
    const functionNameLength = MAX_LAMBDA_NAME - byteLength(appId) - byteLength(version) - 2;
    if (functionNameLength < 0) {
        // Go panics here (slice bound out of range); a manifest that passes validation cannot get here.
        throw new RangeError(`app_id and version are too long to form a Lambda name: ${appId} ${version}`);
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name, 'utf8').digest('hex').slice(0, functionNameLength);
    return `${appId}_${version}_${hash}`;
}
/** lambdaName, or '' when app_id and version are too long to name anything (the manifest rules report that). */
function lambdaNameIfAny(appId, version, fn) {
    try {
        return lambdaName(appId, version, fn);
    }
    catch {
        return '';
    }
}
/** The longest function name (in bytes) that keeps the Lambda name within 64 bytes. */
function maxFunctionNameBytes(appId, version) {
    return MAX_LAMBDA_NAME - byteLength(appId) - byteLength(version) - 2;
}
/** upaws.S3ManifestName. */
function s3ManifestName(appId, version) {
    return `manifests/${appId}_${version}.json`;
}
/** upaws.S3StaticName: note the `_app` suffix, and that only spaces in the asset path are replaced. */
function s3StaticName(appId, version, asset) {
    return `static/${appId}_${version}_app/${asset.replaceAll(' ', '-')}`;
}
/** Both install commands: the seed documentation's form first, then the plugin v1.0+ form. */
function installCommands(appId, version) {
    return { aws: `/apps install aws ${appId} ${version}`, listed: `/apps install listed ${appId}` };
}


/***/ }),

/***/ 7538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ provisionData),
/* harmony export */   uY: () => (/* binding */ marshalProvisionData),
/* harmony export */   xP: () => (/* binding */ provisionDataObject)
/* harmony export */ });
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3100);
// The provision ("deploy") data: what `appsctl terraform generate-data <bundle>` prints and what
// the cloud deployer consumes. upaws.DeployData (JSON tags unchanged since v0.3.0): static files
// keyed by their raw path under static/, functions keyed by their manifest name.


function provisionData(manifest, staticPaths) {
    const staticFiles = new Map();
    for (const p of staticPaths)
        staticFiles.set(p, (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .s3StaticName */ .Wj)(manifest.appId, manifest.version, p));
    return {
        staticFiles,
        lambdaFunctions: manifest.functions.map((f) => ({
            function: f.name,
            name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .lambdaName */ .FE)(manifest.appId, manifest.version, f.name),
            handler: f.handler,
            runtime: f.runtime,
        })),
        manifestKey: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .s3ManifestName */ .dI)(manifest.appId, manifest.version),
    };
}
/** Byte for byte what appsctl prints: tab-indented Go JSON and the newline from cmd.Println. */
function marshalProvisionData(pd) {
    const statics = new Map([...pd.staticFiles].map(([p, key]) => [p, new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On([['key', key]])]));
    // Go map semantics: a repeated manifest name keeps the last entry (validation refuses that case).
    const functions = new Map(pd.lambdaFunctions.map((f) => [f.function, new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On([['name', f.name], ['handler', f.handler], ['runtime', f.runtime]])]));
    const doc = new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On([
        ['static_files', new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoMap */ .tn(statics)],
        ['lambda_functions', new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoMap */ .tn(functions)],
        ['manifest_key', pd.manifestKey],
    ]);
    return `${(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .goMarshalIndent */ .jL)(doc)}\n`;
}
/** The same document as plain JSON data (for action outputs and --json). */
function provisionDataObject(pd) {
    return JSON.parse(marshalProvisionData(pd));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ Interrupted),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A problem with the user's input or environment that they can fix: front ends print its message
 * (no stack trace unless debugging) and exit 1. The message says what is wrong and what to do.
 */
class UserError extends Error {
    name = 'UserError';
}
/**
 * The run was stopped by a signal (Ctrl-C, a cancelled job). Front ends abort the core's
 * AbortSignal with it; the core stops before its next write and throws it; front ends say what was
 * done and exit 128 + the signal's number (130 for SIGINT), as shells do.
 */
class Interrupted extends Error {
    signal;
    name = 'Interrupted';
    constructor(signal) {
        super(`interrupted by ${signal}`);
        this.signal = signal;
    }
    get exitCode() {
        return 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[this.signal] ?? node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals.SIGINT);
    }
}


/***/ }),

/***/ 976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NH: () => (/* binding */ FindingsError),
  gk: () => (/* binding */ finding),
  Cs: () => (/* binding */ hasErrors),
  Tc: () => (/* binding */ sortFindings)
});

// UNUSED EXPORTS: errorsOf

;// CONCATENATED MODULE: ./src/findings/catalog.ts
const MiB = 1024 * 1024;
const bytes = (n) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB (${n.toLocaleString('en-US')} bytes)` : `${n.toLocaleString('en-US')} bytes`);
const list = (items) => items.map((i) => `"${i}"`).join(', ');
const CATALOG = {
    // ---- manifest.json ------------------------------------------------------------------------
    MMA001: {
        severity: 'error',
        title: 'manifest.json missing',
        message: (where) => `no manifest.json ${where}; every Mattermost App needs one at the root of the app directory and of the bundle`,
    },
    MMA002: {
        severity: 'error',
        title: 'manifest.json is not valid JSON',
        message: (detail) => `manifest.json is not valid JSON: ${detail}`,
    },
    MMA003: {
        severity: 'error',
        title: 'manifest.json too large',
        message: (size) => `manifest.json is ${bytes(size)}; the Apps plugin reads at most 1 MiB (1,048,576 bytes)`,
    },
    MMA004: {
        severity: 'error',
        title: 'wrong type',
        message: (field, expected, found) => `"${field}" must be ${expected}, found ${found}; the Apps plugin cannot decode this manifest`,
    },
    MMA005: {
        severity: 'warning',
        title: 'legacy manifest format',
        message: () => 'legacy (v0.7) manifest format ("app_type": "aws_lambda" with an "aws_lambda" array): the Apps plugin v1.2 and later reject it. ' +
            'pack writes the current format ("aws_lambda": {"functions": [...]}) unless given --manifest-format v0.7; update manifest.json the same way',
    },
    MMA006: {
        severity: 'error',
        title: 'legacy app_type is not aws_lambda',
        message: (appType) => `"app_type" is "${appType}"; this tool deploys AWS Lambda apps: use "aws_lambda" (or the current format, without "app_type")`,
    },
    MMA007: {
        severity: 'error',
        title: 'no "deploy" key',
        message: () => 'manifest.json has a "deploy" key, which the Apps plugin ignores: move "aws_lambda" to the top level ("aws_lambda": {"functions": [...]})',
    },
    MMA008: {
        severity: 'warning',
        title: 'duplicate JSON key',
        message: (key) => `"${key}" appears more than once in this object; the Apps plugin reads the last one (a null leaves a text field as it was). Remove the others`,
    },
    MMA009: {
        severity: 'error',
        title: 'manifest.json encoding',
        message: (detail) => `manifest.json ${detail}; save it as UTF-8 without a byte order mark`,
    },
    MMA010: {
        severity: 'error',
        title: 'app_id length',
        message: (appId, length) => `"app_id" "${appId}" is ${length} bytes; it must be 3 to 32 bytes`,
    },
    MMA011: {
        severity: 'error',
        title: 'app_id characters',
        message: (appId, chars) => `"app_id" "${appId}" contains ${list(chars)}; use only letters, digits, "-", "_" and "."`,
    },
    MMA012: {
        severity: 'error',
        title: 'version format',
        message: (version, problem) => `"version" "${version}" ${problem}`,
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
        message: (problem) => `"homepage_url" ${problem}; it must be an http or https URL with a host, e.g. "https://github.com/org/app"`,
    },
    MMA016: {
        severity: 'error',
        title: 'icon path',
        message: (icon, problem) => `"icon" "${icon}" ${problem}; give a path relative to static/, e.g. "icon.png"`,
    },
    MMA017: {
        severity: 'warning',
        title: 'icon not found',
        message: (icon) => `"icon" is "${icon}" but there is no static/${icon}; add the file or fix the path`,
    },
    MMA018: {
        severity: 'error',
        title: 'permission dependency',
        message: (permission, requires) => `requested permission "${permission}" requires "${requires}"; add "${requires}" to "requested_permissions"`,
    },
    MMA019: {
        severity: 'warning',
        title: 'unknown permission',
        message: (permission, known) => `unknown permission "${permission}" is ignored by the Apps plugin; known permissions: ${list(known)}`,
    },
    MMA020: {
        severity: 'error',
        title: 'no aws_lambda functions',
        message: () => 'manifest.json has no AWS Lambda functions: add "aws_lambda": {"functions": [{"path": "/", "name": "...", "handler": "...", "runtime": "..."}]}',
    },
    MMA021: {
        severity: 'error',
        title: 'function field empty',
        message: (index, field) => `aws_lambda function #${index + 1} has no "${field}"; every function needs "path", "name", "handler" and "runtime"`,
    },
    MMA022: {
        severity: 'error',
        title: 'duplicate function name',
        message: (name) => `function name "${name}" is used more than once; the plugin keys functions by name, so rename one`,
    },
    MMA023: {
        severity: 'error',
        title: 'function path',
        message: (name, path) => `function "${name}" has path "${path}", which no call path can match: call paths start with "/" (use "/" for the default function)`,
    },
    MMA024: {
        severity: 'error',
        title: 'Lambda name too long',
        message: (fn, sanitized, goName, cut, maxFunctionName) => `the Lambda name for function "${fn}" would be "${sanitized}" (${Buffer.byteLength(sanitized)} bytes, over 64); ` +
            `Mattermost then falls back to "${goName}", which AWS rejects (only letters, digits, "-" and "_" are allowed). ` +
            `Shorten the function name by at least ${cut} byte${cut === 1 ? '' : 's'} (to ${maxFunctionName} bytes or fewer)`,
    },
    MMA025: {
        severity: 'error',
        title: 'Lambda name characters',
        message: (fn, name, chars, source) => `the Lambda name for function "${fn}" is "${name}", which AWS rejects: it contains ${list(chars)} (from ${source}). ` +
            'Lambda names allow only ASCII letters, digits, "-" and "_"',
    },
    MMA026: {
        severity: 'error',
        title: 'Lambda name collision',
        message: (a, b, name) => `functions "${a}" and "${b}" both become Lambda function "${name}"; rename one`,
    },
    MMA027: {
        severity: 'error',
        title: 'unknown runtime',
        message: (runtime, suggestion) => `runtime "${runtime}" is not an AWS Lambda runtime${suggestion}`,
    },
    MMA028: {
        severity: 'error',
        title: 'runtime blocked',
        message: (runtime, date, hint) => `AWS blocks creating functions with runtime "${runtime}" since ${date}, and each app version is a new function; ${hint}`,
    },
    MMA029: {
        severity: 'warning',
        title: 'runtime deprecated',
        message: (runtime, state, hint) => `runtime "${runtime}" ${state}; ${hint}`,
    },
    MMA030: {
        severity: 'error',
        title: 'handler format',
        message: (fn, handler, problem) => `function "${fn}" has handler "${handler}", which ${problem}`,
    },
    MMA031: {
        severity: 'warning',
        title: 'duplicate function path',
        message: (fn, other, path) => `functions "${other}" and "${fn}" both have path "${path}"; the plugin always calls the first, so "${fn}" is never invoked`,
    },
    MMA032: {
        severity: 'warning',
        title: 'unknown location',
        message: (location, known) => `unknown location "${location}" in "requested_locations"; known locations: ${list(known)}`,
    },
    MMA033: {
        severity: 'error',
        title: 'S3 key too long',
        message: (key) => `S3 key "${key}" is longer than S3's 1,024 bytes; shorten the app_id, version or file path`,
    },
    MMA034: {
        severity: 'error',
        title: 'static file name',
        message: (name) => `static file "${name}" has a backslash or a control character in its name, which S3 keys and URLs cannot carry safely; rename it`,
    },
    MMA035: {
        severity: 'warning',
        title: 'runtime lifecycle unknown',
        message: (runtime) => `runtime "${runtime}" is known to the AWS SDK but not to this tool's lifecycle table (a preview runtime?); deprecation dates are not checked`,
    },
    MMA036: {
        severity: 'error',
        title: 'keys that differ only in case',
        message: (first, firstLine, later, field) => `"${later}" and "${first}" (line ${firstLine}) both set the field "${field}": the Apps plugin matches keys case-insensitively (Go's encoding/json) and keeps the later one, ` +
            'while other readers see two keys. Keep one, spelled in lower case',
    },
    MMA037: {
        severity: 'error',
        title: 'object or array given twice',
        message: (key, firstLine) => `"${key}" is given again (first on line ${firstLine}) with an object or array: the Apps plugin (Go's encoding/json) merges the two field by field, ` +
            'while other readers keep only the last. Keep one',
    },
    MMA038: {
        severity: 'warning',
        title: 'invalid UTF-8 in a string',
        message: () => 'a string here is not valid UTF-8 (or holds a lone \\u surrogate escape): the Apps plugin reads each bad byte as U+FFFD "\ufffd", so the text is not what you wrote. Save the file as UTF-8',
    },
    MMA039: {
        severity: 'error',
        title: 'deploy section invalid',
        message: (section, problem) => `"${section}" ${problem}; the Apps plugin rejects the whole manifest (Deploy.Validate, v1.0+). Fix the section or remove it`,
    },
    MMA040: {
        severity: 'warning',
        title: 'unknown expand level',
        message: (call, key, level) => `"${call}.expand.${key}" is "${level}", which is not an expand level ("", "none", "id", "summary", "all", optionally after "+" or "-"). ` +
            'The plugin installs the app but fails this call (stricter than the plugin, which checks levels only when it calls)',
    },
    MMA041: {
        severity: 'warning',
        title: 'icon read differently by plugin versions',
        message: (icon, problem) => `"icon" "${icon}" ${problem}`,
    },
    MMA042: {
        severity: 'warning',
        title: 'app_type in a current manifest',
        message: (appType) => `"app_type" is "${appType}" in a current-format manifest: Apps plugin v1.0 and v1.1 then read the file as a v0.7 manifest and deploy it as that type. Remove "app_type"`,
    },
    // ---- function sources and archives ------------------------------------------------------------
    MMA100: {
        severity: 'error',
        title: 'function source missing',
        message: (fn, tried) => `no source for function "${fn}": looked for ${tried.join(' and ')}. Build it there, or map it with --function ${fn}=PATH (action input "functions")`,
    },
    MMA101: {
        severity: 'error',
        title: 'function source ambiguous',
        message: (fn, dir, zip) => `function "${fn}" has both ${dir} and ${zip}; remove one, or choose with --function ${fn}=PATH`,
    },
    MMA102: {
        severity: 'error',
        title: 'unknown function mapping',
        message: (fn, known) => `--function names "${fn}", which is not a function in manifest.json; functions: ${list(known)}`,
    },
    MMA103: {
        severity: 'error',
        title: 'symbolic link outside the app',
        message: (link, target, root) => `symbolic link ${link} points to ${target}, outside ${root}; the bundle may only contain files from inside it. Copy the file in or remove the link`,
    },
    MMA104: {
        severity: 'error',
        title: 'function source empty',
        message: (fn, source) => `the source of function "${fn}" (${source}) contains no files`,
    },
    MMA105: {
        severity: 'error',
        title: 'handler file missing',
        message: (fn, handler, expected, hint) => `function "${fn}": handler "${handler}" needs ${expected.join(' or ')} at the root of the function archive, and there is none${hint}`,
    },
    MMA106: {
        severity: 'error',
        title: 'bootstrap missing or not executable',
        message: (fn, runtime, problem) => `function "${fn}" uses runtime "${runtime}", which runs an executable named "bootstrap" at the root of the archive; ${problem}`,
    },
    MMA107: {
        severity: 'error',
        title: 'function archive over 50 MB',
        message: (fn, size) => `function "${fn}" zips to ${bytes(size)}; AWS Lambda accepts at most 50 MB (52,428,800 bytes) uploaded directly. Remove development dependencies, bundle and minify the code, or move large assets to static/`,
    },
    MMA108: {
        severity: 'error',
        title: 'function over 250 MB unzipped',
        message: (fn, size) => `function "${fn}" is ${bytes(size)} unzipped; AWS Lambda allows at most 250 MB (262,144,000 bytes) for a function and its layers`,
    },
    MMA109: {
        severity: 'error',
        title: 'function source type',
        message: (fn, source) => `the source of function "${fn}" (${source}) is neither a directory nor a .zip file`,
    },
    MMA110: {
        severity: 'error',
        title: 'directory reached by two paths',
        message: (link, first, loop) => loop
            ? `symbolic link ${link} leads back to ${first}, which contains it: a loop. A zip holds no links, so the loop would be packed without end; remove the link`
            : `${link} is the same directory as ${first}, through a symbolic link; a zip holds no links, so its files would be packed twice (with pnpm's node_modules: install with node-linker=hoisted, or bundle the function). Remove the link or copy the directory`,
    },
    MMA111: {
        severity: 'warning',
        title: 'file reached by several paths',
        message: (tree, count, examples) => `${count === 1 ? 'a path' : `${count.toLocaleString('en-US')} paths`} in ${tree} ${count === 1 ? 'is a symbolic link' : 'are symbolic links'} to files packed under another path, and ${count === 1 ? 'is' : 'are'} left out (a zip holds no links; each file is packed once): ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Copy the file if both paths are needed`,
    },
    MMA112: {
        severity: 'error',
        title: 'not a regular file or directory',
        message: (p, kind) => `${p} is a ${kind}, not a regular file or directory; only files can be packed. Remove it or replace it with a file`,
    },
    MMA113: {
        severity: 'error',
        title: 'unreadable file or directory',
        message: (p, cause, advice) => `cannot read ${p}: ${cause}; ${advice}`,
    },
    // ---- zip archives read from disk --------------------------------------------------------------
    MMA120: {
        severity: 'error',
        title: 'not a readable zip',
        message: (what, detail) => `${what} is not a readable zip archive (${detail}); rebuild it`,
    },
    MMA121: {
        severity: 'error',
        title: 'unsafe entry name',
        message: (what, name, problem) => `${what} has an entry "${name}" that ${problem}; archives must hold clean relative paths`,
    },
    MMA122: {
        severity: 'error',
        title: 'symbolic link entry',
        message: (what, name) => `${what} has a symbolic link entry "${name}"; store the file itself (zip -y would keep links)`,
    },
    MMA123: {
        severity: 'error',
        title: 'duplicate entry',
        message: (what, name) => `${what} has more than one entry named "${name}"; readers disagree on which one wins`,
    },
    MMA124: {
        severity: 'error',
        title: 'encrypted entry',
        message: (what, name) => `${what} has an encrypted entry "${name}"; AWS Lambda and the Apps plugin cannot read it`,
    },
    MMA125: {
        severity: 'error',
        title: 'too many entries',
        message: (what, count, max) => `${what} has ${count.toLocaleString('en-US')} entries, more than the ${max.toLocaleString('en-US')} this tool reads`,
    },
    MMA126: {
        severity: 'error',
        title: 'too large unzipped',
        message: (what, size, max) => `${what} unzips to ${bytes(size)}, more than the ${bytes(max)} this tool reads`,
    },
    MMA127: {
        severity: 'error',
        title: 'suspicious compression ratio',
        message: (what, name, ratio) => `${what} has an entry "${name}" compressed ${Math.round(ratio)}:1, which looks like a decompression bomb; it is not read`,
    },
    MMA128: {
        severity: 'error',
        title: 'unsupported compression',
        message: (what, name, method) => `${what} has an entry "${name}" compressed with method ${method}; only stored (0) and deflate (8) are supported everywhere`,
    },
    MMA129: {
        severity: 'error',
        title: 'corrupt entry data',
        message: (what, name, detail) => `${what} is corrupt: its entry "${name}" ${detail}; Go's archive/zip, which appsctl uses, refuses it too (for instance "zip: checksum error"). Rebuild the archive; reading it again will not help`,
    },
    MMA130: {
        severity: 'error',
        title: 'local header disagrees with the central directory',
        message: (what, name, detail) => `${what} is corrupt: the local header of entry "${name}" ${detail}; readers that trust one or the other would see different files. Rebuild the archive`,
    },
    MMA131: {
        severity: 'error',
        title: 'overlapping entries',
        message: (what, count, first, second) => `${what} has ${count.toLocaleString('en-US')} entries whose data overlap (first "${first}" and "${second}"): many names for the same compressed bytes is how zip bombs multiply their size. Rebuild the archive`,
    },
    MMA132: {
        severity: 'error',
        title: 'entry data outside the entry area',
        message: (what, name, detail) => `${what} has an entry "${name}" whose data ${detail}; it is not a well-formed zip. Rebuild the archive`,
    },
    MMA133: {
        severity: 'error',
        title: 'suspicious overall compression ratio',
        message: (what, size, compressedSize) => `${what} unzips to ${bytes(size)} from ${bytes(compressedSize)} of compressed data (${Math.round(size / Math.max(1, compressedSize))}:1 overall), which looks like a decompression bomb; it is not read`,
    },
    MMA134: {
        severity: 'error',
        title: 'static/ too large',
        message: (size, max) => `static/ holds ${bytes(size)}, more than the ${bytes(max)} a bundle may carry; serve large media from elsewhere (a CDN, or a URL the app fetches)`,
    },
    // ---- bundle layout ----------------------------------------------------------------------------
    MMA201: {
        severity: 'error',
        title: 'extra manifest.json',
        message: (name) => `"${name}" ends in "manifest.json": Apps plugin v1.1 and the cloud deployer take any such entry as the manifest (the last one wins). Rename or remove it`,
    },
    MMA202: {
        severity: 'error',
        title: 'function archive not at the root',
        message: (name) => `"${name}" is an archive below the bundle root; appsctl would take it for a function archive, and the cloud deployer only finds "<function name>.zip" at the root. Move it to the root or remove it`,
    },
    MMA203: {
        severity: 'error',
        title: 'archive under static/',
        message: (name) => `"${name}" is a .zip or .jar under static/: appsctl treats such entries as function archives, not static assets. Rename it (e.g. add ".bin") or serve it from elsewhere`,
    },
    MMA204: {
        severity: 'error',
        title: 'directory entry under static/',
        message: (name) => `"${name}" is a directory entry: appsctl uploads it as an empty asset and the cloud deployer fails on it. Rebuild the bundle without directory entries (zip -D)`,
    },
    MMA205: {
        severity: 'error',
        title: 'function archive missing',
        message: (fn) => `the bundle has no "${fn}.zip" at its root for function "${fn}"`,
    },
    MMA206: {
        severity: 'error',
        title: 'function archive mismatch',
        message: (fn, archive) => `appsctl matches function archives by suffix and would deploy "${archive}" as function "${fn}" (it comes later in the zip than "${fn}.zip"); reorder or rename the archives`,
    },
    MMA207: {
        severity: 'warning',
        title: 'unused function archive',
        message: (name) => `"${name}" matches no function in manifest.json and is ignored; remove it`,
    },
    MMA208: {
        severity: 'warning',
        title: 'function archive compressed in the bundle',
        message: (name) => `"${name}" is deflated inside the bundle; appsctl v1.0 and v1.1 fail to read deflated function archives. Store them (zip -0, or Info-ZIP's default for .zip files)`,
    },
    MMA209: {
        severity: 'warning',
        title: 'ignored entry',
        message: (name) => `"${name}" is not manifest.json, a function archive or under static/, so every consumer ignores it; remove it`,
    },
    MMA210: {
        severity: 'error',
        title: '.jar function archive',
        message: (name) => `"${name}" is a .jar function archive; the cloud deployer only deploys "<function name>.zip". Repackage it as a .zip`,
    },
    MMA220: {
        severity: 'error',
        title: 'two static files, one S3 key',
        message: (first, second, key) => `"${first}" and "${second}" are both uploaded as "${key}" (S3 keys have spaces as "-", as the Apps plugin computes them), so each provision would replace one with the other. Rename one of them`,
    },
    // ---- publishing to the cloud deployer ---------------------------------------------------------
    MMA240: {
        severity: 'error',
        title: 'legacy manifest format in a published bundle',
        message: () => 'the bundle\'s manifest.json has the legacy format ("app_type": "aws_lambda" with an "aws_lambda" array). The cloud deployer uploads manifest.json as it is, ' +
            'and the Apps plugin v1.2 and later reject that format. Rebuild the bundle with mm-apps-deploy pack, or move the functions to "aws_lambda": {"functions": [...]}',
    },
    MMA241: {
        severity: 'warning',
        title: 'bundle key beyond the deployer\'s first 1,000 keys',
        message: (key, bucket, last) => `"${key}" sorts after the first 1,000 keys of bucket ${bucket} (the 1,000th is "${last}"), and the cloud deployer reads only that first page of the listing: ` +
            'it will not see this bundle. Remove bundles it has deployed (tag deployed_<environment>=true) from the bucket, or choose a key that sorts earlier',
    },
    // ---- release checks ---------------------------------------------------------------------------
    MMA301: {
        severity: 'error',
        title: 'version does not match the tag',
        message: (version, tag) => `manifest "version" is "${version}" but the pushed tag is "${tag}"; make them the same (a leading "v" on either side is ignored), or set the action input version-check to warn or off`,
    },
};

;// CONCATENATED MODULE: ./src/findings/finding.ts

/** Builds a finding from the catalog: its severity and message text live there, not at call sites. */
function finding(code, location, ...params) {
    const def = CATALOG[code];
    const message = def.message(...params);
    return location ? { code, severity: def.severity, message, location } : { code, severity: def.severity, message };
}
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}
function errorsOf(findings) {
    return findings.filter((f) => f.severity === 'error');
}
/** Errors first, then by file, line and column, so output is stable and the worst comes first. */
function sortFindings(findings) {
    const rank = (f) => (f.severity === 'error' ? 0 : 1);
    return [...findings].sort((a, b) => rank(a) - rank(b) ||
        (a.location?.path ?? '').localeCompare(b.location?.path ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        a.code.localeCompare(b.code));
}
/** Thrown by a step that cannot go on; carries the findings that explain why. */
class FindingsError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => `${f.code}: ${f.message}`).join('\n'));
        this.findings = findings;
        this.name = 'FindingsError';
    }
}


/***/ }),

/***/ 7619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   d1: () => (/* binding */ landingPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8564);
// Confinement: a path read for packing must, once every symbolic link is resolved, still be inside
// its boundary (the app directory, or a source mapped from outside it). Paths are compared as real
// paths, so "..", links and links to links are all seen through.



/** Whether `child` is `parent` or below it; both absolute and normalised. */
function isInside(child, parent) {
    if (child === parent)
        return true;
    return child.startsWith(parent.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? parent : parent + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
/**
 * Resolves `p` (which may not exist) and checks that its real path is inside `realBoundary` (a
 * real path itself). `viaLink` says whether any component of `p` below the boundary was a link.
 */
function resolveInside(p, realBoundary) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, problem: 'missing' };
        return { ok: false, problem: 'unreadable', error: err };
    }
    if (!isInside(real, realBoundary))
        return { ok: false, problem: 'outside', real };
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch (err) {
        return { ok: false, problem: 'unreadable', error: err };
    }
    return { ok: true, real, stats, kind: (0,_file_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(stats), viaLink: real !== node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p) };
}
/**
 * Where a file written at `p` lands: the real path of its directory (the nearest existing
 * ancestor, resolved, plus the components that do not exist yet) joined with its name. The name
 * itself is not followed: a bundle written there replaces whatever has that name.
 */
function landingPath(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(abs)];
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs);
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir), ...rest);
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
            if (parent === dir)
                return abs;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dir));
            dir = parent;
        }
    }
}


/***/ }),

/***/ 8564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   t: () => (/* binding */ READ_FLAGS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// What a path is, in words, and the open flags that read a file without surprises.

function kindOf(st) {
    if (st.isFile())
        return 'file';
    if (st.isDirectory())
        return 'directory';
    if (st.isSymbolicLink())
        return 'symbolic link';
    if (st.isFIFO())
        return 'FIFO (named pipe)';
    if (st.isSocket())
        return 'socket';
    if (st.isCharacterDevice())
        return 'character device';
    if (st.isBlockDevice())
        return 'block device';
    return 'special file';
}
/**
 * Flags for opening an input: O_NONBLOCK so that a path swapped for a FIFO after it was checked
 * cannot block the open waiting for a writer, O_NOFOLLOW so that a final component swapped for a
 * link is refused (ELOOP) instead of followed. Both are 0 where the platform lacks them.
 */
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ withFsContext),
/* harmony export */   cZ: () => (/* binding */ describeErrno),
/* harmony export */   dZ: () => (/* binding */ toUserError),
/* harmony export */   hX: () => (/* binding */ fsErrorMessage),
/* harmony export */   ov: () => (/* binding */ fsFallback),
/* harmony export */   r: () => (/* binding */ isErrno)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The one place where an operating-system error on a file becomes a message a person can act on:
// what we were doing, the path, what went wrong in words, and what to do. The core wraps the
// operations it knows the purpose of (reading the app, writing the bundle); the front ends pass
// anything that still escapes through toUserError, so no "unexpected error: EACCES" reaches a user.

function isErrno(err) {
    return err instanceof Error && typeof err.code === 'string' && /^E[A-Z0-9]+$/.test(err.code);
}
/** errno → [what it means, what to do when reading, what to do when writing]. */
const ERRNO = {
    EACCES: ['permission denied', 'make it readable by the user that runs mm-apps-deploy (chmod)', 'choose a location this user may write to, or fix its permissions'],
    EPERM: ['operation not permitted', 'make it readable by the user that runs mm-apps-deploy', 'choose a location this user may write to'],
    ENOENT: ['no such file or directory', 'check the path', 'choose an output in an existing, writable directory'],
    ENOTDIR: ['a part of the path is not a directory', 'check the path', 'choose an output whose parent is a directory'],
    EISDIR: ['it is a directory', 'give a file', 'a directory has that name: remove it, or write elsewhere'],
    EEXIST: ['it already exists', 'check the path', 'remove it or choose another name'],
    ENOSPC: ['no space left on the device', 'free some space', 'free some space on that device, or write elsewhere (TMPDIR for temporary files)'],
    EDQUOT: ['the disk quota is exceeded', 'free some space', 'free some space, or write elsewhere'],
    EFBIG: ['the file is larger than this file system or process limit allows (ulimit -f)', 'check the file', 'raise the limit or write elsewhere'],
    EROFS: ['the file system is read-only', 'check the path', 'choose a writable location'],
    ENAMETOOLONG: ['the name is too long', 'use a shorter path', 'use a shorter path'],
    ELOOP: ['too many levels of symbolic links', 'remove the link loop', 'remove the link loop'],
    EMFILE: ['too many open files', 'raise the open-file limit (ulimit -n)', 'raise the open-file limit (ulimit -n)'],
    ENFILE: ['too many open files on the system', 'try again when fewer files are open', 'try again when fewer files are open'],
    EIO: ['an input/output error (a failing disk or network file system)', 'check the device', 'check the device'],
    EBUSY: ['the resource is busy', 'try again', 'try again'],
    ETXTBSY: ['the file is busy', 'try again', 'try again'],
    EAGAIN: ['the file is not ready (a pipe or a device?)', 'give a regular file', 'give a regular file'],
    ENXIO: ['no such device (a pipe with no writer, or a socket?)', 'give a regular file', 'give a regular file'],
    ESPIPE: ['it is a pipe, not a file', 'give a regular file', 'give a regular file'],
    EXDEV: ['it is on another device', 'check the path', 'write the output on the same device as its directory'],
};
/** An operating-system error in words: its cause, and what to do about it when reading or writing. */
function describeErrno(err, direction) {
    const known = ERRNO[err.code];
    if (known)
        return { cause: `${known[0]} (${err.code})`, advice: known[direction === 'read' ? 1 : 2] };
    return { cause: `${err.code}${err.syscall ? ` in ${err.syscall}` : ''}`, advice: direction === 'read' ? 'check the file and try again' : 'check the output location and try again' };
}
/** The message for an operating-system error: doing, path, cause, advice. */
function fsErrorMessage(err, context) {
    const where = context.path ?? err.path;
    const { cause, advice } = describeErrno(err, context.direction);
    return `${context.doing}${where ? ` ${where}` : ''}: ${cause}; ${advice}`;
}
/** An operating-system error as a UserError with context; anything else is returned as it is. */
function toUserError(err, context) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y || !isErrno(err))
        return err;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(fsErrorMessage(err, context), { cause: err });
}
/** Runs `work`, turning operating-system errors into UserErrors that say what was being done. */
async function withFsContext(context, work) {
    try {
        return await work();
    }
    catch (err) {
        throw toUserError(err, context);
    }
}
const WRITE_SYSCALLS = new Set(['write', 'writev', 'mkdir', 'mkdtemp', 'rename', 'unlink', 'rmdir', 'rm', 'copyfile', 'ftruncate', 'fsync', 'symlink', 'link', 'chmod', 'utime']);
/**
 * For the front ends: an operating-system error that escaped the core (which wraps the operations
 * it knows the purpose of) still becomes a UserError naming the path, reading or writing as its
 * system call says.
 */
function fsFallback(err) {
    if (!isErrno(err) || err.path === undefined)
        return err;
    const write = WRITE_SYSCALLS.has(err.syscall ?? '');
    return toUserError(err, { doing: write ? 'cannot write' : 'cannot read', direction: write ? 'write' : 'read' });
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ targetKind)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _file_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8564);
/* harmony import */ var _fs_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7523);
// What the user named as the thing to validate or provision: an app directory or a bundle file.
// Anything else (a FIFO, a socket, a device) is refused before it is opened: opening a FIFO for
// reading blocks until someone writes to it.




function targetKind(target, given = target) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${given} does not exist; give an app directory (with manifest.json) or a bundle .zip`);
        throw (0,_fs_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toUserError */ .dZ)(err, { doing: 'cannot read', path: given, direction: 'read' });
    }
    if (st.isDirectory())
        return 'dir';
    if (st.isFile())
        return 'file';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${given} is a ${(0,_file_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(st)}; give an app directory (with manifest.json) or a bundle .zip file`);
}


/***/ }),

/***/ 3151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ MAX_HANDLER_LENGTH),
/* harmony export */   Z4: () => (/* binding */ MAX_UNZIPPED_BYTES),
/* harmony export */   gC: () => (/* binding */ MAX_ZIPPED_BYTES),
/* harmony export */   oV: () => (/* binding */ MAX_S3_KEY_BYTES)
/* harmony export */ });
// AWS Lambda package limits (research/aws-lambda-s3.md §1.2, Lambda quotas page).
/** CodeSizeZipped: the largest zip accepted by direct upload (ZipFile). */
const MAX_ZIPPED_BYTES = 52_428_800;
/** CodeSizeUnzipped: function and layers together. */
const MAX_UNZIPPED_BYTES = 262_144_000;
/** The Handler field: 0–128 characters, no whitespace. */
const MAX_HANDLER_LENGTH = 128;
/** S3 object keys are at most 1,024 bytes of UTF-8. */
const MAX_S3_KEY_BYTES = 1024;


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lk: () => (/* binding */ runtimeFamily),
  hE: () => (/* binding */ runtimeFindings),
  By: () => (/* binding */ sdkRuntimesFor)
});

// UNUSED EXPORTS: DEPRECATION_WARNING_DAYS, lifecycleOf, newestInFamily

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
;// CONCATENATED MODULE: ./src/lambda/runtime-table.ts
// AWS Lambda runtime lifecycle dates, as data. Source: the AWS runtimes page
// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) as summarised in
// research/aws-lambda-s3.md §1.3 on 2026-11-21. AWS moves projected dates: re-check before each
// release. After `deprecated` a runtime gets no patches; after `blockCreate` CreateFunction
// refuses it; after `blockUpdate` updates are refused too. `retired` runtimes are blocked for
// both and their dates are no longer listed.
const RUNTIME_TABLE_CHECKED = '2026-11-21';
const RUNTIMES = [
    // supported
    { id: 'nodejs24.x', deprecated: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
    { id: 'nodejs22.x', deprecated: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
    { id: 'python3.14', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
    { id: 'python3.13', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
    { id: 'python3.12', deprecated: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10' },
    { id: 'python3.11', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
    { id: 'java25', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
    { id: 'java21', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
    { id: 'java17.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
    { id: 'java11.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
    { id: 'java8.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
    { id: 'java17', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
    { id: 'java11', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
    { id: 'java8.al2', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
    { id: 'dotnet10', deprecated: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15' },
    { id: 'ruby4.0', deprecated: '2029-03-31', blockCreate: '2029-04-30', blockUpdate: '2029-05-31' },
    { id: 'ruby3.4', deprecated: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31' },
    { id: 'ruby3.3', deprecated: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31' },
    { id: 'provided.al2023', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
    // deprecated, still creatable until blockCreate
    { id: 'dotnet8', deprecated: '2026-11-10', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'python3.10', deprecated: '2026-10-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'provided.al2', deprecated: '2026-07-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'nodejs20.x', deprecated: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'ruby3.2', deprecated: '2026-03-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'python3.9', deprecated: '2025-12-15', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'nodejs18.x', deprecated: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'dotnet6', deprecated: '2024-12-20', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'python3.8', deprecated: '2024-10-14', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    { id: 'nodejs16.x', deprecated: '2024-06-12', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
    // creation blocked, updates allowed until blockUpdate
    { id: 'go1.x', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
    { id: 'provided', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
    { id: 'java8', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
    { id: 'nodejs14.x', deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
    { id: 'python3.7', deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
    { id: 'ruby2.7', deprecated: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
    // retired: creation and updates blocked (dotnet5.0, dotnet7 and dotnet9 were container-only)
    ...['nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'python2.7', 'python3.6',
        'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'ruby2.5', 'dotnet5.0', 'dotnet7', 'dotnet9'].map((id) => ({ id, retired: true })),
];

;// CONCATENATED MODULE: ./src/lambda/runtimes.ts
// Runtime checks against the lifecycle table and the AWS SDK's list of runtimes.


/** Lambda emails owners 60 days before a deprecation and Trusted Advisor warns at 120; so do we. */
const DEPRECATION_WARNING_DAYS = 120;
const DAY = 86_400_000;
const TABLE = new Map(RUNTIMES.map((r) => [r.id, r]));
/**
 * The runtimes the AWS SDK knows (its Runtime enum), loaded only when a manifest names a runtime
 * that is not in our table: the SDK is large, and pack and validate should start fast.
 */
async function sdkRuntimesFor(runtimes) {
    if ([...runtimes].every((r) => r === '' || TABLE.has(r)))
        return new Set();
    const { Runtime } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(696)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1696, 19));
    return new Set(Object.values(Runtime));
}
function runtimeFamily(id) {
    if (id === 'go1.x')
        return 'go';
    const m = /^(nodejs|python|ruby|java|dotnet|provided)/.exec(id);
    return m?.[1] ?? 'other';
}
function lifecycleOf(id) {
    return TABLE.get(id);
}
const day = (iso) => Date.parse(`${iso}T00:00:00Z`);
/** The supported runtime of a family that stays supported longest (e.g. nodejs → nodejs24.x). */
function newestInFamily(family, now) {
    const candidates = RUNTIMES.filter((r) => runtimeFamily(r.id) === family && r.deprecated && day(r.deprecated) > now.getTime() && r.blockCreate);
    candidates.sort((a, b) => day(b.deprecated) - day(a.deprecated) || b.id.localeCompare(a.id, 'en', { numeric: true }));
    return candidates[0]?.id;
}
function upgradeHint(id, now) {
    const family = runtimeFamily(id);
    if (family === 'go') {
        return 'move to "provided.al2023": build the Go binary as an executable named "bootstrap" (GOOS=linux, -tags lambda.norpc) at the root of the function archive';
    }
    const newest = family === 'provided' ? 'provided.al2023' : newestInFamily(family, now);
    return newest ? `move to "${newest}"` : 'move to a supported runtime';
}
function suggestion(id, sdkRuntimes) {
    const known = [...TABLE.keys(), ...sdkRuntimes];
    const close = known.find((k) => k === `${id}.x` || k.toLowerCase() === id.toLowerCase() || k.replace(/\.x$/, '') === id.replace(/\.x$/, ''));
    return close ? `; did you mean "${close}"?` : '; see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
}
/**
 * Findings for one function's runtime at date `now`. Every app version creates new functions, so
 * creation dates apply. `sdkRuntimes` comes from sdkRuntimesFor.
 */
function runtimeFindings(id, location, now, sdkRuntimes) {
    const entry = TABLE.get(id);
    if (!entry) {
        if (sdkRuntimes.has(id))
            return [(0,finding/* finding */.gk)('MMA035', location, id)];
        return [(0,finding/* finding */.gk)('MMA027', location, id, suggestion(id, sdkRuntimes))];
    }
    if (entry.retired)
        return [(0,finding/* finding */.gk)('MMA028', location, id, 'an earlier date (it is retired)', upgradeHint(id, now))];
    const t = now.getTime();
    if (entry.blockCreate && t >= day(entry.blockCreate))
        return [(0,finding/* finding */.gk)('MMA028', location, id, entry.blockCreate, upgradeHint(id, now))];
    if (entry.deprecated) {
        const deprecatedAt = day(entry.deprecated);
        const blockNote = entry.blockCreate ? `, and AWS blocks creating functions with it from ${entry.blockCreate}` : '';
        if (t >= deprecatedAt)
            return [(0,finding/* finding */.gk)('MMA029', location, id, `is deprecated since ${entry.deprecated} (no more security patches)${blockNote}`, upgradeHint(id, now))];
        const days = Math.ceil((deprecatedAt - t) / DAY);
        if (days <= DEPRECATION_WARNING_DAYS) {
            return [(0,finding/* finding */.gk)('MMA029', location, id, `will be deprecated on ${entry.deprecated} (in ${days} days)${blockNote}`, upgradeHint(id, now))];
        }
    }
    return [];
}


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xk: () => (/* binding */ CALL_FIELDS),
/* harmony export */   Yy: () => (/* binding */ EXPAND_KEYS),
/* harmony export */   _W: () => (/* binding */ MANIFEST_V1),
/* harmony export */   nR: () => (/* binding */ MANIFEST_V0_7)
/* harmony export */ });
/* harmony import */ var _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5796);
// The Go types the Apps plugin decodes manifest.json into (research §3.1, §3.2): apps.Manifest
// with its embedded Deploy (plugin v1.0 and later), and apps.ManifestV0_7 (plugin v0.7, and the
// fallback of v1.0–v1.1's DecodeCompatibleManifest, apps/schema_version.go).

/** apps.Expand: every level is an ExpandLevel (a string); unknown keys are ignored. */
const expand = (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('Expand', ['app', 'acting_user', 'acting_user_access_token', 'locale', 'channel', 'channel_member', 'team', 'team_member', 'post', 'root_post', 'user', 'oauth2_app', 'oauth2_user'].map((n) => [n, _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF]), true);
const EXPAND_KEYS = expand.kind === 'struct' ? expand.fields.map((f) => f.name) : [];
/** *apps.Call: its UnmarshalJSON takes a bare string (the path) or {path, expand, state}. */
const call = {
    kind: 'stringOrStruct',
    name: 'Call',
    stringField: 'path',
    struct: (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('Call', [
        ['path', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
        ['expand', expand],
        ['state', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goAny */ .Hq],
    ]),
};
const CALL_FIELDS = ['bindings', 'on_install', 'on_version_changed', 'on_uninstall', 'on_enable', 'on_disable', 'get_oauth2_connect_url', 'on_oauth2_complete', 'on_remote_webhook'];
const lambdaFunction = (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('AWSLambdaFunction', [
    ['path', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['name', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['handler', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['runtime', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
]);
const common = [
    ['app_id', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['version', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['homepage_url', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['display_name', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['description', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['icon', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
];
/** apps.Manifest at v1.2.x (Deploy embedded, so its members sit at the top level; no "deploy" key). */
const MANIFEST_V1 = (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('Manifest', [
    ['SchemaVersion', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ...common,
    ...CALL_FIELDS.map((n) => [n, call]),
    ['requested_permissions', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)],
    ['remote_webhook_auth_type', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['requested_locations', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)],
    ['aws_lambda', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('AWSLambda', [['functions', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(lambdaFunction)]], true)],
    [
        'http',
        (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('HTTP', [
            ['root_url', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
            ['use_jwt', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goBool */ .B7],
        ], true),
    ],
    ['open_faas', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('OpenFAAS', [['functions', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)((0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('OpenFAASFunction', [['path', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF], ['name', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF]]))]], true)],
    ['plugin', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('Plugin', [['plugin_id', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF]], true)],
]);
/** apps.ManifestV0_7: "app_type" and a top-level "aws_lambda" array. */
const MANIFEST_V0_7 = (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('ManifestV0_7', [
    ...common.slice(0, 2),
    ['app_type', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ...common.slice(2),
    ...CALL_FIELDS.filter((n) => n !== 'on_remote_webhook').map((n) => [n, call]),
    ['requested_permissions', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)],
    ['requested_locations', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)],
    ['root_url', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
    ['aws_lambda', (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)(lambdaFunction)],
    ['plugin_id', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
]);


/***/ }),

/***/ 3838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ legacyToCurrent),
/* harmony export */   N9: () => (/* binding */ MANIFEST_FORMATS),
/* harmony export */   Up: () => (/* binding */ currentToLegacy),
/* harmony export */   wv: () => (/* binding */ topLevelMember)
/* harmony export */ });
/* harmony import */ var _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5796);
// The two manifest shapes (research §3.1, §3.2) and the conversion between them, made as small
// edits of the file's own bytes: everything else (order, formatting, unknown keys, strings exactly
// as written) reaches the bundle unchanged.
//   current (plugin v1.0+):  "aws_lambda": {"functions": [ … ]}
//   v0.7 (plugin v0.7, read by v1.0–v1.1, rejected by v1.2+): "app_type": "aws_lambda", "aws_lambda": [ … ]

const MANIFEST_FORMATS = ['current', 'v0.7'];
function applyEdits(bytes, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    let at = 0;
    for (const e of sorted) {
        parts.push(bytes.subarray(at, e.start), Buffer.from(e.text, 'utf8'));
        at = e.end;
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts);
}
/** Edits that remove `remove` (members of `obj`) together with one comma each, keeping the rest as written. */
function removals(obj, remove) {
    const m = obj.members;
    const edits = [];
    let lastKept = -1;
    for (let k = 0; k < m.length; k++)
        if (!remove.has(m[k]))
            lastKept = k;
    for (let k = 0; k < m.length; k++) {
        if (!remove.has(m[k]))
            continue;
        if (k < lastKept) {
            edits.push({ start: m[k].keyStart, end: m[k + 1].keyStart, text: '' });
        }
        else {
            // the trailing run of removed members goes with the comma before it
            edits.push({ start: lastKept >= 0 ? m[lastKept].value.end : m[0].keyStart, end: m[m.length - 1].value.end, text: '' });
            break;
        }
    }
    return edits;
}
/** The member that Go reads for `field` at the top level: the last key that folds to it. */
function topLevelMember(root, field) {
    let found;
    for (const member of root.members)
        if ((0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .foldKey */ .pU)(member.key) === (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .foldKey */ .pU)(field))
            found = member;
    return found;
}
function raw(bytes, node) {
    return bytes.subarray(node.start, node.end).toString('utf8');
}
/** A legacy manifest in the current shape: no "app_type", the "aws_lambda" array inside {"functions": …}. */
function legacyToCurrent(bytes, root) {
    const appTypes = new Set(root.members.filter((x) => (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .foldKey */ .pU)(x.key) === 'app_type'));
    const lambda = topLevelMember(root, 'aws_lambda');
    const edits = removals(root, appTypes);
    if (lambda)
        edits.push({ start: lambda.value.start, end: lambda.value.end, text: `{"functions": ${raw(bytes, lambda.value)}}` });
    return applyEdits(bytes, edits);
}
/** A current manifest in the v0.7 shape: "app_type": "aws_lambda" before the "aws_lambda" array. */
function currentToLegacy(bytes, root) {
    const lambda = topLevelMember(root, 'aws_lambda');
    if (!lambda)
        return bytes;
    const appTypes = new Set(root.members.filter((x) => (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .foldKey */ .pU)(x.key) === 'app_type'));
    const edits = removals(root, appTypes);
    const value = lambda.value;
    let functions = '[]';
    if (value.kind === 'object') {
        const fns = [...value.members].reverse().find((x) => (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .foldKey */ .pU)(x.key) === 'functions');
        if (fns && fns.value.kind === 'array')
            functions = raw(bytes, fns.value);
    }
    edits.push({ start: value.start, end: value.end, text: functions });
    // keep the file's layout: on its own line with the same indentation, or inline
    const lineStart = bytes.lastIndexOf(0x0a, lambda.keyStart - 1) + 1;
    const indent = bytes.subarray(lineStart, lambda.keyStart).toString('latin1');
    const separator = /^[ \t]*$/.test(indent) && lineStart > 0 ? `,\n${indent}` : ', ';
    edits.push({ start: lambda.keyStart, end: lambda.keyStart, text: `"app_type": "aws_lambda"${separator}` });
    return applyEdits(bytes, edits);
}


/***/ }),

/***/ 2036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h1: () => (/* binding */ MANIFEST_FILE),
  ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
  WI: () => (/* binding */ readManifest)
});

;// CONCATENATED MODULE: ./src/compat/go-json-scanner.ts
// JSON syntax exactly as Go's encoding/json reads it (scanner.go, decode.go unquote), which is how
// the Apps plugin reads manifest.json: the same grammar, the same errors, a nesting limit of
// 10,000, and strings made well-formed the Go way (each invalid UTF-8 byte and each lone UTF-16
// surrogate escape becomes U+FFFD). One pass over the bytes, an explicit stack: linear time and
// no recursion, whatever the input.
/** encoding/json maxNestingDepth. */
const GO_MAX_NESTING_DEPTH = 10_000;
/** How Go's scanner names a byte in its errors (quoteChar). */
function quoteChar(c) {
    if (c === 0x27)
        return "'\\''";
    if (c === 0x22)
        return `'"'`;
    const named = { 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x5c: '\\\\' };
    if (named[c])
        return `'${named[c]}'`;
    if (c < 0x20 || c === 0x7f)
        return `'\\x${c.toString(16).padStart(2, '0')}'`;
    return `'${String.fromCharCode(c)}'`;
}
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const hexValue = (c) => (isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);
class ScanError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/**
 * utf8.DecodeRune: the rune at `i` and its width; (0xFFFD, 1) for anything that is not a valid,
 * shortest-form encoding of a scalar value (surrogates and values over U+10FFFF included).
 */
function decodeRune(b, i, end) {
    const c0 = b[i];
    if (c0 < 0x80)
        return [c0, 1];
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < end && b[i + k] >= lo && b[i + k] <= hi;
    if (c0 >= 0xc2 && c0 <= 0xdf)
        return cont(1) ? [((c0 & 0x1f) << 6) | (b[i + 1] & 0x3f), 2] : [0xfffd, 1];
    if (c0 >= 0xe0 && c0 <= 0xef) {
        const lo = c0 === 0xe0 ? 0xa0 : 0x80;
        const hi = c0 === 0xed ? 0x9f : 0xbf;
        if (!cont(1, lo, hi) || !cont(2))
            return [0xfffd, 1];
        return [((c0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f), 3];
    }
    if (c0 >= 0xf0 && c0 <= 0xf4) {
        const lo = c0 === 0xf0 ? 0x90 : 0x80;
        const hi = c0 === 0xf4 ? 0x8f : 0xbf;
        if (!cont(1, lo, hi) || !cont(2) || !cont(3))
            return [0xfffd, 1];
        return [((c0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f), 4];
    }
    return [0xfffd, 1];
}
class Scanner {
    b;
    i = 0;
    /** Offset of the first string Go had to repair (invalid UTF-8, a lone surrogate escape). */
    firstReplaced;
    constructor(b) {
        this.b = b;
    }
    fail(message, at = this.i) {
        throw new ScanError(at, message);
    }
    unexpectedEnd() {
        this.fail('unexpected end of JSON input', this.b.length);
    }
    skipSpace() {
        while (this.i < this.b.length && isSpace(this.b[this.i]))
            this.i++;
    }
    /** The next non-space byte, or an unexpected end. */
    peek() {
        this.skipSpace();
        if (this.i >= this.b.length)
            this.unexpectedEnd();
        return this.b[this.i];
    }
    string() {
        const { b } = this;
        const start = this.i++; // opening quote
        let out = '';
        let replaced = false;
        let runStart = this.i;
        const flushAscii = (to) => {
            if (to > runStart)
                out += String.fromCharCode(...b.subarray(runStart, to));
        };
        for (;;) {
            if (this.i >= b.length)
                this.unexpectedEnd();
            const c = b[this.i];
            if (c === 0x22) {
                flushAscii(this.i);
                this.i++;
                if (replaced)
                    this.firstReplaced ??= start;
                return { kind: 'string', start, end: this.i, value: out, replaced };
            }
            if (c < 0x20)
                this.fail(`invalid character ${quoteChar(c)} in string literal`);
            if (c === 0x5c) {
                flushAscii(this.i);
                const [text, bad] = this.escape();
                out += text;
                replaced ||= bad;
                runStart = this.i;
                continue;
            }
            if (c < 0x80) {
                this.i++;
                if (this.i - runStart >= 4096) {
                    flushAscii(this.i);
                    runStart = this.i;
                }
                continue;
            }
            flushAscii(this.i);
            const [rune, width] = decodeRune(b, this.i, b.length);
            if (rune === 0xfffd && width === 1)
                replaced = true;
            out += String.fromCodePoint(rune);
            this.i += width;
            runStart = this.i;
        }
    }
    /** One escape at `i` (the backslash); returns its text and whether a lone surrogate became U+FFFD. */
    escape() {
        const { b } = this;
        this.i++;
        if (this.i >= b.length)
            this.unexpectedEnd();
        const c = b[this.i];
        const simple = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
        if (simple[c] !== undefined) {
            this.i++;
            return [simple[c], false];
        }
        if (c !== 0x75)
            this.fail(`invalid character ${quoteChar(c)} in string escape code`);
        const r1 = this.hex4();
        if (r1 < 0xd800 || r1 > 0xdfff)
            return [String.fromCharCode(r1), false];
        // utf16.DecodeRune with the next \uXXXX, when there is one; a lone half becomes U+FFFD and the
        // following escape is read on its own.
        if (r1 <= 0xdbff && b[this.i] === 0x5c && b[this.i + 1] === 0x75) {
            const save = this.i;
            this.i++;
            const r2 = this.hex4();
            if (r2 >= 0xdc00 && r2 <= 0xdfff)
                return [String.fromCharCode(r1, r2), false];
            this.i = save;
        }
        return ['\ufffd', true];
    }
    /** The four hex digits after "u" at `i`. */
    hex4() {
        let v = 0;
        for (let k = 1; k <= 4; k++) {
            const at = this.i + k;
            if (at >= this.b.length)
                this.unexpectedEnd();
            const h = hexValue(this.b[at]);
            if (h < 0)
                this.fail(`invalid character ${quoteChar(this.b[at])} in \\u hexadecimal character escape`, at);
            v = v * 16 + h;
        }
        this.i += 5;
        return v;
    }
    number() {
        const { b } = this;
        const start = this.i;
        const digits = () => {
            while (this.i < b.length && isDigit(b[this.i]))
                this.i++;
        };
        if (b[this.i] === 0x2d) {
            this.i++;
            if (this.i >= b.length)
                this.unexpectedEnd();
            if (!isDigit(b[this.i]))
                this.fail(`invalid character ${quoteChar(b[this.i])} in numeric literal`);
        }
        if (b[this.i] === 0x30)
            this.i++;
        else
            digits();
        if (b[this.i] === 0x2e) {
            this.i++;
            if (this.i >= b.length)
                this.unexpectedEnd();
            if (!isDigit(b[this.i]))
                this.fail(`invalid character ${quoteChar(b[this.i])} after decimal point in numeric literal`);
            digits();
        }
        if (b[this.i] === 0x65 || b[this.i] === 0x45) {
            this.i++;
            if (b[this.i] === 0x2b || b[this.i] === 0x2d)
                this.i++;
            if (this.i >= b.length)
                this.unexpectedEnd();
            if (!isDigit(b[this.i]))
                this.fail(`invalid character ${quoteChar(b[this.i])} in exponent of numeric literal`);
            digits();
        }
        return { kind: 'number', start, end: this.i, raw: String.fromCharCode(...b.subarray(start, this.i)) };
    }
    literal(word) {
        const start = this.i;
        for (let k = 1; k < word.length; k++) {
            const at = start + k;
            if (at >= this.b.length)
                this.unexpectedEnd();
            if (this.b[at] !== word.charCodeAt(k))
                this.fail(`invalid character ${quoteChar(this.b[at])} in literal ${word} (expecting '${word[k]}')`, at);
        }
        this.i = start + word.length;
        const end = this.i;
        return word === 'null' ? { kind: 'null', start, end } : { kind: 'bool', start, end, value: word === 'true' };
    }
    /** A scalar at `i`, or undefined when `i` opens an object or array. */
    scalar(context) {
        const c = this.peek();
        if (c === 0x7b || c === 0x5b)
            return undefined;
        if (c === 0x22)
            return this.string();
        if (c === 0x2d || isDigit(c))
            return this.number();
        if (c === 0x74)
            return this.literal('true');
        if (c === 0x66)
            return this.literal('false');
        if (c === 0x6e)
            return this.literal('null');
        return this.fail(`invalid character ${quoteChar(c)} ${context}`);
    }
}
/** Parses `bytes` as Go does; on a syntax error, where and Go's message. */
function scanGoJson(bytes, maxDepth = GO_MAX_NESTING_DEPTH) {
    const s = new Scanner(bytes);
    const stack = [];
    const open = () => {
        if (stack.length >= maxDepth)
            s.fail('exceeded max depth');
        const c = bytes[s.i];
        const node = c === 0x7b ? { kind: 'object', start: s.i, end: -1, members: [] } : { kind: 'array', start: s.i, end: -1, items: [] };
        s.i++;
        stack.push({ node });
        return node;
    };
    try {
        let root = s.scalar('looking for beginning of value');
        if (!root)
            root = open();
        // Each turn reads what the innermost open value expects next.
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            let value;
            if (frame.node.kind === 'object') {
                const f = frame;
                const c = s.peek();
                if (!f.key) {
                    if (c === 0x7d && f.node.members.length === 0) {
                        s.i++;
                        f.node.end = s.i;
                        stack.pop();
                        if (stack.length > 0)
                            closeAfterValues(s, stack);
                        continue;
                    }
                    if (c !== 0x22)
                        s.fail(`invalid character ${quoteChar(c)} looking for beginning of object key string`);
                    const key = s.string();
                    f.key = { key: key.value, keyStart: key.start };
                    if (s.peek() !== 0x3a)
                        s.fail(`invalid character ${quoteChar(bytes[s.i])} after object key`);
                    s.i++;
                }
                value = s.scalar('looking for beginning of value');
                if (!value) {
                    const child = open();
                    f.node.members.push({ ...f.key, value: child });
                    f.key = undefined;
                    continue;
                }
                f.node.members.push({ ...f.key, value });
                f.key = undefined;
            }
            else {
                const node = frame.node;
                const c = s.peek();
                if (c === 0x5d && node.items.length === 0) {
                    s.i++;
                    node.end = s.i;
                    stack.pop();
                    if (stack.length > 0)
                        closeAfterValues(s, stack);
                    continue;
                }
                value = s.scalar('looking for beginning of value');
                if (!value) {
                    node.items.push(open());
                    continue;
                }
                node.items.push(value);
            }
            closeAfterValues(s, stack);
        }
        s.skipSpace();
        if (s.i < bytes.length)
            s.fail(`invalid character ${quoteChar(bytes[s.i])} after top-level value`);
        return s.firstReplaced === undefined ? { root } : { root, firstReplaced: s.firstReplaced };
    }
    catch (err) {
        if (err instanceof ScanError)
            return { error: { offset: err.offset, message: err.message } };
        throw err;
    }
}
/** After a value inside the innermost container: a comma goes on, a closing bracket pops (maybe several levels). */
function closeAfterValues(s, stack) {
    for (;;) {
        const frame = stack[stack.length - 1];
        const c = s.peek();
        const isObject = frame.node.kind === 'object';
        if (c === 0x2c) {
            s.i++;
            if (isObject && s.peek() !== 0x22)
                s.fail(`invalid character ${quoteChar(s.b[s.i])} looking for beginning of object key string`);
            return;
        }
        if (c === (isObject ? 0x7d : 0x5d)) {
            s.i++;
            frame.node.end = s.i;
            stack.pop();
            if (stack.length === 0)
                return;
            continue;
        }
        s.fail(`invalid character ${quoteChar(c)} after ${isObject ? 'object key:value pair' : 'array element'}`);
    }
}

// EXTERNAL MODULE: ./src/compat/go-unmarshal.ts
var go_unmarshal = __nccwpck_require__(5796);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/manifest/go-structs.ts
var go_structs = __nccwpck_require__(2696);
// EXTERNAL MODULE: ./src/manifest/manifest-format.ts
var manifest_format = __nccwpck_require__(3838);
;// CONCATENATED MODULE: ./src/manifest/repeated-keys.ts

const composite = (n) => n.kind === 'object' || n.kind === 'array';
function repeatedKeys(root, decoded, at) {
    const out = [];
    const reported = new Set();
    for (const c of decoded.collisions) {
        reported.add(c.later.keyStart);
        const first = at(c.first.keyStart);
        if (c.first.key !== c.later.key) {
            out.push((0,finding/* finding */.gk)('MMA036', at(c.later.keyStart), c.first.key, first.line ?? 1, c.later.key, c.field));
        }
        else if (composite(c.first.value) || composite(c.later.value)) {
            out.push((0,finding/* finding */.gk)('MMA037', at(c.later.keyStart), c.later.key, first.line ?? 1));
        }
        else {
            out.push((0,finding/* finding */.gk)('MMA008', at(c.later.keyStart), c.later.key));
        }
    }
    // Everywhere else (keys Go ignores, interface{} values such as "state"): the last one wins.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.kind === 'object') {
            const seen = new Set();
            for (const m of node.members) {
                if (seen.has(m.key) && !reported.has(m.keyStart))
                    out.push((0,finding/* finding */.gk)('MMA008', at(m.keyStart), m.key));
                seen.add(m.key);
                stack.push(m.value);
            }
        }
        else if (node.kind === 'array') {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/manifest/positions.ts
// Byte offsets in manifest.json → 1-based line and column (in characters), in constant time per
// lookup after one pass: a file with 100,000 findings costs no more than one with one.
class LineIndex {
    /** Byte offset where each line starts. */
    lineStarts = [0];
    /** Characters before each byte offset (UTF-8 continuation bytes do not start a character). */
    charsBefore;
    constructor(bytes) {
        this.charsBefore = new Uint32Array(bytes.length + 1);
        let chars = 0;
        for (let i = 0; i < bytes.length; i++) {
            this.charsBefore[i] = chars;
            const b = bytes[i];
            if ((b & 0xc0) !== 0x80)
                chars++;
            if (b === 0x0a)
                this.lineStarts.push(i + 1);
        }
        this.charsBefore[bytes.length] = chars;
    }
    at(offset) {
        const o = Math.max(0, Math.min(offset, this.charsBefore.length - 1));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: this.charsBefore[o] - this.charsBefore[this.lineStarts[lo]] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/manifest/manifest.ts
// Reads manifest.json exactly as the Apps plugin decodes it (Go's encoding/json into apps.Manifest,
// or apps.ManifestV0_7 for the legacy shape): size, syntax, keys matched case-insensitively, types,
// both formats. What Go does silently and other readers do differently (a key given twice, keys
// that differ only in case, invalid UTF-8) is reported. The rules on the values are in rules.ts.







/** apps.MaxManifestSize: the plugin reads at most this many bytes. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const MANIFEST_FILE = 'manifest.json';
function describe(node) {
    switch (node.kind) {
        case 'string': {
            const v = node.value;
            return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
        }
        case 'number':
            return `a number (${node.raw})`;
        case 'bool':
            return `a boolean (${node.value})`;
        case 'array':
            return 'an array';
        case 'object':
            return 'an object';
        case 'null':
            return 'null';
    }
}
const EXPECTED = { string: 'a string', bool: 'true or false', array: 'an array', object: 'an object', 'string or object': 'a string or an object' };
function fieldName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'manifest.json';
}
/** Friendlier words after Go's own message for the mistakes people make most. */
function syntaxHint(message, bytes, offset) {
    const c = bytes[offset];
    if (c === 0x2f)
        return `${message} (comments are not allowed in JSON)`;
    if (c === 0x27)
        return `${message} (strings and names take double quotes)`;
    if ((c === 0x7d || c === 0x5d) && /looking for beginning of (value|object key)/.test(message))
        return `${message} (a trailing comma?)`;
    if (/after object key:value pair|after array element/.test(message))
        return `${message} (expected ',' or a closing bracket)`;
    if (/^unexpected end/.test(message))
        return `${message} (unterminated string, or a missing closing bracket)`;
    return message;
}
const str = (v) => (typeof v === 'string' ? v : '');
const rec = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
/** Reads and checks the manifest; `file` is how findings name it (e.g. "manifest.json"). */
function readManifest(bytes, file = MANIFEST_FILE) {
    const whole = { path: file };
    if (bytes.length > MAX_MANIFEST_BYTES)
        return { findings: [(0,finding/* finding */.gk)('MMA003', whole, bytes.length)] };
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return { findings: [(0,finding/* finding */.gk)('MMA009', { path: file, line: 1, column: 1 }, "starts with a UTF-8 byte order mark, which Go's JSON decoder rejects")] };
    }
    const lines = new LineIndex(bytes);
    const at = (offset) => ({ path: file, ...lines.at(offset) });
    const scanned = scanGoJson(bytes);
    if ('error' in scanned) {
        const { offset, message } = scanned.error;
        return { findings: [(0,finding/* finding */.gk)('MMA002', at(offset), bytes.length === 0 ? 'the file is empty' : syntaxHint(message, bytes, offset))] };
    }
    const root = scanned.root;
    if (root.kind !== 'object')
        return { findings: [(0,finding/* finding */.gk)('MMA004', at(root.start), 'manifest.json', 'an object', describe(root))] };
    const legacy = (0,manifest_format/* topLevelMember */.wv)(root, 'aws_lambda')?.value.kind === 'array';
    const decoded = (0,go_unmarshal/* goUnmarshal */.gW)(root, legacy ? go_structs/* MANIFEST_V0_7 */.nR : go_structs/* MANIFEST_V1 */._W);
    const findings = [...repeatedKeys(root, decoded, at)];
    if (scanned.firstReplaced !== undefined)
        findings.push((0,finding/* finding */.gk)('MMA038', at(scanned.firstReplaced)));
    // Paths are given in the current format; a legacy file has the functions directly under aws_lambda.
    const sourcePath = (path) => (legacy && path[0] === 'aws_lambda' && path[1] === 'functions' ? ['aws_lambda', ...path.slice(2)] : path);
    const locate = (path) => {
        const p = sourcePath(path);
        for (let n = p.length; n > 0; n--) {
            const node = decoded.sources.get((0,go_unmarshal/* pathKey */.Pn)(p.slice(0, n)));
            if (node)
                return at(node.start);
        }
        // a top-level key Go ignores (e.g. "app_type" in a current-format file)
        const top = typeof p[0] === 'string' ? (0,manifest_format/* topLevelMember */.wv)(root, p[0]) : undefined;
        return at(top ? top.value.start : root.start);
    };
    if (decoded.typeErrors.length > 0) {
        for (const e of decoded.typeErrors)
            findings.push((0,finding/* finding */.gk)('MMA004', at(e.node.start), fieldName(e.path), EXPECTED[e.expected] ?? `a ${e.expected}`, describe(e.node)));
        return { findings };
    }
    const m = decoded.value;
    const appType = str(legacy ? m.app_type : undefined) || appTypeOf(root);
    let misplacedDeploy = false;
    if (legacy) {
        if (appType !== 'aws_lambda')
            findings.push((0,finding/* finding */.gk)('MMA006', locate(['app_type']), appType));
        findings.push((0,finding/* finding */.gk)('MMA005', locate(['app_type'])));
    }
    else {
        const deploy = decoded.unknownKeys.find((k) => k.path.length === 0 && (0,go_unmarshal/* foldKey */.pU)(k.key) === 'deploy');
        misplacedDeploy = deploy !== undefined && m.aws_lambda === null;
        if (misplacedDeploy)
            findings.push((0,finding/* finding */.gk)('MMA007', at(deploy.keyStart)));
    }
    const functions = legacy ? arr(m.aws_lambda) : arr(rec(m.aws_lambda)?.functions);
    const v07Fallback = legacy || str(m.SchemaVersion) !== '' ? undefined : v07FallbackOf(root);
    const bundleBytes = legacy ? (0,manifest_format/* legacyToCurrent */.EH)(bytes, root) : bytes;
    const manifest = {
        appId: str(m.app_id),
        version: str(m.version),
        displayName: str(m.display_name),
        homepageUrl: str(m.homepage_url),
        icon: str(m.icon),
        schemaVersion: str(m.SchemaVersion),
        appType,
        ...(v07Fallback ? { v07Fallback } : {}),
        requestedPermissions: arr(m.requested_permissions).map(str),
        requestedLocations: arr(m.requested_locations).map(str),
        calls: callsOf(m),
        functions: functions.map((f, index) => {
            const r = rec(f) ?? {};
            return { index, path: str(r.path), name: str(r.name), handler: str(r.handler), runtime: str(r.runtime) };
        }),
        http: rec(m.http) ? { rootUrl: str(rec(m.http).root_url) } : null,
        openFaas: rec(m.open_faas) ? { functions: arr(rec(m.open_faas).functions).map((f) => ({ path: str(rec(f)?.path), name: str(rec(f)?.name) })) } : null,
        plugin: rec(m.plugin) ? { pluginId: str(rec(m.plugin).plugin_id) } : null,
        format: legacy ? 'legacy' : 'current',
        misplacedDeploy,
        bundleBytes,
        bytesIn: (format) => (format === 'current' ? bundleBytes : legacy ? bytes : (0,manifest_format/* currentToLegacy */.Up)(bytes, root)),
        go: legacy ? { ...m, aws_lambda: { functions: m.aws_lambda ?? null } } : m,
        source: bytes,
        locate,
    };
    return { findings, manifest };
}
/** ManifestV0_7.Manifest() on what `_ = json.Unmarshal(data, &m7)` leaves (apps/schema_version.go). */
function v07FallbackOf(root) {
    const m7 = (0,go_unmarshal/* goUnmarshal */.gW)(root, go_structs/* MANIFEST_V0_7 */.nR).value;
    const type = str(m7.app_type);
    if (type === 'http' && str(m7.root_url) !== '')
        return 'http';
    if (type === 'aws_lambda' && arr(m7.aws_lambda).length > 0)
        return 'aws_lambda';
    if (type === 'plugin' && str(m7.plugin_id) !== '')
        return 'plugin';
    return undefined;
}
/** "app_type" of a current-format file (ignored by v1.2+, but read by v1.0–v1.1's v0.7 fallback). */
function appTypeOf(root) {
    const v = (0,manifest_format/* topLevelMember */.wv)(root, 'app_type')?.value;
    return v?.kind === 'string' ? v.value : '';
}
function callsOf(m) {
    const calls = {};
    for (const name of go_structs/* CALL_FIELDS */.Xk) {
        const c = rec(m[name]);
        if (!c)
            continue;
        const expand = rec(c.expand);
        calls[name] = { path: str(c.path), expand: expand ? Object.fromEntries(Object.entries(expand).map(([k, v]) => [k, str(v)])) : null };
    }
    return calls;
}


/***/ }),

/***/ 9970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ cleanIconPath),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony exports KNOWN_PERMISSIONS, KNOWN_LOCATIONS */
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3100);
/* harmony import */ var _compat_go_url_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9534);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(976);
/* harmony import */ var _lambda_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3151);
/* harmony import */ var _lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1038);
// The rules a manifest must pass: the Apps plugin's own (apps.Manifest.Validate, research §3.3),
// then ours, which catch in a PR check what would otherwise fail at deploy or invoke time.





/** apps.MinAppIDLength / MaxAppIDLength and len(VersionFormat), in bytes. */
const APP_ID_MIN = 3;
const APP_ID_MAX = 32;
const VERSION_MAX = 10;
/** unicode.IsLetter, unicode.IsNumber, '-', '_', '.' (AppID.Validate, AppVersion.Validate). */
const ID_CHAR = /^[\p{L}\p{N}._-]$/u;
/** apps.Permission values and their dependencies at HEAD (apps/permissions.go). */
const KNOWN_PERMISSIONS = ['act_as_bot', 'act_as_user', 'remote_oauth2', 'remote_webhooks', 'user_joined_channel_notification'];
const PERMISSION_REQUIRES = [
    ['remote_webhooks', 'act_as_bot'],
    ['remote_oauth2', 'act_as_user'],
    ['user_joined_channel_notification', 'act_as_bot'],
];
/** apps.Location constants. */
const KNOWN_LOCATIONS = ['/post_menu', '/channel_header', '/command', '/in_post'];
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
const badChars = (s) => [...new Set([...s].filter((c) => !ID_CHAR.test(c)))];
function validateManifest(m, ctx) {
    const out = [];
    const at = m.locate;
    const appIdOk = checkAppId(m, out);
    const versionOk = checkVersion(m, out);
    if (m.displayName === '')
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA014', at(['display_name'])));
    checkHomepage(m, out);
    checkIcon(m, ctx, out);
    checkDeploySections(m, out);
    checkCalls(m, out);
    if (m.v07Fallback)
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA042', at(['app_type']), m.appType));
    const permissions = new Set(m.requestedPermissions);
    m.requestedPermissions.forEach((p, i) => {
        if (!KNOWN_PERMISSIONS.includes(p))
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA019', at(['requested_permissions', i]), p, KNOWN_PERMISSIONS));
    });
    for (const [p, requires] of PERMISSION_REQUIRES) {
        if (permissions.has(p) && !permissions.has(requires)) {
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA018', at(['requested_permissions', m.requestedPermissions.indexOf(p)]), p, requires));
        }
    }
    m.requestedLocations.forEach((l, i) => {
        if (!KNOWN_LOCATIONS.includes(l))
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA032', at(['requested_locations', i]), l, KNOWN_LOCATIONS));
    });
    if (m.functions.length === 0) {
        if (!m.misplacedDeploy)
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA020', at(['aws_lambda'])));
    }
    else {
        checkFunctions(m, ctx, appIdOk && versionOk, out);
    }
    if (appIdOk && versionOk && byteLength((0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .s3ManifestName */ .dI)(m.appId, m.version)) > _lambda_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_S3_KEY_BYTES */ .oV) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA033', at(['app_id']), (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .s3ManifestName */ .dI)(m.appId, m.version)));
    }
    return out;
}
function checkAppId(m, out) {
    const at = m.locate(['app_id']);
    const len = byteLength(m.appId);
    let ok = true;
    if (len < APP_ID_MIN || len > APP_ID_MAX) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA010', at, m.appId, len));
        ok = false;
    }
    const bad = badChars(m.appId);
    if (bad.length > 0) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA011', at, m.appId, bad));
        ok = false;
    }
    return ok;
}
function checkVersion(m, out) {
    const at = m.locate(['version']);
    if (m.version === '') {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA013', at));
        return true;
    }
    let ok = true;
    const len = byteLength(m.version);
    if (len > VERSION_MAX) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA012', at, m.version, `is ${len} bytes; the plugin allows at most ${VERSION_MAX} (e.g. "v1.2.3")`));
        ok = false;
    }
    const bad = badChars(m.version);
    if (bad.length > 0) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA012', at, m.version, `contains ${bad.map((c) => `"${c}"`).join(', ')}; use only letters, digits, "-", "_" and "."`));
        ok = false;
    }
    return ok;
}
/** httputils.IsValidURL (utils.IsValidHTTPURL before v1.2): Go's url.ParseRequestURI, http(s), a host. */
function checkHomepage(m, out) {
    const at = m.locate(['homepage_url']);
    if (m.homepageUrl === '') {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA015', at, 'is empty'));
        return;
    }
    const problem = (0,_compat_go_url_js__WEBPACK_IMPORTED_MODULE_4__/* .goIsValidURL */ .Ky)(m.homepageUrl);
    if (problem)
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA015', at, `${JSON.stringify(m.homepageUrl)} is refused by the Apps plugin (${problem})`));
}
/**
 * What the icon names: a file under static/ or an external URL, as plugin v1.2+ reads it
 * (utils.CleanStaticURL: a leading "/" means static/ too). Stricter than the plugin, whose check
 * lets ".." through: the icon must stay inside static/.
 */
function cleanIconPath(icon) {
    const v12 = (0,_compat_go_url_js__WEBPACK_IMPORTED_MODULE_4__/* .goCleanStaticURL */ .Dm)(icon);
    if (!v12.ok)
        return { kind: 'invalid', problem: `is refused by the Apps plugin (${v12.error})` };
    if (v12.scheme !== '')
        return { kind: 'url' };
    const p = v12.path.replace(/^\.\//, '');
    if (p === '..' || p.startsWith('../') || p === '/' || p === '')
        return { kind: 'invalid', problem: 'points outside static/ (stricter than the plugin, whose check lets ".." through)' };
    return { kind: 'static', path: p.replace(/\/$/, '') };
}
function checkIcon(m, ctx, out) {
    if (m.icon === '')
        return;
    const at = m.locate(['icon']);
    const clean = cleanIconPath(m.icon);
    if (clean.kind === 'invalid') {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA016', at, m.icon, clean.problem));
        return;
    }
    // v0.7–v1.1 read the icon with utils.CleanStaticPath: no URLs, no leading "/".
    const old = (0,_compat_go_url_js__WEBPACK_IMPORTED_MODULE_4__/* .goCleanStaticPath */ .bz)(m.icon);
    if (clean.kind === 'url')
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA041', at, m.icon, 'is a URL: Apps plugin v1.2+ shows it, v0.7–v1.1 take it for a file under static/. For every version, put the icon in static/ and name it relative to static/'));
    else if (!old.ok)
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA041', at, m.icon, `is refused by Apps plugin v0.7–v1.1 (${old.error}); v1.2+ accept it. Name the icon relative to static/, without a leading "/", for every version`));
    if (clean.kind === 'static' && ctx.staticFiles && !ctx.staticFiles.has(clean.path))
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA017', at, clean.path));
}
/** Deploy.Validate (v1.0+): each deploy section that is present must be complete, or the whole manifest is refused. */
function checkDeploySections(m, out) {
    if (m.http) {
        const at = m.locate(['http', 'root_url']);
        if (m.http.rootUrl === '')
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA039', at, 'http', 'has no "root_url" (root_url must be set for HTTP apps)'));
        else {
            const problem = (0,_compat_go_url_js__WEBPACK_IMPORTED_MODULE_4__/* .goIsValidURL */ .Ky)(m.http.rootUrl);
            if (problem)
                out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA039', at, 'http', `has "root_url" ${JSON.stringify(m.http.rootUrl)}, which is not a valid http(s) URL (${problem})`));
        }
    }
    if (m.openFaas) {
        if (m.openFaas.functions.length === 0)
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA039', m.locate(['open_faas', 'functions']), 'open_faas', 'has no functions (must provide at least 1 function)'));
        m.openFaas.functions.forEach((f, i) => {
            for (const field of ['path', 'name']) {
                if (f[field] === '')
                    out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA039', m.locate(['open_faas', 'functions', i, field]), 'open_faas', `function #${i + 1} has no "${field}"`));
            }
        });
    }
    if (m.plugin && m.plugin.pluginId === '')
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA039', m.locate(['plugin', 'plugin_id']), 'plugin', 'has no "plugin_id" (plugin_id must be set for plugin apps)'));
}
/** apps.ExpandLevel.parse: [+|-] then "", "none", "id", "summary" or "all" (checked by the plugin only when it calls). */
const EXPAND_LEVEL = /^[+-]?(|none|id|summary|all)$/;
function checkCalls(m, out) {
    for (const [name, call] of Object.entries(m.calls)) {
        for (const [key, level] of Object.entries(call.expand ?? {})) {
            if (!EXPAND_LEVEL.test(level))
                out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA040', m.locate([name, 'expand', key]), name, key, level));
        }
    }
}
function checkFunctions(m, ctx, namesComputable, out) {
    const byName = new Map();
    const byPath = new Map();
    const byLambdaName = new Map();
    for (const fn of m.functions) {
        const at = (field) => m.locate(field ? ['aws_lambda', 'functions', fn.index, field] : ['aws_lambda', 'functions', fn.index]);
        for (const field of ['path', 'name', 'handler', 'runtime']) {
            if (fn[field] === '')
                out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA021', at(field), fn.index, field));
        }
        if (fn.path !== '' && !fn.path.startsWith('/'))
            out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA023', at('path'), fn.name, fn.path));
        if (fn.name !== '') {
            if (byName.has(fn.name))
                out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA022', at('name'), fn.name));
            byName.set(fn.name, fn.name);
        }
        if (fn.path !== '') {
            const other = byPath.get(fn.path);
            if (other !== undefined)
                out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA031', at('path'), fn.name, other, fn.path));
            else
                byPath.set(fn.path, fn.name);
        }
        if (fn.name !== '' && namesComputable) {
            const name = checkLambdaName(m, fn.name, at('name'), out);
            if (name) {
                const other = byLambdaName.get(name);
                if (other !== undefined && other !== fn.name)
                    out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA026', at('name'), other, fn.name, name));
                byLambdaName.set(name, fn.name);
            }
        }
        if (fn.handler !== '')
            checkHandlerFormat(fn.name, fn.handler, (0,_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_2__/* .runtimeFamily */ .Lk)(fn.runtime), at('handler'), out);
        if (fn.runtime !== '')
            out.push(...(0,_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_2__/* .runtimeFindings */ .hE)(fn.runtime, at('runtime'), ctx.now, ctx.sdkRuntimes ?? new Set()));
    }
}
/** Returns the Lambda name when AWS accepts it. Never "fixes" it: the plugin computes the Go name. */
function checkLambdaName(m, fn, at, out) {
    const goName = (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .lambdaName */ .FE)(m.appId, m.version, fn);
    if (_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_LAMBDA_NAME */ .mF.test(goName))
        return goName;
    const sanitized = (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizedLambdaName */ .O1)(m.appId, m.version, fn);
    const length = byteLength(sanitized);
    if (length > 64) {
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA024', at, fn, sanitized, goName, length - 64, (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .maxFunctionNameBytes */ .HL)(m.appId, m.version)));
        return undefined;
    }
    const bad = [...new Set([...goName].filter((c) => !/[A-Za-z0-9_-]/.test(c)))];
    const sources = [
        bad.some((c) => m.appId.includes(c)) ? '"app_id"' : '',
        bad.some((c) => m.version.includes(c)) ? '"version"' : '',
        bad.some((c) => fn.includes(c)) ? 'the function name' : '',
    ].filter(Boolean);
    out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA025', at, fn, goName, bad, sources.join(' and ')));
    return undefined;
}
function checkHandlerFormat(fn, handler, family, at, out) {
    if (/\s/.test(handler))
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA030', at, fn, handler, 'contains whitespace, which AWS rejects'));
    else if (handler.length > _lambda_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_HANDLER_LENGTH */ .$e)
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA030', at, fn, handler, `is longer than AWS's ${_lambda_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_HANDLER_LENGTH */ .$e} characters`));
    else if ((family === 'nodejs' || family === 'python') && !/^[^.]+.*\.[^./]+$/.test(handler)) {
        const example = family === 'nodejs' ? 'index.handler' : 'lambda_function.lambda_handler';
        out.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('MMA030', at, fn, handler, `is not "<file>.<function>" as the ${family} runtime expects (e.g. "${example}")`));
    }
}


/***/ }),

/***/ 6014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   Zk: () => (/* binding */ writeProvisionDataFile),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compat_provision_data_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7538);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _fs_fs_error_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7523);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2693);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1052);
// Words for plans and reports, shared by the CLI and the action (rendering stays in the front
// ends; what is said lives here once). Only types come from the AWS side, so that front ends can
// load this without the AWS SDK.







/** What a function plan becomes, in words. */
function describeChange(f) {
    if (f.action === 'create')
        return 'created';
    if (f.action === 'unchanged' || !f.diff)
        return 'unchanged';
    const parts = [];
    if (f.diff.code)
        parts.push('code');
    if (f.diff.architecture)
        parts.push(`architecture (${f.desired.architecture})`);
    if (f.diff.configuration.length > 0)
        parts.push(`configuration (${f.diff.configuration.join(', ')})`);
    const updated = parts.length > 0 ? `updated ${parts.join(' and ')}` : '';
    return [updated, f.diff.tags ? 'tagged' : ''].filter(Boolean).join(', ');
}
/** The Mattermost row: what was (or will be) done with the server, when one was given. */
function mattermostRow(o) {
    const server = o.mattermost;
    if (!server)
        return [];
    const plugin = `Apps plugin ${server.plugin.version}`;
    if (!o.report)
        return [['mattermost', `${server.siteUrl} (${plugin}): ${server.plugin.generation === 'v1' ? 'register the version' : 'nothing to register (v0.7 reads manifests from S3)'}`]];
    if (o.registrationError)
        return [['mattermost', `${server.siteUrl} (${plugin}): not registered`]];
    const r = o.registration;
    if (!r)
        return [['mattermost', `${server.siteUrl} (${plugin}): not registered (the deploy did not finish)`]];
    return [['mattermost', `${server.siteUrl} (${plugin}): ${r.installed ? 'registered and installed' : r.registered ? 'registered' : 'nothing to register (v0.7 reads manifests from S3)'}`]];
}
function describeOutcome(o) {
    const { plan, report, manifest } = o;
    const where = `AWS account ${plan.account}, ${plan.region}, bucket ${plan.bucket}`;
    const app = `${manifest.appId} ${manifest.version}`;
    if (!report) {
        const uploads = plan.objects.filter((x) => x.action === 'upload').length;
        return {
            heading: `Plan for ${app} → ${where} (dry run: nothing was written)`,
            functions: plan.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, result: f.action === 'unchanged' ? 'unchanged' : f.action === 'create' ? 'create' : describeChange(f).replace(/^updated/, 'update').replace('tagged', 'tag') })),
            rows: [
                ['execution role', `${plan.role.name} (${plan.role.action === 'create' ? 'to create' : plan.role.action === 'attach' ? 'exists; AWSLambdaBasicExecutionRole to attach' : 'exists'})`],
                ['static objects', `${uploads} to upload, ${plan.objects.length - uploads} unchanged`],
                ['invoke policy', plan.invokePolicy.action === 'missing' ? `${plan.invokePolicy.name}: not found, skipped` : `${plan.invokePolicy.name}: ${plan.invokePolicy.action === 'update' ? `add ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(plan.invokePolicy.add.length, 'function')}` : 'unchanged'}`],
                ['manifest', `${plan.manifest.key}: ${plan.manifest.action}`],
                ...mattermostRow(o),
            ],
            notes: [
                ...(plan.invokePolicy.action === 'missing' ? [`no IAM policy named "${plan.invokePolicy.name}": the functions will not be added to it`] : []),
                ...takeoverNotes(o, 'would take over'),
            ],
        };
    }
    const lines = {
        heading: report.ok ? `Provisioned ${app} to ${where}` : `Provisioning ${app} to ${where} ${report.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .Interrupted */ .j ? `was ${report.error.message}` : 'failed'}`,
        functions: report.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.status === 'done' || f.status === 'unchanged' ? f.result : `${f.status} (${f.result})`, status: f.status })),
        rows: [
            ...(report.role.status !== 'unchanged' ? [['execution role', `${report.role.name} ${report.role.result ?? report.role.status}`]] : []),
            ['static objects', `${report.objects.uploaded} uploaded, ${report.objects.unchanged} unchanged${report.objects.failed ? `, ${report.objects.failed} failed` : ''}${report.objects.notDone ? `, ${report.objects.notDone} not done` : ''}`],
            [
                'invoke policy',
                report.invokePolicy.status === 'done'
                    ? `${report.invokePolicy.name}: added ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(report.invokePolicy.added.length, 'function')}`
                    : `${report.invokePolicy.name}: ${report.invokePolicy.status === 'skipped' ? 'not found, skipped' : report.invokePolicy.status}`,
            ],
            ['manifest', `${report.manifest.key} ${report.manifest.status === 'done' ? 'uploaded' : report.manifest.status}`],
            ...mattermostRow(o),
        ],
        notes: [...(report.invokePolicy.note ? [report.invokePolicy.note] : []), ...takeoverNotes(o, 'took over'), ...(o.registration?.notes ?? [])],
    };
    if (report.ok && o.registrationError) {
        lines.heading = `Provisioned ${app} to ${where}, but registering it with Mattermost failed`;
        lines.done = ['everything in AWS'];
        lines.notDone = [`registration with ${o.mattermost.siteUrl}: ${o.registrationError.message}`];
    }
    if (!report.ok) {
        const done = [];
        const notDone = [];
        if (report.role.status === 'done' || report.role.result)
            done.push(`execution role ${report.role.name} ${report.role.result ?? 'done'}`);
        if (report.role.status === 'failed' || report.role.status === 'not done')
            notDone.push(`execution role ${report.role.name}`);
        if (report.objects.uploaded)
            done.push(`${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(report.objects.uploaded, 'static object')} uploaded`);
        if (report.objects.failed + report.objects.notDone)
            notDone.push(`${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(report.objects.failed + report.objects.notDone, 'static object')}`);
        for (const f of report.functions) {
            if (f.status === 'done')
                done.push(`function ${f.lambdaName} ${f.result}`);
            else if (f.status !== 'unchanged')
                notDone.push(`function ${f.lambdaName}`);
        }
        if (report.invokePolicy.status === 'done')
            done.push(`invoke policy ${report.invokePolicy.name} updated`);
        else if (report.invokePolicy.status !== 'unchanged' && report.invokePolicy.status !== 'skipped')
            notDone.push(`invoke policy ${report.invokePolicy.name}`);
        if (report.manifest.status !== 'done' && report.manifest.status !== 'unchanged')
            notDone.push(`manifest ${report.manifest.key} (this version cannot be installed yet)`);
        lines.done = done;
        lines.notDone = notDone;
        // A corrupt bundle fails the same way every time: rebuilding it is what helps.
        lines.next =
            report.error instanceof _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_5__/* .ZipDataError */ .II
                ? 'The bundle is corrupt (it changed or was damaged after it was validated); nothing corrupt was uploaded. Rebuild it, validate it and provision the new bundle: running again with this one fails the same way.'
                : `${report.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .Interrupted */ .j ? 'Run the same command again to finish' : 'Fix the cause and run the same command again'}: it continues where this run stopped.`;
    }
    return lines;
}
/** With --force: what belonged to another app. */
function takeoverNotes(o, verb) {
    return o.plan.takeovers.map((t) => `--force: ${verb} ${t.what} from app "${t.owner.appId}"${t.owner.version ? ` version "${t.owner.version}"` : ''}`);
}
/**
 * The provision data file beside the bundle: <bundle without .zip>.provision-data.json, as appsctl
 * prints it. Written to a temporary file and renamed, so it is whole or absent. It is a copy of
 * data the run also prints: failing to write it is reported (`problem`), never thrown, so that a
 * deploy that succeeded is not reported as failed.
 */
async function writeProvisionDataFile(bundlePath, pd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(bundlePath), `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(bundlePath, '.zip')}.provision-data.json`);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, (0,_compat_provision_data_js__WEBPACK_IMPORTED_MODULE_2__/* .marshalProvisionData */ .uY)(pd), { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
        return { path: file, written: true };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(tmp).catch(() => undefined);
        if (!(0,_fs_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .isErrno */ .r)(err))
            throw err;
        return { path: file, written: false, problem: (0,_fs_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .fsErrorMessage */ .hX)(err, { doing: 'could not write the provision data file', path: file, direction: 'write' }) };
    }
}


/***/ }),

/***/ 8673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ parseEnvironment),
/* harmony export */   ZN: () => (/* binding */ parseArchitecture),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   g7: () => (/* binding */ checkProvisionOptions)
/* harmony export */ });
/* unused harmony export ARCHITECTURES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Checks on provisioning options before anything talks to AWS (the SDK does not validate them,
// and moto accepts almost anything: research aws-lambda-s3.md §1.1, §3).

/** Parallel S3 requests at most: S3 takes 3,500 PUT/s per prefix. */
const MAX_CONCURRENCY = 512;
const ARCHITECTURES = ['x86_64', 'arm64'];
const ENV_NAME = /^[a-zA-Z][a-zA-Z0-9_]+$/;
/** Lambda reserves these; setting them fails at deploy time. */
const RESERVED_ENV = new Set(['_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR']);
/** A whole number in [min, max], from a string given by the user. */
function parseInteger(value, what, min, max) {
    if (!/^\d+$/.test(value.trim()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} must be a whole number from ${min} to ${max}, got "${value}"`);
    const n = Number(value);
    if (n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} must be from ${min} to ${max}, got ${n}`);
    return n;
}
function parseArchitecture(value, what) {
    if (!ARCHITECTURES.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} is "${value}"; allowed values: ${ARCHITECTURES.join(', ')}`);
    return value;
}
/** KEY=VALUE pairs → environment variables for every function (replacing all of their variables). */
function parseEnvironment(pairs, what) {
    const env = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} expects KEY=VALUE, got "${pair}"`);
        const key = pair.slice(0, eq);
        if (!ENV_NAME.test(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what}: "${key}" is not a valid variable name (a letter, then letters, digits or "_")`);
        if (RESERVED_ENV.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what}: "${key}" is reserved by AWS Lambda`);
        if (key in env)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} sets "${key}" twice`);
        env[key] = pair.slice(eq + 1);
    }
    const size = Object.entries(env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (size > 4096)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what}: the variables take ${size} bytes; AWS Lambda allows 4 KB in all`);
    return env;
}
function checkProvisionOptions(o) {
    if (o.memorySize !== undefined && (o.memorySize < 128 || o.memorySize > 10_240))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`memory size must be from 128 to 10240 MB, got ${o.memorySize}`);
    if (o.timeout !== undefined && (o.timeout < 1 || o.timeout > 900))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`timeout must be from 1 to 900 seconds, got ${o.timeout}`);
    if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1 || o.concurrency > MAX_CONCURRENCY)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${o.concurrency}`);
    }
}


/***/ }),

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ mattermostRequest),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   o_: () => (/* binding */ jsonOf)
/* harmony export */ });
/* unused harmony export redact */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// Requests to the Mattermost server: a Bearer token that never appears in any message, no
// redirects followed (a redirect would carry the token elsewhere: the user is told the URL to use
// instead), a time limit per request, bounded bodies, and retries with progress for the failures
// that pass (dropped connections, 429, 502–504).


const MAX_BODY = 4 * 1024 * 1024;
const RETRY_STATUS = new Set([429, 502, 503, 504]);
async function readBody(res) {
    if (!res.body)
        return '';
    const chunks = [];
    let size = 0;
    const reader = res.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.length;
        if (size > MAX_BODY) {
            await reader.cancel();
            break;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function networkCode(err) {
    const e = err;
    if (e?.name === 'TimeoutError')
        return 'no answer within the time limit';
    return e?.cause?.code ?? e?.code ?? e?.cause?.name ?? err?.message ?? String(err);
}
/** Redacts the token wherever a server echoes it back. */
function redact(text, settings) {
    return settings.token ? text.split(settings.token).join('***') : text;
}
async function mattermostRequest(settings, method, path, body, options = {}) {
    const url = `${settings.siteUrl}${path}`;
    const attempts = options.attempts ?? 4;
    const sleep = options.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    for (let attempt = 1;; attempt++) {
        let problem;
        try {
            const res = await fetch(url, {
                method,
                headers: { Authorization: `Bearer ${settings.token}`, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
                ...(body !== undefined ? { body } : {}),
                redirect: 'manual',
                signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? 30_000)]) : AbortSignal.timeout(options.timeoutMs ?? 30_000),
            });
            const answer = { status: res.status, contentType: res.headers.get('content-type') ?? '', text: redact(await readBody(res), settings) };
            const location = res.headers.get('location');
            if (location)
                answer.location = location;
            if (!RETRY_STATUS.has(res.status) || attempt >= attempts)
                return answer;
            problem = `HTTP ${res.status}`;
        }
        catch (err) {
            if (options.signal?.aborted)
                throw options.signal.reason;
            problem = networkCode(err);
            if (attempt >= attempts) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot reach the Mattermost server at ${settings.siteUrl} (${method} ${path}: ${problem}, ${attempts} attempts): check the Site URL and the network`);
            }
        }
        const wait = Math.min(8_000, 500 * 2 ** (attempt - 1));
        options.onProgress?.(`Mattermost ${method} ${path}: ${problem}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts})`);
        options.signal?.throwIfAborted();
        await sleep(wait);
    }
}
/** The body as JSON, or undefined when it is not JSON. */
function jsonOf(answer) {
    try {
        return answer.text.trim() === '' ? undefined : JSON.parse(answer.text);
    }
    catch {
        return undefined;
    }
}
/** A server's words in one line without control characters: they must not write lines or escape codes of their own. */
function oneLine(text, max = 300) {
    // eslint-disable-next-line no-control-regex
    const t = text.trim().replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ');
    return t.length > max ? `${t.slice(0, max)}…` : t;
}
/** A server's error body in one line: an AppError's message and id, or the text. */
function errorText(answer) {
    const json = jsonOf(answer);
    if (json && typeof json.message === 'string')
        return oneLine(`${json.message}${typeof json.id === 'string' ? ` (${json.id})` : ''}`);
    return oneLine(answer.text) || `HTTP ${answer.status}`;
}


/***/ }),

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  np: () => (/* binding */ checkInstallPossible),
  zb: () => (/* binding */ installCommandsFor),
  FZ: () => (/* binding */ registerApp)
});

// UNUSED EXPORTS: listingRequestBody

// EXTERNAL MODULE: ./src/compat/go-json.ts
var go_json = __nccwpck_require__(1);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __nccwpck_require__(3100);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/manifest/go-structs.ts
var go_structs = __nccwpck_require__(2696);
;// CONCATENATED MODULE: ./src/manifest/marshal.ts


const str = (v) => (typeof v === 'string' ? v : '');
const rec = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? v : undefined);
const isNode = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && 'kind' in v && 'start' in v;
/** Adds a string field unless empty (`omitempty`). */
function marshal_text(out, name, v) {
    if (str(v) !== '')
        out.push([name, str(v)]);
}
function stringSlice(out, name, v) {
    if (Array.isArray(v) && v.length > 0)
        out.push([name, v.map(str)]);
}
function call(c, source) {
    const fields = [];
    marshal_text(fields, 'path', c.path);
    const expand = rec(c.expand);
    if (expand) {
        const levels = [];
        for (const key of go_structs/* EXPAND_KEYS */.Yy)
            marshal_text(levels, key, expand[key]);
        fields.push(['expand', new go_json/* GoStruct */.On(levels)]);
    }
    // interface{}: Go re-encodes what it decoded; the JSON as written means the same to it
    const state = c.state;
    if (isNode(state) && state.kind !== 'null')
        fields.push(['state', new go_json/* GoRaw */.LY(source.subarray(state.start, state.end).toString('utf8'))]);
    return new go_json/* GoStruct */.On(fields);
}
/** The apps.Manifest fields of `m`, in Go's order, as json.Marshal writes them. */
function manifestFields(m) {
    const g = m.go;
    const out = [];
    marshal_text(out, 'SchemaVersion', g.SchemaVersion);
    for (const name of ['app_id', 'version', 'homepage_url', 'display_name', 'description', 'icon'])
        marshal_text(out, name, g[name]);
    for (const name of go_structs/* CALL_FIELDS */.Xk) {
        const c = rec(g[name]);
        if (c)
            out.push([name, call(c, m.source)]);
    }
    stringSlice(out, 'requested_permissions', g.requested_permissions);
    marshal_text(out, 'remote_webhook_auth_type', g.remote_webhook_auth_type);
    stringSlice(out, 'requested_locations', g.requested_locations);
    const lambda = rec(g.aws_lambda);
    if (lambda) {
        const fns = Array.isArray(lambda.functions) ? lambda.functions : [];
        const fields = [];
        if (fns.length > 0) {
            fields.push(['functions', fns.map((f) => new go_json/* GoStruct */.On(['path', 'name', 'handler', 'runtime'].map((k) => [k, str(rec(f)?.[k])])))]);
        }
        out.push(['aws_lambda', new go_json/* GoStruct */.On(fields)]);
    }
    const http = rec(g.http);
    if (http) {
        const fields = [];
        marshal_text(fields, 'root_url', http.root_url);
        if (http.use_jwt === true)
            fields.push(['use_jwt', true]);
        out.push(['http', new go_json/* GoStruct */.On(fields)]);
    }
    const openFaas = rec(g.open_faas);
    if (openFaas) {
        const fns = Array.isArray(openFaas.functions) ? openFaas.functions : [];
        out.push(['open_faas', new go_json/* GoStruct */.On(fns.length > 0 ? [['functions', fns.map((f) => new go_json/* GoStruct */.On([['path', str(rec(f)?.path)], ['name', str(rec(f)?.name)]]))]] : [])]);
    }
    const plugin = rec(g.plugin);
    if (plugin) {
        const fields = [];
        marshal_text(fields, 'plugin_id', plugin.plugin_id);
        out.push(['plugin', new go_json/* GoStruct */.On(fields)]);
    }
    return out;
}
/** json.Marshal(apps.Manifest). */
function marshalManifest(m) {
    return goMarshal(new GoStruct(manifestFields(m)));
}

// EXTERNAL MODULE: ./src/register/http.ts
var http = __nccwpck_require__(5725);
// EXTERNAL MODULE: ./src/register/server.ts + 18 modules
var register_server = __nccwpck_require__(5285);
;// CONCATENATED MODULE: ./src/register/register.ts
// Makes a deployed version installable, as `appsctl aws deploy [--install]` does (updateMattermost,
// cmd/appsctl/mattermost.go): the manifest goes into the Apps plugin's local listing
// (update-app-listing with "add_deploys": ["aws_lambda"], which the plugin's mergeDeployData needs
// to take the aws_lambda section), and with install the app is installed (install-app).






/** The install commands by plugin generation; without a server, both, labelled. */
function installCommandsFor(appId, version, generation) {
    const c = (0,naming/* installCommands */._P)(appId, version);
    const listed = { command: c.listed, plugins: 'Apps plugin v1.0 and later, once registered' };
    const aws = { command: c.aws, plugins: 'Apps plugin v0.7' };
    if (generation === 'v1')
        return [listed];
    if (generation === 'v0.7')
        return [aws];
    return [aws, listed];
}
/** The update-app-listing body: apps.Manifest's fields, then Replace and add_deploys (appclient.UpdateAppListingRequest). */
function listingRequestBody(m) {
    return (0,go_json/* goMarshal */.vy)(new go_json/* GoStruct */.On([...manifestFields(m), ['Replace', false], ['add_deploys', ['aws_lambda']]]));
}
/** A v0.7 server cannot be asked to install: say so before anything is deployed. */
function checkInstallPossible(server, install, m) {
    if (install && server.plugin.generation === 'v0.7') {
        throw new errors/* UserError */.y(`install needs Apps plugin v1.0 or later, and ${server.siteUrl} runs ${server.plugin.version}, which has no install API: deploy without install, then run "${(0,naming/* installCommands */._P)(m.appId, m.version).aws}" in Mattermost`);
    }
}
function refused(what, status, text, site) {
    if (status === 401)
        return new errors/* UserError */.y(`${what} was refused (401: ${text}): MM_ADMIN_TOKEN must be a system admin's valid token`);
    if (status === 404 && /page not found/i.test(text))
        return new errors/* UserError */.y(`${what} failed: the Apps plugin no longer answers on ${site} (404); is it still enabled?`);
    return new errors/* UserError */.y(`${what} failed (HTTP ${status}): ${text}`);
}
async function registerApp(server, settings, m, install, options = {}) {
    const [command] = installCommandsFor(m.appId, m.version, server.plugin.generation);
    const result = { siteUrl: server.siteUrl, pluginVersion: server.plugin.version, registered: false, installed: false, installCommand: command, notes: [] };
    if (server.plugin.generation === 'v0.7') {
        result.notes.push(`Apps plugin ${server.plugin.version} reads manifests from S3: there is nothing to register; install with ${command.command}`);
        return result;
    }
    options.onProgress?.(`registering ${m.appId} ${m.version} with the Apps plugin on ${server.siteUrl}`);
    const listed = await (0,http/* mattermostRequest */.EF)(settings, 'POST', `${register_server/* APPS_API */.wq}/update-app-listing`, listingRequestBody(m), options);
    if (listed.status !== 200) {
        const text = (0,http/* errorText */.kc)(listed);
        if (listed.status === 400)
            throw new errors/* UserError */.y(`the Apps plugin on ${server.siteUrl} refused the manifest (400): ${text}`);
        throw refused('registering the app (update-app-listing)', listed.status, text, server.siteUrl);
    }
    const echoed = (0,http/* jsonOf */.o_)(listed);
    if (echoed && typeof echoed === 'object' && (echoed.app_id !== m.appId || (echoed.version ?? '') !== m.version)) {
        throw new errors/* UserError */.y(`the Apps plugin on ${server.siteUrl} listed ${String(echoed.app_id)} ${String(echoed.version ?? '')} instead of ${m.appId} ${m.version}`);
    }
    result.registered = true;
    if (!install)
        return result;
    options.onProgress?.(`installing ${m.appId} on ${server.siteUrl}`);
    const installed = await (0,http/* mattermostRequest */.EF)(settings, 'POST', `${register_server/* APPS_API */.wq}/install-app`, JSON.stringify({ app_id: m.appId, deploy_type: 'aws_lambda' }), options);
    if (installed.status !== 200) {
        const text = (0,http/* errorText */.kc)(installed);
        if (/deployment is not configured/.test(text)) {
            throw new errors/* UserError */.y(`registered, but the Apps plugin on ${server.siteUrl} cannot install AWS Lambda apps: ${text}. Set MM_APPS_AWS_ACCESS_KEY, MM_APPS_AWS_SECRET_KEY, MM_APPS_AWS_REGION and MM_APPS_S3_BUCKET on the server and restart it, then run "mm-apps-deploy register PATH --install"`);
        }
        if (/ping/.test(text)) {
            throw new errors/* UserError */.y(`registered, but the Apps plugin could not call the app to install it: ${text}. Check that the plugin's invoke user may invoke the functions (mm-apps-deploy test --invoke)`);
        }
        throw refused('registered, but installing the app (install-app)', installed.status, text, server.siteUrl);
    }
    result.installed = true;
    return result;
}


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wq: () => (/* binding */ APPS_API),
  NK: () => (/* binding */ checkMattermost)
});

// UNUSED EXPORTS: APPS_PLUGIN_ID, generationOf

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return core._number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBoolean", (inst, def) => {
    core.$ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
})));
function schemas_boolean(params) {
    return core._boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/register/http.ts
var http = __nccwpck_require__(5725);
;// CONCATENATED MODULE: ./src/register/server.ts
// The Mattermost preflight, run before anything is written anywhere: the site answers, the token
// is valid and belongs to a system admin, the Apps plugin is installed and enabled, and which
// version it is, which decides how an app becomes installable (research: plugin v1.0+ installs
// only apps in its local listing; v0.7 reads manifests from S3).



const APPS_PLUGIN_ID = 'com.mattermost.apps';
/** {site}/plugins/com.mattermost.apps/api/v1 (apps/appclient ClientPP.apipath). */
const APPS_API = `/plugins/${APPS_PLUGIN_ID}/api/v1`;
const userSchema = object({ id: schemas_string(), username: schemas_string(), roles: schemas_string().default('') });
const pluginInfo = object({ id: schemas_string(), version: schemas_string().default('') }).passthrough();
const pluginsSchema = object({ active: array(pluginInfo).nullable().default([]), inactive: array(pluginInfo).nullable().default([]) });
const pingSchema = object({ version: schemas_string() });
/** The plugin generation of a version string such as "1.2.2" or "v0.7.0". */
function generationOf(version) {
    const major = Number(/^v?(\d+)\./.exec(version)?.[1] ?? NaN);
    return major >= 1 ? 'v1' : 'v0.7';
}
function redirected(answer, settings) {
    if (answer.status < 300 || answer.status >= 400)
        return undefined;
    const to = answer.location ? new URL(answer.location, `${settings.siteUrl}/`) : undefined;
    const site = to ? `${to.origin}${to.pathname.replace(/\/api\/v4\/.*$|\/plugins\/.*$/, '')}` : undefined;
    return new errors/* UserError */.y(`${settings.siteUrl} redirects (HTTP ${answer.status})${site ? ` to ${(0,http/* oneLine */.TN)(site)}` : ''}; the token is not sent across redirects: use ${site ? 'that' : 'the final'} URL as the Site URL`);
}
/** The preflight: every check reads, nothing is written. */
async function checkMattermost(settings, options = {}) {
    const site = settings.siteUrl;
    options.onProgress?.(`checking the Mattermost server at ${site}`);
    const me = await (0,http/* mattermostRequest */.EF)(settings, 'GET', '/api/v4/users/me', undefined, options);
    const moved = redirected(me, settings);
    if (moved)
        throw moved;
    if (me.status === 401) {
        throw new errors/* UserError */.y(`the Mattermost server at ${site} refused MM_ADMIN_TOKEN (401: ${(0,http/* errorText */.kc)(me)}): the token is invalid, expired or revoked. ` +
            "Create a personal access token for a system admin (Profile › Security › Personal Access Tokens; they must be enabled under System Console › Integrations) and set it in MM_ADMIN_TOKEN");
    }
    const user = userSchema.safeParse((0,http/* jsonOf */.o_)(me));
    if (me.status !== 200 || !user.success) {
        throw new errors/* UserError */.y(`${site} does not answer like a Mattermost server (GET /api/v4/users/me: HTTP ${me.status}${me.status === 200 ? ', not a user' : `, ${(0,http/* errorText */.kc)(me)}`}); give the server's Site URL, e.g. https://chat.example.com`);
    }
    const { id, username, roles } = user.data;
    if (!roles.split(/\s+/).includes('system_admin')) {
        throw new errors/* UserError */.y(`MM_ADMIN_TOKEN belongs to "${(0,http/* oneLine */.TN)(username, 64)}", who is not a system admin on ${site}: the Apps plugin lets only system admins list and install apps (RequireSysadminOrPlugin). Use a system admin's token`);
    }
    const version = await appsPluginVersion(settings, options);
    return { siteUrl: site, user: { id, username }, plugin: { version, generation: generationOf(version) } };
}
/** The Apps plugin's version: from the plugin list (system admins may read it), else the plugin's own ping. */
async function appsPluginVersion(settings, options) {
    const site = settings.siteUrl;
    const list = await (0,http/* mattermostRequest */.EF)(settings, 'GET', '/api/v4/plugins', undefined, options);
    if (list.status === 501)
        throw new errors/* UserError */.y(`plugins are disabled on ${site} (PluginSettings.Enable is false): enable plugins, then install and enable the Apps plugin (${APPS_PLUGIN_ID})`);
    const parsed = list.status === 200 ? pluginsSchema.safeParse((0,http/* jsonOf */.o_)(list)) : undefined;
    if (parsed?.success) {
        const active = (parsed.data.active ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        const inactive = (parsed.data.inactive ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        if (active)
            return active.version;
        if (inactive)
            throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID} ${(0,http/* oneLine */.TN)(inactive.version, 32)}) is installed on ${site} but not enabled: enable it under System Console › Plugins › Plugin Management`);
        throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed on ${site}: install it from the Marketplace (System Console › Plugins) and enable it`);
    }
    // No permission to list plugins (a custom role): ask the plugin itself.
    const ping = await (0,http/* mattermostRequest */.EF)(settings, 'POST', `${APPS_API}/ping`, '{}', options);
    if (ping.status === 404)
        throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed or not enabled on ${site} (its API answers 404): install and enable it under System Console › Plugins`);
    const pong = pingSchema.safeParse((0,http/* jsonOf */.o_)(ping));
    if (ping.status !== 200 || !pong.success)
        throw new errors/* UserError */.y(`cannot read the Apps plugin's version on ${site} (GET /api/v4/plugins: HTTP ${list.status}; plugin ping: HTTP ${ping.status}, ${(0,http/* errorText */.kc)(ping)})`);
    return pong.data.version;
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   uZ: () => (/* binding */ receive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2693);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4266);
// Writes a download to a file while counting and hashing it. The size limit is enforced on the
// bytes as they arrive, not on what the server announced: a server that sends no Content-Length,
// or a wrong one, cannot make us write more than the limit.







/** A bundle over the limit: announced by the server (nothing read), or found while receiving it. */
function tooLarge(what, maxBytes, announced) {
    const limit = `the ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(maxBytes)} (${maxBytes.toLocaleString('en-US')} bytes) a bundle may have`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(announced !== undefined
        ? `${what} is ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(announced)} (${announced.toLocaleString('en-US')} bytes), more than ${limit}; it was not downloaded`
        : `${what} is larger than ${limit}; the download was stopped and nothing was kept`);
}
/**
 * Streams `body` into `file` (created or truncated), at most `maxBytes`. Returns the size and
 * hex SHA-256 of what was written. The body is destroyed as soon as it goes over the limit or
 * stalls.
 */
async function receive(body, file, o) {
    const { state } = o;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    state.phase = 'receiving';
    state.received = 0;
    let idle;
    const watch = () => {
        clearTimeout(idle);
        idle = setTimeout(() => body.destroy(new _util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_(`${state.from} sent nothing for ${seconds(o.idleMs)}`)), o.idleMs);
    };
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _encoding, done) {
            watch();
            state.received += chunk.length;
            if (state.received > o.maxBytes) {
                done(tooLarge(o.what, o.maxBytes));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        },
    });
    watch();
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file));
    }
    finally {
        clearTimeout(idle);
    }
    if (state.total !== undefined && state.received !== state.total) {
        // the connection broke: another attempt may get it all
        throw new _util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_(`${o.what} ended after ${state.received.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} bytes`);
    }
    return { size: state.received, sha256: hash.digest('hex') };
}
function seconds(ms) {
    return ms < 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 6573:
/***/ (() => {

// Imported first by both entry points: libuv reads UV_THREADPOOL_SIZE when it starts its thread
// pool, at the first file read or inflate. Provisioning reads and inflates dozens of static files
// at once while it uploads others; 4 threads (the default) kept uploads waiting on reads.
process.env.UV_THREADPOOL_SIZE ??= '16';



/***/ }),

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Human sizes in binary units: "512 B", "3.4 KiB", "19.3 MiB". */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
function plural(n, word, many = `${word}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}
/** Aligns rows of cells into columns separated by two spaces. */
function table(rows, indent = '  ') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ listenForInterrupts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// One AbortSignal per run, aborted with an Interrupted on SIGINT or SIGTERM. Created by the front
// ends (the CLI, the action) and passed through the core, which checks it before each write. A
// second signal stops the process at once, for a user who does not want to wait.

function listenForInterrupts(onForce = () => undefined) {
    const controller = new AbortController();
    const handler = (sig) => {
        if (controller.signal.aborted) {
            onForce(sig);
            process.exit(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Interrupted */ .j(sig).exitCode);
        }
        controller.abort(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Interrupted */ .j(sig));
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const s of signals)
        process.on(s, handler);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const s of signals)
                process.off(s, handler);
        },
    };
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   dg: () => (/* binding */ isTransient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2693);
// Retries for transfers the AWS SDK cannot retry itself (downloads, streamed uploads): a dropped
// connection, a stall, a truncated body, HTTP 5xx and 429 are worth another try; anything the
// user must fix (a 404, a refused token, a bundle too large, a wrong SHA-256) is not. Every wait
// is announced, so nothing waits silently.


/** A failure that another attempt may not have. */
class TransientError extends Error {
    retryAfterMs;
    name = 'TransientError';
    constructor(message, 
    /** From a Retry-After header, when the server sent one. */
    retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);
function isTransient(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
        return false;
    if (err instanceof TransientError)
        return true;
    const e = err;
    if (e?.code && TRANSIENT_CODES.has(e.code))
        return true;
    const status = e?.$metadata?.httpStatusCode;
    return status !== undefined && (status >= 500 || status === 429);
}
/** 1 s, 2 s, 4 s, … at most 30 s, before attempt `attempt + 1`. */
function backoffDelay(attempt) {
    return Math.min(30_000, 1000 * 2 ** (attempt - 1));
}
/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts are used up. `what` completes
 * "could not …", e.g. "fetch https://example.com/app.zip".
 */
async function withRetries(what, options, attempt) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (!isTransient(err))
                throw err;
            const reason = err.message;
            if (n >= options.attempts)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`could not ${what} after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'attempt')}: ${reason}`);
            const wait = Math.min(30_000, Math.max(options.delay(n), err instanceof TransientError ? (err.retryAfterMs ?? 0) : 0));
            options.onRetry(`${reason}; trying again in ${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} s (attempt ${n + 1} of ${options.attempts})`);
            await options.sleep(wait);
        }
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 1052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ localHeaderLength),
/* harmony export */   II: () => (/* binding */ ZipDataError),
/* harmony export */   Yj: () => (/* binding */ inflateEntry),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   fC: () => (/* binding */ faultError),
/* harmony export */   tD: () => (/* binding */ MAX_INFLATE_CHUNK),
/* harmony export */   vk: () => (/* binding */ entryStream),
/* harmony export */   xT: () => (/* binding */ checkLocalHeader)
/* harmony export */ });
/* unused harmony exports hex, dataStart */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(976);
// Reading one entry's data and proving it is what the central directory declares: the local
// header agrees with the central directory (name, method, CRC-32 and sizes), the data inflates
// without error to exactly the declared size, and its CRC-32 matches. Go's archive/zip, which
// appsctl uses, fails such entries with ErrChecksum ("zip: checksum error"), ErrFormat or
// io.ErrUnexpectedEOF for a wrong size (checksumReader.Read in archive/zip/reader.go); it reads
// the local header only for its lengths, which is why a header that disagrees is refused here:
// readers that stream local headers would see other data. Bytes that fail are never handed on:
// a stream holds back its last chunk until the CRC-32 has matched.




/** An entry whose bytes are not what the archive declares: the archive is corrupt, reading it again will not help. */
class ZipDataError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    finding;
    name = 'ZipDataError';
    constructor(finding) {
        super(finding.message);
        this.finding = finding;
    }
}
const LOCAL_HEADER_SIZE = 30;
const LOCAL_SIGNATURE = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;
const hex = (n) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
function dataError(label, name, detail) {
    return new ZipDataError((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('MMA129', label.at, label.what, name, detail));
}
function headerError(label, name, detail) {
    return new ZipDataError((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('MMA130', label.at, label.what, name, detail));
}
/** The local header's name and extra lengths, from its first 30 bytes. */
function localHeaderLength(fixed, label, e) {
    if (fixed.readUInt32LE(0) !== LOCAL_SIGNATURE)
        throw headerError(label, e.info.name, `is missing (no local header signature at byte ${e.offset})`);
    return LOCAL_HEADER_SIZE + fixed.readUInt16LE(26) + fixed.readUInt16LE(28);
}
/** Checks a whole local header (30 bytes, name and extra field; more bytes may follow) against the central directory. */
function checkLocalHeader(header, label, e) {
    const fail = (detail) => headerError(label, e.info.name, detail);
    const flags = header.readUInt16LE(6);
    const method = header.readUInt16LE(8);
    const crc = header.readUInt32LE(14);
    let compressedSize = header.readUInt32LE(18);
    let size = header.readUInt32LE(22);
    const nameEnd = LOCAL_HEADER_SIZE + header.readUInt16LE(26);
    if (nameEnd - LOCAL_HEADER_SIZE !== e.rawName.length || header.compare(e.rawName, 0, e.rawName.length, LOCAL_HEADER_SIZE, nameEnd) !== 0) {
        throw fail(`names ${JSON.stringify(header.toString('latin1', LOCAL_HEADER_SIZE, nameEnd))}, so readers that trust it see another file`);
    }
    if (method !== e.info.method)
        throw fail(`says compression method ${method}, the central directory ${e.info.method}`);
    if ((flags & FLAG_ENCRYPTED) !== (e.flags & FLAG_ENCRYPTED))
        throw fail('disagrees with the central directory on encryption');
    if (size === MAX_32 || compressedSize === MAX_32) {
        // zip64: the local extra field holds both sizes (APPNOTE 4.5.3)
        const zip64 = zip64Sizes(header.subarray(nameEnd, nameEnd + header.readUInt16LE(28)));
        if (zip64)
            [size, compressedSize] = zip64;
    }
    // With a data descriptor (flag bit 3) the local fields may be zero; the central directory has the values.
    const agrees = (local, central) => local === central || ((flags & FLAG_DATA_DESCRIPTOR) !== 0 && local === 0);
    if (!agrees(crc, e.info.crc32))
        throw fail(`declares CRC-32 ${hex(crc)}, the central directory ${hex(e.info.crc32)}`);
    if (!agrees(size, e.info.size))
        throw fail(`declares ${size} bytes unzipped, the central directory ${e.info.size}`);
    if (!agrees(compressedSize, e.info.compressedSize))
        throw fail(`declares ${compressedSize} bytes compressed, the central directory ${e.info.compressedSize}`);
}
function zip64Sizes(extra) {
    for (let p = 0; p + 4 <= extra.length;) {
        const id = extra.readUInt16LE(p);
        const length = extra.readUInt16LE(p + 2);
        if (id === ZIP64_EXTRA && length >= 16 && p + 4 + 16 <= extra.length) {
            return [Number(extra.readBigUInt64LE(p + 4)), Number(extra.readBigUInt64LE(p + 12))];
        }
        p += 4 + length;
    }
    return undefined;
}
function faultError(label, e, fault) {
    const name = e.info.name;
    switch (fault.kind) {
        case 'zlib':
            return dataError(label, name, `has invalid deflate data (${fault.message})`);
        case 'more':
            return dataError(label, name, `unzips to more than the ${e.info.size} bytes its headers declare`);
        case 'size':
            return dataError(label, name, `unzips to ${fault.actual} bytes, its headers declare ${e.info.size}`);
        case 'crc':
            return dataError(label, name, `has CRC-32 ${hex(fault.actual)}, its headers declare ${hex(e.info.crc32)}`);
    }
}
function resultFault(e, length, crc) {
    if (length !== e.info.size)
        return { kind: 'size', actual: length };
    if (crc >>> 0 !== e.info.crc32 >>> 0)
        return { kind: 'crc', actual: crc >>> 0 };
    return undefined;
}
function inflateError(label, e, err) {
    if (err instanceof ZipDataError)
        return err;
    const code = err.code ?? '';
    if (code === 'ERR_BUFFER_TOO_LARGE')
        return faultError(label, e, { kind: 'more' });
    if (code.startsWith('Z_'))
        return faultError(label, e, { kind: 'zlib', message: err.message });
    return err;
}
/** The largest output chunk for inflating an entry in one call. */
const MAX_INFLATE_CHUNK = 1024 * 1024;
/** Output limits for inflating an entry in one call (the helper thread of verify-helper.ts uses the same). */
function inflateOptions(size) {
    // One byte more than declared is enough to tell that the data lies; a bomb gets no further.
    // An output chunk of that size saves zlib's 16 KiB chunk per small entry.
    const limit = size + 1;
    return { maxOutputLength: limit, chunkSize: Math.min(Math.max(64, limit), MAX_INFLATE_CHUNK) };
}
/** The verified bytes of an entry whose compressed `data` is in memory. */
function inflateEntry(data, label, e) {
    let out = data;
    if (e.info.method === 8) {
        try {
            out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(data, inflateOptions(e.info.size));
        }
        catch (err) {
            throw inflateError(label, e, err);
        }
    }
    const fault = resultFault(e, out.length, (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(out));
    if (fault)
        throw faultError(label, e, fault);
    return out;
}
/** Counts and checksums a stream of entry bytes; holds back the last chunk until both match. */
class EntryVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    label;
    entry;
    crc = 0;
    count = 0;
    held;
    constructor(label, entry) {
        super();
        this.label = label;
        this.entry = entry;
    }
    _transform(chunk, _encoding, callback) {
        this.count += chunk.length;
        if (this.count > this.entry.info.size)
            return callback(faultError(this.label, this.entry, { kind: 'more' }));
        this.crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(chunk, this.crc);
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        const fault = resultFault(this.entry, this.count, this.crc);
        if (fault)
            return callback(faultError(this.label, this.entry, fault));
        callback(null, this.held);
    }
}
/** Reads and checks the local header; returns where the entry's data starts. */
async function dataStart(source, label, e) {
    const fixed = await source.read(e.offset, LOCAL_HEADER_SIZE);
    const length = localHeaderLength(fixed, label, e);
    checkLocalHeader(await source.read(e.offset, length), label, e);
    return e.offset + length;
}
/** A stream of the entry's verified bytes; it fails with a ZipDataError when they are not what the headers declare. */
function entryStream(source, label, e) {
    const verifier = new EntryVerifier(label, e);
    let upstream = [];
    const fail = (err) => {
        if (!verifier.destroyed)
            verifier.destroy(inflateError(label, e, err));
    };
    // A consumer that stops early (an aborted upload) releases the file stream and the inflater.
    verifier.once('close', () => upstream.forEach((s) => s.destroy()));
    dataStart(source, label, e).then((start) => {
        if (verifier.destroyed)
            return;
        const raw = source.stream(start, start + e.info.compressedSize);
        raw.on('error', fail);
        if (e.info.method === 8) {
            const inflate = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createInflateRaw)();
            inflate.on('error', fail);
            upstream = [raw, inflate];
            raw.pipe(inflate).pipe(verifier);
        }
        else {
            upstream = [raw];
            raw.pipe(verifier);
        }
    }, fail);
    return verifier;
}


/***/ }),

/***/ 5714:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ DEFAULT_LIMITS),
  SJ: () => (/* binding */ ZipArchive)
});

// UNUSED EXPORTS: ZipDataError, unsafeNameProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/fs/file-kind.ts
var file_kind = __nccwpck_require__(8564);
;// CONCATENATED MODULE: ./src/zip/byte-source.ts
// Random access to the bytes of an archive: a file on disk or bytes already in memory (an archive
// inside a bundle).




class TruncatedError extends Error {
    constructor(position, length, size) {
        super(`the archive ends at byte ${size}, before the ${length} bytes at ${position} it refers to`);
    }
}
/** A FIFO given as an archive cannot block the open; what is not a regular file is refused. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
async function openSource(source) {
    if (typeof source !== 'string')
        return new BufferSource(source);
    const fh = await (0,external_node_fs_promises_.open)(source, OPEN_FLAGS);
    try {
        const st = await fh.stat();
        if (st.isDirectory())
            throw Object.assign(new Error(`EISDIR: ${source} is a directory`), { code: 'EISDIR' });
        if (!st.isFile())
            throw new Error(`it is a ${(0,file_kind/* kindOf */.I)(st)}, not a file`);
        return new FileSource(fh, st.size);
    }
    catch (err) {
        await fh.close();
        throw err;
    }
}
class BufferSource {
    bytes;
    size;
    constructor(bytes) {
        this.bytes = bytes;
        this.size = bytes.length;
    }
    async read(position, length) {
        if (position < 0 || position + length > this.size)
            throw new TruncatedError(position, length, this.size);
        return this.bytes.subarray(position, position + length);
    }
    stream(start, end) {
        return new RangeStream(this, start, end);
    }
    async close() { }
}
class FileSource {
    fh;
    size;
    constructor(fh, size) {
        this.fh = fh;
        this.size = size;
    }
    async read(position, length) {
        if (position < 0 || position + length > this.size)
            throw new TruncatedError(position, length, this.size);
        const buf = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await this.fh.read(buf, done, length - done, position + done);
            if (bytesRead === 0)
                throw new TruncatedError(position, length, position + done);
            done += bytesRead;
        }
        return buf;
    }
    stream(start, end) {
        return new RangeStream(this, start, end);
    }
    async close() {
        await this.fh.close();
    }
}
const CHUNK = 256 * 1024;
/**
 * A file range as a stream, read through the source (not fs.createReadStream, whose destroy()
 * closes a borrowed descriptor even with autoClose: false: a consumer that stops early would
 * close the archive under its other readers).
 */
class RangeStream extends external_node_stream_.Readable {
    source;
    position;
    end;
    constructor(source, position, end) {
        super({ highWaterMark: CHUNK });
        this.source = source;
        this.position = position;
        this.end = end;
    }
    _read() {
        const length = Math.min(CHUNK, this.end - this.position);
        if (length <= 0) {
            this.push(null);
            return;
        }
        this.source.read(this.position, length).then((bytes) => {
            this.position += length;
            this.push(bytes);
        }, (err) => this.destroy(err));
    }
}

;// CONCATENATED MODULE: ./src/zip/central-directory.ts
class ZipFormatError extends Error {
}
const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
const u64 = (b, at) => {
    const n = b.readBigUInt64LE(at);
    if (n > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError('a zip64 field is larger than 2^53');
    return Number(n);
};
/** Finds the end records and where the directory is; reads no record yet. */
async function readCentralDirectory(source) {
    const tailLength = Math.min(source.size, EOCD_SIZE + MAX_16 + ZIP64_LOCATOR_SIZE);
    const tail = await source.read(source.size - tailLength, tailLength);
    // The comment may not contain the signature; search from the end, as every reader does.
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && tail.readUInt16LE(i + 20) === tail.length - i - EOCD_SIZE) {
            at = i;
            break;
        }
    }
    if (at < 0)
        throw new ZipFormatError('no zip end-of-central-directory record: not a zip file, or truncated');
    const end = tail.subarray(at);
    const endPosition = source.size - tailLength + at;
    if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0)
        throw new ZipFormatError('it spans several disks');
    let declared = end.readUInt16LE(10);
    let size = end.readUInt32LE(12);
    let offset = end.readUInt32LE(16);
    let directoryEnd = endPosition;
    if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR) {
        const zip64Position = u64(tail, at - ZIP64_LOCATOR_SIZE + 8);
        if (zip64Position + ZIP64_EOCD_SIZE > endPosition - ZIP64_LOCATOR_SIZE)
            throw new ZipFormatError('its zip64 end record is out of place');
        const zip64 = await source.read(zip64Position, ZIP64_EOCD_SIZE);
        if (zip64.readUInt32LE(0) !== ZIP64_EOCD)
            throw new ZipFormatError('its zip64 end record is missing');
        if (zip64.readUInt32LE(16) !== 0 || zip64.readUInt32LE(20) !== 0)
            throw new ZipFormatError('it spans several disks');
        declared = u64(zip64, 32);
        size = u64(zip64, 40);
        offset = u64(zip64, 48);
        directoryEnd = zip64Position;
    }
    if (offset + size !== directoryEnd) {
        throw new ZipFormatError(`its end record places the central directory at bytes ${offset}–${offset + size}, but it ends at ${directoryEnd} (data before the archive, or a damaged directory)`);
    }
    return {
        offset,
        declared,
        records: async () => {
            return parseRecords(await source.read(offset, size), offset, declared);
        },
    };
}
function parseRecords(cd, base, declared) {
    const records = [];
    let p = 0;
    while (p < cd.length) {
        if (p + CENTRAL_SIZE > cd.length || cd.readUInt32LE(p) !== CENTRAL)
            throw new ZipFormatError(`no central directory record at byte ${base + p}`);
        const nameLength = cd.readUInt16LE(p + 28);
        const extraLength = cd.readUInt16LE(p + 30);
        const commentLength = cd.readUInt16LE(p + 32);
        const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
        if (next > cd.length)
            throw new ZipFormatError(`the central directory record at byte ${base + p} runs past the directory`);
        const r = {
            versionMadeBy: cd.readUInt16LE(p + 4),
            flags: cd.readUInt16LE(p + 8),
            method: cd.readUInt16LE(p + 10),
            crc32: cd.readUInt32LE(p + 16),
            compressedSize: cd.readUInt32LE(p + 20),
            size: cd.readUInt32LE(p + 24),
            externalAttributes: cd.readUInt32LE(p + 38),
            offset: cd.readUInt32LE(p + 42),
            rawName: cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength),
        };
        if (r.size === MAX_32 || r.compressedSize === MAX_32 || r.offset === MAX_32)
            zip64Fields(r, cd.subarray(p + CENTRAL_SIZE + nameLength, p + CENTRAL_SIZE + nameLength + extraLength), base + p);
        records.push(r);
        p = next;
    }
    // Go's archive/zip reads records until the signature stops and then compares the count; yauzl
    // stops at the count. Either way, a directory with other than the declared entries hides files.
    if (records.length !== declared)
        throw new ZipFormatError(`its central directory holds ${records.length} entries, its end record declares ${declared}`);
    return records;
}
/** The zip64 extended information extra field (0x0001): 64-bit values for the fields set to 0xffffffff, in order. */
function zip64Fields(r, extra, at) {
    for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
        if (extra.readUInt16LE(p) !== 0x0001)
            continue;
        const field = extra.subarray(p + 4, p + 4 + extra.readUInt16LE(p + 2));
        let q = 0;
        const take = () => {
            if (q + 8 > field.length)
                throw new ZipFormatError(`the zip64 field of the record at byte ${at} is too short`);
            q += 8;
            return u64(field, q - 8);
        };
        if (r.size === MAX_32)
            r.size = take();
        if (r.compressedSize === MAX_32)
            r.compressedSize = take();
        if (r.offset === MAX_32)
            r.offset = take();
        return;
    }
    // No zip64 field: the values are what they say (yauzl 3.1.1 reads them so too).
}

// EXTERNAL MODULE: ./src/zip/entry-data.ts
var entry_data = __nccwpck_require__(1052);
;// CONCATENATED MODULE: ./src/zip/listing.ts
// The checks on an untrusted archive's central directory, made before any entry is read. Names are
// taken raw, as Go's archive/zip and the Apps plugin see them (no Info-ZIP Unicode path field),
// and refused when absolute, escaping, or unclean; symlinks, duplicates, encrypted entries,
// unknown compression, too many entries and too many bytes are refused; so are the bombs built
// from the layout itself: entries whose data overlap (many names for one compressed block),
// entries that point into the central directory, and a compression ratio too high for the
// archive as a whole, not only per entry.


/**
 * Limits for any archive read from outside. 100,000 entries: more than zip's 65,535 without zip64
 * (which the packer writes when needed), far more than any app. 1 GiB unzipped: appsctl holds the
 * whole bundle in memory (GetDeployDataFromFile), Lambda takes 250 MB per function. 200:1: deflate
 * cannot exceed about 1,030:1; real code and text stay far below 200:1 even in aggregate.
 */
const DEFAULT_LIMITS = {
    maxEntries: 100_000,
    maxUncompressed: 1024 * 1024 * 1024,
    maxRatio: 200,
    ratioFloor: 1024 * 1024,
};
/** Problems with one entry's name, or undefined when it is a clean relative path. */
function unsafeNameProblem(name) {
    if (name === '')
        return 'has an empty name';
    if (name.includes('\\'))
        return 'contains a backslash';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
    if (segments.includes('..'))
        return 'escapes the archive with ".."';
    if (segments.some((s) => s === '' || s === '.'))
        return 'is not a normalised path (empty or "." segment)';
    return undefined;
}
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Findings about entry extents in one archive: enough to show the problem, not a flood. */
const MAX_EXTENT_FINDINGS = 10;
function isAscii(bytes) {
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x80)
            return false;
    return true;
}
/** Checks every central directory record; `centralDirectory` is where the records start. */
function listEntries(records, centralDirectory, label, limits) {
    const { what, at } = label;
    const findings = [];
    const entries = [];
    const all = [];
    const names = new Set();
    let total = 0;
    let totalCompressed = 0;
    for (const r of records) {
        let name;
        let valid = true;
        if (isAscii(r.rawName))
            name = r.rawName.toString('latin1');
        else {
            try {
                name = utf8.decode(r.rawName);
            }
            catch {
                name = r.rawName.toString('latin1');
                valid = false;
            }
        }
        const unixMode = r.versionMadeBy >> 8 === 3 ? r.externalAttributes >>> 16 : 0;
        const e = {
            info: { name, size: r.size, compressedSize: r.compressedSize, method: r.method, directory: name.endsWith('/'), executable: (unixMode & 0o111) !== 0, crc32: r.crc32 },
            rawName: r.rawName,
            flags: r.flags,
            offset: r.offset,
        };
        all.push(e);
        const problem = valid ? unsafeNameProblem(name) : 'is not valid UTF-8';
        if (problem)
            findings.push((0,finding/* finding */.gk)('MMA121', at, what, name, problem));
        else if ((unixMode & S_IFMT) === S_IFLNK)
            findings.push((0,finding/* finding */.gk)('MMA122', at, what, name));
        else if (names.has(name))
            findings.push((0,finding/* finding */.gk)('MMA123', at, what, name));
        else if ((r.flags & 0x1) !== 0)
            findings.push((0,finding/* finding */.gk)('MMA124', at, what, name));
        else if (!e.info.directory && r.method !== 0 && r.method !== 8)
            findings.push((0,finding/* finding */.gk)('MMA128', at, what, name, r.method));
        else if (r.method === 0 && r.compressedSize !== r.size) {
            findings.push((0,finding/* finding */.gk)('MMA129', at, what, name, `is stored, yet its headers declare ${r.compressedSize} bytes stored and ${r.size} unzipped`));
        }
        else if (r.size > limits.ratioFloor && ratio(r.size, r.compressedSize) > limits.maxRatio) {
            findings.push((0,finding/* finding */.gk)('MMA127', at, what, name, ratio(r.size, r.compressedSize)));
        }
        else {
            names.add(name);
            total += r.size;
            totalCompressed += r.compressedSize;
            entries.push(e);
        }
    }
    findings.push(...extentFindings(all, centralDirectory, label));
    if (total > limits.maxUncompressed)
        findings.push((0,finding/* finding */.gk)('MMA126', at, what, total, limits.maxUncompressed));
    else if (total > limits.ratioFloor && ratio(total, totalCompressed) > limits.maxRatio)
        findings.push((0,finding/* finding */.gk)('MMA133', at, what, total, totalCompressed));
    return { entries, findings };
}
function ratio(size, compressedSize) {
    return size / Math.max(1, compressedSize);
}
/**
 * Each entry's bytes (local header, name, data) must lie between its own offset and the next
 * entry's, and before the central directory. This is a lower bound (local extra fields and data
 * descriptors add to it); reading the entries checks the exact extent again.
 */
function extentFindings(entries, centralDirectory, label) {
    const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
    const end = (e) => e.offset + entry_data/* LOCAL_HEADER_SIZE */._0 + e.rawName.length + e.info.compressedSize;
    const overlapping = new Set();
    let first;
    for (let i = 0; i + 1 < byOffset.length; i++) {
        const e = byOffset[i];
        const next = byOffset[i + 1];
        if (end(e) > next.offset) {
            first ??= [e, next];
            overlapping.add(e).add(next);
        }
    }
    // One finding for all overlaps (a bomb of this kind has thousands), and a few for the rest.
    const out = [];
    if (first)
        out.push((0,finding/* finding */.gk)('MMA131', label.at, label.what, overlapping.size, first[0].info.name, first[1].info.name));
    for (const e of byOffset) {
        if (out.length >= MAX_EXTENT_FINDINGS)
            break;
        if (e.offset >= centralDirectory)
            out.push((0,finding/* finding */.gk)('MMA132', label.at, label.what, e.info.name, 'starts inside the central directory'));
        else if (!overlapping.has(e) && end(e) > centralDirectory)
            out.push((0,finding/* finding */.gk)('MMA132', label.at, label.what, e.info.name, 'runs into the central directory'));
    }
    return out;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/zip/verify-helper.ts
// A second thread for verify.ts on archives of many entries: it inflates and checksums the chunks
// of small entries the main thread hands it, while the main thread reads on and checks other
// chunks itself. For small entries the cost is mostly zlib's per-call setup (about 10 µs each),
// which one thread pays 10,000 times for a bundle like issue 9's; two threads halve it. The
// helper reports facts (entry-data.ts DataFault), which the main thread words.
//
// Like the deflate workers, the script is a string, so that it runs the same from the sources, the
// ncc bundle and any install location. Its checks are inflateEntry's, with the same limits.


const HELPER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { crc32, inflateRawSync } = require('node:zlib');
const { maxChunk } = workerData;

parentPort.on('message', ({ id, bytes, entries }) => {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const faults = [];
  for (let i = 0, n = 0; i < entries.length; i += 5, n++) {
    const at = entries[i], length = entries[i + 1], size = entries[i + 2], crc = entries[i + 3], method = entries[i + 4];
    let out = all.subarray(at, at + length);
    if (method === 8) {
      try {
        out = inflateRawSync(out, { maxOutputLength: size + 1, chunkSize: Math.min(Math.max(64, size + 1), maxChunk) });
      } catch (err) {
        const code = String(err.code || '');
        if (code === 'ERR_BUFFER_TOO_LARGE') faults.push([n, { kind: 'more' }]);
        else if (code.startsWith('Z_')) faults.push([n, { kind: 'zlib', message: err.message }]);
        else faults.push([n, { kind: 'error', message: err.message }]);
        continue;
      }
    }
    if (out.length !== size) faults.push([n, { kind: 'size', actual: out.length }]);
    else {
      const actual = crc32(out) >>> 0;
      if (actual !== crc) faults.push([n, { kind: 'crc', actual }]);
    }
  }
  parentPort.postMessage({ id, faults });
});
`;
class VerifyHelper {
    worker;
    waiting = new Map();
    nextId = 1;
    constructor() {
        this.worker = new external_node_worker_threads_.Worker(HELPER_SOURCE, {
            eval: true,
            workerData: { maxChunk: entry_data/* MAX_INFLATE_CHUNK */.tD },
            resourceLimits: { maxYoungGenerationSizeMb: 4 },
        });
        this.worker.unref();
        this.worker.on('message', ({ id, faults }) => {
            const w = this.waiting.get(id);
            this.waiting.delete(id);
            const failed = faults.find(([, f]) => f.kind === 'error');
            if (failed)
                return w.reject(new Error(failed[1].message));
            const out = new Array(w.count).fill(undefined);
            for (const [n, fault] of faults)
                out[n] = fault;
            w.resolve(out);
        });
        this.worker.on('error', (err) => {
            for (const w of this.waiting.values())
                w.reject(err);
            this.waiting.clear();
        });
    }
    /** Chunks handed over and not answered yet. */
    get busy() {
        return this.waiting.size;
    }
    /** Checks the entries on the helper thread; one fault (or undefined) per entry. */
    check(entries) {
        // One buffer of its own, transferred: the entries' bytes are views of the reader's windows.
        const bytes = Buffer.allocUnsafeSlow(entries.reduce((n, e) => n + e.data.length, 0));
        const meta = [];
        let at = 0;
        for (const e of entries) {
            meta.push(at, e.data.length, e.size, e.crc32 >>> 0, e.method);
            at += e.data.copy(bytes, at);
        }
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject, count: entries.length });
            this.worker.postMessage({ id, bytes, entries: meta }, [bytes.buffer]);
        });
    }
    async close() {
        await this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/zip/verify.ts
// Verifies every entry of an archive in one pass over its bytes, in the order they lie in the
// file: each local header against the central directory, each entry's exact extent (no overlap,
// nothing in the central directory), and its data against its size and CRC-32 (entry-data.ts).
// Reading the file front to back in large windows, and inflating small entries in one call (on
// two threads for archives of many entries), keeps this near what `unzip -t` costs; a stream per
// entry cost ten times more for many small files.



/** Bytes read at once. */
const WINDOW = 1024 * 1024;
/** Entries up to this size (compressed and not) are checked in memory; larger ones are streamed. */
const IN_MEMORY = 16 * 1024 * 1024;
/** Sequential reads through a window; a request outside it moves the window. */
class Window {
    source;
    start = 0;
    bytes = Buffer.alloc(0);
    constructor(source) {
        this.source = source;
    }
    async get(position, length) {
        if (position < this.start || position + length > this.start + this.bytes.length) {
            this.start = position;
            this.bytes = await this.source.read(position, Math.max(length, Math.min(WINDOW, this.source.size - position)));
        }
        return this.bytes.subarray(position - this.start, position - this.start + length);
    }
}
/** From this many small entries on, a helper thread shares the inflating (verify-helper.ts). */
const HELPER_FROM = 2_000;
/** Small entries go to the helper, or are checked here, a chunk at a time. */
const CHUNK_ENTRIES = 128;
const CHUNK_BYTES = 1024 * 1024;
const isSmall = (e) => e.info.compressedSize <= IN_MEMORY && e.info.size <= IN_MEMORY;
/**
 * Checks the data of `entries` (all of an archive's entries that passed the listing checks).
 * Returns a finding per bad entry, in the order the entries lie in the archive; the pass goes on
 * after one, so that every bad entry is named.
 */
async function verifyEntries(source, entries, centralDirectory, label, options = {}) {
    const found = [];
    const report = (e, err) => {
        if (!(err instanceof entry_data/* ZipDataError */.II))
            throw err;
        found.push({ offset: e.offset, finding: err.finding });
    };
    const window = new Window(source);
    const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
    const helper = (options.helper ?? byOffset.filter(isSmall).length >= HELPER_FROM) ? new VerifyHelper() : undefined;
    const answers = [];
    let chunk = [];
    let chunkBytes = 0;
    /** Hands the chunk to the helper when it has little to do; checks it here otherwise. */
    const flush = () => {
        const items = chunk;
        chunk = [];
        chunkBytes = 0;
        if (items.length === 0)
            return;
        if (helper && helper.busy < 2) {
            const answer = helper.check(items.map(({ e, data }) => ({ data, method: e.info.method, size: e.info.size, crc32: e.info.crc32 })));
            answers.push(answer.then((faults) => faults.forEach((fault, i) => fault && report(items[i].e, (0,entry_data/* faultError */.fC)(label, items[i].e, fault)))));
            return;
        }
        for (const { e, data } of items) {
            try {
                (0,entry_data/* inflateEntry */.Yj)(data, label, e);
            }
            catch (err) {
                report(e, err);
            }
        }
    };
    try {
        let previous;
        for (const e of byOffset) {
            try {
                const small = isSmall(e);
                const data = small ? e.info.compressedSize : 0;
                // One read for the local header and the data, unless the header has an extra field (the
                // listing made sure that this much lies before the central directory).
                const guess = entry_data/* LOCAL_HEADER_SIZE */._0 + e.rawName.length;
                let bytes = await window.get(e.offset, guess + data);
                const length = (0,entry_data/* localHeaderLength */.$R)(bytes, label, e);
                if (length !== guess)
                    bytes = await window.get(e.offset, Math.min(length + data, source.size - e.offset));
                (0,entry_data/* checkLocalHeader */.xT)(bytes, label, e);
                const start = e.offset + length;
                const end = start + e.info.compressedSize;
                if (end > centralDirectory) {
                    found.push({ offset: e.offset, finding: (0,finding/* finding */.gk)('MMA132', label.at, label.what, e.info.name, 'runs into the central directory') });
                    continue;
                }
                if (previous && previous.end > e.offset) {
                    found.push({ offset: e.offset, finding: (0,finding/* finding */.gk)('MMA131', label.at, label.what, 2, previous.name, e.info.name) });
                    continue;
                }
                previous = { name: e.info.name, end };
                if (!small)
                    for await (const piece of (0,entry_data/* entryStream */.vk)(source, label, e))
                        void piece;
                else if (!helper)
                    (0,entry_data/* inflateEntry */.Yj)(bytes.subarray(length, length + data), label, e);
                else {
                    chunk.push({ e, data: bytes.subarray(length, length + data) });
                    chunkBytes += data;
                    if (chunk.length >= CHUNK_ENTRIES || chunkBytes >= CHUNK_BYTES)
                        flush();
                }
            }
            catch (err) {
                report(e, err);
            }
        }
        flush();
        await Promise.all(answers);
    }
    finally {
        await Promise.allSettled(answers);
        await helper?.close();
    }
    return found.sort((a, b) => a.offset - b.offset).map((f) => f.finding);
}

;// CONCATENATED MODULE: ./src/zip/reader.ts
// Reads zip archives that come from outside (prebuilt function archives, bundles built by a
// Makefile) safely: the whole central directory is checked before any byte is extracted
// (listing.ts), `verify` checks every entry's data the way Go's archive/zip and `unzip -t` do
// (verify.ts), and every read of an entry is verified as it streams (entry-data.ts): bytes that
// do not match their CRC-32 and size are never handed on. The central directory is parsed in
// central-directory.ts.










/** Entries up to this size are read in one piece by `read`; larger ones are streamed. */
const READ_WHOLE = 16 * 1024 * 1024;
/** An open archive whose listing passed every check. */
class ZipArchive {
    source;
    located;
    centralDirectory;
    label;
    byName;
    entries;
    constructor(source, located, centralDirectory, label) {
        this.source = source;
        this.located = located;
        this.centralDirectory = centralDirectory;
        this.label = label;
        this.byName = new Map(located.map((e) => [e.info.name, e]));
        this.entries = located.map((e) => e.info);
    }
    /**
     * Opens and checks `source`, a file or bytes already in memory (an archive inside a bundle).
     * `what` names the archive in messages and `path` is the location findings carry. Returns the
     * archive only when there is no error.
     */
    static async open(source, what, path, limits = DEFAULT_LIMITS) {
        const label = { what, at: { path } };
        let bytes;
        try {
            bytes = await openSource(source);
        }
        catch (err) {
            return { findings: [(0,finding/* finding */.gk)('MMA120', label.at, what, describeZipError(err))] };
        }
        try {
            const cd = await readCentralDirectory(bytes);
            if (cd.declared > limits.maxEntries) {
                await bytes.close();
                return { findings: [(0,finding/* finding */.gk)('MMA125', label.at, what, cd.declared, limits.maxEntries)] };
            }
            const listed = listEntries(await cd.records(), cd.offset, label, limits);
            if (listed.findings.some((f) => f.severity === 'error')) {
                await bytes.close();
                return { findings: listed.findings };
            }
            return { archive: new ZipArchive(bytes, listed.entries, cd.offset, label), findings: listed.findings };
        }
        catch (err) {
            await bytes.close();
            return { findings: [(0,finding/* finding */.gk)('MMA120', label.at, what, describeZipError(err))] };
        }
    }
    /**
     * Checks every entry's data: local headers agree with the central directory, deflate data is
     * valid, sizes and CRC-32 match. Returns a finding per bad entry (MMA129–MMA132), in archive
     * order. Archives of many entries are checked on two threads (`options.helper` decides).
     */
    async verify(options = {}) {
        try {
            return await verifyEntries(this.source, this.located, this.centralDirectory, this.label, options);
        }
        catch (err) {
            return [(0,finding/* finding */.gk)('MMA120', this.label.at, this.label.what, describeZipError(err))];
        }
    }
    entry(name, limit) {
        const e = this.byName.get(name);
        if (!e)
            throw new Error(`${this.label.what} has no entry "${name}"`);
        if (e.info.size > limit)
            throw new Error(`"${name}" in ${this.label.what} is larger than ${limit} bytes (${e.info.size})`);
        return e;
    }
    /**
     * The entry's bytes as a stream, verified as they pass: the stream fails with a ZipDataError
     * when they differ from the declared size or CRC-32, and only then releases its last chunk, so
     * a consumer that stops on error (an upload) never completes with corrupt bytes. Refuses
     * entries larger than `limit` bytes.
     */
    stream(name, limit) {
        return (0,entry_data/* entryStream */.vk)(this.source, this.label, this.entry(name, limit));
    }
    /** The entry's verified bytes; refuses entries larger than `maxBytes`. */
    async read(name, maxBytes) {
        const e = this.entry(name, maxBytes);
        if (e.info.size > READ_WHOLE || e.info.compressedSize > READ_WHOLE) {
            const chunks = [];
            for await (const chunk of this.stream(name, maxBytes))
                chunks.push(chunk);
            return Buffer.concat(chunks);
        }
        // One read for the local header and the data, unless the header has an extra field.
        const guess = entry_data/* LOCAL_HEADER_SIZE */._0 + e.rawName.length;
        let bytes = await this.source.read(e.offset, Math.min(this.source.size - e.offset, guess + e.info.compressedSize));
        const length = (0,entry_data/* localHeaderLength */.$R)(bytes, this.label, e);
        if (length !== guess)
            bytes = await this.source.read(e.offset, length + e.info.compressedSize);
        (0,entry_data/* checkLocalHeader */.xT)(bytes.subarray(0, length), this.label, e);
        const data = bytes.subarray(length, length + e.info.compressedSize);
        // An in-memory source hands out views of its bytes: give the caller its own copy.
        const out = (0,entry_data/* inflateEntry */.Yj)(data, this.label, e);
        return out === data ? Buffer.from(out) : out;
    }
    async extract(name, dest) {
        await (0,promises_.pipeline)(this.stream(name, Number.MAX_SAFE_INTEGER), (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx', mode: 0o600 }));
    }
    close() {
        void this.source.close().catch(() => undefined);
    }
}
function describeZipError(err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err.code === 'EISDIR')
        return 'it is a directory';
    return message;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
