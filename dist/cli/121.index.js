export const id = 121;
export const ids = [121,362];
export const modules = {

/***/ 8362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClients: () => (/* binding */ createClients)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/retry.ts
// How AWS requests are retried. The SDK's standard strategy shares one retry quota per client
// (500 tokens, 14 per retry in @smithy/core 3.41): after ~35 retries without successes to refill
// it, no request of that client is retried any more. Under a high fault rate (30% 5xx, 5% resets)
// a provision of 1,000 objects spent it in planning, and no run could make progress. A deploy
// makes a bounded number of requests with bounded attempts each: that bound is the breaker here.
/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
function defaultRetryDelay(attempt) {
    return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}
/**
 * Errors the SDK classifies as throttling that no wait fixes: IAM's LimitExceeded is a quota of
 * entities (5 versions of a policy, 2 access keys), and the caller must make room first.
 */
const NOT_TRANSIENT = new Set(['LimitExceeded', 'LimitExceededException']);
function token(count, delay) {
    return { getRetryCount: () => count, getRetryDelay: () => delay };
}
class BoundedRetryStrategy {
    maxAttempts;
    delay;
    constructor(maxAttempts, delay = defaultRetryDelay) {
        this.maxAttempts = maxAttempts;
        this.delay = delay;
    }
    async acquireInitialRetryToken() {
        return token(0, 0);
    }
    async refreshRetryTokenForRetry(previous, info) {
        const retries = previous.getRetryCount() + 1;
        const retryable = (info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT') && !NOT_TRANSIENT.has(info.error?.name ?? '');
        // The retry middleware rethrows the request's own error when this throws.
        if (!retryable || retries >= this.maxAttempts)
            throw new Error('no retry');
        let wait = this.delay(retries);
        if (info.retryAfterHint)
            wait = Math.max(wait, Math.min(info.retryAfterHint.getTime() - Date.now(), 20_000));
        return token(retries, wait);
    }
    recordSuccess() { }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
// The AWS SDK clients, configured once: region, credentials, endpoint, retries, connections and
// user agent. Tests inject a request handler (to put faults between the SDK and moto) and fast
// retry delays.








/** Kept-alive connections: at 30 ms per round trip, a new TLS connection per request would double each request's time. */
function connections(maxSockets) {
    return {
        httpAgent: new (external_node_http_default()).Agent({ keepAlive: true, maxSockets }),
        httpsAgent: new (external_node_https_default()).Agent({ keepAlive: true, maxSockets }),
    };
}
const SERVICES = { LambdaClient: 'lambda', S3Client: 's3', IAMClient: 'iam', STSClient: 'sts' };
/** Names the API call on every error it throws ("iam:CreatePolicyVersion"), for messages (see operationOf). */
function nameOperations(client) {
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (err && typeof err === 'object' && !('operation' in err)) {
                Object.assign(err, { operation: `${SERVICES[context.clientName ?? ''] ?? 'aws'}:${(context.commandName ?? '').replace(/Command$/, '')}` });
            }
            throw err;
        }
    }, { step: 'initialize', name: 'mmAppsDeployOperationName' });
}
function createClients(settings, options = {}) {
    const maxAttempts = options.maxAttempts ?? 8;
    const common = {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        maxAttempts,
        retryStrategy: new BoundedRetryStrategy(maxAttempts, options.retryDelay),
        customUserAgent: `mm-apps-deploy/${version/* VERSION */.x}`,
    };
    const handler = (maxSockets) => ({ requestHandler: options.requestHandler ?? connections(maxSockets) });
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox({ ...common, ...handler(16) });
    // Checksums only where S3 requires them: uploads carry Content-MD5 instead (see s3-objects.ts).
    const s3 = new client_s3_dist_cjs.S3Client({
        ...common,
        ...handler(options.s3Connections ?? 64),
        forcePathStyle: settings.forcePathStyle,
        requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const iam = new dist_cjs/* IAMClient */.h8v({ ...common, ...handler(16) });
    const sts = new client_sts_dist_cjs/* STSClient */.iM({ ...common, ...handler(4) });
    for (const c of [lambda, s3, iam, sts])
        nameOperations(c);
    return {
        settings,
        lambda,
        s3,
        iam,
        sts,
        destroy() {
            for (const c of [lambda, s3, iam, sts])
                c.destroy();
        },
    };
}


/***/ }),

/***/ 9058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ updateFunction),
/* harmony export */   EQ: () => (/* binding */ diffFunction),
/* harmony export */   HR: () => (/* binding */ invokeFunction),
/* harmony export */   N9: () => (/* binding */ getFunction),
/* harmony export */   ZF: () => (/* binding */ invokeDryRun),
/* harmony export */   _5: () => (/* binding */ isUnchanged),
/* harmony export */   pD: () => (/* binding */ listFunctionNames),
/* harmony export */   uX: () => (/* binding */ deleteFunction),
/* harmony export */   v0: () => (/* binding */ waitForFunction),
/* harmony export */   zp: () => (/* binding */ createFunction)
/* harmony export */ });
/* unused harmony export LambdaStateError */
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1696);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
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
        const r = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .GetFunctionCommand */ .YF5({ FunctionName: name }));
        return fromConfiguration(r.Configuration ?? {}, r.Tags);
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(err))
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
        const r = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .GetFunctionCommand */ .YF5({ FunctionName: name }));
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
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) !== 'ResourceConflictException' || attempt >= 6)
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
            await withCode((zip) => lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .CreateFunctionCommand */ .Y8X({ ...input, Code: { ZipFile: zip } })));
            return true;
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) === 'ResourceConflictException' && /already exist/i.test(err.message))
                return false;
            const propagating = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) === 'InvalidParameterValueException' && ROLE_NOT_READY.test(err.message);
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
        await mutate(lambda, desired.name, options, () => withCode((ZipFile) => lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .UpdateFunctionCodeCommand */ .KfB({ FunctionName: desired.name, ZipFile, ...(desired.architecture ? { Architectures: [desired.architecture] } : {}) }))));
        latest = await waitForFunction(lambda, desired.name, 'updated', options);
    }
    if (diff.configuration.length > 0) {
        const f = new Set(diff.configuration);
        await mutate(lambda, desired.name, options, () => lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .UpdateFunctionConfigurationCommand */ .Zlw({
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
        await mutate(lambda, desired.name, options, () => lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .TagResourceCommand */ .eqU({ Resource: current.arn, Tags: desired.tags })));
    }
    return latest;
}
/** Every function name in the region (paginated). */
async function listFunctionNames(lambda) {
    const names = new Set();
    let marker;
    do {
        const r = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .ListFunctionsCommand */ .xRr({ ...(marker ? { Marker: marker } : {}) }));
        for (const f of r.Functions ?? [])
            if (f.FunctionName)
                names.add(f.FunctionName);
        marker = r.NextMarker;
    } while (marker);
    return names;
}
async function deleteFunction(lambda, name) {
    try {
        await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .DeleteFunctionCommand */ .Z3K({ FunctionName: name }));
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(err))
            throw err;
    }
}
/** Checks that the function exists and that the caller may invoke it, without running it. */
async function invokeDryRun(lambda, name) {
    await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .InvokeCommand */ .mdN({ FunctionName: name, InvocationType: 'DryRun' }));
}
/** A synchronous invocation, as the Apps plugin makes it; returns the decoded payload and any function error. */
async function invokeFunction(lambda, name, payload) {
    const r = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .InvokeCommand */ .mdN({ FunctionName: name, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(payload)) }));
    return { payload: Buffer.from(r.Payload ?? new Uint8Array()).toString('utf8'), ...(r.FunctionError ? { functionError: r.FunctionError } : {}) };
}


/***/ }),

/***/ 6536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAwsSettings: () => (/* binding */ resolveAwsSettings)
/* harmony export */ });
/* unused harmony export secretsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${a ? access : secret} is set but ${a ? secret : access} is not; set both, or neither to use the AWS default credentials`);
    return { accessKeyId: a, secretAccessKey: s };
}
function resolveAwsSettings(input) {
    const { env } = input;
    const region = input.region || env[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.region] || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region !== undefined && !REGION.test(region))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${region}" is not an AWS region name (e.g. us-east-1)`);
    const bucket = input.bucket || env[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.bucket] || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUCKET */ .hg;
    if (!BUCKET_NAME.test(bucket)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${bucket}" is not a valid S3 bucket name: 3 to 63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit`);
    }
    let endpoint;
    if (input.endpointUrl) {
        try {
            endpoint = new URL(input.endpointUrl).toString().replace(/\/$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${input.endpointUrl}" is not a URL; give the endpoint as e.g. http://127.0.0.1:5000`);
        }
    }
    const customEndpoint = Boolean(endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
    const sources = [
        ...(input.as === 'plugin' ? [[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.invokeAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.invokeSecretKey]] : []),
        [_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.deployAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.deploySecretKey],
        [_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.provisionAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.provisionSecretKey],
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

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(8362);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
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
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/iam.ts
var iam = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/aws/invoke-policy.ts
var invoke_policy = __webpack_require__(7228);
// EXTERNAL MODULE: ./src/aws/lambda-functions.ts
var lambda_functions = __webpack_require__(9058);
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

// EXTERNAL MODULE: ./src/provision/describe.ts
var describe = __webpack_require__(6014);
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
    return new src_errors/* UserError */.y(`refusing to provision ${named(ours)}: ${list}. App IDs and versions joined by "_" give both the same Lambda names, static prefix and manifest key, ` +
        'so this would overwrite the other app. Nothing was written. Choose another version (or app ID), or pass --force (action input force: true) to take them over');
}

;// CONCATENATED MODULE: ./src/provision/deploy-functions.ts
// The Lambda side of a run: the execution role when it has to be made or finished, every function
// at once (only their archives' upload is bounded, by memory), and the invoke policy as soon as
// every function exists, while they become Active. Runs beside the static uploads.









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
            arn = await (0,iam/* createRole */.rd)(clients.iam, role.name);
            run.report.role = { name: role.name, arn, status: 'done', result: 'created' };
            run.report.changed = true;
        }
        step = `iam:AttachRolePolicy on ${role.name}`;
        await (0,iam/* attachRoleLogging */.Jw)(clients.iam, role.name, (0,iam/* partitionOf */.iQ)(arn || plan.identity));
        run.report.role = { name: role.name, arn, status: 'done', result: role.action === 'create' ? 'created' : 'logging attached' };
        run.report.changed = true;
        return arn;
    }
    catch (err) {
        if (role.action === 'create' && arn)
            run.report.role.result = 'created, logging not attached';
        run.report.role.status = 'failed';
        run.fail((0,errors/* explainAwsError */.Ni)(err, step, clients.settings));
        return undefined;
    }
}
/**
 * One function; `exists` is called once it is there (created, or found), before its Active wait.
 * A function another run created since the plan was made is updated like any existing one.
 */
async function deployFunction(c, f, roleArn, withCode, exists) {
    const { run, clients, wait } = c;
    const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName);
    const desired = { ...f.desired, role: f.desired.role || roleArn };
    if (f.action === 'unchanged') {
        exists();
        // A function a stopped run left Pending or mid-update: wait for it, as for our own.
        if (f.current?.state === 'Pending' || f.current?.lastUpdateStatus === 'InProgress' || f.current?.state === 'Failed')
            await (0,lambda_functions/* waitForFunction */.v0)(clients.lambda, f.lambdaName, 'active', wait);
        return;
    }
    if (!run.mayWrite())
        return;
    run.progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${(0,describe/* describeChange */.uQ)(f)})`);
    if (f.action === 'update') {
        exists();
        await (0,lambda_functions/* updateFunction */.CC)(clients.lambda, f.current, desired, f.diff, withCode, wait);
    }
    else if (await (0,lambda_functions/* createFunction */.zp)(clients.lambda, desired, withCode, wait)) {
        exists();
        await (0,lambda_functions/* waitForFunction */.v0)(clients.lambda, f.lambdaName, 'active', wait);
    }
    else {
        // Created meanwhile: by the same deploy running twice, or by another app with our names.
        const current = await (0,lambda_functions/* getFunction */.N9)(clients.lambda, f.lambdaName);
        if (!current)
            throw new src_errors/* UserError */.y(`Lambda function ${f.lambdaName} was created and deleted by another run meanwhile; run again`);
        const owner = functionOwner(current.tags);
        const ours = { appId: c.d.manifest.appId, version: c.d.manifest.version };
        if (isAnotherApp(owner, ours) && !c.options.force)
            throw takeoverError(ours, [{ what: `Lambda function ${f.lambdaName}`, owner }]);
        exists();
        const diff = (0,lambda_functions/* diffFunction */.EQ)(current, desired);
        result.result = 'created by another run at the same time';
        if (!(0,lambda_functions/* isUnchanged */._5)(diff)) {
            await (0,lambda_functions/* updateFunction */.CC)(clients.lambda, current, desired, diff, withCode, wait);
            result.result += `, ${(0,describe/* describeChange */.uQ)({ ...f, action: 'update', current, diff })}`;
        }
        else
            await (0,lambda_functions/* waitForFunction */.v0)(clients.lambda, f.lambdaName, 'active', wait);
    }
    result.status = 'done';
    run.report.changed = true;
}
/** Adds every function to the invoke policy (when it exists), once all of them exist. */
async function updateInvokePolicy(c, allExist) {
    const { run, plan, clients } = c;
    const report = run.report.invokePolicy;
    if (plan.invokePolicy.action === 'missing') {
        report.note = `no IAM policy named "${plan.invokePolicy.name}": the Apps plugin's invoke user needs lambda:InvokeFunction on these functions (mm-apps-deploy init creates the policy)`;
        return;
    }
    if (!(await allExist) || !run.mayWrite())
        return;
    const arns = plan.functions.map((f) => f.arn);
    try {
        // Read again now, whatever the plan saw: other runs may have changed it since.
        const updated = await (0,invoke_policy/* updatePolicyDocument */.t5)(clients.iam, plan.invokePolicy.arn, (document) => (0,invoke_policy/* withInvokeArns */.Vo)(document, arns), { onRetry: run.progress });
        if (updated.writes > 0) {
            run.progress(`added ${(0,format/* plural */.LS)(updated.changed.length, 'function')} to invoke policy ${plan.invokePolicy.name}`);
            Object.assign(report, { status: 'done', added: updated.changed });
            run.report.changed = true;
        }
        else
            report.status = 'unchanged';
    }
    catch (err) {
        report.status = 'failed';
        run.fail((0,errors/* explainAwsError */.Ni)(err, `${(0,errors/* operationOf */.zI)(err, 'iam')} on policy ${plan.invokePolicy.name}`, clients.settings));
    }
}
async function deployFunctions(c) {
    const { run, plan, d, clients } = c;
    const roleArn = await ensureRole(c);
    const code = new WeightedLimiter(CODE_BUDGET);
    const existing = [];
    const deploys = plan.functions.map((f) => {
        let exists;
        existing.push(new Promise((resolve) => (exists = resolve)));
        const fn = d.functions.find((x) => x.lambdaName === f.lambdaName);
        const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName);
        const withCode = (send) => code.run(fn.size, async () => send(await fn.read()));
        return (async () => {
            if (roleArn === undefined)
                return exists(false);
            try {
                await deployFunction(c, f, roleArn, withCode, () => exists(true));
            }
            catch (err) {
                result.status = 'failed';
                run.fail(err instanceof Error && err.name === 'LambdaStateError' ? new src_errors/* UserError */.y(err.message) : (0,errors/* explainAwsError */.Ni)(err, `${(0,errors/* operationOf */.zI)(err, 'lambda')} on ${f.lambdaName}`, clients.settings));
            }
            finally {
                exists(false);
            }
        })();
    });
    await Promise.all([...deploys, updateInvokePolicy(c, Promise.all(existing).then((all) => all.every(Boolean)))]);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/defaults.ts
var defaults = __webpack_require__(4255);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 20 modules
var manifest_manifest = __webpack_require__(8768);
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
        throw (0,errors/* explainAwsError */.Ni)(err, action, ctx.clients.settings);
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
        const status = (0,errors/* httpStatus */.nG)(err);
        const bucketRegion = err.$response?.headers?.['x-amz-bucket-region'];
        if (status === 404 || (0,errors/* errorName */.Is)(err) === 'NotFound' || (0,errors/* errorName */.Is)(err) === 'NoSuchBucket') {
            throw new src_errors/* UserError */.y(`S3 bucket "${bucket}" does not exist (region ${region}): create it (mm-apps-deploy init --bucket ${bucket} --create), or name an existing one with --bucket (action input s3-bucket) or MM_APPS_S3_BUCKET`);
        }
        if (status === 301 || (0,errors/* errorName */.Is)(err) === 'PermanentRedirect') {
            throw new src_errors/* UserError */.y(`S3 bucket "${bucket}" is in another region${bucketRegion ? ` (${bucketRegion})` : ''}; pass --region ${bucketRegion ?? '<its region>'}`);
        }
        if (status === 403) {
            throw new src_errors/* UserError */.y(`S3 bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket, s3:GetObject and s3:PutObject on it, or choose another bucket`);
        }
        throw (0,errors/* explainAwsError */.Ni)(err, `s3:HeadBucket on ${bucket}`, ctx.clients.settings);
    }
}
async function planRole(ctx, options) {
    const requested = options.executeRole ?? defaults/* DEFAULT_EXECUTE_ROLE */.rQ;
    const name = (0,iam/* isRoleArn */.GW)(requested) ? requested.slice(requested.lastIndexOf('/') + 1) : requested;
    const arn = await step(ctx, `iam:GetRole on ${name}`, () => (0,iam/* findRole */._$)(ctx.clients.iam, name));
    if (arn && options.createExecuteRole) {
        // The role is ours to make: finish it when a run stopped between creating it and attaching logging.
        const attached = await step(ctx, `iam:ListAttachedRolePolicies on ${name}`, () => (0,iam/* listRolePolicies */.L0)(ctx.clients.iam, name));
        if (!(0,iam/* isLoggingAttached */.Cr)(attached, (0,iam/* partitionOf */.iQ)(arn)))
            return { name, arn, action: 'attach' };
    }
    if (arn)
        return { name, arn: (0,iam/* isRoleArn */.GW)(requested) ? requested : arn, action: 'exists' };
    if ((0,iam/* isRoleArn */.GW)(requested)) {
        throw new src_errors/* UserError */.y(`execution role ${requested} does not exist (or is in another account this identity cannot read); create it, or name another with --execute-role`);
    }
    if (!options.createExecuteRole) {
        throw new src_errors/* UserError */.y(`execution role "${name}" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role (action input create-execute-role: true), or name an existing role with --execute-role`);
    }
    return { name, arn: '', action: 'create' };
}
/** S3 side: one listing of the version's static prefix, and a HEAD only where the listing cannot decide. */
async function planObjects(ctx, d, bucket, options) {
    const prefix = `static/${d.manifest.appId}_${d.manifest.version}_app/`;
    const [listed, manifestHead] = await Promise.all([
        step(ctx, `s3:ListBucket on ${bucket}`, () => (0,s3_objects/* listPrefix */.Zs)(ctx.clients.s3, bucket, prefix)),
        step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => (0,s3_objects/* headObject */.C6)(ctx.clients.s3, bucket, d.manifestKey)),
    ]);
    // The manifest is written last, with a digest of every static key's size, CRC-32 and headers:
    // when it matches, the objects it vouches for are there as we would write them, and nothing
    // needs to be read or looked at one by one. Otherwise each listed object is checked.
    const trusted = manifestHead?.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
    const objects = await mapLimit(d.objects, options.concurrency ?? DEFAULT_CONCURRENCY, async (object) => {
        const l = listed.get(object.key);
        if (!l)
            return { object, action: 'upload', reason: 'new' };
        if (l.size !== object.size)
            return { object, action: 'upload', reason: 'content' };
        if (trusted)
            return { object, action: 'unchanged', reason: 'same' };
        let head;
        try {
            head = await (0,s3_objects/* headObject */.C6)(ctx.clients.s3, bucket, object.key);
        }
        catch (err) {
            // A HEAD that keeps failing must not stop the run: uploading again is always right, and
            // a run under a high fault rate still makes progress.
            if ((0,errors/* isTransient */.dg)(err))
                return { object, action: 'upload', reason: 'unchecked' };
            throw (0,errors/* explainAwsError */.Ni)(err, `s3:GetObject on ${bucket}/${object.key}`, ctx.clients.settings);
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
        step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}))),
        checkBucket(ctx, bucket, region),
        planRole(ctx, options),
        step(ctx, 'iam:ListPolicies', async () => {
            const arn = await (0,iam/* findPolicy */.i6)(clients.iam, policyName);
            return arn ? { arn, document: (await (0,invoke_policy/* getDefaultPolicyDocument */.zs)(clients.iam, arn)).document } : undefined;
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
        mapLimit(d.functions, 4, (f) => step(ctx, `lambda:GetFunction on ${f.lambdaName}`, () => (0,lambda_functions/* getFunction */.N9)(clients.lambda, f.lambdaName))),
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
        const diff = (0,lambda_functions/* diffFunction */.EQ)(current, desired);
        return { name: f.spec.name, lambdaName: f.lambdaName, action: (0,lambda_functions/* isUnchanged */._5)(diff) ? 'unchanged' : 'update', arn, desired, current, diff };
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
        const updated = (0,invoke_policy/* withInvokeArns */.Vo)(state.policy.document, arns);
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
/** The whole stream, which must be `size` bytes (the bundle's central directory says so). */
async function readAll(stream, size, name) {
    const out = Buffer.allocUnsafe(size);
    let n = 0;
    for await (const chunk of stream) {
        const c = chunk;
        if (n + c.length > size) {
            n += c.length;
            break;
        }
        c.copy(out, n);
        n += c.length;
    }
    stream.destroy();
    if (n !== size)
        throw new Error(`static/${name} in the bundle is not ${size} bytes long as its zip entry says: the bundle is corrupt`);
    return out;
}
async function upload(clients, bucket, object) {
    const headers = { key: object.key, contentType: object.contentType, cacheControl: object.cacheControl };
    if (object.size <= SMALL_OBJECT_BYTES) {
        const body = await readAll(await object.open(), object.size, object.name);
        await (0,s3_objects/* putObject */.$R)(clients.s3, bucket, { ...headers, body, metadata: { [s3_objects/* SHA256_METADATA */.yn]: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') } });
        return;
    }
    const { sha256 } = await object.digests();
    await (0,s3_objects/* uploadStream */.CG)(clients.s3, bucket, { ...headers, open: () => object.open(), metadata: { [s3_objects/* SHA256_METADATA */.yn]: sha256 }, partSize: PART_BYTES, queueSize: PARTS_IN_FLIGHT });
}
/** Uploads `objects`, `concurrency` at a time; after a failure (here or elsewhere in the run) no new upload starts. */
async function uploadObjects(run, clients, bucket, objects, concurrency) {
    const counts = run.report.objects;
    const slots = new Limiter(concurrency);
    const memory = new WeightedLimiter(MEMORY_BUDGET);
    await Promise.all(objects.map((object) => slots.run(() => memory.run(object.size <= SMALL_OBJECT_BYTES ? object.size : PART_BYTES * (PARTS_IN_FLIGHT + 1), async () => {
        if (!run.mayWrite())
            return;
        try {
            await upload(clients, bucket, object);
            counts.uploaded++;
            run.report.changed = true;
        }
        catch (err) {
            counts.failed++;
            run.fail((0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${bucket}/${object.key}`, clients.settings));
        }
        finally {
            counts.notDone--;
        }
    }))));
}

;// CONCATENATED MODULE: ./src/provision/apply.ts
// Carries out a plan in the order that never leaves an app half-visible: the static assets and
// the functions at once (and the invoke policy as soon as every function exists), then, once
// all of that is done, the manifest, which is what makes a version installable. The first
// failure stops every step from starting another write; the report says what was done and what
// was not, and running again converges.








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
        mayWrite: () => failure === undefined,
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
    await Promise.all([
        uploadObjects(run, clients, plan.bucket, uploads, options.concurrency ?? DEFAULT_CONCURRENCY),
        deployFunctions({ run, clients, plan, d, options, wait }),
    ]);
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
            run.fail((0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, clients.settings));
        }
    }
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
// EXTERNAL MODULE: ./src/bundle/pack.ts + 4 modules
var pack = __webpack_require__(3904);
// EXTERNAL MODULE: ./src/compat/provision-data.ts + 1 modules
var provision_data = __webpack_require__(7519);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(976);
// EXTERNAL MODULE: ./src/zip/reader.ts
var reader = __webpack_require__(1524);
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
        if ((0,external_node_fs_.statSync)(target).isDirectory()) {
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
        const manifest = (0,manifest_manifest/* readManifest */.WI)(await zip.read(manifest_manifest/* MANIFEST_FILE */.h1, manifest_manifest/* MAX_MANIFEST_BYTES */.ZJ)).manifest;
        // A legacy manifest in a bundle built elsewhere is uploaded normalised: plugin v1.2+ rejects the legacy format.
        const manifestBytes = manifest.bundleBytes;
        const { appId, version } = manifest;
        const objects = zip.entries
            .filter((e) => !e.directory && e.name.startsWith(layout/* STATIC_PREFIX */.UN))
            .map((entry) => {
            const name = entry.name.slice(layout/* STATIC_PREFIX */.UN.length);
            let digests;
            const open = () => zip.openStream(entry.name);
            return {
                key: (0,naming/* s3StaticName */.Wj)(appId, version, name),
                name,
                size: entry.size,
                crc32: entry.crc32,
                contentType: contentTypeOf(name),
                cacheControl: STATIC_CACHE_CONTROL,
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








async function provision(req) {
    (0,options/* checkProvisionOptions */.g7)(req);
    const settings = (0,aws_settings.resolveAwsSettings)(req.aws);
    const clients = (0,aws_clients.createClients)(settings, { s3Connections: req.concurrency ?? DEFAULT_CONCURRENCY, ...req.clientOptions });
    const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}) };
    // The account is read while the bundle is validated; a bundle with errors is still reported first.
    const account = readAccount(ctx, req);
    account.catch(() => undefined);
    let d;
    try {
        d = await loadDeployable(req.target, {
            now: req.now,
            ...(req.functionSources ? { functionSources: req.functionSources } : {}),
            // a dry run writes nothing, not even the bundle of an app directory
            ...(req.dryRun ? { bundleOutput: 'temporary' } : req.bundleOutput ? { bundleOutput: req.bundleOutput } : {}),
            ...(req.onProgress ? { onProgress: req.onProgress } : {}),
        });
    }
    catch (err) {
        await account.catch(() => undefined);
        clients.destroy();
        throw err;
    }
    try {
        const plan = await planProvision(d, ctx, await account, req);
        const outcome = {
            kind: d.kind,
            bundlePath: d.bundlePath,
            manifest: d.manifest,
            findings: d.findings,
            settings,
            provisionData: d.provisionData,
            installCommands: (0,naming/* installCommands */._P)(d.manifest.appId, d.manifest.version),
            plan,
            dryRun: req.dryRun ?? false,
        };
        if (req.dryRun)
            return outcome;
        outcome.report = await applyPlan(plan, d, {
            ...ctx,
            sleep: req.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)),
            ...(req.waitTimeoutMs !== undefined ? { waitTimeoutMs: req.waitTimeoutMs } : {}),
            ...(req.pollDelay ? { pollDelay: req.pollDelay } : {}),
        }, req);
        return outcome;
    }
    finally {
        d.close();
        clients.destroy();
    }
}


/***/ })

};
