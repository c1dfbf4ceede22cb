export const id = 590;
export const ids = [590];
export const modules = {

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ mattermostRequest),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   o_: () => (/* binding */ jsonOf)
/* harmony export */ });
/* unused harmony export redact */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _output_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4915);
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
/**
 * A server's words in one line: white space runs collapsed, then made safe to show
 * (output/untrusted.ts): they must not write lines or escape codes of their own.
 */
function oneLine(text, max = 300) {
    return (0,_output_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(text.trim().replace(/\s+/g, ' '), max);
}
/** A server's error body in one line: an AppError's message and id, or the text. */
function errorText(answer) {
    const json = jsonOf(answer);
    if (json && typeof json.message === 'string')
        return oneLine(`${json.message}${typeof json.id === 'string' ? ` (${json.id})` : ''}`);
    return oneLine(answer.text) || `HTTP ${answer.status}`;
}


/***/ }),

/***/ 3590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPS_API: () => (/* binding */ APPS_API),
/* harmony export */   APPS_PLUGIN_ID: () => (/* binding */ APPS_PLUGIN_ID),
/* harmony export */   checkMattermost: () => (/* binding */ checkMattermost),
/* harmony export */   generationOf: () => (/* binding */ generationOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5725);
// The Mattermost preflight, run before anything is written anywhere: the site answers, the token
// is valid and belongs to a system admin, the Apps plugin is installed and enabled, and which
// version it is, which decides how an app becomes installable (research: plugin v1.0+ installs
// only apps in its local listing; v0.7 reads manifests from S3).



const APPS_PLUGIN_ID = 'com.mattermost.apps';
/** {site}/plugins/com.mattermost.apps/api/v1 (apps/appclient ClientPP.apipath). */
const APPS_API = `/plugins/${APPS_PLUGIN_ID}/api/v1`;
const userSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), username: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), roles: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('') });
const pluginInfo = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('') }).passthrough();
const pluginsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ active: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(pluginInfo).nullable().default([]), inactive: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(pluginInfo).nullable().default([]) });
const pingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${settings.siteUrl} redirects (HTTP ${answer.status})${site ? ` to ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(site)}` : ''}; the token is not sent across redirects: use ${site ? 'that' : 'the final'} URL as the Site URL`);
}
/** The preflight: every check reads, nothing is written. */
async function checkMattermost(settings, options = {}) {
    const site = settings.siteUrl;
    options.onProgress?.(`checking the Mattermost server at ${site}`);
    const me = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .mattermostRequest */ .EF)(settings, 'GET', '/api/v4/users/me', undefined, options);
    const moved = redirected(me, settings);
    if (moved)
        throw moved;
    if (me.status === 401) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Mattermost server at ${site} refused MM_ADMIN_TOKEN (401: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(me)}): the token is invalid, expired or revoked. ` +
            'Create a personal access token for a system admin (Profile › Security › Personal Access Tokens; they must be enabled under System Console › Integrations) and set it in MM_ADMIN_TOKEN');
    }
    const user = userSchema.safeParse((0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonOf */ .o_)(me));
    if (me.status !== 200 || !user.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${site} does not answer like a Mattermost server (GET /api/v4/users/me: HTTP ${me.status}${me.status === 200 ? ', not a user' : `, ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(me)}`}); give the server's Site URL, e.g. https://chat.example.com`);
    }
    const { id, username, roles } = user.data;
    if (!roles.split(/\s+/).includes('system_admin')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`MM_ADMIN_TOKEN belongs to "${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(username, 64)}", who is not a system admin on ${site}: the Apps plugin lets only system admins list and install apps (RequireSysadminOrPlugin). Use a system admin's token`);
    }
    const version = await appsPluginVersion(settings, options);
    return { siteUrl: site, user: { id, username }, plugin: { version, generation: generationOf(version) } };
}
/** The Apps plugin's version: from the plugin list (system admins may read it), else the plugin's own ping. */
async function appsPluginVersion(settings, options) {
    const site = settings.siteUrl;
    const list = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .mattermostRequest */ .EF)(settings, 'GET', '/api/v4/plugins', undefined, options);
    if (list.status === 501)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`plugins are disabled on ${site} (PluginSettings.Enable is false): enable plugins, then install and enable the Apps plugin (${APPS_PLUGIN_ID})`);
    const parsed = list.status === 200 ? pluginsSchema.safeParse((0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonOf */ .o_)(list)) : undefined;
    if (parsed?.success) {
        const active = (parsed.data.active ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        const inactive = (parsed.data.inactive ?? []).find((p) => p.id === APPS_PLUGIN_ID);
        if (active)
            return active.version;
        if (inactive)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Apps plugin (${APPS_PLUGIN_ID} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(inactive.version, 32)}) is installed on ${site} but not enabled: enable it under System Console › Plugins › Plugin Management`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed on ${site}: install it from the Marketplace (System Console › Plugins) and enable it`);
    }
    // No permission to list plugins (a custom role): ask the plugin itself.
    const ping = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .mattermostRequest */ .EF)(settings, 'POST', `${APPS_API}/ping`, '{}', options);
    if (ping.status === 404)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed or not enabled on ${site} (its API answers 404): install and enable it under System Console › Plugins`);
    const pong = pingSchema.safeParse((0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonOf */ .o_)(ping));
    if (ping.status !== 200 || !pong.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot read the Apps plugin's version on ${site} (GET /api/v4/plugins: HTTP ${list.status}; plugin ping: HTTP ${ping.status}, ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(ping)})`);
    return pong.data.version;
}


/***/ })

};
