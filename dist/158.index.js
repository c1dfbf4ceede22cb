export const id = 158;
export const ids = [158];
export const modules = {

/***/ 8158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProvision: () => (/* binding */ runProvision)
});

// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/provision/describe.ts
var describe = __webpack_require__(6014);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var aws_clients = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/compat/go-json.ts
var go_json = __webpack_require__(1);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/go-structs.ts
var go_structs = __webpack_require__(2696);
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
        out.push([
            'open_faas',
            new go_json/* GoStruct */.On(fns.length > 0
                ? [
                    [
                        'functions',
                        fns.map((f) => new go_json/* GoStruct */.On([
                            ['path', str(rec(f)?.path)],
                            ['name', str(rec(f)?.name)],
                        ])),
                    ],
                ]
                : []),
        ]);
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

// EXTERNAL MODULE: ./src/output/untrusted.ts
var untrusted = __webpack_require__(4915);
;// CONCATENATED MODULE: ./src/register/http.ts
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
    const sleep = options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
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
                throw new errors/* UserError */.y(`cannot reach the Mattermost server at ${settings.siteUrl} (${method} ${path}: ${problem}, ${attempts} attempts): check the Site URL and the network`);
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
/**
 * A server's words in one line: white space runs collapsed, then made safe to show
 * (output/untrusted.ts): they must not write lines or escape codes of their own.
 */
function oneLine(text, max = 300) {
    return (0,untrusted/* oneLine */.TN)(text.trim().replace(/\s+/g, ' '), max);
}
/** A server's error body in one line: an AppError's message and id, or the text. */
function errorText(answer) {
    const json = jsonOf(answer);
    if (json && typeof json.message === 'string')
        return oneLine(`${json.message}${typeof json.id === 'string' ? ` (${json.id})` : ''}`);
    return oneLine(answer.text) || `HTTP ${answer.status}`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/register/server.ts
// The Mattermost preflight, run before anything is written anywhere: the site answers, the token
// is valid and belongs to a system admin, the Apps plugin is installed and enabled, and which
// version it is, which decides how an app becomes installable (research: plugin v1.0+ installs
// only apps in its local listing; v0.7 reads manifests from S3).



const APPS_PLUGIN_ID = 'com.mattermost.apps';
/** {site}/plugins/com.mattermost.apps/api/v1 (apps/appclient ClientPP.apipath). */
const APPS_API = `/plugins/${APPS_PLUGIN_ID}/api/v1`;
const userSchema = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), username: schemas/* string */.YjP(), roles: schemas/* string */.YjP().default('') });
const pluginInfo = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), version: schemas/* string */.YjP().default('') }).passthrough();
const pluginsSchema = schemas/* object */.Ikc({ active: schemas/* array */.YOg(pluginInfo).nullable().default([]), inactive: schemas/* array */.YOg(pluginInfo).nullable().default([]) });
const pingSchema = schemas/* object */.Ikc({ version: schemas/* string */.YjP() });
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
    return new errors/* UserError */.y(`${settings.siteUrl} redirects (HTTP ${answer.status})${site ? ` to ${oneLine(site)}` : ''}; the token is not sent across redirects: use ${site ? 'that' : 'the final'} URL as the Site URL`);
}
/** The preflight: every check reads, nothing is written. */
async function checkMattermost(settings, options = {}) {
    const site = settings.siteUrl;
    options.onProgress?.(`checking the Mattermost server at ${site}`);
    const me = await mattermostRequest(settings, 'GET', '/api/v4/users/me', undefined, options);
    const moved = redirected(me, settings);
    if (moved)
        throw moved;
    if (me.status === 401) {
        throw new errors/* UserError */.y(`the Mattermost server at ${site} refused MM_ADMIN_TOKEN (401: ${errorText(me)}): the token is invalid, expired or revoked. ` +
            'Create a personal access token for a system admin (Profile › Security › Personal Access Tokens; they must be enabled under System Console › Integrations) and set it in MM_ADMIN_TOKEN');
    }
    const user = userSchema.safeParse(jsonOf(me));
    if (me.status !== 200 || !user.success) {
        throw new errors/* UserError */.y(`${site} does not answer like a Mattermost server (GET /api/v4/users/me: HTTP ${me.status}${me.status === 200 ? ', not a user' : `, ${errorText(me)}`}); give the server's Site URL, e.g. https://chat.example.com`);
    }
    const { id, username, roles } = user.data;
    if (!roles.split(/\s+/).includes('system_admin')) {
        throw new errors/* UserError */.y(`MM_ADMIN_TOKEN belongs to "${oneLine(username, 64)}", who is not a system admin on ${site}: the Apps plugin lets only system admins list and install apps (RequireSysadminOrPlugin). Use a system admin's token`);
    }
    const version = await appsPluginVersion(settings, options);
    return { siteUrl: site, user: { id, username }, plugin: { version, generation: generationOf(version) } };
}
/** The Apps plugin's version: from the plugin list (system admins may read it), else the plugin's own ping. */
async function appsPluginVersion(settings, options) {
    const site = settings.siteUrl;
    const list = await mattermostRequest(settings, 'GET', '/api/v4/plugins', undefined, options);
    if (list.status === 501)
        throw new errors/* UserError */.y(`plugins are disabled on ${site} (PluginSettings.Enable is false): enable plugins, then install and enable the Apps plugin (${APPS_PLUGIN_ID})`);
    const parsed = list.status === 200 ? pluginsSchema.safeParse(jsonOf(list)) : undefined;
    if (parsed?.success) {
        const active = (parsed.data.active ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        const inactive = (parsed.data.inactive ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        if (active)
            return active.version;
        if (inactive)
            throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID} ${oneLine(inactive.version, 32)}) is installed on ${site} but not enabled: enable it under System Console › Plugins › Plugin Management`);
        throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed on ${site}: install it from the Marketplace (System Console › Plugins) and enable it`);
    }
    // No permission to list plugins (a custom role): ask the plugin itself.
    const ping = await mattermostRequest(settings, 'POST', `${APPS_API}/ping`, '{}', options);
    if (ping.status === 404)
        throw new errors/* UserError */.y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed or not enabled on ${site} (its API answers 404): install and enable it under System Console › Plugins`);
    const pong = pingSchema.safeParse(jsonOf(ping));
    if (ping.status !== 200 || !pong.success)
        throw new errors/* UserError */.y(`cannot read the Apps plugin's version on ${site} (GET /api/v4/plugins: HTTP ${list.status}; plugin ping: HTTP ${ping.status}, ${errorText(ping)})`);
    return pong.data.version;
}

// EXTERNAL MODULE: ./src/register/install-commands.ts
var install_commands = __webpack_require__(9589);
;// CONCATENATED MODULE: ./src/register/register.ts
// Makes a deployed version installable, as `appsctl aws deploy [--install]` does (updateMattermost,
// cmd/appsctl/mattermost.go): the manifest goes into the Apps plugin's local listing
// (update-app-listing with "add_deploys": ["aws_lambda"], which the plugin's mergeDeployData needs
// to take the aws_lambda section), and with install the app is installed (install-app).







// the install commands live in their own module, which loads no HTTP client or schema library

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
    const [command] = (0,install_commands/* installCommandsFor */.z)(m.appId, m.version, server.plugin.generation);
    const result = { siteUrl: server.siteUrl, pluginVersion: server.plugin.version, registered: false, installed: false, installCommand: command, notes: [] };
    if (server.plugin.generation === 'v0.7') {
        result.notes.push(`Apps plugin ${server.plugin.version} reads manifests from S3: there is nothing to register; install with ${command.command}`);
        return result;
    }
    options.onProgress?.(`registering ${m.appId} ${m.version} with the Apps plugin on ${server.siteUrl}`);
    const listed = await mattermostRequest(settings, 'POST', `${APPS_API}/update-app-listing`, listingRequestBody(m), options);
    if (listed.status !== 200) {
        const text = errorText(listed);
        if (listed.status === 400)
            throw new errors/* UserError */.y(`the Apps plugin on ${server.siteUrl} refused the manifest (400): ${text}`);
        throw refused('registering the app (update-app-listing)', listed.status, text, server.siteUrl);
    }
    const echoed = jsonOf(listed);
    if (echoed && typeof echoed === 'object' && (echoed.app_id !== m.appId || (echoed.version ?? '') !== m.version)) {
        throw new errors/* UserError */.y(`the Apps plugin on ${server.siteUrl} listed ${String(echoed.app_id)} ${String(echoed.version ?? '')} instead of ${m.appId} ${m.version}`);
    }
    result.registered = true;
    if (!install)
        return result;
    options.onProgress?.(`installing ${m.appId} on ${server.siteUrl}`);
    const installed = await mattermostRequest(settings, 'POST', `${APPS_API}/install-app`, JSON.stringify({ app_id: m.appId, deploy_type: 'aws_lambda' }), options);
    if (installed.status !== 200) {
        const text = errorText(installed);
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/mime-types/index.js
var mime_types = __webpack_require__(4096);
;// CONCATENATED MODULE: ./src/aws/content-type.ts
// Content-Type and Cache-Control for uploaded objects: S3 does not sniff types, so an object
// without one is served as binary/octet-stream (research aws-lambda-s3.md §2.2).


/** Types the MIME table gives without a charset that are text nonetheless. */
const OVERRIDES = {
    '.svg': 'image/svg+xml; charset=utf-8',
};
function contentTypeOf(name) {
    const ext = external_node_path_default().posix.extname(name).toLowerCase();
    return OVERRIDES[ext] ?? ((ext && mime_types.contentType(ext)) || 'application/octet-stream');
}
/** Static keys carry the app version, so their content never changes under the same key for clients. */
const STATIC_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The manifest is read by the plugin through the S3 API; caches should still revalidate it. */
const MANIFEST_CACHE_CONTROL = 'no-cache';

// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/aws/invoke-policy.ts
// The invoke policy's AllowLambda statement (upaws client_iam.go AddResourcesToPolicyDocument;
// research mattermost-apps-aws.md §4.4), and a change to it that concurrent runs do not lose.
//
// IAM has no conditional write: a run that reads the policy, adds its functions and writes a new
// version replaces whatever another run wrote in between (6 versions provisioned at once once
// ended with 2 in the policy). So every change is read-modify-write, then verified: after a pause
// longer than another run's read-to-write window, the default version is read again, and the
// change is made again if it is missing. A run that stalls longer than that between its read and
// its write can still undo a change; the next provision of that version puts it back.




async function getDefaultPolicyDocument(iam, policyArn) {
    // Another run may delete the version we just saw as default (it became non-default): read again.
    for (let attempt = 1;; attempt++) {
        const listed = await iam.send(new dist_cjs/* ListPolicyVersionsCommand */.D6R({ PolicyArn: policyArn }));
        const versions = (listed.Versions ?? []).filter((v) => v.VersionId).map((v) => ({ id: v.VersionId, isDefault: v.IsDefaultVersion ?? false }));
        const current = versions.find((v) => v.isDefault);
        if (!current)
            throw new Error(`policy ${policyArn} has no default version`);
        try {
            const r = await iam.send(new dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: policyArn, VersionId: current.id }));
            // IAM returns the document URL-encoded.
            return { versionId: current.id, versions, document: JSON.parse(decodeURIComponent(r.PolicyVersion?.Document ?? '{}')) };
        }
        catch (err) {
            if (!(0,aws_errors/* isNotFound */.c4)(err) || attempt >= 5)
                throw err;
        }
    }
}
const asArray = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/**
 * The document with `arns` in the Resource list of the statement with Sid "AllowLambda" (created
 * like upaws.DefaultAllowLambdaStatement when missing) and the ARNs it added, or undefined when
 * they are all there already. Unlike appsctl, other statements and fields are kept as they are.
 */
function withInvokeArns(document, arns) {
    const statements = asArray(document.Statement).map((s) => ({ ...s }));
    let allow = statements.find((s) => s.Sid === 'AllowLambda');
    const resources = allow ? asArray(allow.Resource) : [];
    const missing = [...new Set(arns)].filter((a) => !resources.includes(a));
    if (missing.length === 0)
        return undefined;
    if (!allow) {
        allow = { Sid: 'AllowLambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [] };
        statements.push(allow);
    }
    allow.Resource = [...resources, ...missing];
    return { document: { ...document, Version: document.Version ?? '2012-10-17', Statement: statements }, changed: missing };
}
/** The document without `arns` in its AllowLambda statement, or undefined when none of them is there. */
function withoutInvokeArns(document, arns) {
    const statements = asArray(document.Statement).map((s) => ({ ...s }));
    const allow = statements.find((s) => s.Sid === 'AllowLambda');
    if (!allow)
        return undefined;
    const resources = asArray(allow.Resource);
    const removed = resources.filter((r) => arns.includes(r));
    if (removed.length === 0)
        return undefined;
    allow.Resource = resources.filter((r) => !arns.includes(r));
    // IAM refuses a statement without resources: drop an emptied AllowLambda (provision recreates it).
    const kept = allow.Resource.length > 0 ? statements : statements.filter((s) => s !== allow);
    return { document: { ...document, Statement: kept }, changed: removed };
}
const IGNORED_ON_DELETE = new Set(['NoSuchEntity', 'NoSuchEntityException', 'DeleteConflict', 'DeleteConflictException']);
const VERSION_LIMIT = new Set(['LimitExceeded', 'LimitExceededException']);
/**
 * Makes `change` hold in the policy's default version, verified after writing. Like appsctl, the
 * non-default versions are deleted before each write, so IAM's limit of 5 versions per policy is
 * not reached; versions another run deletes or writes meanwhile are expected.
 */
async function updatePolicyDocument(iam, policyArn, change, options = {}) {
    const sleep = options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const random = options.random ?? Math.random;
    const attempts = options.attempts ?? 10;
    const changed = new Set();
    let writes = 0;
    for (let attempt = 1;; attempt++) {
        const started = Date.now();
        const { document, versions } = await getDefaultPolicyDocument(iam, policyArn);
        const next = change(document);
        if (!next)
            return { changed: [...changed], writes };
        if (attempt > attempts) {
            throw new errors/* UserError */.y(`could not update IAM policy ${policyArn}: other runs kept replacing it (${attempts} attempts). Run again once the other deployments have finished`);
        }
        if (writes > 0)
            options.onRetry?.(`another run replaced IAM policy ${policyArn} meanwhile; writing it again`);
        for (const v of versions.filter((x) => !x.isDefault)) {
            try {
                await iam.send(new dist_cjs/* DeletePolicyVersionCommand */.$Pb({ PolicyArn: policyArn, VersionId: v.id }));
            }
            catch (err) {
                if (!IGNORED_ON_DELETE.has((0,aws_errors/* errorName */.Is)(err)))
                    throw err;
            }
        }
        try {
            await iam.send(new dist_cjs/* CreatePolicyVersionCommand */.WZZ({ PolicyArn: policyArn, PolicyDocument: JSON.stringify(next.document), SetAsDefault: true }));
        }
        catch (err) {
            // Other runs filled the 5 versions between our delete and our write: read again, after a while.
            if (!VERSION_LIMIT.has((0,aws_errors/* errorName */.Is)(err)))
                throw err;
            await sleep((50 + 200 * random()) * attempt);
            continue;
        }
        writes++;
        for (const c of next.changed)
            changed.add(c);
        // Longer than another run needs from its read to its write (about as long as ours took: 1 to
        // 2 times that, at random, so that runs that collided do not collide again).
        const window = Math.min(1500, Math.max(150, Date.now() - started));
        await sleep(window * (1 + random()));
    }
}

;// CONCATENATED MODULE: ./src/provision/add-to-invoke-policy.ts
// The functions of the version, added to the invoke policy's AllowLambda statement (when the
// policy exists). Their ARNs are known from the plan, so this runs from the start, beside the
// uploads and the functions, and only the manifest waits for it: an ARN listed a moment before
// its function exists grants nothing, while IAM's round trips (and the pause that makes the
// change safe against other runs, see invoke-policy.ts) stay out of the wall time.



async function addToInvokePolicy(run, clients, plan) {
    const report = run.report.invokePolicy;
    const policy = plan.invokePolicy;
    if (policy.action === 'missing') {
        report.note = `no IAM policy named "${policy.name}": the Apps plugin's invoke user needs lambda:InvokeFunction on these functions (mm-apps-deploy init creates the policy)`;
        return;
    }
    if (!run.mayWrite())
        return;
    const arns = plan.functions.map((f) => f.arn);
    try {
        // Read again now, whatever the plan saw: other runs may have changed it since.
        const updated = await updatePolicyDocument(clients.iam, policy.arn, (document) => withInvokeArns(document, arns), { onRetry: run.progress });
        if (updated.writes > 0) {
            run.progress(`added ${(0,format/* plural */.LS)(updated.changed.length, 'function')} to invoke policy ${policy.name}`);
            Object.assign(report, { status: 'done', added: updated.changed });
            run.report.changed = true;
        }
        else
            report.status = 'unchanged';
    }
    catch (err) {
        report.status = 'failed';
        run.fail((0,aws_errors/* explainAwsError */.Ni)(err, `${(0,aws_errors/* operationOf */.zI)(err, 'iam')} on policy ${policy.name}`, clients.settings));
    }
}

// EXTERNAL MODULE: ./src/aws/defaults.ts
var defaults = __webpack_require__(4255);
;// CONCATENATED MODULE: ./src/aws/iam.ts
// IAM: the execution role Lambda functions run as, and the invoke user, group and policy of the
// Apps plugin (upaws client_iam.go; research §4.4, §5.1). The invoke policy's document: invoke-policy.ts.




const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;
function isRoleArn(s) {
    return ROLE_ARN.test(s);
}
/** The role's ARN, or undefined when it does not exist. */
async function findRole(iam, name) {
    return (await getRole(iam, name))?.arn;
}
/** The description createRole gives a role: how a later run knows the role is one it made. */
const EXECUTE_ROLE_DESCRIPTION = 'Execution role of Mattermost Apps on AWS Lambda';
async function getRole(iam, name) {
    try {
        const r = (await iam.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }))).Role;
        return r?.Arn ? { arn: r.Arn, ...(r.Description ? { description: r.Description } : {}) } : undefined;
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err))
            return undefined;
        throw err;
    }
}
/** The partition of an ARN ("aws", "aws-cn", "aws-us-gov"): AWS managed policies live in it. */
function partitionOf(arn) {
    return arn.split(':')[1] || 'aws';
}
/** Creates the execution role, trusted by lambda.amazonaws.com; logging is attached separately (see ensureRoleLogging). */
async function createRole(iam, name) {
    const r = await iam.send(new dist_cjs/* CreateRoleCommand */.IS({
        RoleName: name,
        AssumeRolePolicyDocument: defaults/* ASSUME_ROLE_POLICY_DOCUMENT */.jx,
        Description: EXECUTE_ROLE_DESCRIPTION,
    }));
    return r.Role.Arn;
}
function isLoggingAttached(attached, partition) {
    return attached.includes((0,defaults/* lambdaBasicExecutionPolicy */.yq)(partition));
}
async function listRolePolicies(iam, role) {
    const out = [];
    let marker;
    do {
        const r = await iam.send(new dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: role, ...(marker ? { Marker: marker } : {}) }));
        for (const p of r.AttachedPolicies ?? [])
            if (p.PolicyArn)
                out.push(p.PolicyArn);
        marker = r.IsTruncated ? r.Marker : undefined;
    } while (marker);
    return out;
}
/**
 * Attaches AWSLambdaBasicExecutionRole (CloudWatch logs) to the role. A missing managed policy is
 * said plainly: moto loads AWS's managed policies only when started with
 * MOTO_IAM_LOAD_MANAGED_POLICIES=true, and other emulators may lack them too.
 */
async function attachRoleLogging(iam, role, partition) {
    const policy = (0,defaults/* lambdaBasicExecutionPolicy */.yq)(partition);
    try {
        await iam.send(new dist_cjs/* AttachRolePolicyCommand */.XgU({ RoleName: role, PolicyArn: policy }));
    }
    catch (err) {
        if (!(0,aws_errors/* isNotFound */.c4)(err))
            throw err;
        throw new errors/* UserError */.y(`iam:AttachRolePolicy ${policy} to role ${role} failed: that AWS managed policy does not exist at this endpoint. ` +
            'On moto, start moto_server with MOTO_IAM_LOAD_MANAGED_POLICIES=true; on another emulator, load its AWS managed policies; then run again to finish the role');
    }
}
/** Whether the role has AWSLambdaBasicExecutionRole; attaches it when `fix` is set. */
async function ensureRoleLogging(iam, role, partition, fix) {
    if (isLoggingAttached(await listRolePolicies(iam, role), partition))
        return 'attached';
    if (!fix)
        return 'missing';
    await attachRoleLogging(iam, role, partition);
    return 'added';
}
async function findUser(iam, name) {
    try {
        return (await iam.send(new GetUserCommand({ UserName: name }))).User?.Arn;
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
async function createUser(iam, name) {
    return (await iam.send(new CreateUserCommand({ UserName: name }))).User.Arn;
}
/** The group's ARN and member user names, or undefined. */
async function findGroup(iam, name) {
    try {
        const r = await iam.send(new GetGroupCommand({ GroupName: name }));
        return { arn: r.Group.Arn, users: (r.Users ?? []).map((u) => u.UserName) };
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
async function createGroup(iam, name) {
    return (await iam.send(new CreateGroupCommand({ GroupName: name }))).Group.Arn;
}
async function createPolicy(iam, name, document) {
    return (await iam.send(new CreatePolicyCommand({ PolicyName: name, PolicyDocument: document, Description: 'What the Mattermost Apps plugin may read and invoke' }))).Policy.Arn;
}
async function isGroupPolicyAttached(iam, group, policyArn) {
    const r = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: group }));
    return r.AttachedPolicies?.some((p) => p.PolicyArn === policyArn) ?? false;
}
async function attachGroupPolicy(iam, group, policyArn) {
    await iam.send(new AttachGroupPolicyCommand({ GroupName: group, PolicyArn: policyArn }));
}
async function addUserToGroup(iam, user, group) {
    await iam.send(new AddUserToGroupCommand({ UserName: user, GroupName: group }));
}
async function createAccessKey(iam, user) {
    const r = await iam.send(new CreateAccessKeyCommand({ UserName: user }));
    return { id: r.AccessKey.AccessKeyId, secret: r.AccessKey.SecretAccessKey };
}
/** A customer-managed policy's ARN by name (upaws FindPolicy), or undefined. */
async function findPolicy(iam, name) {
    let marker;
    do {
        const r = await iam.send(new dist_cjs/* ListPoliciesCommand */.yWo({ Scope: 'Local', ...(marker ? { Marker: marker } : {}) }));
        const hit = r.Policies?.find((p) => p.PolicyName === name);
        if (hit?.Arn)
            return hit.Arn;
        marker = r.IsTruncated ? r.Marker : undefined;
    } while (marker);
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
;// CONCATENATED MODULE: ./src/aws/lambda-functions.ts
// Lambda functions: read their state, decide what differs, and create or update them the way real
// AWS needs it: wait for Active after creating, for LastUpdateStatus=Successful before and after
// every update (AWS answers 409 ResourceConflictException otherwise, and the SDK does not retry
// it), retry creation while IAM propagates a new role (research aws-lambda-s3.md §1.5–1.6).


class LambdaStateError extends Error {
    name = 'LambdaStateError';
}
function fromConfiguration(c, tags) {
    return {
        arn: c.FunctionArn ?? '',
        codeSha256: c.CodeSha256 ?? '',
        handler: c.Handler ?? '',
        runtime: c.Runtime ?? '',
        role: c.Role ?? '',
        ...(c.MemorySize !== undefined ? { memorySize: c.MemorySize } : {}),
        ...(c.Timeout !== undefined ? { timeout: c.Timeout } : {}),
        architecture: c.Architectures?.[0] ?? 'x86_64',
        environment: c.Environment?.Variables ?? {},
        tags: tags ?? {},
        ...(c.State ? { state: c.State } : {}),
        ...(c.LastUpdateStatus ? { lastUpdateStatus: c.LastUpdateStatus } : {}),
    };
}
async function getFunction(lambda, name) {
    try {
        const r = await lambda.send(new client_lambda_dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: name }));
        return fromConfiguration(r.Configuration ?? {}, r.Tags);
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err))
            return undefined;
        throw err;
    }
}
const sameMap = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
/** What an update has to change. Only fields the user set are compared (besides handler and runtime). */
function diffFunction(current, desired) {
    const configuration = [];
    if (current.handler !== desired.handler)
        configuration.push('handler');
    if (current.runtime !== desired.runtime)
        configuration.push('runtime');
    if (desired.roleExplicit && current.role !== desired.role)
        configuration.push('role');
    if (desired.memorySize !== undefined && current.memorySize !== desired.memorySize)
        configuration.push('memory size');
    if (desired.timeout !== undefined && current.timeout !== desired.timeout)
        configuration.push('timeout');
    if (desired.environment !== undefined && !sameMap(current.environment, desired.environment))
        configuration.push('environment');
    return {
        code: current.codeSha256 !== desired.codeSha256,
        architecture: desired.architecture !== undefined && current.architecture !== desired.architecture,
        configuration,
        tags: Object.entries(desired.tags).some(([k, v]) => current.tags[k] !== v),
    };
}
function isUnchanged(d) {
    return !d.code && !d.architecture && d.configuration.length === 0 && !d.tags;
}
/** 250 ms, 500 ms, 1 s, 2 s, 4 s, then every 5 s: most functions are Active within a second or two. */
const defaultPollDelay = (n) => Math.min(5000, 250 * 2 ** (n - 1));
/**
 * Polls GetFunction until the function is Active (`active`) or its last update is Successful
 * (`updated`). Failed states and time-outs are reported with the function name and AWS's reason.
 */
async function waitForFunction(lambda, name, until, options) {
    const timeoutMs = options.timeoutMs ?? 300_000;
    const pollDelay = options.pollDelay ?? defaultPollDelay;
    let waited = 0;
    for (let n = 1;; n++) {
        const r = await lambda.send(new client_lambda_dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: name }));
        const c = r.Configuration ?? {};
        if (c.State === 'Failed') {
            throw new LambdaStateError(`Lambda function ${name} failed: ${c.StateReason ?? 'no reason given'}${c.StateReasonCode ? ` (${c.StateReasonCode})` : ''}`);
        }
        if (c.LastUpdateStatus === 'Failed' && until === 'updated') {
            throw new LambdaStateError(`the last update of Lambda function ${name} failed: ${c.LastUpdateStatusReason ?? 'no reason given'}${c.LastUpdateStatusReasonCode ? ` (${c.LastUpdateStatusReasonCode})` : ''}`);
        }
        const pending = c.State === 'Pending';
        const inProgress = c.LastUpdateStatus === 'InProgress';
        if (until === 'active' ? c.State === 'Active' || (!pending && c.State === undefined) : !pending && !inProgress)
            return fromConfiguration(c, r.Tags);
        const state = `State ${c.State ?? '?'}, LastUpdateStatus ${c.LastUpdateStatus ?? '?'}`;
        if (waited >= timeoutMs) {
            throw new LambdaStateError(`Lambda function ${name} is still not ${until === 'active' ? 'Active' : 'updated'} after ${Math.round(waited / 1000)} s (${state}); try again later`);
        }
        const delay = pollDelay(n);
        options.onWait?.(`waiting for ${name} (${state})`);
        await options.sleep(delay);
        waited += delay;
    }
}
/** Runs a mutation, and on 409 ResourceConflictException waits for the function's update to finish and tries again. */
async function mutate(lambda, name, options, op) {
    for (let attempt = 1;; attempt++) {
        try {
            return await op();
        }
        catch (err) {
            if ((0,aws_errors/* errorName */.Is)(err) !== 'ResourceConflictException' || attempt >= 6)
                throw err;
            options.onWait?.(`${name} is busy (409 ResourceConflictException), waiting`);
            await waitForFunction(lambda, name, 'updated', options);
            await options.sleep(250 * attempt);
        }
    }
}
const ROLE_NOT_READY = /role defined for the function cannot be assumed|execution role|not authorized to perform: sts:AssumeRole/i;
/**
 * Creates the function and returns true, or returns false when a function of that name exists
 * already (another run created it since the plan was made). Does not wait for it to be Active.
 */
async function createFunction(lambda, desired, withCode, options) {
    const input = {
        FunctionName: desired.name,
        Runtime: desired.runtime,
        Handler: desired.handler,
        Role: desired.role,
        PackageType: 'Zip',
        Description: desired.description,
        Tags: desired.tags,
        ...(desired.memorySize !== undefined ? { MemorySize: desired.memorySize } : {}),
        ...(desired.timeout !== undefined ? { Timeout: desired.timeout } : {}),
        ...(desired.architecture ? { Architectures: [desired.architecture] } : {}),
        ...(desired.environment ? { Environment: { Variables: desired.environment } } : {}),
    };
    // A role created moments ago is not yet assumable by Lambda (IAM is eventually consistent):
    // AWS then answers InvalidParameterValueException; it usually clears within 10–30 s.
    let waited = 0;
    for (let attempt = 1;; attempt++) {
        try {
            await withCode((zip) => lambda.send(new client_lambda_dist_cjs/* CreateFunctionCommand */.Y8X({ ...input, Code: { ZipFile: zip } })));
            return true;
        }
        catch (err) {
            if ((0,aws_errors/* errorName */.Is)(err) === 'ResourceConflictException' && /already exist/i.test(err.message))
                return false;
            const propagating = (0,aws_errors/* errorName */.Is)(err) === 'InvalidParameterValueException' && ROLE_NOT_READY.test(err.message);
            if (!propagating || waited >= 90_000)
                throw err;
            const delay = Math.min(10_000, 2000 * attempt);
            options.onWait?.(`the execution role is not assumable by Lambda yet (IAM propagation); retrying ${desired.name} in ${delay / 1000} s`);
            await options.sleep(delay);
            waited += delay;
        }
    }
}
/** Applies a diff: code (and architecture), then configuration, then tags, each after the previous update finished. */
async function updateFunction(lambda, current, desired, diff, withCode, options) {
    let latest = await waitForFunction(lambda, desired.name, 'updated', options);
    if (diff.code || diff.architecture) {
        await mutate(lambda, desired.name, options, () => withCode((ZipFile) => lambda.send(new client_lambda_dist_cjs/* UpdateFunctionCodeCommand */.KfB({ FunctionName: desired.name, ZipFile, ...(desired.architecture ? { Architectures: [desired.architecture] } : {}) }))));
        latest = await waitForFunction(lambda, desired.name, 'updated', options);
    }
    if (diff.configuration.length > 0) {
        const f = new Set(diff.configuration);
        await mutate(lambda, desired.name, options, () => lambda.send(new client_lambda_dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({
            FunctionName: desired.name,
            ...(f.has('handler') ? { Handler: desired.handler } : {}),
            ...(f.has('runtime') ? { Runtime: desired.runtime } : {}),
            ...(f.has('role') ? { Role: desired.role } : {}),
            ...(f.has('memory size') ? { MemorySize: desired.memorySize } : {}),
            ...(f.has('timeout') ? { Timeout: desired.timeout } : {}),
            // Environment replaces all variables: the user's --env list is the whole set.
            ...(f.has('environment') ? { Environment: { Variables: desired.environment ?? {} } } : {}),
        })));
        latest = await waitForFunction(lambda, desired.name, 'updated', options);
    }
    if (diff.tags) {
        // TagResource takes the ARN (AWS refuses a bare name; moto does not).
        await mutate(lambda, desired.name, options, () => lambda.send(new client_lambda_dist_cjs/* TagResourceCommand */.eqU({ Resource: current.arn, Tags: desired.tags })));
    }
    return latest;
}
/** Every function name in the region (paginated). */
async function listFunctionNames(lambda) {
    const names = new Set();
    let marker;
    do {
        const r = await lambda.send(new ListFunctionsCommand({ ...(marker ? { Marker: marker } : {}) }));
        for (const f of r.Functions ?? [])
            if (f.FunctionName)
                names.add(f.FunctionName);
        marker = r.NextMarker;
    } while (marker);
    return names;
}
async function deleteFunction(lambda, name) {
    try {
        await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
}
/** Checks that the function exists and that the caller may invoke it, without running it. */
async function invokeDryRun(lambda, name) {
    await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'DryRun' }));
}
/** A synchronous invocation, as the Apps plugin makes it; returns the decoded payload and any function error. */
async function invokeFunction(lambda, name, payload) {
    const r = await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(payload)) }));
    return { payload: Buffer.from(r.Payload ?? new Uint8Array()).toString('utf8'), ...(r.FunctionError ? { functionError: r.FunctionError } : {}) };
}

;// CONCATENATED MODULE: ./src/util/limiter.ts
// Concurrency limits: how many tasks run at once, and how much of something (bytes) they hold.
/** Runs at most `max` tasks at once; the rest wait in arrival order. */
class Limiter {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        if (!Number.isInteger(max) || max < 1)
            throw new RangeError(`concurrency must be a positive integer, got ${max}`);
    }
    async run(task) {
        if (this.active >= this.max)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
/** Maps `items` through `fn` with at most `max` calls in flight; results keep the input order. */
async function mapLimit(items, max, fn) {
    const limiter = new Limiter(max);
    return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}
/**
 * Runs tasks while the sum of their weights (bytes in memory, say) stays within `capacity`; a task
 * heavier than the capacity runs alone. Waiting tasks start in arrival order.
 */
class WeightedLimiter {
    capacity;
    used = 0;
    waiting = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    async run(weight, task) {
        const w = Math.min(Math.max(0, weight), this.capacity);
        if (this.waiting.length > 0 || this.used + w > this.capacity)
            await new Promise((start) => this.waiting.push({ weight: w, start }));
        else
            this.used += w;
        try {
            return await task();
        }
        finally {
            this.used -= w;
            while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
                const next = this.waiting.shift();
                this.used += next.weight;
                next.start();
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/provision/ownership.ts
// Whose Lambda functions and manifest are at this version's names. Names join the app ID and the
// version with "_" (upaws.LambdaName, S3ManifestName), so app `hello` version `v1_x` and app
// `hello_v1` version `x` get the same functions, static prefix and manifest key: provisioning one
// would silently take over the other. Our functions carry the app ID and version as tags, and a
// manifest says whose it is; a function without those tags was made by another tool and is not
// "another app's".

const APP_ID_TAG = 'mattermost-app-id';
const APP_VERSION_TAG = 'mattermost-app-version';
function functionOwner(tags) {
    const appId = tags[APP_ID_TAG];
    return appId ? { appId, version: tags[APP_VERSION_TAG] ?? '' } : undefined;
}
/** The app ID and version a manifest declares, or undefined when it is not a manifest we can read. */
function manifestOwner(bytes) {
    try {
        const m = JSON.parse(bytes.toString('utf8'));
        return typeof m.app_id === 'string' && m.app_id ? { appId: m.app_id, version: typeof m.version === 'string' ? m.version : '' } : undefined;
    }
    catch {
        return undefined;
    }
}
function isAnotherApp(owner, ours) {
    return owner !== undefined && (owner.appId !== ours.appId || (owner.version !== '' && owner.version !== ours.version));
}
const named = (o) => `app "${o.appId}"${o.version ? ` version "${o.version}"` : ''}`;
/** The refusal: who we are, whose things are at our names, and the two ways out. */
function takeoverError(ours, takeovers) {
    const list = takeovers.map((t) => `${t.what} belongs to ${named(t.owner)}`).join('; ');
    return new errors/* UserError */.y(`refusing to provision ${named(ours)}: ${list}. App IDs and versions joined by "_" give both the same Lambda names, static prefix and manifest key, ` +
        'so this would overwrite the other app. Nothing was written. Choose another version (or app ID), or pass --force (action input force: true) to take them over');
}

;// CONCATENATED MODULE: ./src/provision/deploy-functions.ts
// The Lambda side of a run: the execution role when it has to be made or finished, then every
// function at once (only their archives' upload is bounded, by memory). Runs beside the static
// uploads and the invoke policy.







/** Function archives in memory at once (at least one, whatever its size). */
const CODE_BUDGET = 64 * 1024 * 1024;
/** Creates or finishes the execution role; returns its ARN, or undefined when that failed. */
async function ensureRole(c) {
    const { run, plan, clients } = c;
    const role = plan.role;
    if (role.action === 'exists')
        return role.arn;
    if (!run.mayWrite())
        return undefined;
    let arn = role.arn;
    let step = `iam:CreateRole on ${role.name}`;
    try {
        if (role.action === 'create') {
            run.progress(`creating execution role ${role.name}`);
            // Another run of this deploy may have created it since the plan: then finish that one.
            arn = await createRole(clients.iam, role.name).catch(async (err) => {
                if ((0,aws_errors/* errorName */.Is)(err) !== 'EntityAlreadyExists' && (0,aws_errors/* errorName */.Is)(err) !== 'EntityAlreadyExistsException')
                    throw err;
                return (await findRole(clients.iam, role.name)) ?? Promise.reject(err);
            });
            run.report.role = { name: role.name, arn, status: 'done', result: 'created' };
            run.report.changed = true;
        }
        step = `iam:AttachRolePolicy on ${role.name}`;
        await attachRoleLogging(clients.iam, role.name, partitionOf(arn || plan.identity));
        run.report.role = { name: role.name, arn, status: 'done', result: role.action === 'create' ? 'created' : 'logging attached' };
        run.report.changed = true;
        return arn;
    }
    catch (err) {
        if (role.action === 'create' && arn)
            run.report.role.result = 'created, logging not attached';
        run.report.role.status = 'failed';
        run.fail((0,aws_errors/* explainAwsError */.Ni)(err, step, clients.settings));
        return undefined;
    }
}
/** One function. A function another run created since the plan was made is updated like any existing one. */
async function deployFunction(c, f, roleArn, withCode) {
    const { run, clients, wait } = c;
    const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName);
    const desired = { ...f.desired, role: f.desired.role || roleArn };
    if (f.action === 'unchanged') {
        // A function a stopped run left Pending or mid-update: wait for it, as for our own.
        if (f.current?.state === 'Pending' || f.current?.lastUpdateStatus === 'InProgress' || f.current?.state === 'Failed')
            await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
        return;
    }
    if (!run.mayWrite())
        return;
    run.progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${(0,describe/* describeChange */.uQ)(f)})`);
    if (f.action === 'update') {
        await updateFunction(clients.lambda, f.current, desired, f.diff, withCode, wait);
    }
    else if (await createFunction(clients.lambda, desired, withCode, wait)) {
        await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
    }
    else {
        // Created meanwhile: by the same deploy running twice, or by another app with our names.
        const current = await getFunction(clients.lambda, f.lambdaName);
        if (!current)
            throw new errors/* UserError */.y(`Lambda function ${f.lambdaName} was created and deleted by another run meanwhile; run again`);
        const owner = functionOwner(current.tags);
        const ours = { appId: c.d.manifest.appId, version: c.d.manifest.version };
        if (isAnotherApp(owner, ours) && !c.options.force)
            throw takeoverError(ours, [{ what: `Lambda function ${f.lambdaName}`, owner }]);
        const diff = diffFunction(current, desired);
        result.result = 'created by another run at the same time';
        if (!isUnchanged(diff)) {
            await updateFunction(clients.lambda, current, desired, diff, withCode, wait);
            result.result += `, ${(0,describe/* describeChange */.uQ)({ ...f, action: 'update', current, diff })}`;
        }
        else
            await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
    }
    result.status = 'done';
    run.report.changed = true;
}
async function deployFunctions(c) {
    const { run, plan, d, clients } = c;
    const roleArn = await ensureRole(c);
    const code = new WeightedLimiter(CODE_BUDGET);
    const deploys = plan.functions.map((f) => {
        const fn = d.functions.find((x) => x.lambdaName === f.lambdaName);
        const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName);
        const withCode = (send) => code.run(fn.size, async () => send(await fn.read()));
        return (async () => {
            if (roleArn === undefined)
                return;
            try {
                await deployFunction(c, f, roleArn, withCode);
            }
            catch (err) {
                result.status = 'failed';
                run.fail(err instanceof Error && err.name === 'LambdaStateError' ? new errors/* UserError */.y(err.message) : (0,aws_errors/* explainAwsError */.Ni)(err, `${(0,aws_errors/* operationOf */.zI)(err, 'lambda')} on ${f.lambdaName}`, clients.settings));
            }
        })();
    });
    await Promise.all(deploys);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 3 modules
var manifest_manifest = __webpack_require__(2036);
;// CONCATENATED MODULE: ./src/provision/plan.ts
// Planning reads AWS and writes nothing: it is the preflight (credentials, bucket, execution role)
// and the dry run. Every later write is decided here.











/** Metadata on the manifest object: the static digest it was written with (see Deployable). */
const STATIC_DIGEST_METADATA = 'static-digest';
/** Parallel S3 requests: at 30 ms a round trip, 64 at once upload ~2,000 small objects a second. */
const DEFAULT_CONCURRENCY = 64;
/** How a step that reads AWS turns its failure into a message. */
async function step(ctx, action, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw (0,aws_errors/* explainAwsError */.Ni)(err, action, ctx.clients.settings);
    }
}
function tagsFor(d) {
    return { [APP_ID_TAG]: d.manifest.appId, [APP_VERSION_TAG]: d.manifest.version, 'managed-by': 'mm-apps-deploy' };
}
function describeFunction(d) {
    return `Mattermost App ${d.manifest.appId} ${d.manifest.version} (mm-apps-deploy)`;
}
async function checkBucket(ctx, bucket, region) {
    try {
        await (0,s3_objects/* headBucket */.NE)(ctx.clients.s3, bucket);
    }
    catch (err) {
        const status = (0,aws_errors/* httpStatus */.nG)(err);
        const bucketRegion = err.$response?.headers?.['x-amz-bucket-region'];
        if (status === 404 || (0,aws_errors/* errorName */.Is)(err) === 'NotFound' || (0,aws_errors/* errorName */.Is)(err) === 'NoSuchBucket') {
            throw new errors/* UserError */.y(`S3 bucket "${bucket}" does not exist (region ${region}): create it (mm-apps-deploy init --bucket ${bucket} --create), or name an existing one with --bucket (action input s3-bucket) or MM_APPS_S3_BUCKET`);
        }
        if (status === 301 || (0,aws_errors/* errorName */.Is)(err) === 'PermanentRedirect') {
            throw new errors/* UserError */.y(`S3 bucket "${bucket}" is in another region${bucketRegion ? ` (${bucketRegion})` : ''}; pass --region ${bucketRegion ?? '<its region>'}`);
        }
        if (status === 403) {
            throw new errors/* UserError */.y(`S3 bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket, s3:GetObject and s3:PutObject on it, or choose another bucket`);
        }
        throw (0,aws_errors/* explainAwsError */.Ni)(err, `s3:HeadBucket on ${bucket}`, ctx.clients.settings);
    }
}
async function planRole(ctx, options) {
    const requested = options.executeRole ?? defaults/* DEFAULT_EXECUTE_ROLE */.rQ;
    const name = isRoleArn(requested) ? requested.slice(requested.lastIndexOf('/') + 1) : requested;
    const role = await step(ctx, `iam:GetRole on ${name}`, () => getRole(ctx.clients.iam, name));
    const arn = role?.arn;
    if (arn && options.createExecuteRole && role.description === EXECUTE_ROLE_DESCRIPTION) {
        // A role this tool made (its description says so): finish it when a run stopped between
        // creating it and attaching logging. Other existing roles are left as they are.
        const attached = await step(ctx, `iam:ListAttachedRolePolicies on ${name}`, () => listRolePolicies(ctx.clients.iam, name));
        if (!isLoggingAttached(attached, partitionOf(arn)))
            return { name, arn, action: 'attach' };
    }
    if (arn)
        return { name, arn: isRoleArn(requested) ? requested : arn, action: 'exists' };
    if (isRoleArn(requested)) {
        throw new errors/* UserError */.y(`execution role ${requested} does not exist (or is in another account this identity cannot read); create it, or name another with --execute-role`);
    }
    if (!options.createExecuteRole) {
        throw new errors/* UserError */.y(`execution role "${name}" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role (action input create-execute-role: true), or name an existing role with --execute-role`);
    }
    return { name, arn: '', action: 'create' };
}
/**
 * S3 side. The manifest is written last, with a digest of every static key's size, CRC-32 and
 * headers: when it matches ours, every object it vouches for was uploaded before it, as we would
 * write it, and nothing is listed, read or looked at one by one (prune withdraws that digest
 * before it deletes anything, see setup/prune.ts). Otherwise one listing of the version's
 * static prefix, and a HEAD only where the listing cannot decide.
 */
async function planObjects(ctx, d, bucket, options) {
    const prefix = `static/${d.manifest.appId}_${d.manifest.version}_app/`;
    const manifestHead = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => (0,s3_objects/* headObject */.C6)(ctx.clients.s3, bucket, d.manifestKey));
    const trusted = manifestHead?.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
    const listed = trusted ? undefined : await step(ctx, `s3:ListBucket on ${bucket}`, () => (0,s3_objects/* listPrefix */.Zs)(ctx.clients.s3, bucket, prefix));
    const objects = await mapLimit(d.objects, options.concurrency ?? DEFAULT_CONCURRENCY, async (object) => {
        if (!listed)
            return { object, action: 'unchanged', reason: 'same' };
        const l = listed.get(object.key);
        if (!l)
            return { object, action: 'upload', reason: 'new' };
        if (l.size !== object.size)
            return { object, action: 'upload', reason: 'content' };
        let head;
        try {
            head = await (0,s3_objects/* headObject */.C6)(ctx.clients.s3, bucket, object.key);
        }
        catch (err) {
            // A HEAD that keeps failing must not stop the run: uploading again is always right, and
            // a run under a high fault rate still makes progress.
            if ((0,aws_errors/* isTransient */.dg)(err))
                return { object, action: 'upload', reason: 'unchecked' };
            throw (0,aws_errors/* explainAwsError */.Ni)(err, `s3:GetObject on ${bucket}/${object.key}`, ctx.clients.settings);
        }
        if (!head)
            return { object, action: 'upload', reason: 'new' };
        const { md5, sha256 } = await object.digests();
        // Our uploads carry their SHA-256; an object from elsewhere may still match by its ETag (an MD5 for single-part uploads without SSE-KMS).
        const sameContent = head.metadata[s3_objects/* SHA256_METADATA */.yn] ? head.metadata[s3_objects/* SHA256_METADATA */.yn] === sha256 : l.etag === md5;
        if (!sameContent)
            return { object, action: 'upload', reason: 'content' };
        if (head.contentType !== object.contentType || head.cacheControl !== object.cacheControl || head.metadata[s3_objects/* SHA256_METADATA */.yn] !== sha256) {
            return { object, action: 'upload', reason: 'headers' };
        }
        return { object, action: 'unchanged', reason: 'same' };
    });
    const manifestSame = manifestHead?.metadata[s3_objects/* SHA256_METADATA */.yn] === d.manifestSha256 && manifestHead.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
    const allSame = objects.every((o) => o.action === 'unchanged');
    // Whose manifest is at our key: ours when it has our bytes, else it has to be read.
    let owner;
    if (manifestHead && manifestHead.metadata[s3_objects/* SHA256_METADATA */.yn] !== d.manifestSha256) {
        const bytes = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => (0,s3_objects/* getSmallObject */.Tt)(ctx.clients.s3, bucket, d.manifestKey, manifest_manifest/* MAX_MANIFEST_BYTES */.ZJ));
        owner = bytes && manifestOwner(bytes);
    }
    return { objects, manifest: { key: d.manifestKey, action: manifestSame && allSame ? 'unchanged' : 'upload' }, ...(owner ? { manifestOwner: owner } : {}) };
}
function functionArn(identityArn, region, account, name) {
    const partition = identityArn.split(':')[1] || 'aws';
    return `arn:${partition}:lambda:${region}:${account}:function:${name}`;
}
/** The preflight that does not need the bundle: region, credentials (STS), bucket, execution role, invoke policy. */
async function readAccount(ctx, options) {
    const { clients } = ctx;
    const bucket = clients.settings.bucket;
    const region = await step(ctx, 'resolving the AWS region', () => clients.lambda.config.region());
    const policyName = options.invokePolicy ?? defaults/* DEFAULT_INVOKE_POLICY */.Sf;
    // Every read at once; failures are reported in a fixed order, the most fundamental first.
    const settled = await Promise.allSettled([
        step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}))),
        checkBucket(ctx, bucket, region),
        planRole(ctx, options),
        step(ctx, 'iam:ListPolicies', async () => {
            const arn = await findPolicy(clients.iam, policyName);
            return arn ? { arn, document: (await getDefaultPolicyDocument(clients.iam, arn)).document } : undefined;
        }),
    ]);
    for (const r of settled)
        if (r.status === 'rejected')
            throw r.reason;
    const [identity, , role, policy] = settled.map((r) => r.value);
    return { region, account: identity.Account ?? '', identity: identity.Arn ?? '', role, policyName, ...(policy ? { policy } : {}) };
}
/** The rest of the plan: each function and object of the bundle against what AWS has. */
async function planProvision(d, ctx, state, options) {
    const { clients } = ctx;
    const bucket = clients.settings.bucket;
    const { region, account, role } = state;
    ctx.onProgress?.(`AWS account ${account} (${state.identity}), region ${region}, bucket ${bucket}`);
    const [currents, { objects, manifest, manifestOwner: owner }] = await Promise.all([
        mapLimit(d.functions, 4, (f) => step(ctx, `lambda:GetFunction on ${f.lambdaName}`, () => getFunction(clients.lambda, f.lambdaName))),
        planObjects(ctx, d, bucket, options),
    ]);
    const functions = d.functions.map((f, i) => {
        const desired = {
            name: f.lambdaName,
            handler: f.spec.handler,
            runtime: f.spec.runtime,
            role: role.arn,
            roleExplicit: options.executeRole !== undefined,
            ...(options.memorySize !== undefined ? { memorySize: options.memorySize } : {}),
            ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
            ...(options.architecture ? { architecture: options.architecture } : {}),
            ...(options.environment ? { environment: options.environment } : {}),
            tags: tagsFor(d),
            description: describeFunction(d),
            codeSha256: f.codeSha256,
        };
        const current = currents[i];
        const arn = current?.arn || functionArn(state.identity, region, account, f.lambdaName);
        if (!current)
            return { name: f.spec.name, lambdaName: f.lambdaName, action: 'create', arn, desired };
        const diff = diffFunction(current, desired);
        return { name: f.spec.name, lambdaName: f.lambdaName, action: isUnchanged(diff) ? 'unchanged' : 'update', arn, desired, current, diff };
    });
    // Another app's functions or manifest at our names: refused before anything is written.
    const ours = { appId: d.manifest.appId, version: d.manifest.version };
    const takeovers = [];
    for (const f of functions) {
        const fOwner = f.current && functionOwner(f.current.tags);
        if (isAnotherApp(fOwner, ours))
            takeovers.push({ what: `Lambda function ${f.lambdaName}`, owner: fOwner });
    }
    if (isAnotherApp(owner, ours))
        takeovers.push({ what: `manifest ${bucket}/${manifest.key}`, owner });
    if (takeovers.length > 0 && !options.force)
        throw takeoverError(ours, takeovers);
    const arns = functions.map((f) => f.arn);
    let invokePolicy;
    if (!state.policy) {
        invokePolicy = { name: state.policyName, action: 'missing', add: [] };
    }
    else {
        const updated = withInvokeArns(state.policy.document, arns);
        invokePolicy = updated
            ? { name: state.policyName, arn: state.policy.arn, action: 'update', add: updated.changed, document: updated.document }
            : { name: state.policyName, arn: state.policy.arn, action: 'unchanged', add: [] };
    }
    return { account, identity: state.identity, region, bucket, role, objects, functions, invokePolicy, manifest, takeovers };
}
/** The number of writes a plan would make. */
function plannedWrites(plan) {
    return ((plan.role.action === 'create' ? 2 : plan.role.action === 'attach' ? 1 : 0) +
        plan.objects.filter((o) => o.action === 'upload').length +
        plan.functions.filter((f) => f.action !== 'unchanged').length +
        (plan.invokePolicy.action === 'update' ? 1 : 0) +
        (plan.manifest.action === 'upload' ? 1 : 0));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/provision/upload-objects.ts
// The static assets: many parallel uploads (at tens of ms per round trip, concurrency decides the
// wall time), within a memory budget whatever the file sizes. A small object is read into memory
// once, hashed and sent as one PutObject; a large one is hashed in one streaming pass and sent in
// a second as a multipart upload of bounded parts.




const MiB = 1024 * 1024;
/** Up to this size an object is one PutObject from memory; above, a multipart upload. */
const SMALL_OBJECT_BYTES = 8 * MiB;
const PART_BYTES = 8 * MiB;
const PARTS_IN_FLIGHT = 4;
/** Object bytes held in memory at once, across all uploads (a multipart upload holds its parts, plus one being filled). */
const MEMORY_BUDGET = 96 * MiB;
async function upload(clients, bucket, object) {
    const headers = { key: object.key, contentType: object.contentType, cacheControl: object.cacheControl };
    if (object.size <= SMALL_OBJECT_BYTES) {
        const body = await object.read();
        await (0,s3_objects/* putObject */.$R)(clients.s3, bucket, { ...headers, body, metadata: { [s3_objects/* SHA256_METADATA */.yn]: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') } });
        return;
    }
    const { sha256 } = await object.digests();
    await (0,s3_objects/* uploadStream */.CG)(clients.s3, bucket, { ...headers, open: () => object.open(), metadata: { [s3_objects/* SHA256_METADATA */.yn]: sha256 }, partSize: PART_BYTES, queueSize: PARTS_IN_FLIGHT });
}
/** Uploads `objects`, `concurrency` at a time; after a failure (here or elsewhere in the run) no new upload starts. */
async function uploadObjects(run, clients, bucket, objects, concurrency) {
    const counts = run.report.objects;
    const memory = new WeightedLimiter(MEMORY_BUDGET);
    // A few workers pulling from the list, rather than a task per object waiting its turn: 10,000
    // objects would otherwise be 10,000 pending tasks from the start.
    let next = 0;
    const worker = async () => {
        while (next < objects.length && run.mayWrite()) {
            const object = objects[next++];
            await memory.run(object.size <= SMALL_OBJECT_BYTES ? object.size : PART_BYTES * (PARTS_IN_FLIGHT + 1), async () => {
                try {
                    await upload(clients, bucket, object);
                    counts.uploaded++;
                    run.report.changed = true;
                }
                catch (err) {
                    counts.failed++;
                    run.fail((0,aws_errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${bucket}/${object.key}`, clients.settings));
                }
                finally {
                    counts.notDone--;
                }
            });
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, objects.length) }, worker));
}

;// CONCATENATED MODULE: ./src/provision/apply.ts
// Carries out a plan in the order that never leaves an app half-visible: the static assets, the
// functions and the invoke policy at once, then, once all of that is done, the manifest, which
// is what makes a version installable. The first failure stops every step from starting another
// write; the report says what was done and what was not, and running again converges.









function initialReport(plan) {
    return {
        ok: false,
        changed: false,
        role: { name: plan.role.name, arn: plan.role.arn, status: plan.role.action === 'exists' ? 'unchanged' : 'not done' },
        objects: { uploaded: 0, unchanged: plan.objects.filter((o) => o.action === 'unchanged').length, failed: 0, notDone: plan.objects.filter((o) => o.action === 'upload').length },
        functions: plan.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, arn: f.arn, result: (0,describe/* describeChange */.uQ)(f), status: f.action === 'unchanged' ? 'unchanged' : 'not done' })),
        invokePolicy: { name: plan.invokePolicy.name, status: plan.invokePolicy.action === 'missing' ? 'skipped' : 'not done', added: [] },
        manifest: { key: plan.manifest.key, status: 'not done' },
    };
}
async function applyPlan(plan, d, ctx, options) {
    const { clients } = ctx;
    const report = initialReport(plan);
    let failure;
    const run = {
        report,
        progress: ctx.onProgress ?? (() => undefined),
        mayWrite: () => failure === undefined && !ctx.signal?.aborted,
        fail: (err) => void (failure ??= err),
    };
    const wait = {
        sleep: ctx.sleep,
        ...(ctx.waitTimeoutMs !== undefined ? { timeoutMs: ctx.waitTimeoutMs } : {}),
        ...(ctx.pollDelay ? { pollDelay: ctx.pollDelay } : {}),
        onWait: run.progress,
    };
    const uploads = plan.objects.filter((o) => o.action === 'upload').map((o) => o.object);
    if (uploads.length > 0)
        run.progress(`uploading ${(0,format/* plural */.LS)(uploads.length, 'static object')} (${report.objects.unchanged} unchanged)`);
    await Promise.all([uploadObjects(run, clients, plan.bucket, uploads, options.concurrency ?? DEFAULT_CONCURRENCY), deployFunctions({ run, clients, plan, d, options, wait }), addToInvokePolicy(run, clients, plan)]);
    // The manifest, last: from now on the plugin can install this version.
    if (plan.manifest.action === 'unchanged')
        report.manifest.status = 'unchanged';
    else if (run.mayWrite()) {
        run.progress(`uploading manifest ${plan.manifest.key}`);
        try {
            await (0,s3_objects/* putObject */.$R)(clients.s3, plan.bucket, {
                key: plan.manifest.key,
                body: d.manifestBytes,
                contentType: 'application/json; charset=utf-8',
                cacheControl: MANIFEST_CACHE_CONTROL,
                metadata: { [s3_objects/* SHA256_METADATA */.yn]: d.manifestSha256, [STATIC_DIGEST_METADATA]: d.staticDigest },
            });
            report.manifest.status = 'done';
            report.changed = true;
        }
        catch (err) {
            report.manifest.status = 'failed';
            run.fail((0,aws_errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, clients.settings));
        }
    }
    // Interrupted (SIGINT): the interruption is the cause, also of a step it cut short (a Lambda wait
    // ends with an AbortError).
    if (ctx.signal?.aborted)
        failure = ctx.signal.reason instanceof Error ? ctx.signal.reason : new Error(String(ctx.signal.reason));
    report.ok = failure === undefined;
    if (failure)
        report.error = failure;
    return report;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/bundle/inspect-bundle.ts
var inspect_bundle = __webpack_require__(1645);
// EXTERNAL MODULE: ./src/bundle/layout.ts
var layout = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/bundle/pack.ts + 8 modules
var pack = __webpack_require__(9586);
// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __webpack_require__(7538);
// EXTERNAL MODULE: ./src/fs/target.ts
var fs_target = __webpack_require__(4782);
// EXTERNAL MODULE: ./src/zip/reader.ts + 5 modules
var reader = __webpack_require__(5714);
;// CONCATENATED MODULE: ./src/provision/deployable.ts
// What provisioning deploys: a validated bundle (an app directory is packed first), with the
// hashes that decide what is unchanged in AWS. Bytes are read again when they are uploaded, and
// static objects as streams, so that neither a large bundle nor a large file is held in memory whole.















const MAX_FUNCTION_ZIP = 52_428_800;
function digest(data, algorithm, encoding = 'hex') {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest(encoding);
}
async function streamDigests(stream) {
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of stream) {
        md5.update(chunk);
        sha256.update(chunk);
    }
    return { md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}
function staticDigestOf(objects) {
    const lines = objects.map((o) => `${o.key}\t${o.size}\t${o.crc32}\t${o.contentType}\t${o.cacheControl}\n`).sort();
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('')).digest('hex');
}
/** Validates `target` (a bundle, or an app directory that is packed first) and reads what it deploys. */
async function loadDeployable(target, options) {
    let temporary;
    const cleanup = () => {
        if (temporary)
            (0,external_node_fs_.rmSync)(temporary, { recursive: true, force: true });
    };
    let bundlePath = target;
    let kind = 'bundle';
    let findings;
    let archive;
    const codeSha256 = new Map();
    try {
        if ((0,fs_target/* targetKind */.W)(target) === 'dir') {
            kind = 'app-dir';
            if (options.bundleOutput === 'temporary')
                temporary = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mm-apps-deploy-'));
            const output = temporary ? external_node_path_default().join(temporary, 'bundle.zip') : options.bundleOutput;
            const packed = await (0,pack/* pack */.qq)({
                appDir: target,
                now: options.now,
                ...(options.functionSources ? { functionSources: options.functionSources } : {}),
                output: output ?? ((m) => (0,pack/* defaultBundlePath */.Fq)(target, m)),
                ...(options.onProgress ? { onProgress: options.onProgress } : {}),
                ...(options.manifestFormat ? { manifestFormat: options.manifestFormat } : {}),
                ...(options.signal ? { signal: options.signal } : {}),
            });
            if (!packed.ok || !packed.bundle)
                throw new finding/* FindingsError */.NH(packed.findings);
            bundlePath = packed.bundle.path;
            findings = packed.findings;
            for (const f of packed.functions)
                codeSha256.set(f.name, f.codeSha256);
            // just written and checked by pack: open it for reading only
            archive = (await reader/* ZipArchive */.SJ.open(bundlePath, 'the bundle', '.')).archive;
            if (!archive)
                throw new Error(`internal error: the bundle ${bundlePath} does not read back`);
        }
        else {
            options.onProgress?.('checking the bundle');
            const inspected = await (0,inspect_bundle/* inspectBundle */.r)(target, { now: options.now, keepOpen: true });
            if ((0,finding/* hasErrors */.Cs)(inspected.findings) || !inspected.manifest || !inspected.archive)
                throw new finding/* FindingsError */.NH(inspected.findings);
            findings = inspected.findings;
            archive = inspected.archive;
            for (const f of inspected.functions)
                codeSha256.set(f.spec.name, f.codeSha256);
        }
    }
    catch (err) {
        cleanup();
        throw err;
    }
    const zip = archive;
    try {
        // The manifest goes to S3 as the bundle carries it, as the cloud deployer uploads it: a v0.7-shape
        // bundle is for servers that read the v0.7 shape from S3 (v1.0+ servers install from their
        // listing, which registration fills from the decoded manifest, whatever its shape).
        const manifestBytes = await zip.read(manifest_manifest/* MANIFEST_FILE */.h1, manifest_manifest/* MAX_MANIFEST_BYTES */.ZJ);
        const manifest = (0,manifest_manifest/* readManifest */.WI)(manifestBytes).manifest;
        const { appId, version } = manifest;
        const objects = zip.entries
            .filter((e) => !e.directory && e.name.startsWith(layout/* STATIC_PREFIX */.UN))
            .map((entry) => {
            const name = entry.name.slice(layout/* STATIC_PREFIX */.UN.length);
            let digests;
            // The seam to the zip reader: whole (verified) bytes, or a stream of them.
            const read = () => zip.read(entry.name, Number.MAX_SAFE_INTEGER);
            const open = async () => zip.stream(entry.name, Number.MAX_SAFE_INTEGER);
            return {
                key: (0,naming/* s3StaticName */.Wj)(appId, version, name),
                name,
                size: entry.size,
                crc32: entry.crc32,
                contentType: contentTypeOf(name),
                cacheControl: STATIC_CACHE_CONTROL,
                read,
                open,
                digests: () => (digests ??= open().then(streamDigests)),
            };
        });
        const functions = manifest.functions.map((spec) => ({
            spec,
            lambdaName: (0,naming/* lambdaName */.FE)(appId, version, spec.name),
            codeSha256: codeSha256.get(spec.name),
            size: zip.entries.find((e) => e.name === `${spec.name}.zip`)?.size ?? 0,
            read: () => zip.read(`${spec.name}.zip`, MAX_FUNCTION_ZIP),
        }));
        return {
            kind,
            bundlePath,
            manifest,
            manifestKey: (0,naming/* s3ManifestName */.dI)(appId, version),
            manifestBytes,
            manifestSha256: digest(manifestBytes, 'sha256'),
            objects,
            staticDigest: staticDigestOf(objects),
            functions,
            provisionData: (0,provision_data/* provisionData */.Q9)(manifest, objects.map((o) => o.name)),
            findings,
            close: () => {
                zip.close();
                cleanup();
            },
        };
    }
    catch (err) {
        zip.close();
        cleanup();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/provision/options.ts
var options = __webpack_require__(8673);
;// CONCATENATED MODULE: ./src/provision/provision.ts
// provision: bundle → Lambda functions + S3 assets + manifest. Validates, plans (the preflight:
// nothing is written if it fails), and unless it is a dry run, applies.










function httpOptions(req) {
    return { ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(req.sleep ? { sleep: req.sleep } : {}), ...(req.signal ? { signal: req.signal } : {}) };
}
async function provision(req) {
    (0,options/* checkProvisionOptions */.g7)(req);
    const settings = (0,aws_settings/* resolveAwsSettings */.$)(req.aws);
    const clients = (0,aws_clients.createClients)(settings, { s3Connections: req.concurrency ?? DEFAULT_CONCURRENCY, ...req.clientOptions });
    const signal = req.signal;
    const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(signal ? { signal } : {}) };
    // The account is read while the bundle is validated; a bundle with errors is still reported first.
    const account = readAccount(ctx, req);
    account.catch(() => undefined);
    const mattermost = req.mattermost ? checkMattermost(req.mattermost.settings, httpOptions(req)) : undefined;
    mattermost?.catch(() => undefined);
    let d;
    try {
        d = await loadDeployable(req.target, {
            now: req.now,
            ...(req.functionSources ? { functionSources: req.functionSources } : {}),
            // a dry run writes nothing, not even the bundle of an app directory
            ...(req.dryRun ? { bundleOutput: 'temporary' } : req.bundleOutput ? { bundleOutput: req.bundleOutput } : {}),
            ...(req.onProgress ? { onProgress: req.onProgress } : {}),
            ...(req.manifestFormat ? { manifestFormat: req.manifestFormat } : {}),
            ...(signal ? { signal } : {}),
        });
    }
    catch (err) {
        await Promise.all([account.catch(() => undefined), mattermost?.catch(() => undefined)]);
        clients.destroy();
        throw err;
    }
    try {
        signal?.throwIfAborted();
        const state = await account;
        // The Mattermost preflight, like AWS's, comes before any write.
        const server = await mattermost;
        if (server)
            checkInstallPossible(server, req.mattermost.install, d.manifest);
        const plan = await planProvision(d, ctx, state, req);
        const outcome = {
            kind: d.kind,
            bundlePath: d.bundlePath,
            manifest: d.manifest,
            findings: d.findings,
            settings,
            provisionData: d.provisionData,
            installCommands: (0,naming/* installCommands */._P)(d.manifest.appId, d.manifest.version),
            install: (0,install_commands/* installCommandsFor */.z)(d.manifest.appId, d.manifest.version, server?.plugin.generation),
            ...(server ? { mattermost: server } : {}),
            plan,
            dryRun: req.dryRun ?? false,
        };
        if (req.dryRun)
            return outcome;
        signal?.throwIfAborted();
        outcome.report = await applyPlan(plan, d, {
            ...ctx,
            sleep: req.sleep ?? ((ms) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {})),
            ...(req.waitTimeoutMs !== undefined ? { waitTimeoutMs: req.waitTimeoutMs } : {}),
            ...(req.pollDelay ? { pollDelay: req.pollDelay } : {}),
        }, req);
        // Registration last: only a version whose manifest is in S3 is listed.
        if (outcome.report.ok && server) {
            try {
                outcome.registration = await registerApp(server, req.mattermost.settings, d.manifest, req.mattermost.install, httpOptions(req));
            }
            catch (err) {
                outcome.registrationError = err instanceof Error ? err : new Error(String(err));
            }
        }
        return outcome;
    }
    finally {
        d.close();
        clients.destroy();
    }
}

// EXTERNAL MODULE: ./src/register/settings.ts
var register_settings = __webpack_require__(6728);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(3769);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/release.ts + 1 modules
var release = __webpack_require__(7618);
// EXTERNAL MODULE: ./src/action/report.ts
var action_report = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/action/secrets.ts
var secrets = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/provision.ts













/** The Mattermost server to register with: inputs first, then MM_SERVICESETTINGS_SITEURL / MM_ADMIN_TOKEN. */
function mattermostOf(inputs) {
    if (inputs.mattermost.token)
        (0,secrets/* addSecret */.Ck)(inputs.mattermost.token);
    const settings = (0,register_settings/* resolveMattermostSettings */.E)({ url: inputs.mattermost.url, token: inputs.mattermost.token, env: process.env, urlOption: 'input "mattermost-url"' });
    if (!settings) {
        if (inputs.mattermost.install)
            throw new errors/* UserError */.y(`input "install" needs the Mattermost server: input "mattermost-url" (or ${register_settings/* MM_ENV */.d.siteUrl}) and input "mattermost-token"`);
        return undefined;
    }
    for (const w of settings.warnings)
        log/* log */.R.warning(w);
    return { settings, install: inputs.mattermost.install };
}
async function runProvision(inputs, now, signal) {
    const mattermost = mattermostOf(inputs);
    const target = inputs.bundle?.path ?? inputs.appDir;
    const label = inputs.bundle?.input ?? inputs.appDirInput;
    const subject = { kind: inputs.bundle ? 'bundle' : 'app-dir', path: label };
    let outcome;
    try {
        outcome = await log/* log */.R.group(`${inputs.dryRun ? 'Plan' : 'Provision'} ${label}`, () => provision({
            target,
            now,
            dryRun: inputs.dryRun,
            aws: { ...inputs.aws, env: process.env },
            functionSources: inputs.functionSources,
            ...(inputs.output ? { bundleOutput: inputs.output } : {}),
            manifestFormat: inputs.manifestFormat,
            ...(mattermost ? { mattermost } : {}),
            ...inputs.options,
            onProgress: (m) => log/* log */.R.progress(m),
            ...(signal ? { signal } : {}),
        }));
    }
    catch (err) {
        if (!(err instanceof finding/* FindingsError */.NH))
            throw err;
        (0,action_report/* annotate */.fz)(subject, err.findings);
        await (0,summary/* writeSummary */.S)((s) => {
            s.heading(`mm-apps-deploy provision: ${label} has ${(0,format/* plural */.LS)((0,finding/* errorsOf */.Bp)(err.findings).length, 'error')}`);
            s.paragraph('Nothing was written to AWS.');
            s.table(action_report/* FINDINGS_HEADER */.xu, (0,action_report/* findingsRows */.aL)(subject, err.findings));
        });
        log/* log */.R.setFailed(`provision refused: ${(0,format/* plural */.LS)((0,finding/* errorsOf */.Bp)(err.findings).length, 'error')} in ${label} (see the annotations); nothing was written`);
        return;
    }
    (0,action_report/* annotate */.fz)(subject, outcome.findings);
    const d = (0,describe/* describeOutcome */.SS)(outcome);
    const report = outcome.report;
    const temporaryBundle = outcome.dryRun && outcome.kind === 'app-dir';
    // a downloaded bundle is named by its URL, and its provision data file goes to RUNNER_TEMP
    const fetched = (0,action_inputs/* downloaded */.aW)(inputs.bundle);
    if (fetched)
        (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.BundleSha256, fetched.sha256 ?? '');
    if (!temporaryBundle)
        (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Bundle, fetched ? fetched.displayName : (0,outputs/* workspaceRelative */.Uc)(outcome.bundlePath));
    const pdFile = await (0,outputs/* setAppOutputs */.KK)(outcome.manifest, !report || report.ok ? outcome.provisionData : undefined, temporaryBundle || fetched ? undefined : outcome.bundlePath);
    const releaseUrl = inputs.releaseAsset && report?.ok ? await (0,release/* uploadReleaseAssets */.IV)([outcome.bundlePath, ...(pdFile ? [pdFile] : [])], inputs.token) : undefined;
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Functions, (0,outputs/* jsonOutput */.W3)(Object.fromEntries(d.functions.map((f) => [f.name, { name: f.lambdaName, ...(f.arn ? { arn: f.arn } : {}), result: f.result }]))));
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Changed, report?.changed ? 'true' : 'false');
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Registered, outcome.registration?.registered ? 'true' : 'false');
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Installed, outcome.registration?.installed ? 'true' : 'false');
    // With a server, the command that works on its Apps plugin; without one, the seed documentation's form.
    if (outcome.mattermost)
        (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.InstallCommand, outcome.install[0].command);
    for (const note of d.notes)
        log/* log */.R.warning(note);
    await (0,summary/* writeSummary */.S)((s) => {
        s.heading(d.heading);
        s.table(['Function', 'Lambda name', report ? 'Result' : 'Plan'], d.functions.map((f) => [f.name, { code: f.lambdaName }, f.result]));
        s.list(d.rows.map(([k, v]) => `${k}: ${v}`));
        if (report && !report.ok) {
            s.paragraph({ strong: 'Failed:' }, ` ${report.error?.message ?? ''}`);
            if (d.done?.length)
                s.paragraph(`Done: ${d.done.join('; ')}`);
            if (d.notDone?.length)
                s.paragraph(`Not done: ${d.notDone.join('; ')}.`);
            if (d.next)
                s.paragraph(d.next);
        }
        else if (report) {
            if (releaseUrl)
                s.paragraph('Attached to the release: ', { link: releaseUrl });
            if (outcome.registrationError) {
                s.paragraph({ strong: 'Not registered with Mattermost:' }, ` ${outcome.registrationError.message}. Everything in AWS is in place: re-run the job, or run `, { code: 'mm-apps-deploy register' }, ' on the bundle.');
            }
            else if (outcome.registration?.installed) {
                s.paragraph(`Installed in Mattermost at ${outcome.registration.siteUrl}. To reinstall:`);
                s.code(outcome.install[0].command);
            }
            else {
                s.paragraph('Install it in Mattermost with:');
                s.table(action_report/* INSTALL_HEADER */.GK, (0,action_report/* installRows */.Dd)(outcome.install));
            }
        }
        if (outcome.findings.length > 0)
            s.heading('Warnings', 3).table(action_report/* FINDINGS_HEADER */.xu, (0,action_report/* findingsRows */.aL)(subject, outcome.findings));
    });
    if (report && !report.ok) {
        log/* log */.R.setFailed(`provision failed: ${report.error?.message}. Done: ${d.done?.join('; ') || 'nothing'}. Not done: ${d.notDone?.join('; ') || 'nothing'}. ${d.next}`);
    }
    else if (outcome.registrationError) {
        log/* log */.R.setFailed(`provisioned to AWS, but not registered with ${outcome.mattermost.siteUrl}: ${outcome.registrationError.message}. Re-run the job (AWS is unchanged), or run "mm-apps-deploy register" on the bundle`);
    }
    else {
        log/* log */.R.info(report ? `${report.changed ? 'provisioned' : 'unchanged'}: ${outcome.installCommands.aws}` : 'dry run: nothing was written');
    }
}


/***/ })

};
