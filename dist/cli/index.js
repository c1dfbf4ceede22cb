import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 267:
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

;// CONCATENATED MODULE: ./src/fs/readable.ts
let identity;
function whoAmI() {
    if (identity !== undefined)
        return identity;
    if (typeof process.geteuid !== 'function' || typeof process.getegid !== 'function')
        return (identity = null);
    const groups = new Set([process.getegid(), ...(process.getgroups?.() ?? [])]);
    return (identity = { uid: process.geteuid(), groups });
}
/** Whether the permission bits of `st` let this process read it (always true where there are none, e.g. Windows). */
function readableByUs(st) {
    const me = whoAmI();
    if (me === null || me.uid === 0)
        return true;
    if (st.uid === me.uid)
        return (st.mode & 0o400) !== 0;
    if (me.groups.has(st.gid))
        return (st.mode & 0o040) !== 0;
    return (st.mode & 0o004) !== 0;
}

// EXTERNAL MODULE: ./src/util/byte-order.ts
var byte_order = __nccwpck_require__(437);
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
/** Sorts by the bytes of the UTF-8 form, as zip entries are listed. */
const byteOrder = byte_order/* compareUtf8 */.z;
/** `dir` + `name` for a real directory path and a name read from it (path.join normalises again, per file). */
const child = (dir, name) => (dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name);
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
                const childReal = child(current, name);
                const childRel = currentRel ? `${currentRel}/${name}` : name;
                const at = () => ({ path: display(external_node_path_default().join(dir, childRel)) }); // only for findings: display() is path.relative
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
                            findings.push((0,finding/* finding */.gk)('MMA103', at(), at().path, target.problem === 'missing' ? '(a missing file)' : target.real, boundaryLabel));
                        continue;
                    }
                    if (target.kind === 'directory')
                        links.push({ rel: childRel, parent: current, real: target.real });
                    else if (target.kind === 'file')
                        addFile(target.real, childRel, target.stats);
                    else
                        findings.push((0,finding/* finding */.gk)('MMA112', at(), at().path, target.kind));
                }
                else if (st.isDirectory()) {
                    if (walked.has(childReal))
                        findings.push((0,finding/* finding */.gk)('MMA110', at(), at().path, shown(walked.get(childReal)), false));
                    else
                        subdirs.push([childReal, childRel]);
                }
                else if (st.isFile()) {
                    addFile(childReal, childRel, st);
                }
                else {
                    findings.push((0,finding/* finding */.gk)('MMA112', at(), at().path, (0,file_kind/* kindOf */.I)(st)));
                }
            }
            for (let i = subdirs.length - 1; i >= 0; i--)
                stack.push(subdirs[i]);
        }
    };
    const addFile = (real, rel, stats) => {
        // The mode bits answer for almost every file without a system call; the system has the last
        // word on the rest (ACLs, capabilities), and its error is the one reported.
        if (!readableByUs(stats)) {
            try {
                (0,external_node_fs_.accessSync)(real, external_node_fs_.constants.R_OK);
            }
            catch (err) {
                unreadable(rel, err);
                return;
            }
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
        if (seen.length > 1) {
            const own = external_node_path_default().relative(root.real, real).split((external_node_path_default()).sep).join('/');
            seen.sort((a, b) => (a.rel === own ? -1 : b.rel === own ? 1 : byteOrder(a.rel, b.rel)));
        }
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
    for (const [p, c] of [
        [dir, asDir],
        [zip, asZip],
    ]) {
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

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ reportingRetries),
/* harmony export */   Oq: () => (/* binding */ nameOperations),
/* harmony export */   px: () => (/* binding */ withAwsRetryReports)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// No silent waits on AWS: each retry the SDK makes (a dropped connection, an unreachable endpoint,
// throttling, a 5xx) is reported with the operation, the error and the wait, through the reporter
// of the front end that runs the work (CLI: stderr progress; action: the log). Without this, an
// unreachable endpoint was silent for ~17 s (8 attempts with backoff) before its error.
//
// The reporter and the operation travel in AsyncLocalStorage, so that no core signature changes:
// a front end runs its work inside withAwsRetryReports(report, work); an initialize-step
// middleware on every client runs each command inside its operation's name; the retry strategy,
// called within both, reads them.

const reporter = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
const operation = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `work` with AWS retries reported to `report`. */
function withAwsRetryReports(report, work) {
    return reporter.run(report, work);
}
/** "sts:GetCallerIdentity" from "STSClient" and "GetCallerIdentityCommand". */
function operationName(context) {
    const service = (context.clientName ?? '').replace(/Client$/, '').toLowerCase() || 'aws';
    return `${service}:${(context.commandName ?? 'request').replace(/Command$/, '')}`;
}
/** What failed, in a few words: the network code, or the HTTP status and AWS's error name. */
function reason(error) {
    const e = error;
    const status = e?.$metadata?.httpStatusCode;
    if (e?.code && /^E[A-Z]+$/.test(e.code))
        return e.code;
    const name = e?.code ?? e?.name ?? 'Error';
    if (status)
        return `HTTP ${status} ${name}`;
    return e?.message && e.message !== name ? `${name}: ${e.message.slice(0, 200)}` : name;
}
/**
 * Makes every command of `client` known by its operation to the retry strategy, and names the
 * API call on every error it throws ("iam:CreatePolicyVersion"), for messages (see operationOf).
 */
function nameOperations(client) {
    client.middlewareStack.add((next, context) => async (args) => {
        const name = operationName(context);
        try {
            return await operation.run(name, () => next(args));
        }
        catch (err) {
            if (err && typeof err === 'object' && !('operation' in err))
                Object.assign(err, { operation: name });
            throw err;
        }
    }, { step: 'initialize', name: 'mmAppsDeployOperationName', override: true });
}
/** The error a retry is being decided for, while the strategy computes its delay. */
const failing = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * A retry strategy built by `make` with a delay function that reports each retry, with its wait,
 * just before the strategy waits (the SDK's strategy waits inside refreshRetryTokenForRetry,
 * after computing the delay, and only when it retries).
 */
function reportingRetries(make, maxAttempts, delay) {
    const inner = make((attempt) => {
        const wait = delay(attempt);
        reporter.getStore()?.(`${operation.getStore() ?? 'AWS request'}: ${reason(failing.getStore()?.error)}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`);
        return wait;
    });
    return {
        acquireInitialRetryToken: (scope) => inner.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, errorInfo) => failing.run(errorInfo, () => inner.refreshRetryTokenForRetry(token, errorInfo)),
        recordSuccess: (token) => inner.recordSuccess(token),
    };
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
/* harmony import */ var _app_app_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(267);
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

/***/ 9586:
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
// EXTERNAL MODULE: ./src/app/app-dir.ts + 4 modules
var app_dir = __nccwpck_require__(267);
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
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/zip/deflater.ts
// Deflating many small entries, each with a fresh zlib state and no stream around it.
// zlib.deflateRawSync builds a Transform stream (with its buffers, state objects and listeners)
// around a native deflate state for every call. For 10,000 files of 2 KiB that wrapper, not the
// compression, was most of the deflate time, and its garbage most of the workers' GC (issue 9):
// 120 ms here against 165–360 ms for the same bytes (Node 20 and 24).
//
// Unlike inflating (inflater.ts), one state cannot be reset and reused: measured here, a reset
// state gave other bytes than a fresh one for 63 of the 5,468 files of the node_modules benchmark
// app, depending on the entries deflated before them. So each entry gets a new native handle (the
// class behind a DeflateRaw stream's `_handle`), initialised as zlib.js initialises it, and
// written once with Z_FINISH into an output buffer that always has room.
//
// Node does not document the handle (`init`, `writeSync`, `close`, the write-state array). So the
// fast path proves itself when it is made, by giving deflateRawSync's exact bytes on inputs that
// compress, do not compress and are empty, and anything unexpected falls back to deflateRawSync
// for good: same bytes, more time.
//
// The code is a string so that the deflate workers (deflate-pool.ts) run exactly the function the
// tests check: `new Function('zlib', 'bare', DEFLATER_SOURCE)(zlib, true)`; `bare` false gives
// the fallback alone.

const DEFLATER_SOURCE = `
'use strict';
const { constants, DeflateRaw, deflateRawSync } = zlib;

// Room for the deflated form of n bytes in one call: above zlib's deflateBound for raw deflate.
function deflateRoom(n) {
  return n + (n >> 7) + 1024;
}

let Handle = null;
const state = new Uint32Array(2); // [avail_out, avail_in] after a write
const noCallback = () => undefined;

function bareInto(data, level, out, at) {
  const room = deflateRoom(data.length);
  if (out.length - at < room) throw new RangeError('deflateInto: no room for ' + room + ' bytes');
  const h = new Handle(constants.DEFLATERAW);
  let failure = null;
  h.onerror = (message, errno) => {
    failure = Object.assign(new Error(message), { errno });
  };
  try {
    h.init(15, level, 8, constants.Z_DEFAULT_STRATEGY, state, noCallback, undefined);
    h.writeSync(constants.Z_FINISH, data, 0, data.length, out, at, room);
  } finally {
    h.close();
  }
  if (failure) throw failure;
  // All input taken and output left over: with Z_FINISH that is the end of the stream.
  if (state[1] !== 0 || state[0] === 0) throw new Error('deflate did not finish');
  return room - state[0];
}

function streamInto(data, level, out, at) {
  const room = deflateRoom(data.length);
  if (out.length - at < room) throw new RangeError('deflateInto: no room for ' + room + ' bytes');
  return deflateRawSync(data, { level, chunkSize: Math.max(1024, room) }).copy(out, at);
}

let usable = bare;
if (usable) {
  try {
    const probe = new DeflateRaw();
    Handle = probe._handle && probe._handle.constructor;
    probe.close();
    usable = typeof Handle === 'function';
    const samples = [Buffer.alloc(0), Buffer.from('mm-apps-deploy '.repeat(700)), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 24))];
    for (const level of [1, 6]) {
      for (const sample of samples) {
        if (!usable) break;
        const out = Buffer.alloc(deflateRoom(sample.length) + 7);
        const n = bareInto(sample, level, out, 7);
        usable = out.subarray(7, 7 + n).equals(deflateRawSync(sample, { level }));
      }
    }
  } catch {
    usable = false;
  }
}

const deflateInto = usable ? bareInto : streamInto;
deflateInto.bare = usable;
deflateInto.room = deflateRoom;
return deflateInto;
`;
function makeDeflater(bare = true) {
    return new Function('zlib', 'bare', DEFLATER_SOURCE)(zlib, bare);
}

;// CONCATENATED MODULE: ./src/zip/deflate-pool.ts
// Compresses zip entries on worker threads. A job is a batch of entries: the worker reads each
// file (or takes bytes), computes its CRC-32 and deflates it in one call on a fresh native zlib
// state (deflater.ts), and answers the whole batch with one message and one transferred buffer.
// For thousands of small files the per-file message round trip was the cost (a 10,000-file app
// packed 2.9× slower than Info-ZIP, both threads idle half the time: issue 9); batches keep both
// cores busy.
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
const zlib = require('node:zlib');
const { level, probeFrom, probeBytes, probeRatio, reuseUpTo } = workerData;
const keepUpTo = 2 * reuseUpTo;
const deflateInto = new Function('zlib', 'bare', workerData.deflater)(zlib, true);

// Files are read into one reused buffer, and a batch's output collects in another: a worker that
// allocated fresh buffers per file would hold tens of MB of garbage until its GC noticed.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);
let output = Buffer.allocUnsafeSlow(256 * 1024);

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

/** Makes room for n more bytes after the first used of the output buffer. */
function reserve(used, n) {
  if (output.length - used >= n) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(used + n, output.length * 2));
  output.copy(bigger, 0, 0, used);
  output = bigger;
}

// Deflates the start of the file at level 1 into the free part of the output buffer (after used).
function incompressible(data, size, used) {
  if (size < probeFrom) return false;
  const sample = data.subarray(0, probeBytes);
  reserve(used, deflateInto.room(sample.length));
  return deflateInto(sample, 1, output, used) > sample.length * probeRatio;
}

// Appends the bytes to write for one entry to the output buffer at used; returns
// [crc, size, method, length], length -1 when the entry's own bytes in memory are to be written.
function compress(entry, used) {
  const fromFile = entry.file !== undefined;
  const data = fromFile ? readFile(entry.file, entry.size) : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  const crc = zlib.crc32(data) >>> 0;
  const stored = () => {
    if (!fromFile) return [crc, data.length, 0, -1];
    reserve(used, data.length);
    return [crc, data.length, 0, data.copy(output, used)];
  };
  if (entry.store || data.length === 0 || incompressible(data, data.length, used)) return stored();
  reserve(used, deflateInto.room(data.length));
  const length = deflateInto(data, level, output, used);
  // Like Info-ZIP, keep the original bytes when deflating does not make them smaller.
  return length >= data.length ? stored() : [crc, data.length, 8, length];
}

parentPort.on('message', (job) => {
  try {
    if (job.probe) {
      const data = Buffer.from(job.probe.buffer, job.probe.byteOffset, job.probe.byteLength);
      parentPort.postMessage({ id: job.id, store: incompressible(data, job.size, 0) });
      return;
    }
    // The bytes of every entry go back in one buffer of their own, with each entry's length: one
    // copy and one transfer per batch. Unpooled: a transferred buffer takes its whole ArrayBuffer
    // along.
    const results = [];
    let used = 0;
    for (const entry of job.entries) {
      const r = compress(entry, used);
      if (r[3] > 0) used += r[3];
      results.push(r);
    }
    const bytes = Buffer.allocUnsafeSlow(used);
    output.copy(bytes, 0, 0, used);
    // A batch with a file of megabytes grew it: not kept for the batches of small files after it.
    if (output.length > keepUpTo) output = Buffer.allocUnsafeSlow(256 * 1024);
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
            workerData: { deflater: DEFLATER_SOURCE, level: DEFLATE_LEVEL, probeFrom: PROBE_FROM, probeBytes: PROBE_BYTES, probeRatio: PROBE_RATIO, reuseUpTo: 2 * 1024 * 1024 },
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
    '.7z',
    '.avif',
    '.br',
    '.bz2',
    '.gif',
    '.gz',
    '.heic',
    '.jar',
    '.jpeg',
    '.jpg',
    '.lz4',
    '.m4a',
    '.mov',
    '.mp3',
    '.mp4',
    '.ogg',
    '.opus',
    '.png',
    '.rar',
    '.tgz',
    '.webm',
    '.webp',
    '.whl',
    '.woff',
    '.woff2',
    '.xz',
    '.zip',
    '.zst',
]);
function isCompressedFormat(name) {
    return COMPRESSED_EXTENSIONS.has(external_node_path_default().posix.extname(name).toLowerCase());
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
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

// EXTERNAL MODULE: ./src/util/digits.ts
var digits = __nccwpck_require__(6780);
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
        throw new ZipFormatLimitError(`"${name}" is ${(0,digits/* grouped */.z)(size)} bytes; a zip entry without zip64 holds at most 4 GiB − 1 (4,294,967,295 bytes), far more than a bundle may carry (see "The bundle" in the README)`);
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
    const problems = [
        ...layout.findings,
        ...(0,bundle_layout/* functionArchiveFindings */.xl)(entries, layout, manifest.functions.map((f) => f.name)),
    ];
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
/* harmony import */ var _util_byte_order_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(437);
// Two static files must not become one S3 object. upaws.S3StaticName (mattermost-plugin-apps)
// turns spaces into "-", so "a b.txt" and "a-b.txt" share a key: every provision would upload both
// and the last one would win, a change reported forever. Checked for app directories and bundles.




/** One MMA220 per file whose key an earlier file (in byte order) already has. `names` are paths under static/. */
function staticKeyCollisions(manifest, names) {
    const sorted = [...names].sort(_util_byte_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .z);
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
// EXTERNAL MODULE: ./src/bundle/pack.ts + 8 modules
var pack = __nccwpck_require__(9586);
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
        ...(ok && manifest
            ? {
                provisionData: (0,provision_data/* provisionData */.Q9)(manifest, inspected.staticFiles.map((e) => e.name.slice(layout/* STATIC_PREFIX */.UN.length))),
            }
            : {}),
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
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8834);
/* harmony import */ var _util_interrupts_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2806);
/* harmony import */ var _util_sdk_warnings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1412);
// Entry point of the mm-apps-deploy command (package.json "bin", built to dist/cli/index.js).




(0,_util_sdk_warnings_js__WEBPACK_IMPORTED_MODULE_3__/* .silenceSdkNodeVersionWarning */ .s)();
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
    tty: { out: process.stdout.isTTY === true, err: process.stderr.isTTY === true },
});
interrupts.dispose();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./src/aws/retry-report.ts
var retry_report = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __nccwpck_require__(7523);
// EXTERNAL MODULE: ./src/aws/defaults.ts
var defaults = __nccwpck_require__(4255);
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

;// CONCATENATED MODULE: ./src/output/redact.ts
// Secrets kept out of everything we print, write to a job summary or set as an output, also when
// a server echoes them back (an endpoint that returns the request's headers in its error body, a
// URL with user:password@). GitHub masks secrets in the log, but not in GITHUB_STEP_SUMMARY nor on
// other CI systems or terminals: so we redact ourselves, in every front end, before writing.


/** Environment variables whose values are secrets (the access key IDs are not). */
const SECRET_ENV = [
    defaults/* ENV */.Km.deploySecretKey,
    defaults/* ENV */.Km.provisionSecretKey,
    defaults/* ENV */.Km.legacySecretKey,
    defaults/* ENV */.Km.invokeSecretKey,
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    MM_ENV.token,
    'GITHUB_TOKEN',
    'INPUT_TOKEN',
    'INPUT_MATTERMOST-TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
const REDACTED = '***';
/** The secrets set in `env`, longest first (so that a secret holding another is redacted whole). */
function secretsIn(env) {
    const values = SECRET_ENV.map((name) => env[name]?.trim()).filter((v) => Boolean(v) && v.length >= 4);
    return [...new Set(values)].sort((a, b) => b.length - a.length);
}
/**
 * What a request carries that must never be shown, wherever an error message quotes it: the
 * user:password@ of a URL, signatures and session tokens of AWS requests (headers and presigned
 * query strings), and the values of credential headers.
 */
const PATTERNS = [
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, `$1${REDACTED}@`],
    [/\b(X-Amz-(?:Security-Token|Signature|Credential)=)[^&\s"'<>]+/gi, `$1${REDACTED}`],
    [/\b(Signature=)[0-9a-f]{16,}/gi, `$1${REDACTED}`],
    // a header echoed as "name: value", name=value or JSON ("name":"value", also JSON-escaped)
    [/\b(authorization|proxy-authorization|x-amz-security-token|x-api-key|x-auth-token|cookie|set-cookie)((?:\\?["'])?\s*[:=]\s*(?:\\?["'])?)[^\r\n"'<>\\]+/gi, `$1$2${REDACTED}`],
];
/** `text` with every known secret and every credential-looking part replaced by ***. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    for (const [pattern, replacement] of PATTERNS)
        out = out.replace(pattern, replacement);
    return out;
}

// EXTERNAL MODULE: ./src/output/untrusted.ts
var untrusted = __nccwpck_require__(4915);
;// CONCATENATED MODULE: ./src/output/writer.ts
// The last step before text leaves the process, for every stream a front end writes (the CLI's
// stdout and stderr, the action's log): secrets redacted, control and bidi characters escaped,
// workflow-command lines defused, and then our own colours, where colour is wanted.


/** Wraps `write` so that everything passing through it is safe to show (see the file comment). */
function safeWriter(write, options) {
    let atLineStart = true;
    return (text) => {
        if (text === '')
            return;
        const safe = (0,untrusted/* safeText */.Hk)(redact(text, options.secrets), atLineStart);
        atLineStart = text.endsWith('\n');
        write(options.colour ? options.colour(safe) : safe);
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/suggest.ts
// "Did you mean …?" for a mistyped command or option: the closest known name by edit distance
// (insertions, deletions, substitutions and swaps of neighbours), when it is close enough to be
// the likely intent; as git and cargo do.
/** Optimal string alignment distance between a and b. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
/** The known name closest to `typed`, or undefined when none is close (a third of its length, at least 2). */
function closest(typed, known) {
    const word = typed.toLowerCase();
    // a unique name that starts with what was typed ("--dry" for "--dry-run") is what was meant
    const prefixed = known.filter((k) => word.length >= 3 && k.startsWith(word));
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    for (const name of known) {
        const d = distance(word, name);
        if (!best || d < best.d)
            best = { name, d };
    }
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Argument parsing on node:util parseArgs, configured from each command's option specs, with
// errors that say what to type instead (the closest option, the command's --help).





/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
    /** The command whose --help the message points to (none: the overview). */
    command;
}
/** Options every command has; listed in --help, and once in the README. */
const args_COMMON_OPTIONS = {
    json: { type: 'boolean', help: 'print the result as one JSON document on stdout, whatever the outcome' },
    quiet: { type: 'boolean', short: 'q', help: 'no progress messages on stderr' },
    debug: { type: 'boolean', help: 'show stack traces of unexpected errors' },
    help: { type: 'boolean', short: 'h', help: 'show this help' },
};
function allOptions(spec) {
    return { ...spec.options, ...args_COMMON_OPTIONS };
}
function flag(name, short) {
    return short ? `-${short}, --${name}` : `--${name}`;
}
/** Parses `argv` for the command `spec`: unknown options, missing values, choices and positionals are usage errors. */
function parseCommand(spec, argv) {
    const options = allOptions(spec);
    const usage = (message) => Object.assign(new UsageError(`${spec.name}: ${message}`), { command: spec.name });
    const config = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]));
    // first pass, lenient: find options that do not exist, to suggest the closest one
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, options: config, allowPositionals: true, strict: false, tokens: true });
    for (const t of tokens ?? []) {
        if (t.kind !== 'option' || t.name in options)
            continue;
        const longs = Object.keys(options).map((n) => `--${n}`);
        const guess = t.rawName.startsWith('--') ? closest(t.rawName, longs) : undefined;
        throw usage(`unknown option "${t.rawName}"${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options: config, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw usage(err.message.replace(/\. To specify a positional argument.*$/s, ''));
    }
    const values = parsed.values;
    if (!values.help) {
        for (const [name, o] of Object.entries(options)) {
            const given = values[name];
            if (!o.choices || given === undefined)
                continue;
            for (const v of Array.isArray(given) ? given : [given]) {
                if (!o.choices.includes(v))
                    throw usage(`${flag(name, undefined)} is "${v}"; allowed values: ${o.choices.join(', ')}`);
            }
        }
        if (parsed.positionals.length < spec.positionals.min)
            throw usage(`missing ${spec.positionals.names}`);
        if (parsed.positionals.length > spec.positionals.max) {
            const extra = parsed.positionals[spec.positionals.max];
            throw usage(`unexpected argument "${extra}"${spec.positionals.max === 0 ? ' (this command takes options only)' : ''}`);
        }
    }
    return parsed;
}
/**
 * Checks an option's value with the core's own rule (which throws a UserError): a bad value is a
 * usage error (exit 2) naming the option, whatever finds it.
 */
function optionValue(commandName, flagName, check) {
    try {
        return check();
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y))
            throw err;
        throw usageError(commandName, `${flagName}: ${err.message}`);
    }
}
/** A usage error of `commandName`, pointing to its --help. */
function usageError(commandName, message) {
    return Object.assign(new UsageError(`${commandName}: ${message}`), { command: commandName });
}
/** "NAME=PATH" pairs (repeatable --function) → name → absolute path; NAME may contain spaces. */
function parseFunctionMappings(values, cwd, flagName = '--function') {
    const map = new Map();
    for (const value of values ?? []) {
        const eq = value.indexOf('=');
        if (eq <= 0 || eq === value.length - 1)
            throw new UsageError(`${flagName} expects NAME=PATH (e.g. ${flagName} app=build/app), got "${value}"`);
        const name = value.slice(0, eq);
        if (map.has(name))
            throw new UsageError(`${flagName} maps function "${name}" twice`);
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

;// CONCATENATED MODULE: ./src/cli/colour.ts
// Colour on a terminal, and only there: FORCE_COLOR (any value but 0/false) turns it on, NO_COLOR
// (any non-empty value, no-color.org) off, and otherwise only a TTY that is not TERM=dumb gets it.
// Colour is added to text that is already safe (output/writer.ts), to words of our own formats
// only: the severity of a finding, "warning:"/"note:" prefixes, our error prefix, test marks.
function wantsColour(env, stream) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false', 'no'].includes(force.trim().toLowerCase());
    if (env.NO_COLOR)
        return false;
    return stream.isTTY === true && env.TERM !== 'dumb';
}
const sgr = (code) => (s) => `\x1b[${code}m${s}\x1b[0m`;
const red = sgr('31');
const boldRed = sgr('1;31');
const yellow = sgr('33');
const cyan = sgr('36');
const green = sgr('32');
/** Colours the words our renderers use as markers, line by line. */
function colourise(text) {
    return text
        .replace(/(: )(error)( MMA\d{3}:)/g, (_m, a, w, b) => `${a}${red(w)}${b}`)
        .replace(/(: )(warning)( MMA\d{3}:)/g, (_m, a, w, b) => `${a}${yellow(w)}${b}`)
        .replace(/^(mm-apps-deploy:)( )/gm, (_m, p, s) => `${boldRed(p)}${s}`)
        .replace(/^(warning:)/gm, (_m, w) => yellow(w))
        .replace(/^(note:)/gm, (_m, w) => cyan(w))
        .replace(/^\[ok\]/gm, (m) => green(m))
        .replace(/^\[FAIL\]/gm, (m) => red(m));
}

;// CONCATENATED MODULE: ./src/cli/command.ts
/** Declares a command; the generic keeps each option's type for `run`. */
function command(spec, run) {
    return { spec, run };
}

;// CONCATENATED MODULE: ./src/cli/json.ts
/** A failure the command reports inside its result (set as `error` of the result). */
function jsonError(kind, message) {
    return { kind, message };
}
function envelope(command, exitCode, result, error) {
    const { ok: _ok, error: resultError, ...data } = result ?? {};
    const failure = error ?? resultError ?? (exitCode === 0 ? undefined : jsonError('failed', `${command ?? 'mm-apps-deploy'} failed (exit ${exitCode})`));
    return { command: command ?? null, ok: exitCode === 0, exitCode, ...data, ...(failure ? { error: failure } : {}) };
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(2693);
;// CONCATENATED MODULE: ./src/cli/render.ts
// Text rendering shared by the commands: compiler-style findings and totals.



/**
 * A value from outside (manifest, archive, file name, server, AWS) in a line of text: on one line,
 * escaped, bounded (output/untrusted.ts). Messages of findings and errors already are.
 */
const shown = untrusted/* oneLine */.TN;
/** The file part of a finding: a path under the app directory, or an entry of the bundle ("app.zip!/manifest.json"). */
function findingFile(subject, f) {
    return (0,untrusted/* oneLine */.TN)(rawFile(subject, f));
}
/** The file of a finding as data (--json): not escaped, not cut; the JSON encoding makes it safe. */
function rawFile(subject, f) {
    const rel = f.location?.path ?? '.';
    if (subject.kind === 'bundle')
        return rel === '.' ? subject.path : `${subject.path}!/${rel}`;
    return external_node_path_default().normalize(external_node_path_default().join(subject.path, rel)).split((external_node_path_default()).sep).join('/');
}
/** "sample-app/manifest.json:12:7: error MMA012: message" */
function formatFinding(subject, f) {
    const line = f.location?.line !== undefined ? `:${f.location.line}${f.location.column !== undefined ? `:${f.location.column}` : ''}` : '';
    return `${findingFile(subject, f)}${line}: ${f.severity} ${f.code}: ${(0,untrusted/* oneLine */.TN)(f.message, 4 * 1024)}`;
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
        file: rawFile(subject, f),
        ...(f.location?.line !== undefined ? { line: f.location.line } : {}),
        ...(f.location?.column !== undefined ? { column: f.location.column } : {}),
    }));
}
/** Install commands, each with the Apps plugin versions it is for, aligned. */
function commandLines(commands) {
    const width = Math.max(...commands.map((c) => c.command.length));
    return commands.map((c) => `  ${(0,untrusted/* oneLine */.TN)(c.command).padEnd(width)}    (${c.plugins})\n`).join('');
}
/** Which consumers accept the bundle, one per line. */
function consumerLines(verdicts) {
    const width = Math.max(...verdicts.map((v) => v.consumer.length));
    return verdicts.map((v) => `  ${v.accepts ? 'yes' : 'no '}  ${v.consumer.padEnd(width)}${v.notes.length ? `  ${(0,untrusted/* oneLine */.TN)(v.notes.join('; '), 4 * 1024)}` : ''}`.trimEnd() + '\n').join('');
}

// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __nccwpck_require__(6536);
;// CONCATENATED MODULE: ./src/cli/commands/aws-options.ts


const AWS_SECTION = 'AWS';
const AWS_OPTIONS = {
    bucket: { type: 'string', value: 'B', section: AWS_SECTION, help: 'the bucket of static assets and manifests\n(default: MM_APPS_S3_BUCKET, else mattermost-apps-bucket)' },
    region: {
        type: 'string',
        value: 'R',
        section: AWS_SECTION,
        help: "the AWS region (default: MM_APPS_AWS_REGION, else the\nSDK's: AWS_REGION, AWS_DEFAULT_REGION, the shared\nconfig file)",
    },
    'endpoint-url': {
        type: 'string',
        value: 'URL',
        section: AWS_SECTION,
        help: 'another endpoint (moto, LocalStack, an S3-compatible\nstore), with path-style S3 (AWS_ENDPOINT_URL works too)',
    },
};
const AWS_SECTION_NOTE = `  Credentials: MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY, or
  MM_APPS_PROVISION_AWS_ACCESS_KEY / MM_APPS_PROVISION_AWS_SECRET_KEY, or
  APPS_PROVISION_AWS_ACCESS_KEY / APPS_PROVISION_AWS_SECRET_KEY, else the AWS
  SDK's default chain (environment, AWS_PROFILE, web identity / OIDC,
  container and instance roles). Secrets are never printed. Each retry of an
  AWS request is shown with the operation and the error.`;
/**
 * The AWS settings the options give, checked before any work: a bad --bucket, --region or
 * --endpoint-url is a usage error (exit 2). Only the options are checked here (the environment's
 * values are the core's to report).
 */
function awsInput(values, ctx, commandName) {
    if (values.bucket)
        optionValue(commandName, '--bucket', () => (0,aws_settings.resolveAwsSettings)({ bucket: values.bucket, env: {} }));
    if (values.region)
        optionValue(commandName, '--region', () => (0,aws_settings.resolveAwsSettings)({ region: values.region, env: {} }));
    if (values['endpoint-url'])
        optionValue(commandName, '--endpoint-url', () => (0,aws_settings.resolveAwsSettings)({ endpointUrl: values['endpoint-url'], env: {} }));
    return { bucket: values.bucket, region: values.region, endpointUrl: values['endpoint-url'], env: ctx.io.env };
}

// EXTERNAL MODULE: ./src/manifest/manifest-format.ts
var manifest_format = __nccwpck_require__(3838);
;// CONCATENATED MODULE: ./src/aws/iam-names.ts
// IAM's naming rules for the names the user may choose (the IAM API reference: UserName, GroupName,
// RoleName, PolicyName: [\w+=,.@-]+, at most 64 characters for users and roles, 128 for groups and
// policies), checked before anything is sent, so that a typo is a usage error and not an AWS
// ValidationError halfway through a run.
const NAME = /^[\w+=,.@-]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/;
const IAM_NAME_LIMITS = { user: 64, group: 128, role: 64, policy: 128 };
/** What is wrong with an IAM name of `kind`, or undefined. */
function iamNameProblem(kind, name) {
    const max = IAM_NAME_LIMITS[kind];
    if (name.length > max)
        return `is ${name.length} characters; an IAM ${kind} name has at most ${max}`;
    if (!NAME.test(name))
        return `is not an IAM ${kind} name: use letters, digits and + = , . @ _ -`;
    return undefined;
}
/** A role given by name or by ARN (provision --execute-role). */
function roleProblem(value) {
    return value.startsWith('arn:') ? (ROLE_ARN.test(value) ? undefined : 'is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)') : iamNameProblem('role', value);
}

;// CONCATENATED MODULE: ./src/cli/commands/shared-options.ts
// Options several commands share, declared once with their help text (see command.ts).




const MANIFEST_FORMAT_OPTION = {
    type: 'string',
    value: 'F',
    choices: manifest_format/* MANIFEST_FORMATS */.N9,
    help: 'the shape of the bundle\'s manifest.json: "current"\n(default; Apps plugin v1.0+, cloud deployer v0.1.6+;\na v0.7 manifest is converted, with a warning) or\n"v0.7" ("app_type" and an "aws_lambda" array: plugin\nv0.7–v1.1, cloud deployer v0.1.0–v0.1.5). Only the\nshape changes; everything else stays as written',
};
/** --function for commands that take an app directory as well as a bundle. */
const FUNCTION_OPTION = {
    type: 'string',
    multiple: true,
    value: 'NAME=PATH',
    help: 'for an app directory: take function NAME from PATH\n(a directory or a .zip); repeatable',
};
/**
 * A bad --mattermost-url is a usage error (exit 2); the
 * URL is checked alone first, with the core's rules (a stand-in token, never used).
 */
function checkMattermostUrl(commandName, url) {
    if (url)
        optionValue(commandName, '--mattermost-url', () => resolveMattermostSettings({ url, env: { [MM_ENV.token]: 'checking-the-url-only' }, urlOption: '--mattermost-url' }));
}
/** Checks IAM names given as options (a bad one is a usage error): [flag, kind, value]. */
function checkIamNames(commandName, names) {
    for (const [flag, kind, value] of names) {
        if (value === undefined)
            continue;
        const problem = kind === 'role or ARN' ? roleProblem(value) : iamNameProblem(kind, value);
        if (problem)
            throw usageError(commandName, `${flag} "${value}" ${problem}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/clean.ts





const cleanCommand = command({
    name: 'clean',
    summary: 'remove the invoke user, its keys, group and policy (appsctl aws clean)',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Removes what "mm-apps-deploy init" (and "appsctl aws init") set up for the Apps
plugin's access, like "appsctl aws clean": the invoke user's access keys, the
invoke user, the invoke group and the invoke policy. Without --yes it only
prints the plan.

It never removes Lambda functions, S3 objects, buckets or the execution role
(use "mm-apps-deploy prune" for old versions). A user, group or policy that is
also used by something init did not set up (another group, user, role or
policy) is left alone, with the reason (exit 1). After a clean, the Mattermost
server's MM_APPS_AWS_ACCESS_KEY no longer works.`,
    options: {
        yes: { type: 'boolean', help: 'remove; without it, print the plan and change nothing' },
        user: { type: 'string', value: 'NAME', help: 'invoke user (default mattermost-apps-invoke)' },
        group: { type: 'string', value: 'NAME', help: 'invoke group (default mattermost-apps-invoke-group)' },
        policy: { type: 'string', value: 'NAME', help: 'invoke policy (default mattermost-apps-invoke-policy)' },
        ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 cleaned (or planned), 1 a step was refused or failed, 2 usage error.

Example:
  mm-apps-deploy clean            # the plan
  mm-apps-deploy clean --yes`,
}, async ({ values }, ctx) => {
    const aws = awsInput(values, ctx, 'clean');
    checkIamNames('clean', [
        ['--user', 'user', values.user],
        ['--group', 'group', values.group],
        ['--policy', 'policy', values.policy],
    ]);
    const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039));
    const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
    const { cleanAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6960));
    const clients = createClients(resolveAwsSettings(aws));
    try {
        const r = await cleanAws(clients, {
            yes: values.yes ?? false,
            ...(values.user ? { user: values.user } : {}),
            ...(values.group ? { group: values.group } : {}),
            ...(values.policy ? { policy: values.policy } : {}),
            onProgress: (m) => ctx.progress(m),
        });
        const refused = r.steps.filter((s) => s.status === 'refused');
        if (ctx.json) {
            ctx.result({ changed: r.changed, planned: !values.yes, account: r.account, steps: r.steps, absent: r.absent, ...(refused.length ? { error: jsonError('failed', `${refused.length} left in place`) } : {}) });
            return refused.length === 0 ? 0 : 1;
        }
        const { out, err } = ctx.io;
        out(`AWS account ${shown(r.account)} (${shown(r.identity)})\n\n`);
        for (const s of r.steps)
            out(`  ${s.status === 'planned' ? 'would remove' : s.status === 'done' ? 'removed' : 'kept'}  ${shown(s.what)}${s.reason ? `: ${shown(s.reason, 4096)}` : ''}\n`);
        if (r.absent.length)
            out(`  already gone: ${shown(r.absent.join(', '), 4096)}\n`);
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
});

;// CONCATENATED MODULE: ./src/cli/commands/init.ts





const initCommand = command({
    name: 'init',
    summary: 'set up the bucket, invoke user, group, policy and execution role',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Sets up an AWS account for Mattermost Apps, like "appsctl aws init":

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
not rewritten; a bucket without Block Public Access gets a warning.`,
    options: {
        create: { type: 'boolean', help: 'create what is missing' },
        'create-access-key': {
            type: 'boolean',
            help: "create an access key for the invoke user and print it\nonce, as export lines for MM_APPS_AWS_ACCESS_KEY and\nMM_APPS_AWS_SECRET_KEY (the Mattermost server's settings)",
        },
        user: { type: 'string', value: 'NAME', help: 'invoke user (default mattermost-apps-invoke)' },
        group: { type: 'string', value: 'NAME', help: 'invoke group (default mattermost-apps-invoke-group)' },
        policy: { type: 'string', value: 'NAME', help: 'invoke policy (default mattermost-apps-invoke-policy)' },
        'execute-role': { type: 'string', value: 'NAME', help: 'execution role (default mattermost-apps-execute-lambda-role)' },
        ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 ready, 1 something is missing or failed, 2 usage error.

Example:
  mm-apps-deploy init --bucket my-mattermost-apps --region eu-west-1 --create --create-access-key`,
}, async ({ values }, ctx) => {
    const aws = awsInput(values, ctx, 'init');
    checkIamNames('init', [
        ['--user', 'user', values.user],
        ['--group', 'group', values.group],
        ['--policy', 'policy', values.policy],
        ['--execute-role', 'role', values['execute-role']],
    ]);
    const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039));
    const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
    const { initAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(358), __nccwpck_require__.e(94), __nccwpck_require__.e(821)]).then(__nccwpck_require__.bind(__nccwpck_require__, 821));
    const clients = createClients(resolveAwsSettings(aws));
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
        const missing = r.items.filter((i) => i.status === 'missing');
        if (ctx.json) {
            ctx.result({ changed: r.changed, account: r.account, region: r.region, bucket: clients.settings.bucket, items: r.items, warnings: r.warnings, ...(r.accessKey ? { accessKey: r.accessKey } : {}) });
            return r.ok ? 0 : 1;
        }
        const { out, err } = ctx.io;
        out(`AWS account ${shown(r.account)} (${shown(r.identity)}), region ${shown(r.region)}\n\n`);
        out(`${(0,format/* table */.tp)(r.items.map((i) => [i.what, i.name, i.status]))}\n\n`);
        for (const w of r.warnings)
            err(`warning: ${shown(w, 4096)}\n`);
        if (missing.length > 0) {
            err(`${(0,format/* plural */.LS)(missing.length, 'thing')} missing: ${missing.map((i) => i.what).join(', ')}. Run again with --create to create them.\n`);
            return 1;
        }
        out(r.changed ? 'Ready to deploy AWS Lambda Mattermost Apps!\n' : 'Nothing changed: everything was already set up. Ready to deploy AWS Lambda Mattermost Apps!\n');
        const arn = (what) => r.items.find((i) => i.what === what)?.arn ?? '';
        out(`\n${(0,format/* table */.tp)([
            ['User:', arn('invoke user')],
            ['Group:', arn('invoke group')],
            ['Policy:', arn('invoke policy')],
            ['Role:', arn('execution role')],
            ['Bucket:', clients.settings.bucket],
        ], '')}\n`);
        if (r.accessKey) {
            // Printed here once; nothing else ever prints or logs it.
            out(`\nStore the access key securely; it is not shown again. On the Mattermost server:\n\nexport MM_APPS_AWS_ACCESS_KEY='${shown(r.accessKey.id)}'\nexport MM_APPS_AWS_SECRET_KEY='${shown(r.accessKey.secret)}'\n`);
        }
        return 0;
    }
    finally {
        clients.destroy();
    }
});

// EXTERNAL MODULE: ./src/bundle/pack.ts + 8 modules
var pack = __nccwpck_require__(9586);
// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __nccwpck_require__(7538);
// EXTERNAL MODULE: ./src/register/install-commands.ts
var install_commands = __nccwpck_require__(9589);
;// CONCATENATED MODULE: ./src/cli/commands/pack.ts









const packCommand = command({
    name: 'pack',
    summary: 'pack an app directory into a validated, reproducible bundle',
    args: '[APP_DIR]',
    positionals: { min: 0, max: 1, names: 'APP_DIR' },
    description: `Packs a Mattermost App directory into a bundle: manifest.json, static/ and one
zip per aws_lambda function. The bundle is byte-reproducible (same bytes on any
machine, in any timezone) and passes every check of "mm-apps-deploy validate".
Nothing is written when there is an error.

APP_DIR (default: the current directory) holds:
  manifest.json          the app manifest (current format, or the v0.7 one)
  static/                optional static assets, served from S3
  functions/NAME/        the code of function NAME, zipped with its contents at
                         the archive root (node_modules included)
  functions/NAME.zip     or a prebuilt archive for function NAME, used as is`,
    options: {
        output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write the bundle: outside APP_DIR, or in its\ndist/ (default: APP_DIR/dist/<app_id>_<version>.zip)' },
        function: { type: 'string', multiple: true, value: 'NAME=PATH', help: 'take function NAME from PATH, a directory or a .zip,\nrelative to the current directory; repeatable' },
        'manifest-format': MANIFEST_FORMAT_OPTION,
    },
    epilogue: `Output: each function with its Lambda name, runtime and sizes; the static
files; the bundle path and SHA-256; the /apps install commands, each with the
Apps plugin versions it is for; warnings.

Links in APP_DIR are followed while they stay inside it (a --function PATH
outside APP_DIR is its own boundary); each real file is packed once.

Exit status: 0 packed (warnings allowed), 1 the app has errors (no bundle
written), 2 usage error, 130 interrupted (Ctrl-C: nothing half-written left).

Examples:
  mm-apps-deploy pack sample-app
  mm-apps-deploy pack . -o build/bundle.zip --function api=build/api`,
}, async ({ values, positionals }, ctx) => {
    const appDirArg = positionals[0] ?? '.';
    const appDir = external_node_path_default().resolve(ctx.io.cwd, appDirArg);
    const functionSources = parseFunctionMappings(values.function, ctx.io.cwd);
    const manifestFormat = values['manifest-format'];
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
    if (ctx.json)
        ctx.result(packJson(subject, result, ctx));
    else
        renderPack(subject, result, ctx);
    return result.ok ? 0 : 1;
});
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
    out(`Packed ${shown(m.appId)} ${shown(m.version)} (manifest format: ${r.manifestFormat})\n\n`);
    out(`${(0,format/* table */.tp)([['FUNCTION', 'LAMBDA NAME', 'RUNTIME', 'ZIPPED', 'UNZIPPED'], ...r.functions.map((f) => [f.name, f.lambdaName, f.runtime, (0,format/* formatBytes */.z3)(f.zippedSize), (0,format/* formatBytes */.z3)(f.unzippedSize)])])}\n\n`);
    out(`${(0,format/* table */.tp)([
        ['static', `${(0,format/* plural */.LS)(r.static.files, 'file')}, ${(0,format/* formatBytes */.z3)(r.static.bytes)}`],
        ['bundle', `${rel(ctx, r.bundle.path)} (${(0,format/* formatBytes */.z3)(r.bundle.size)})`],
        ['sha256', r.bundle.sha256],
    ])}\n\n`);
    out(`Once provisioned, install it in Mattermost with:\n${commandLines((0,install_commands/* installCommandsFor */.z)(m.appId, m.version))}`);
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
        ...(r.installCommands ? { installCommands: r.installCommands, install: (0,install_commands/* installCommandsFor */.z)(r.manifest.appId, r.manifest.version) } : {}),
        ...(r.provisionData ? { provisionData: (0,provision_data/* provisionDataObject */.xP)(r.provisionData) } : {}),
        findings: findingsJson(subject, r.findings),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/prune.ts







const pruneCommand = command({
    name: 'prune',
    summary: 'remove old versions of an app (functions, static objects, manifests)',
    args: 'APP_ID',
    positionals: { min: 1, max: 1, names: 'APP_ID' },
    description: `Removes the Lambda functions, static objects and manifests of all but the
newest N versions of an app, and takes their functions out of the invoke
policy. Versions are the app's manifests in the bucket, newest first by version
(v1.10.0 is newer than v1.9.0); the newest is never removed. Without --yes it
only prints what it would remove.

Before removing a version, make sure no Mattermost server still has it
installed: upgrade first (/apps install aws APP_ID NEW_VERSION).`,
    options: {
        keep: { type: 'string', value: 'N', required: true, help: 'how many versions to keep (1 or more)' },
        yes: { type: 'boolean', help: 'remove them (default: only show the plan)' },
        'invoke-policy': { type: 'string', value: 'NAME', help: 'the invoke policy (default mattermost-apps-invoke-policy)' },
        ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 done (or planned), 1 failure, 2 usage error.

Example:
  mm-apps-deploy prune hello-mm-apps --keep 2 --bucket my-mattermost-apps --yes`,
}, async ({ values, positionals }, ctx) => {
    if (!values.keep)
        throw usageError('prune', '--keep N is required (how many of the newest versions to keep)');
    if (!/^\d+$/.test(values.keep) || Number(values.keep) < 1)
        throw usageError('prune', `--keep must be a whole number of 1 or more, got "${values.keep}"`);
    checkIamNames('prune', [['--invoke-policy', 'policy', values['invoke-policy']]]);
    const aws = awsInput(values, ctx, 'prune');
    const appId = positionals[0];
    const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039));
    const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
    const { applyPrune, planPrune } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(94), __nccwpck_require__.e(444), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2513));
    const clients = createClients(resolveAwsSettings(aws));
    try {
        const plan = await planPrune(clients, { appId, keep: Number(values.keep), ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}), onProgress: (m) => ctx.progress(m) });
        const remove = plan.versions.filter((v) => !v.keep);
        const report = values.yes && remove.length > 0 ? await applyPrune(clients, plan, { onProgress: (m) => ctx.progress(m) }) : undefined;
        if (ctx.json) {
            ctx.result({
                appId,
                bucket: plan.bucket,
                dryRun: !values.yes,
                versions: plan.versions,
                ...(report ? { removed: report.removed, notRemoved: report.notRemoved, policy: report.policy, ...(report.error ? { error: jsonError('failed', report.error.message) } : {}) } : {}),
            });
            return report?.error ? 1 : 0;
        }
        const { out, err } = ctx.io;
        out(`${shown(appId)}: ${(0,format/* plural */.LS)(plan.versions.length, 'version')} in bucket ${shown(plan.bucket)}, newest first\n`);
        for (const v of plan.versions) {
            out(`  ${shown(v.version).padEnd(12)} ${v.keep ? 'keep' : `remove: ${(0,format/* plural */.LS)(v.functions.length, 'function')}, ${(0,format/* plural */.LS)(v.objects.length, 'static object')}, the manifest`}\n`);
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
            out(`\nremoved: ${shown(report.removed.join(', '), 4096)}\n`);
        if (report.policy.status === 'done')
            out(`invoke policy ${shown(plan.invokePolicy.name)}: removed ${(0,format/* plural */.LS)(report.policy.removed.length, 'function')}\n`);
        if (report.error) {
            err(`prune failed: ${shown(report.error.message, 4096)}\nnot removed: ${shown(report.notRemoved.join(', '), 4096)}. Run again to finish.\n`);
            return 1;
        }
        return 0;
    }
    finally {
        clients.destroy();
    }
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
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
            const [{ createS3Client }, { downloadS3 }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039)), Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(612)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1612))]);
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
// provision, provision-data, register, publish). Shared options, help and the line that shows what
// was fetched.






const SOURCE_SECTION = 'Bundle sources';
const SOURCE_OPTIONS = {
    sha256: { type: 'string', value: 'HEX', section: SOURCE_SECTION, help: 'the bundle must have this SHA-256, else nothing is done' },
    'allow-insecure-http': { type: 'boolean', section: SOURCE_SECTION, help: 'allow plain http:// to loopback addresses: for tests only' },
};
/** For commands without the AWS options: what an s3:// source needs. */
const SOURCE_AWS_OPTIONS = {
    region: { type: 'string', value: 'R', section: SOURCE_SECTION, help: 'for s3:// sources: the AWS region (default:\nMM_APPS_AWS_REGION, else AWS_REGION, AWS_DEFAULT_REGION)' },
    'endpoint-url': { type: 'string', value: 'URL', section: SOURCE_SECTION, help: 'for s3:// sources: another S3 endpoint (moto, LocalStack)' },
};
const SOURCE_SECTION_TEXT = {
    intro: `  PATH may also be
  s3://BUCKET/KEY          read with the deploy credentials (see provision --help)
  https://…                e.g. a GitHub release asset; GITHUB_TOKEN is sent only to
                           github.com, api.github.com and raw.githubusercontent.com
                           (not to the hosts their downloads redirect to). For a
                           private repository give the asset's API URL:
                           https://api.github.com/repos/OWNER/REPO/releases/assets/ID
  A remote bundle is downloaded to a temporary file (at most 1 GiB, removed
  afterwards), with retries and progress; its SHA-256 is printed.`,
};
/** Checks the source options' values before any work: a bad one is a usage error (exit 2). */
function checkSourceOptions(commandName, target, values) {
    if (values['allow-insecure-http'] && !isRemoteTarget(target))
        throw usageError(commandName, '--allow-insecure-http is for http:// bundle URLs (in tests)');
    optionValue(commandName, '--sha256', () => parseSha256(values.sha256));
    if (values.region)
        optionValue(commandName, '--region', () => (0,aws_settings.resolveAwsSettings)({ region: values.region, env: {} }));
    if (values['endpoint-url'])
        optionValue(commandName, '--endpoint-url', () => (0,aws_settings.resolveAwsSettings)({ endpointUrl: values['endpoint-url'], env: {} }));
}
/**
 * Fetches the bundle a command names, printing what was fetched and its SHA-256 on stderr. The
 * caller removes it with cleanup() in a finally block.
 */
async function openSource(commandName, target, values, ctx) {
    checkSourceOptions(commandName, target, values);
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
        ctx.io.err(`${source.kind === 'local' ? '' : 'fetched '}${shown(source.displayName)}: ${size}sha256 ${source.sha256}${values.sha256 ? ' (as pinned)' : ''}\n`);
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








const validateCommand = command({
    name: 'validate',
    summary: 'check an app directory or a bundle, offline',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (an app directory, a bundle .zip, s3://BUCKET/KEY or an https:// URL)' },
    description: `Checks an app directory or an existing bundle .zip (for example one built by a
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
v0.1.0–v0.1.5 and v0.1.6+ accept it, and why not.`,
    options: {
        function: FUNCTION_OPTION,
        'manifest-format': { ...MANIFEST_FORMAT_OPTION, help: 'for an app directory: rate the bundle pack would write\nwith this manifest shape (current or v0.7)' },
        ...SOURCE_OPTIONS,
        ...SOURCE_AWS_OPTIONS,
    },
    sections: { [SOURCE_SECTION]: SOURCE_SECTION_TEXT },
    epilogue: `Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.

Examples:
  mm-apps-deploy validate sample-app
  mm-apps-deploy validate dist/bundle.zip --json
  mm-apps-deploy validate https://github.com/org/app/releases/download/v1.0.0/app_v1.0.0.zip`,
}, async ({ values, positionals }, ctx) => {
    const manifestFormat = values['manifest-format'];
    const source = await openSource('validate', positionals[0], values, ctx);
    try {
        const { result, subject } = await validateTarget(source, values.function, ctx, manifestFormat);
        if (ctx.json) {
            ctx.result({ ...validationJson(subject, result), ...sourceJson(source), ...(result.ok ? {} : { error: jsonError('findings', countFindings(result.findings)) }) });
        }
        else {
            ctx.io.err(findingsBlock(subject, result.findings));
            if (result.ok)
                ctx.io.out(summary(subject.path, result));
            else
                ctx.io.err(`${shown(subject.path)}: ${countFindings(result.findings)}\n`);
        }
        return result.ok ? 0 : 1;
    }
    finally {
        source.cleanup();
    }
});
function summary(target, r) {
    const m = r.manifest;
    const rows = r.functions.map((f) => [f.name, f.lambdaName, f.runtime, (0,format/* formatBytes */.z3)(f.zippedSize), (0,format/* formatBytes */.z3)(f.unzippedSize)]);
    return (`${shown(target)}: valid ${r.kind === 'bundle' ? 'bundle' : 'app'} ${shown(m.appId)} ${shown(m.version)}, ${countFindings(r.findings)}\n\n` +
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









const registerCommand = command({
    name: 'register',
    summary: 'list a provisioned version in the Apps plugin (and install it)',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Makes an already provisioned version installable on a Mattermost server, as
"appsctl aws deploy" does after deploying: the manifest of the bundle (or app
directory) goes into the Apps plugin's listing (update-app-listing), and with
--install the app is installed (install-app). This is what an admin does after
a deploy by the cloud deployer or by another pipeline. Apps plugin v0.7 reads
manifests from S3 and needs nothing: the command says so and prints the install
command for it.

The bundle is validated first; one with errors is not registered. Before
anything is sent, the site, the token (a system admin's) and the Apps plugin
(installed, enabled, its version) are checked.`,
    options: {
        'mattermost-url': { type: 'string', value: 'URL', help: "the server's Site URL (default: MM_SERVICESETTINGS_SITEURL)" },
        install: { type: 'boolean', help: 'also install the version (Apps plugin v1.0+)' },
        function: FUNCTION_OPTION,
        ...SOURCE_OPTIONS,
        ...SOURCE_AWS_OPTIONS,
    },
    sections: {
        Options: {
            note: `Environment:
  MM_ADMIN_TOKEN           a system admin's personal access token (required;
                           never given as a flag, so it never shows in ps)
  MM_SERVICESETTINGS_SITEURL  the Site URL, when --mattermost-url is not given`,
        },
        [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
    },
    epilogue: `Exit status: 0 registered (and installed), 1 failure, 2 usage error.

Examples:
  MM_ADMIN_TOKEN=… mm-apps-deploy register dist/hello_v1.0.0.zip --mattermost-url https://chat.example.com
  MM_ADMIN_TOKEN=… mm-apps-deploy register . --install`,
}, async ({ values, positionals }, ctx) => {
    checkMattermostUrl('register', values['mattermost-url']);
    const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
    if (!settings)
        throw usageError('register', `which Mattermost server? Pass --mattermost-url URL or set ${MM_ENV.siteUrl}`);
    for (const w of settings.warnings)
        ctx.io.err(`warning: ${shown(w, 4096)}\n`);
    const source = await openSource('register', positionals[0], values, ctx);
    let validated;
    try {
        validated = await validateTarget(source, values.function, ctx);
    }
    finally {
        source.cleanup(); // only the manifest is needed from here on
    }
    const { result, subject } = validated;
    if (!result.ok || !result.manifest) {
        if (ctx.json)
            ctx.result({ findings: findingsJson(subject, result.findings), error: jsonError('findings', `${countFindings(result.findings)}; not registered`) });
        else
            ctx.io.err(`${findingsBlock(subject, result.findings)}${shown(subject.path)}: ${countFindings(result.findings)}; not registered\n`);
        return 1;
    }
    const m = result.manifest;
    // Loaded here: the Mattermost client (and its schema library) only when something is registered.
    const [{ checkInstallPossible, registerApp }, { checkMattermost }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(780)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1780)), Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(590)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3590))]);
    const http = { onProgress: (msg) => ctx.progress(msg), ...(ctx.signal ? { signal: ctx.signal } : {}) };
    let registration;
    try {
        const server = await checkMattermost(settings, http);
        checkInstallPossible(server, values.install ?? false, m);
        registration = await registerApp(server, settings, m, values.install ?? false, http);
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y) || !ctx.json)
            throw err;
        ctx.result({ appId: m.appId, version: m.version, error: jsonError('failed', err.message) });
        return 1;
    }
    if (ctx.json) {
        ctx.result({ appId: m.appId, version: m.version, ...registration, findings: findingsJson(subject, result.findings) });
        return 0;
    }
    ctx.io.err(findingsBlock(subject, result.findings));
    const { registered, installed, installCommand, siteUrl, pluginVersion } = registration;
    const what = installed ? 'registered and installed' : registered ? 'registered' : 'nothing to register';
    ctx.io.out(`${shown(m.appId)} ${shown(m.version)}: ${what} on ${shown(siteUrl)} (Apps plugin ${shown(pluginVersion)})\n`);
    for (const note of registration.notes)
        ctx.io.err(`note: ${shown(note, 4096)}\n`);
    ctx.io.out(installed ? `To reinstall: ${shown(installCommand.command)}\n` : `Install it in Mattermost with:\n  ${shown(installCommand.command)}\n`);
    return 0;
});

;// CONCATENATED MODULE: ./src/cli/commands/test.ts




const testCommand = command({
    name: 'test',
    summary: 'check that AWS is set up for the Apps plugin, and an app is reachable',
    args: '',
    positionals: { min: 0, max: 0, names: '' },
    description: `Checks, as a list with the fix for each failure, that AWS is set up for the
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
then the deploy credentials and the AWS default chain, as for provision.`,
    options: {
        app: { type: 'string', value: 'APP_ID', help: 'the app to check (with --version)' },
        version: { type: 'string', value: 'V', help: 'its version (with --app)' },
        invoke: { type: 'boolean', help: 'also invoke /ping' },
        ...AWS_OPTIONS,
    },
    sections: { [AWS_SECTION]: { note: AWS_SECTION_NOTE } },
    epilogue: `Exit status: 0 every check passed, 1 a check failed, 2 usage error.

Example:
  mm-apps-deploy test --bucket my-mattermost-apps --app hello-mm-apps --version v1.0.0 --invoke`,
}, async ({ values }, ctx) => {
    if (Boolean(values.app) !== Boolean(values.version))
        throw usageError('test', 'give --app and --version together');
    if (values.invoke && !values.app)
        throw usageError('test', '--invoke needs --app and --version');
    const aws = awsInput(values, ctx, 'test');
    const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039));
    const { resolveAwsSettings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6536));
    const { checkAws } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8508));
    const clients = createClients(resolveAwsSettings({ ...aws, as: 'plugin' }));
    try {
        const r = await checkAws(clients, { ...(values.app ? { appId: values.app } : {}), ...(values.version ? { version: values.version } : {}), invoke: values.invoke ?? false });
        if (ctx.json) {
            ctx.result({ ...r });
            return r.ok ? 0 : 1;
        }
        const width = Math.max(...r.items.map((i) => shown(i.check).length));
        for (const i of r.items) {
            const mark = i.status === 'ok' ? '[ok]  ' : i.status === 'fail' ? '[FAIL]' : '[skip]';
            ctx.io.out(`${mark} ${shown(i.check).padEnd(width)}  ${shown(i.detail, 4096)}${i.fix ? `\n       ${''.padEnd(width)}  fix: ${shown(i.fix, 4096)}` : ''}\n`);
        }
        ctx.io.out(r.ok ? '\nAll checks passed.\n' : `\n${r.items.filter((i) => i.status === 'fail').length} check(s) failed.\n`);
        return r.ok ? 0 : 1;
    }
    finally {
        clients.destroy();
    }
});

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __nccwpck_require__(976);
// EXTERNAL MODULE: ./src/provision/describe.ts
var provision_describe = __nccwpck_require__(6014);
// EXTERNAL MODULE: ./src/provision/options.ts
var provision_options = __nccwpck_require__(8673);
;// CONCATENATED MODULE: ./src/cli/commands/provision.ts
















const FUNCTIONS = 'Functions';
const MATTERMOST = 'Mattermost (register the version so that it can be installed, as appsctl aws\ndeploy does; needed by Apps plugin v1.0 and later)';
const OTHER = 'Other options';
const provisionCommand = command({
    name: 'provision',
    summary: 'deploy a bundle to AWS Lambda and S3',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Deploys a bundle (or an app directory, packed first into APP_DIR/dist/) to AWS:
the static assets to S3 and one Lambda function per manifest function, at the
same time; the functions added to the invoke policy; and the manifest, last.
Once the manifest is there, the Apps plugin can install the version.

Before any write it checks the bundle, the credentials, the bucket and the
execution role; a failure there writes nothing. Afterwards, anything unchanged
is left alone: an unchanged re-run makes no writes. If a step fails, the
manifest of this version is not written and running again continues where it
stopped. Other versions are never touched.`,
    options: {
        ...AWS_OPTIONS,
        ...SOURCE_OPTIONS,
        'execute-role': { type: 'string', value: 'NAME|ARN', section: FUNCTIONS, help: 'the role functions run as\n(default mattermost-apps-execute-lambda-role)' },
        'create-execute-role': {
            type: 'boolean',
            section: FUNCTIONS,
            help: 'create that role when it does not exist (trusted by\nlambda.amazonaws.com, with AWSLambdaBasicExecutionRole)',
        },
        'invoke-policy': {
            type: 'string',
            value: 'NAME',
            section: FUNCTIONS,
            help: 'the IAM policy whose AllowLambda statement lists the\nfunctions the plugin may invoke; skipped with a note\nwhen it does not exist\n(default mattermost-apps-invoke-policy)',
        },
        'memory-size': { type: 'string', value: 'MB', section: FUNCTIONS, help: "128 to 10240 (default: AWS's, 128; unchanged on update)" },
        timeout: { type: 'string', value: 'S', section: FUNCTIONS, help: "1 to 900 (default: AWS's, 3; unchanged on update)" },
        architecture: { type: 'string', value: 'ARCH', choices: ['x86_64', 'arm64'], section: FUNCTIONS, help: "x86_64 or arm64 (default: AWS's, x86_64)" },
        env: { type: 'string', multiple: true, value: 'KEY=VALUE', section: FUNCTIONS, help: 'an environment variable for every function;\nrepeatable; the list replaces all of their variables' },
        'mattermost-url': {
            type: 'string',
            value: 'URL',
            section: MATTERMOST,
            help: "the server's Site URL (default: MM_SERVICESETTINGS_SITEURL);\nthe token is read from MM_ADMIN_TOKEN only (a system\nadmin's personal access token), never from a flag",
        },
        install: { type: 'boolean', section: MATTERMOST, help: 'also install the version (Apps plugin v1.0+)' },
        'dry-run': { type: 'boolean', section: OTHER, help: 'read AWS (and Mattermost) and print the plan; write nothing' },
        force: {
            type: 'boolean',
            section: OTHER,
            help: 'take over Lambda functions and a manifest at this\nversion\'s names that belong to another app (app "a"\nversion "b_c" and app "a_b" version "c" share names);\nrefused otherwise, before any write',
        },
        concurrency: { type: 'string', value: 'N', section: OTHER, help: 'parallel S3 requests, 1 to 512 (default 64)' },
        function: { type: 'string', multiple: true, value: 'NAME=PATH', section: OTHER, help: 'for an app directory: take function NAME from PATH' },
        output: { type: 'string', short: 'o', value: 'FILE', section: OTHER, help: 'for an app directory: where to write the bundle' },
        'manifest-format': { ...MANIFEST_FORMAT_OPTION, section: OTHER, help: 'for an app directory: current (default) or v0.7, as\nfor pack' },
    },
    sections: {
        [AWS_SECTION]: { note: AWS_SECTION_NOTE },
        [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
        [MATTERMOST]: {
            note: `  Checked before anything is written: the site answers, the token is a system
  admin's, the Apps plugin is installed and enabled, and its version. Without a
  URL nothing is registered, and both install commands are printed.`,
        },
    },
    commonSection: OTHER,
    epilogue: `Output: per function its Lambda name and what happened (created, updated code,
updated configuration, unchanged), the static objects uploaded and unchanged,
the provision data file (beside the bundle), and the install commands.

Exit status: 0 provisioned (or planned), 1 failure, 2 usage error.

Examples:
  mm-apps-deploy provision dist/hello_v1.0.0.zip --bucket my-apps-bucket --region eu-west-1
  mm-apps-deploy provision . --dry-run
  mm-apps-deploy provision s3://release-bundles/hello_v1.0.0.zip --sha256 9f2c…
  mm-apps-deploy provision sample-app --endpoint-url http://127.0.0.1:5000 --create-execute-role`,
}, async ({ values, positionals }, ctx) => {
    const options = {
        ...(values['execute-role'] ? { executeRole: values['execute-role'] } : {}),
        ...(values['create-execute-role'] ? { createExecuteRole: true } : {}),
        ...(values['invoke-policy'] ? { invokePolicy: values['invoke-policy'] } : {}),
        ...(values['memory-size'] ? { memorySize: optionValue('provision', '--memory-size', () => (0,provision_options/* parseInteger */.cG)(values['memory-size'], '--memory-size', 128, 10_240)) } : {}),
        ...(values.timeout ? { timeout: optionValue('provision', '--timeout', () => (0,provision_options/* parseInteger */.cG)(values.timeout, '--timeout', 1, 900)) } : {}),
        ...(values.architecture ? { architecture: optionValue('provision', '--architecture', () => (0,provision_options/* parseArchitecture */.ZN)(values.architecture, '--architecture')) } : {}),
        ...(values.env ? { environment: optionValue('provision', '--env', () => (0,provision_options/* parseEnvironment */.Nq)(values.env, '--env')) } : {}),
        ...(values.force ? { force: true } : {}),
        ...(values.concurrency ? { concurrency: optionValue('provision', '--concurrency', () => (0,provision_options/* parseInteger */.cG)(values.concurrency, '--concurrency', 1, provision_options/* MAX_CONCURRENCY */.fx)) } : {}),
    };
    const aws = awsInput(values, ctx, 'provision');
    checkIamNames('provision', [
        ['--execute-role', 'role or ARN', values['execute-role']],
        ['--invoke-policy', 'policy', values['invoke-policy']],
    ]);
    const mattermost = mattermostOption(values, ctx);
    const manifestFormat = values['manifest-format'];
    const source = await openSource('provision', positionals[0], values, ctx);
    try {
        return await provisionSource(source, values, aws, { ...options, ...(mattermost ? { mattermost } : {}), ...(manifestFormat ? { manifestFormat } : {}) }, ctx);
    }
    finally {
        source.cleanup();
    }
});
async function provisionSource(source, values, aws, options, ctx) {
    const subject = { kind: (0,external_node_fs_.statSync)(source.path).isDirectory() ? 'app-dir' : 'bundle', path: source.displayName };
    // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
    const { provision } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(816), __nccwpck_require__.e(96), __nccwpck_require__.e(94), __nccwpck_require__.e(444), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5035));
    let outcome;
    try {
        outcome = await provision({
            target: source.path,
            now: ctx.now,
            dryRun: values['dry-run'] ?? false,
            aws,
            functionSources: parseFunctionMappings(values.function, ctx.io.cwd),
            ...(values.output ? { bundleOutput: external_node_path_default().resolve(ctx.io.cwd, values.output) } : {}),
            ...options,
            onProgress: (m) => ctx.progress(m),
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
    }
    catch (err) {
        if (err instanceof errors/* Interrupted */.j) {
            const message = `provision ${err.message} before anything was written to AWS; no partial bundle or temporary file is left`;
            ctx.io.err(`${message}\n`);
            ctx.result({ error: jsonError('interrupted', message) });
            return err.exitCode;
        }
        if (!(err instanceof finding/* FindingsError */.NH))
            throw err;
        if (ctx.json)
            ctx.result({ findings: findingsJson(subject, err.findings), error: jsonError('findings', `provision refused: ${countFindings(err.findings)}; nothing was written`) });
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
    if (ctx.json)
        ctx.result({ ...outcomeJson(subject, outcome, bundle, pdFile, ctx), ...sourceJson(source), ...(pdProblem ? { provisionDataFileError: pdProblem } : {}) });
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
    const text = `${shown(d.heading)}\n\n` +
        `${(0,format/* table */.tp)([['FUNCTION', 'LAMBDA NAME', o.report ? 'RESULT' : 'PLAN'], ...d.functions.map((f) => [f.name, f.lambdaName, f.result])])}\n\n` +
        `${(0,format/* table */.tp)([...d.rows, ...(pdFile ? [['provision data', provision_rel(ctx, pdFile)]] : [])])}\n`;
    if (o.report && !o.report.ok) {
        const interrupted = o.report.error instanceof errors/* Interrupted */.j;
        err(`${text}\nprovision ${interrupted ? `${o.report.error.message}: no new write was started after it` : `failed: ${shown(o.report.error?.message ?? '', 4096)}`}\n`);
        err(`done: ${d.done?.length ? shown(d.done.join('; '), 4096) : 'nothing'}\n`);
        if (d.notDone?.length)
            err(`not done: ${shown(d.notDone.join('; '), 4096)}\n`);
        if (d.next)
            err(`${shown(d.next, 4096)}\n`);
        return;
    }
    if (o.registrationError) {
        err(`${text}\nprovision: deployed to AWS, but not registered with ${shown(o.mattermost.siteUrl)}: ${shown(o.registrationError.message, 4096)}\n`);
        err('Fix the cause and run "mm-apps-deploy register" on the bundle (or this command again: AWS is unchanged).\n');
        return;
    }
    out(text);
    if (o.report)
        out(`\n${installText(o)}`);
    for (const note of d.notes)
        err(`note: ${shown(note, 4096)}\n`);
    if (o.findings.length > 0)
        err(`\n${(0,format/* plural */.LS)(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}
/** What to type in Mattermost: the one command for the server checked, else both, labelled. */
function installText(o) {
    if (o.registration?.installed)
        return `Installed in Mattermost at ${shown(o.registration.siteUrl)}. To reinstall: ${shown(o.install[0].command)}\n`;
    return `Install it in Mattermost with:\n${commandLines(o.install)}`;
}
function mattermostOption(values, ctx) {
    checkMattermostUrl('provision', values['mattermost-url']);
    const settings = resolveMattermostSettings({ url: values['mattermost-url'], env: ctx.io.env, urlOption: '--mattermost-url' });
    if (!settings) {
        if (values.install)
            throw usageError('provision', `--install needs the Mattermost server: --mattermost-url URL or ${MM_ENV.siteUrl}`);
        return undefined;
    }
    for (const w of settings.warnings)
        ctx.io.err(`warning: ${shown(w, 4096)}\n`);
    return { settings, install: values.install ?? false };
}
function outcomeJson(subject, o, bundle, pdFile, ctx) {
    const d = (0,provision_describe/* describeOutcome */.SS)(o);
    return {
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
        ...(o.report?.error ? { done: d.done, notDone: d.notDone, error: jsonError(o.report.error instanceof errors/* Interrupted */.j ? 'interrupted' : 'failed', o.report.error.message) } : {}),
        ...(!o.report?.error && o.registrationError ? { error: jsonError('failed', `deployed to AWS, but not registered with ${o.mattermost.siteUrl}: ${o.registrationError.message}`) } : {}),
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







const provisionDataCommand = command({
    name: 'provision-data',
    summary: 'print the provision data (appsctl terraform generate-data) of a bundle',
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, an app directory, s3://BUCKET/KEY or an https:// URL)' },
    description: `Prints the provision data of a bundle or an app directory on stdout, byte for
byte what "appsctl terraform generate-data" prints for the same bundle: the S3
key of each static file, the Lambda name, handler and runtime of each function,
and the manifest key, as tab-indented JSON. Terraform users and the Mattermost
cloud deployer consume it. With --json, the same data is the "provisionData"
member of the JSON document every command prints.

A bundle that cannot be deployed (any validation error, e.g. a Lambda name that
AWS would reject) is refused: the findings go to stderr and nothing to stdout
(with --json: a document with "ok": false and the findings).`,
    options: { function: FUNCTION_OPTION, ...SOURCE_OPTIONS, ...SOURCE_AWS_OPTIONS },
    sections: { [SOURCE_SECTION]: SOURCE_SECTION_TEXT },
    epilogue: `Exit status: 0 printed, 1 the bundle has errors, 2 usage error.

Example:
  mm-apps-deploy provision-data dist/bundle.zip > provision-data.json`,
}, async ({ values, positionals }, ctx) => {
    const source = await openSource('provision-data', positionals[0], values, ctx);
    try {
        const { result, subject } = await validateTarget(source, values.function, ctx);
        const ok = result.ok && result.provisionData !== undefined;
        if (ctx.json) {
            ctx.result({
                kind: result.kind,
                path: subject.path,
                ...(result.manifest ? { appId: result.manifest.appId, version: result.manifest.version } : {}),
                ...(ok ? { provisionData: (0,provision_data/* provisionDataObject */.xP)(result.provisionData) } : { error: jsonError('findings', `${countFindings(result.findings)}; no provision data for a bundle that cannot be deployed`) }),
                ...sourceJson(source),
                findings: findingsJson(subject, result.findings),
            });
            return ok ? 0 : 1;
        }
        ctx.io.err(findingsBlock(subject, result.findings));
        if (!ok) {
            ctx.io.err(`${shown(subject.path)}: ${countFindings(result.findings)}; refusing to print provision data for a bundle that cannot be deployed\n`);
            return 1;
        }
        ctx.io.out((0,provision_data/* marshalProvisionData */.uY)(result.provisionData));
        return 0;
    }
    finally {
        source.cleanup();
    }
});

// EXTERNAL MODULE: ./src/util/digits.ts
var digits = __nccwpck_require__(6780);
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
        ['size', `${(0,format/* formatBytes */.z3)(o.size)} (${(0,digits/* grouped */.z)(o.size)} bytes)`],
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

// EXTERNAL MODULE: ./src/publish/key.ts
var key = __nccwpck_require__(6288);
;// CONCATENATED MODULE: ./src/cli/commands/publish.ts











const publishCommand = command({
    name: 'publish',
    summary: "hand a bundle to Mattermost Cloud's deployer (its bundle bucket)",
    args: 'PATH',
    positionals: { min: 1, max: 1, names: 'PATH (a bundle .zip, s3://BUCKET/KEY or an https:// URL)' },
    description: `Hands a bundle to the Mattermost apps cloud deployer: puts it in the deployer's
bundle bucket, which the deployer lists every hour. It deploys every .zip at
the bucket root that has no deployed_<environment>=true tag, then tags it.

First the bundle is validated as validate does, plus what the deployer needs
(the current manifest format, which it uploads as it is). Then the bucket is
read; a failure there writes nothing. The same bytes already at the key are
left alone. Other bytes at the key are replaced, unless the deployer has
deployed them (a deployed_*=true tag): then publish refuses, unless --force.
The upload has Content-Type application/zip, the SHA-256 in its metadata and
no tags, and is checked afterwards.`,
    options: {
        'bundle-bucket': { type: 'string', value: 'B', required: true, help: "the deployer's bundle bucket (its AppsBundleBucketName)" },
        key: {
            type: 'string',
            value: 'K',
            help: 'the object key (default <app_id>_<version>.zip): a\nfile name at the bucket root ending in .zip, of\nletters, digits, ".", "_" and "-"',
        },
        force: { type: 'boolean', help: 'replace other bytes at the key although the deployer\nhas deployed them (it then deploys them again)' },
        'dry-run': { type: 'boolean', help: 'read the bucket and say what would happen; write nothing' },
        region: { ...SOURCE_AWS_OPTIONS.region, section: 'Options', help: 'the AWS region (default: MM_APPS_AWS_REGION, else\nAWS_REGION, AWS_DEFAULT_REGION)' },
        'endpoint-url': { ...SOURCE_AWS_OPTIONS['endpoint-url'], section: 'Options', help: 'another S3 endpoint (moto, LocalStack)' },
        ...SOURCE_OPTIONS,
    },
    sections: {
        Options: {
            note: `Credentials: as for provision (MM_APPS_DEPLOY_AWS_ACCESS_KEY / _SECRET_KEY, or
the AWS SDK's default chain). Needed: s3:ListBucket on the bucket, and
s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects.`,
        },
        [SOURCE_SECTION]: SOURCE_SECTION_TEXT,
    },
    epilogue: `Output: the key, the SHA-256, when the deployer picks it up, and the provision
data (what the deployer will deploy, as "appsctl terraform generate-data"
prints it).

Exit status: 0 published (or already there, or planned), 1 refused or failed,
2 usage error.

Examples:
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles
  mm-apps-deploy publish dist/hello_v1.0.0.zip --bundle-bucket cloud-app-bundles --dry-run`,
}, async ({ values, positionals }, ctx) => {
    const bucket = values['bundle-bucket'];
    if (!bucket)
        throw usageError('publish', "missing --bundle-bucket (the cloud deployer's bundle bucket)");
    optionValue('publish', '--bundle-bucket', () => (0,aws_settings.resolveAwsSettings)({ bucket, env: {} }));
    const keyProblem = values.key === undefined ? undefined : (0,key/* bundleKeyProblem */.z8)(values.key);
    if (keyProblem)
        throw usageError('publish', `--key "${values.key}" ${keyProblem}`);
    const source = await openSource('publish', positionals[0], values, ctx);
    const subject = { kind: 'bundle', path: source.displayName };
    try {
        // Loaded on demand: the AWS SDK is large, and the other commands should start fast.
        const { publish } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(695), __nccwpck_require__.e(764), __nccwpck_require__.e(696), __nccwpck_require__.e(358), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6234));
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
            if (ctx.json)
                ctx.result({ published: false, findings: findingsJson(subject, err.findings), error: jsonError('findings', `publish refused: ${countFindings(err.findings)}; nothing was written`) });
            else
                ctx.io.err(`${findingsBlock(subject, err.findings)}publish refused: ${countFindings(err.findings)}; nothing was written.\n`);
            return 1;
        }
        const d = describePublish(outcome);
        if (ctx.json) {
            ctx.result({ ...publish_outcomeJson(subject, outcome), ...sourceJson(source), ...(d.ok ? {} : { error: jsonError('failed', `${d.heading}. ${d.pickup}`) }) });
        }
        else {
            publish_render(subject, outcome, ctx);
        }
        return d.ok ? 0 : 1;
    }
    finally {
        source.cleanup();
    }
});
function publish_render(subject, o, ctx) {
    const d = describePublish(o);
    const text = `${shown(d.heading)}\n\n${(0,format/* table */.tp)(d.rows)}\n\n${shown(d.pickup, 4096)}\n`;
    if (!d.ok) {
        ctx.io.err(text);
        return;
    }
    ctx.io.out(`${text}\nProvision data (what the deployer deploys):\n${(0,provision_data/* marshalProvisionData */.uY)(o.provisionData)}`);
    if (o.findings.length > 0)
        ctx.io.err(`\n${(0,format/* plural */.LS)(o.findings.length, 'warning')}:\n${findingsBlock(subject, o.findings)}`);
}
function publish_outcomeJson(subject, o) {
    return {
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

;// CONCATENATED MODULE: ./src/cli/help.ts
// --help texts and the README's synopsis, produced from the commands' option specs (command.ts):
// what parses is what is documented.

const BIN = 'mm-apps-deploy';
/** Column where option help starts (as in the texts written before these were generated). */
const HELP_COLUMN = 27;
function flagText(name, o) {
    const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : '';
    return `${o.short ? `-${o.short}, ` : '    '}--${name}${value}`;
}
/** "  -o, --output FILE        where to write…" with continuation lines aligned. */
function optionLines(name, o) {
    const head = `  ${flagText(name, o)}`;
    const [first, ...rest] = o.help.split('\n');
    const indent = ' '.repeat(HELP_COLUMN);
    const lines = head.length + 1 <= HELP_COLUMN ? [`${head.padEnd(HELP_COLUMN)}${first}`] : [head, `${indent}${first}`];
    return [...lines, ...rest.map((l) => `${indent}${l}`)].join('\n');
}
/** The full --help text of a command. */
function commandHelp(spec) {
    const common = spec.commonSection ?? 'Options';
    const sections = new Map();
    for (const [name, o] of Object.entries(spec.options)) {
        const title = o.section ?? 'Options';
        sections.set(title, [...(sections.get(title) ?? []), [name, o]]);
    }
    sections.set(common, [...(sections.get(common) ?? []), ...Object.entries(args_COMMON_OPTIONS)]);
    const blocks = [...sections].map(([title, options]) => {
        const extra = spec.sections?.[title];
        return [`${title}:`, ...(extra?.intro ? [extra.intro] : []), ...options.map(([n, o]) => optionLines(n, o)), ...(extra?.note ? [extra.note] : [])].join('\n');
    });
    return [`Usage: ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''} [options]`, spec.description, ...blocks, spec.epilogue].join('\n\n');
}
/** One option as the synopsis shows it: "[-o FILE]", "--keep N", "[--env KEY=VALUE ...]". */
function synopsisItem(name, o) {
    const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : '';
    const text = `${o.short ? `-${o.short}` : `--${name}`}${value}${o.multiple ? ' ...' : ''}`;
    return o.required ? text : `[${text}]`;
}
/** "npx mm-apps-deploy provision PATH [--bucket B] …", wrapped at `width` with 4-space continuation lines. */
function synopsis(spec, width = 100) {
    const items = [`npx ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''}`, ...Object.entries(spec.options).map(([n, o]) => synopsisItem(n, o))];
    const lines = [];
    let line = '';
    for (const item of items) {
        if (line && line.length + 1 + item.length > width) {
            lines.push(line);
            line = `    ${item}`;
        }
        else
            line = line ? `${line} ${item}` : item;
    }
    return [...lines, line].join('\n');
}
/** The synopsis of every command, then the options they all have: the README's "Use the CLI" block. */
function synopsisBlock(specs) {
    const common = Object.entries(COMMON_OPTIONS).map(([n, o]) => synopsisItem(n, o));
    return [...specs.map((s) => synopsis(s)), `npx ${BIN} <command> ${common.join(' ')}`].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: parses the command line, runs a command, maps outcomes to exit codes (0 success,
// 1 failure or findings with errors, 2 usage error, 128+n interrupted), and is the one place that
// writes: every byte goes through the safe writers (output/writer.ts), and with --json exactly one
// JSON document (json.ts) goes to stdout, whatever happened.






















const COMMANDS = [packCommand, validateCommand, provisionDataCommand, provisionCommand, registerCommand, publishCommand, initCommand, testCommand, pruneCommand, cleanCommand];
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
    return `Usage: mm-apps-deploy <command> [options]

Packs, validates and provisions Mattermost Apps for AWS Lambda and S3.

Commands:
${COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`).join('\n')}

Run "mm-apps-deploy <command> --help" for a command's options.

Global options:
  -h, --help     show help
      --version  print the version
      --json     print one JSON document on stdout, whatever the outcome
      --debug    show stack traces of unexpected errors

Environment:
  MM_APPS_DEPLOY_DATE   the date (YYYY-MM-DD) runtime deprecations are checked
                        against, instead of today (for reproducible checks)
  NO_COLOR, FORCE_COLOR no colour, or colour also when not on a terminal

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
/** The streams every command writes through: secrets redacted, values escaped, colour where wanted. */
function safeIo(io) {
    const secrets = secretsIn(io.env);
    const colour = (isTTY) => (wantsColour(io.env, { isTTY: isTTY ?? false }) ? colourise : undefined);
    const out = safeWriter(io.out, { secrets, ...withColour(colour(io.tty?.out)) });
    const err = safeWriter(io.err, { secrets, ...withColour(colour(io.tty?.err)) });
    return { ...io, out, err };
}
function withColour(colour) {
    return colour ? { colour } : {};
}
/** A command's error as one line: messages are single lines by design, values in them already escaped. */
const message = (err) => (0,untrusted/* oneLine */.TN)(err.message, 4 * 1024);
async function main(argv, rawIo) {
    const debug = argv.includes('--debug');
    const json = argv.includes('--json');
    const io = safeIo(rawIo);
    let commandName;
    let result;
    // with --json, stdout holds the one document: whatever else a command writes goes to stderr
    const finish = (exitCode, error) => {
        if (json)
            io.out(`${(0,untrusted/* safeJson */.oi)(envelope(commandName, exitCode, result, error), 2)}\n`);
        return exitCode;
    };
    try {
        const [name, ...rest] = argv;
        if (name === undefined || name === '--help' || name === '-h' || name === 'help' || (name === '--json' && rest.length === 0)) {
            const topic = name === 'help' ? COMMANDS.find((c) => c.spec.name === rest[0]) : undefined;
            const text = topic ? `${commandHelp(topic.spec)}\n` : overview();
            if (json)
                result = { help: text };
            else
                io.out(text);
            return finish(name === undefined ? 2 : 0, name === undefined ? jsonError('usage', 'no command given') : undefined);
        }
        if (name === '--version' || name === '-v') {
            if (json)
                result = { version: version/* VERSION */.x };
            else
                io.out(`${version/* VERSION */.x}\n`);
            return finish(0);
        }
        const command = COMMANDS.find((c) => c.spec.name === name);
        if (!command) {
            const guess = closest(name, COMMANDS.map((c) => c.spec.name));
            throw new UsageError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''} Commands: ${COMMANDS.map((c) => c.spec.name).join(', ')}`);
        }
        commandName = command.spec.name;
        const parsed = parseCommand(command.spec, rest);
        if (parsed.values.help) {
            const text = `${commandHelp(command.spec)}\n`;
            if (json)
                result = { help: text };
            else
                io.out(text);
            return finish(0);
        }
        const quiet = Boolean(parsed.values.quiet) || json;
        const progress = (m) => {
            if (!quiet)
                io.err(`${(0,untrusted/* oneLine */.TN)(m, 4 * 1024)}\n`);
        };
        const ctx = {
            io: json ? { ...io, out: io.err } : io,
            now: parseNow(io.env),
            debug,
            quiet,
            json,
            result: (doc) => (result = doc),
            progress,
            ...(io.signal ? { signal: io.signal } : {}),
        };
        return finish(await (0,retry_report/* withAwsRetryReports */.px)(progress, () => command.run(parsed, ctx)));
    }
    catch (caught) {
        const err = (0,fs_error/* fsFallback */.ov)(caught);
        if (err instanceof errors/* Interrupted */.j) {
            io.err(`mm-apps-deploy: ${err.message}: stopped before the next write; nothing half-written is left (temporary files and partial outputs were removed)\n`);
            return finish(err.exitCode, jsonError('interrupted', err.message));
        }
        if (err instanceof UsageError) {
            const cmd = err.command ?? commandName;
            io.err(`mm-apps-deploy: ${message(err)}\nRun "mm-apps-deploy ${cmd ? `${cmd} ` : ''}--help" for ${cmd ? 'its options' : 'usage'}.\n`);
            return finish(2, jsonError('usage', message(err)));
        }
        if (err instanceof errors/* UserError */.y) {
            io.err(`mm-apps-deploy: ${message(err)}\n`);
            if (debug && err.stack)
                io.err(`${err.stack}\n`);
            return finish(1, jsonError('failed', message(err)));
        }
        const e = err instanceof Error ? err : new Error(String(err));
        io.err(`mm-apps-deploy: unexpected error: ${message(e)}\n`);
        io.err(debug && e.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it if it persists.\n');
        return finish(1, jsonError('unexpected', message(e)));
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
/* harmony import */ var _util_byte_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(437);
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
    return [...functionNames].sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a) || (0,_util_byte_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .z)(a, b));
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
    if ((mode === 'host' || mode === 'zone') && '!$&\'()*+,;=:[]<>"'.includes(String.fromCharCode(c)))
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
    const functions = new Map(pd.lambdaFunctions.map((f) => [
        f.function,
        new _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On([
            ['name', f.name],
            ['handler', f.handler],
            ['runtime', f.runtime],
        ]),
    ]));
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

// EXTERNAL MODULE: ./src/output/untrusted.ts
var untrusted = __nccwpck_require__(4915);
// EXTERNAL MODULE: ./src/util/digits.ts
var digits = __nccwpck_require__(6780);
;// CONCATENATED MODULE: ./src/findings/catalog.ts

const MiB = 1024 * 1024;
const bytes = (n) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB (${(0,digits/* grouped */.z)(n)} bytes)` : `${(0,digits/* grouped */.z)(n)} bytes`);
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
        message: (fn, name, chars, source) => `the Lambda name for function "${fn}" is "${name}", which AWS rejects: it contains ${list(chars)} (from ${source}). ` + 'Lambda names allow only ASCII letters, digits, "-" and "_"',
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
        message: (key, firstLine) => `"${key}" is given again (first on line ${firstLine}) with an object or array: the Apps plugin (Go's encoding/json) merges the two field by field, ` + 'while other readers keep only the last. Keep one',
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
        message: (tree, count, examples) => `${count === 1 ? 'a path' : `${(0,digits/* grouped */.z)(count)} paths`} in ${tree} ${count === 1 ? 'is a symbolic link' : 'are symbolic links'} to files packed under another path, and ${count === 1 ? 'is' : 'are'} left out (a zip holds no links; each file is packed once): ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Copy the file if both paths are needed`,
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
        message: (what, count, max) => `${what} has ${(0,digits/* grouped */.z)(count)} entries, more than the ${(0,digits/* grouped */.z)(max)} this tool reads`,
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
        message: (what, count, first, second) => `${what} has ${(0,digits/* grouped */.z)(count)} entries whose data overlap (first "${first}" and "${second}"): many names for the same compressed bytes is how zip bombs multiply their size. Rebuild the archive`,
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
        title: "bundle key beyond the deployer's first 1,000 keys",
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

// EXTERNAL MODULE: ./src/util/byte-order.ts
var byte_order = __nccwpck_require__(437);
;// CONCATENATED MODULE: ./src/findings/finding.ts



/** A value quoted in a message: on one line, control and bidi characters escaped, length bounded. */
function shown(param) {
    if (typeof param === 'string')
        return (0,untrusted/* oneLine */.TN)(param);
    return Array.isArray(param) ? param.map(shown) : param;
}
/**
 * Builds a finding from the catalog: its severity and message text live there, not at call sites.
 * The values a message quotes come from manifests, archives and file names: each is made safe to
 * show (output/untrusted.ts) before the catalog puts it into words.
 */
function finding(code, location, ...params) {
    const def = CATALOG[code];
    const message = def.message(...params.map(shown));
    return location ? { code, severity: def.severity, message, location } : { code, severity: def.severity, message };
}
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}
function errorsOf(findings) {
    return findings.filter((f) => f.severity === 'error');
}
/** Errors first, then by file (in byte order, whatever the machine's locale), line and column, so output is stable and the worst comes first. */
function sortFindings(findings) {
    const rank = (f) => (f.severity === 'error' ? 0 : 1);
    return [...findings].sort((a, b) => rank(a) - rank(b) ||
        (0,byte_order/* compareUtf8 */.z)(a.location?.path ?? '', b.location?.path ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        (0,byte_order/* compareUtf8 */.z)(a.code, b.code));
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
    ...[
        'nodejs',
        'nodejs4.3',
        'nodejs4.3-edge',
        'nodejs6.10',
        'nodejs8.10',
        'nodejs10.x',
        'nodejs12.x',
        'python2.7',
        'python3.6',
        'dotnetcore1.0',
        'dotnetcore2.0',
        'dotnetcore2.1',
        'dotnetcore3.1',
        'ruby2.5',
        'dotnet5.0',
        'dotnet7',
        'dotnet9',
    ].map((id) => ({ id, retired: true })),
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
    [
        'open_faas',
        (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('OpenFAAS', [
            [
                'functions',
                (0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goSlice */ .PW)((0,_compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goStruct */ .cM)('OpenFAASFunction', [
                    ['path', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
                    ['name', _compat_go_unmarshal_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF],
                ])),
            ],
        ], true),
    ],
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
    const sources = [bad.some((c) => m.appId.includes(c)) ? '"app_id"' : '', bad.some((c) => m.version.includes(c)) ? '"version"' : '', bad.some((c) => fn.includes(c)) ? 'the function name' : ''].filter(Boolean);
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

/***/ 4915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   oi: () => (/* binding */ safeJson)
/* harmony export */ });
/* unused harmony exports MAX_SHOWN, html, htmlBlock */
/* harmony import */ var _util_digits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6780);
// Text that came from outside — a manifest, an archive entry, a file name, a Mattermost server, an
// AWS error message — made safe for where it is shown. The one place these rules live: every
// renderer (CLI text and --json, the action's log, annotations, job summary and outputs) uses it.
//
// What could go wrong without it: a newline in a value writes a line of its own, and in a GitHub
// Actions log a line starting with "::" (or holding "##[") is a workflow command (::warning::,
// ::add-mask::, ::stop-commands::); ESC starts a terminal control sequence (colours, cursor moves,
// OSC 8 links, window titles), and so does the C1 control CSI (U+009B) on some terminals; bidi
// overrides (U+202E) show text in another order than it is; a value in HTML can open a tag.

/**
 * Characters that change how the text around them is shown: C0 and C1 controls, DEL, bidi marks,
 * embeddings, overrides and isolates, line and paragraph separators, the BOM and the interlinear
 * annotation marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
// the same, but newline and tab stay: they are how text we compose is laid out
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
/**
 * A character shown as its escape, in JSON's notation: inside a JSON string the escape means the
 * same character, so a JSON document passed through these rules stays the same data.
 */
function escapeChar(c) {
    return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Values longer than this many characters are cut where they are shown, saying how much was cut. */
const MAX_SHOWN = 300;
/**
 * A value for one line of text: every control and bidi character shown as its escape (\n, \u001b,
 * \u202e), and at most `max` characters, so that it can neither start a line, nor restyle the
 * terminal, nor reorder what follows, nor flood the screen.
 */
function oneLine(value, max = MAX_SHOWN) {
    let text = value;
    if (text.length > max) {
        let end = max;
        // never cut a surrogate pair in two
        if (/[\ud800-\udbff]/.test(text[end - 1]))
            end--;
        text = `${text.slice(0, end)}… (${(0,_util_digits_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .z)(value.length - end)} more characters)`;
    }
    return text.replace(UNSAFE, escapeChar);
}
/**
 * Text we composed (several lines, values already on one line each) made safe as a whole, as the
 * last step before it is written: the control and bidi characters that are left are escaped, and
 * a line that GitHub's runner would read as a workflow command is defused. `atLineStart` says
 * whether `text` starts a line (a writer passes what its previous write ended with).
 */
function safeText(text, atLineStart = true) {
    const escaped = text.replace(UNSAFE_IN_TEXT, escapeChar);
    return defuseCommands(escaped, atLineStart);
}
/**
 * The runner reads a line as a workflow command when it starts with "::" after leading white
 * space (v2), or holds "##[" anywhere (v1) (actions/runner ActionCommand.TryParseV2 / TryParse).
 * Neither ever starts one of our lines: such a line began with a value, e.g. a file name, and the
 * first character of its prefix is written as its escape instead.
 */
function defuseCommands(text, atLineStart) {
    const v1 = text.replace(/##\[/g, '#\\u0023[');
    return v1.replace(/(^|\n)([ \t]*)::/g, (match, start, space, offset) => (offset === 0 && start === '' && !atLineStart ? match : `${start}${space}\\u003a:`));
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** A value for HTML text or an attribute: on one line (see oneLine), with & < > " ' as entities. */
function html(value, max = MAX_SHOWN) {
    return oneLine(value, max).replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Text we composed for the content of an HTML element (a code block: several lines): controls and
 * bidi characters escaped, & < > as entities (quotes need none outside attributes), nothing cut.
 */
function htmlBlock(text) {
    return text.replace(UNSAFE_IN_TEXT, escapeChar).replace(/[&<>]/g, (c) => HTML[c]);
}
/**
 * JSON for machines (--json, the action's JSON outputs): the same data as JSON.stringify, with the
 * characters that are legal in a JSON string but unsafe where the document is shown or embedded
 * written as \u escapes: DEL, C1 controls, bidi and line separators, and < > & (as Go's
 * encoding/json does), so that no tag or control sequence appears in the text.
 */
function safeJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/[<>&\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g, escapeChar);
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
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2693);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1052);
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
            functions: plan.functions.map((f) => ({
                name: f.name,
                lambdaName: f.lambdaName,
                result: f.action === 'unchanged'
                    ? 'unchanged'
                    : f.action === 'create'
                        ? 'create'
                        : describeChange(f)
                            .replace(/^updated/, 'update')
                            .replace('tagged', 'tag'),
            })),
            rows: [
                ['execution role', `${plan.role.name} (${plan.role.action === 'create' ? 'to create' : plan.role.action === 'attach' ? 'exists; AWSLambdaBasicExecutionRole to attach' : 'exists'})`],
                ['static objects', `${uploads} to upload, ${plan.objects.length - uploads} unchanged`],
                [
                    'invoke policy',
                    plan.invokePolicy.action === 'missing'
                        ? `${plan.invokePolicy.name}: not found, skipped`
                        : `${plan.invokePolicy.name}: ${plan.invokePolicy.action === 'update' ? `add ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(plan.invokePolicy.add.length, 'function')}` : 'unchanged'}`,
                ],
                ['manifest', `${plan.manifest.key}: ${plan.manifest.action}`],
                ...mattermostRow(o),
            ],
            notes: [...(plan.invokePolicy.action === 'missing' ? [`no IAM policy named "${plan.invokePolicy.name}": the functions will not be added to it`] : []), ...takeoverNotes(o, 'would take over')],
        };
    }
    const lines = {
        heading: report.ok ? `Provisioned ${app} to ${where}` : `Provisioning ${app} to ${where} ${report.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .Interrupted */ .j ? `was ${report.error.message}` : 'failed'}`,
        functions: report.functions.map((f) => ({
            name: f.name,
            lambdaName: f.lambdaName,
            ...(f.arn ? { arn: f.arn } : {}),
            result: f.status === 'done' || f.status === 'unchanged' ? f.result : `${f.status} (${f.result})`,
            status: f.status,
        })),
        rows: [
            ...(report.role.status !== 'unchanged' ? [['execution role', `${report.role.name} ${report.role.result ?? report.role.status}`]] : []),
            [
                'static objects',
                `${report.objects.uploaded} uploaded, ${report.objects.unchanged} unchanged${report.objects.failed ? `, ${report.objects.failed} failed` : ''}${report.objects.notDone ? `, ${report.objects.notDone} not done` : ''}`,
            ],
            [
                'invoke policy',
                report.invokePolicy.status === 'done'
                    ? `${report.invokePolicy.name}: added ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.invokePolicy.added.length, 'function')}`
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
            done.push(`${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.objects.uploaded, 'static object')} uploaded`);
        if (report.objects.failed + report.objects.notDone)
            notDone.push(`${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.objects.failed + report.objects.notDone, 'static object')}`);
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
            report.error instanceof _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_6__/* .ZipDataError */ .II
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
const RESERVED_ENV = new Set([
    '_HANDLER',
    '_X_AMZN_TRACE_ID',
    'AWS_DEFAULT_REGION',
    'AWS_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
    'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE',
    'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
]);
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

/***/ 6288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ bundleKey),
/* harmony export */   z8: () => (/* binding */ bundleKeyProblem)
/* harmony export */ });
/* unused harmony export defaultBundleKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The key a bundle is published under in the cloud deployer's bundle bucket. The deployer
// (mattermost-apps-cloud-deployer main.go, research §8) downloads each key to TempDir/<key>,
// unzips it into TempDir/<key without .zip>, and hands that name to Terraform as bundle_name
// (a path segment of the function archive's file name). So the key must be a plain file name:
// no "/", nothing a shell, a path or HCL could read differently, not "." or "..", and within a
// file system's 255-byte name limit.

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*\.zip$/;
const MAX_KEY_BYTES = 255;
/** <app_id>_<version>.zip, as appsctl names bundles it builds. */
function defaultBundleKey(manifest) {
    return `${manifest.appId}_${manifest.version}.zip`;
}
/** What is wrong with a bundle key, or undefined. */
function bundleKeyProblem(key) {
    if (!key.endsWith('.zip'))
        return 'does not end in ".zip", and the cloud deployer only takes keys that do';
    if (key.includes('/'))
        return 'contains "/": the cloud deployer reads the bucket root and downloads each bundle to a file named after its key';
    const bad = [...new Set([...key].filter((c) => !/[A-Za-z0-9._-]/.test(c)))];
    if (bad.length > 0)
        return `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}; use only letters, digits, ".", "_" and "-"`;
    if (!KEY.test(key))
        return 'must start with a letter or digit and have a name before ".zip"';
    if (Buffer.byteLength(key) > MAX_KEY_BYTES)
        return `is ${Buffer.byteLength(key)} bytes; a file name may have at most ${MAX_KEY_BYTES}`;
    return undefined;
}
/** The key to publish under: the one given, else the default; refused when the deployer could not use it. */
function bundleKey(manifest, given) {
    const key = given ?? defaultBundleKey(manifest);
    const problem = bundleKeyProblem(key);
    if (!problem)
        return key;
    if (given !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`bundle key "${key}" ${problem}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the default bundle key "${key}" (<app_id>_<version>.zip) ${problem}; choose one with --key (action input bundle-key)`);
}


/***/ }),

/***/ 9589:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ installCommandsFor)
/* harmony export */ });
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3100);
// The /apps install commands for a version, and which Apps plugin versions each works on: what
// pack, validate and provision print, with or without a Mattermost server to ask.

/** The install commands by plugin generation; without a server, both, labelled. */
function installCommandsFor(appId, version, generation) {
    const c = (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .installCommands */ ._P)(appId, version);
    const listed = { command: c.listed, plugins: 'Apps plugin v1.0 and later, once registered' };
    const aws = { command: c.aws, plugins: 'Apps plugin v0.7' };
    if (generation === 'v1')
        return [listed];
    if (generation === 'v0.7')
        return [aws];
    return [aws, listed];
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
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2693);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4266);
/* harmony import */ var _util_digits_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6780);
// Writes a download to a file while counting and hashing it. The size limit is enforced on the
// bytes as they arrive, not on what the server announced: a server that sends no Content-Length,
// or a wrong one, cannot make us write more than the limit.








/** A bundle over the limit: announced by the server (nothing read), or found while receiving it. */
function tooLarge(what, maxBytes, announced) {
    const limit = `the ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} (${(0,_util_digits_js__WEBPACK_IMPORTED_MODULE_7__/* .grouped */ .z)(maxBytes)} bytes) a bundle may have`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(announced !== undefined
        ? `${what} is ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(announced)} (${(0,_util_digits_js__WEBPACK_IMPORTED_MODULE_7__/* .grouped */ .z)(announced)} bytes), more than ${limit}; it was not downloaded`
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
        idle = setTimeout(() => body.destroy(new _util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .TransientError */ .N_(`${state.from} sent nothing for ${seconds(o.idleMs)}`)), o.idleMs);
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
        throw new _util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .TransientError */ .N_(`${o.what} ended after ${(0,_util_digits_js__WEBPACK_IMPORTED_MODULE_7__/* .grouped */ .z)(state.received)} of ${(0,_util_digits_js__WEBPACK_IMPORTED_MODULE_7__/* .grouped */ .z)(state.total)} bytes`);
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

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ compareUtf8)
/* harmony export */ });
// Sorting by the bytes of a string's UTF-8 form (zip entries, S3 keys and Go's sorted map keys
// are in that order) without encoding anything. UTF-16 code units sort like code points, and code
// points like UTF-8 bytes, except where a surrogate meets a unit of U+E000–U+FFFF; only then are
// the strings encoded and compared as bytes (which also gives lone surrogates Buffer's U+FFFD).
/** Negative, zero or positive as `a`'s UTF-8 bytes sort before, equal to or after `b`'s. */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800)
            return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}


/***/ }),

/***/ 6780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ grouped)
/* harmony export */ });
// "1,234,567": counts and byte sizes with thousands separators. toLocaleString('en-US') gives the
// same text, but its first call loads ICU's number formatting: 11–40 ms measured here, on every
// command that prints a count.
/** `n` with a comma every three digits, as toLocaleString('en-US') writes integers. */
function grouped(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}


/***/ }),

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _output_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4915);
/* harmony import */ var _digits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6780);


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
    return `${(0,_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .grouped */ .z)(n)} ${n === 1 ? word : many}`;
}
/**
 * Aligns rows of cells into columns separated by two spaces. A cell is one line: any value in it
 * (a function name, a path, a server's words) is shown on one line, escaped (output/untrusted.ts).
 */
function table(cells, indent = '  ') {
    const rows = cells.map((row) => row.map((cell) => (0,_output_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(cell)));
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

/***/ 1412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ silenceSdkNodeVersionWarning)
/* harmony export */ });
// The AWS SDK for JavaScript v3 prints a 9-line NodeVersionSupportWarning on Node < 22 (SDK
// versions published after January 2027 will need Node 22) at the first client it creates: a
// warning a user of this tool cannot act on, in the middle of a command's output. The SDK's own
// switch turns it off (@aws-sdk/core emitWarningIfUnsupportedVersion reads
// AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED). The entry points call this before any client
// exists; a value the user set is kept.
function silenceSdkNodeVersionWarning(env = process.env) {
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
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
/* harmony import */ var _inflater_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6108);
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
    if (code.startsWith('Z_'))
        return faultError(label, e, { kind: 'zlib', message: err.message });
    return err;
}
/**
 * The verified bytes of an entry whose compressed `data` is in memory. With `scratch` (at least
 * the declared size plus one), they are a view of it, valid until its next use: for callers that
 * only check entries.
 */
function inflateEntry(data, label, e, scratch) {
    let out = data;
    if (e.info.method === 8) {
        // One byte more than declared is enough to tell that the data lies; a bomb gets no further.
        const room = scratch && scratch.length > e.info.size ? scratch.subarray(0, e.info.size + 1) : Buffer.allocUnsafe(e.info.size + 1);
        let length;
        try {
            length = (0,_inflater_js__WEBPACK_IMPORTED_MODULE_4__/* .inflateInto */ .qR)(data, room);
        }
        catch (err) {
            throw inflateError(label, e, err);
        }
        if (length === room.length)
            throw faultError(label, e, { kind: 'more' });
        out = room.subarray(0, length);
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

/***/ 6108:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qR: () => (/* binding */ inflateInto),
/* harmony export */   qj: () => (/* binding */ INFLATER_SOURCE)
/* harmony export */ });
/* unused harmony export makeInflater */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// Inflating many small entries with one zlib stream. zlib.inflateRawSync builds a Transform stream
// and a native inflate state per call and throws both away: for a bundle of 10,000 small files
// that setup and its garbage were most of the cost of checking them (issue 9: validate ≤ 0.3 s).
// Here one native handle is reset between entries and written once per entry into an output
// buffer one byte larger than the declared size, so an entry that inflates to more stops there.
//
// Node does not document its handles (`_handle.writeSync`, `_writeState`, `reset`), although
// they have had this shape since Node 10 and every Node this tool supports has it. So the fast
// path proves itself on a known stream when it is made, and anything unexpected falls back to
// inflateRawSync for good: both give the same bytes, since inflating is deterministic (only
// deflate can differ between a fresh and a reset stream, which is why pack does not do this).
//
// The code is a string so that the verify helper thread (verify-helper.ts) runs exactly the same
// function as the main thread: `new Function('zlib', 'reuse', INFLATER_SOURCE)(zlib, true)` gives
// one; `reuse` false gives the fallback alone (tests compare the two).

const INFLATER_SOURCE = `
'use strict';
const { constants, InflateRaw, inflateRawSync, deflateRawSync } = zlib;
let engine = null;
let usable = reuse;

function open() {
  const e = new InflateRaw();
  const h = e._handle;
  if (!h || typeof h.writeSync !== 'function' || typeof h.reset !== 'function' || !(e._writeState instanceof Uint32Array)) return null;
  // zlib reports errors through the stream (destroy), which also closes the handle.
  e.on('error', () => undefined);
  return e;
}

// Inflates all of data into out; the byte count, out.length when there was more than out.length - 1.
function fast(data, out) {
  if (engine === null || engine.destroyed) engine = open();
  if (engine === null) throw Object.assign(new Error('no reusable zlib handle'), { code: 'NO_HANDLE' });
  const h = engine._handle;
  h.reset();
  h.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, out.length);
  if (engine.destroyed) {
    const err = engine.errored || new Error('zlib error');
    engine = null;
    throw err;
  }
  return out.length - engine._writeState[0];
}

function slow(data, out) {
  let bytes;
  try {
    bytes = inflateRawSync(data, { maxOutputLength: out.length, chunkSize: Math.min(Math.max(64, out.length), 1024 * 1024) });
  } catch (err) {
    if (err && err.code === 'ERR_BUFFER_TOO_LARGE') return out.length;
    throw err;
  }
  return bytes.copy(out, 0);
}

// The fast path must give what inflateRawSync gives, on a stream that fills its output exactly,
// one that would overflow it, and one that is cut short, or it is not used.
if (usable) try {
  const text = Buffer.from('mm-apps-deploy '.repeat(64));
  const packed = deflateRawSync(text);
  const exact = Buffer.alloc(text.length + 1);
  const short = Buffer.alloc(text.length);
  let cut = false;
  try {
    fast(packed.subarray(0, packed.length - 4), Buffer.alloc(text.length + 1));
  } catch (err) {
    cut = typeof (err && err.code) === 'string' && err.code.startsWith('Z_');
  }
  usable = fast(packed, exact) === text.length && exact.subarray(0, text.length).equals(text) && fast(packed, short) === short.length && cut;
} catch {
  usable = false;
}
if (!usable) engine = null;

const inflateInto = usable ? fast : slow;
inflateInto.reused = usable;
return inflateInto;
`;
function makeInflater(reuse = true) {
    return new Function('zlib', 'reuse', INFLATER_SOURCE)(node_zlib__WEBPACK_IMPORTED_MODULE_0__, reuse);
}
const inflateInto = makeInflater();


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
// EXTERNAL MODULE: ./src/zip/inflater.ts
var inflater = __nccwpck_require__(6108);
;// CONCATENATED MODULE: ./src/zip/verify-helper.ts
// A second thread for verify.ts on archives of many entries: it inflates and checksums the chunks
// of small entries the main thread hands it, while the main thread reads on and checks other
// chunks itself. Both inflate with one reused zlib stream (inflater.ts: zlib's per-call setup was
// most of the cost of a bundle like issue 9's 10,000 small files), and two threads halve the
// rest. The helper reports facts (entry-data.ts DataFault), which the main thread words.
//
// Like the deflate workers, the script is a string, so that it runs the same from the sources, the
// ncc bundle and any install location. Its checks are inflateEntry's, with the same limits.


const HELPER_SOURCE = `
'use strict';
const { parentPort } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
const inflateInto = new Function('zlib', 'reuse', ${JSON.stringify(inflater/* INFLATER_SOURCE */.qj)})(require('node:zlib'), true);

// Output goes to one buffer, reused while entries fit in it: only the length and CRC-32 are kept.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

parentPort.on('message', ({ id, bytes, entries }) => {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const faults = [];
  for (let i = 0, n = 0; i < entries.length; i += 5, n++) {
    const at = entries[i], length = entries[i + 1], size = entries[i + 2], crc = entries[i + 3], method = entries[i + 4];
    let out = all.subarray(at, at + length);
    if (method === 8) {
      if (scratch.length < size + 1) scratch = Buffer.allocUnsafeSlow(size + 1);
      const room = scratch.subarray(0, size + 1);
      let inflated;
      try {
        inflated = inflateInto(out, room);
      } catch (err) {
        const code = String(err.code || '');
        if (code.startsWith('Z_')) faults.push([n, { kind: 'zlib', message: err.message }]);
        else faults.push([n, { kind: 'error', message: err.message }]);
        continue;
      }
      if (inflated === room.length) {
        faults.push([n, { kind: 'more' }]);
        continue;
      }
      out = room.subarray(0, inflated);
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
// Reading the file front to back in large windows, and inflating small entries in one call with
// one reused zlib stream (on two threads for archives of many bytes), keeps this near what
// `unzip -t` costs; a stream per entry cost ten times more for many small files.



/** Bytes read at once. */
const WINDOW = 1024 * 1024;
/** Entries up to this size (compressed and not) are checked in memory; larger ones are streamed. */
const IN_MEMORY = 16 * 1024 * 1024;
/**
 * Sequential reads through a window; a request outside it moves the window. `get` answers from
 * the window without a promise when it can: two awaits per entry were a tenth of checking 10,000.
 */
class Window {
    source;
    start = 0;
    bytes = Buffer.alloc(0);
    constructor(source) {
        this.source = source;
    }
    /** The bytes, or undefined when they are not in the window (then `load` them). */
    get(position, length) {
        if (position < this.start || position + length > this.start + this.bytes.length)
            return undefined;
        return this.bytes.subarray(position - this.start, position - this.start + length);
    }
    async load(position, length) {
        this.start = position;
        this.bytes = await this.source.read(position, Math.max(length, Math.min(WINDOW, this.source.size - position)));
        return this.bytes.subarray(0, length);
    }
}
/**
 * From this many bytes of small entries on, a helper thread shares the inflating
 * (verify-helper.ts). Starting it costs about as much as inflating 100 MB with a reused stream
 * (inflater.ts), measured here: 28 MiB in 10,000 files checked in 285 ms alone and 320 ms with
 * it; 196 MB in 2,000 files, 420 ms alone and 380 ms with it.
 */
const HELPER_FROM_BYTES = 96 * 1024 * 1024;
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
    // Entries are only checked here, so they inflate into one buffer (grown for a larger entry).
    let scratch = Buffer.allocUnsafeSlow(256 * 1024);
    const check = (data, e) => {
        if (scratch.length <= e.info.size)
            scratch = Buffer.allocUnsafeSlow(e.info.size + 1);
        (0,entry_data/* inflateEntry */.Yj)(data, label, e, scratch);
    };
    const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
    const helper = (options.helper ?? byOffset.reduce((n, e) => (isSmall(e) ? n + e.info.size : n), 0) >= HELPER_FROM_BYTES) ? new VerifyHelper() : undefined;
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
                check(data, e);
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
                let bytes = window.get(e.offset, guess + data) ?? (await window.load(e.offset, guess + data));
                const length = (0,entry_data/* localHeaderLength */.$R)(bytes, label, e);
                if (length !== guess) {
                    const all = Math.min(length + data, source.size - e.offset);
                    bytes = window.get(e.offset, all) ?? (await window.load(e.offset, all));
                }
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
                    check(bytes.subarray(length, length + data), e);
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
