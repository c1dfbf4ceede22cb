export const id = 234;
export const ids = [234,39];
export const modules = {

/***/ 9039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SILENT_LOGGER: () => (/* binding */ SILENT_LOGGER),
  createClients: () => (/* binding */ createClients),
  createS3Client: () => (/* binding */ createS3Client)
});

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
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/aws/agents.ts
// Connections to AWS that give up on a connect nobody answers. Node waits for the kernel's own
// limit (about two minutes on Linux) when the packets of a connect are dropped: a firewall, a
// wrong private endpoint, a VPC without a route. The SDK's `connectionTimeout` would count from
// the moment a request is made, so a request that waits for a free pooled socket behind large
// uploads would time out without any network problem; here the clock starts when the socket is
// created. The error is ETIMEDOUT, which the SDK retries (and retry-report.ts shows) like a
// refused connection.
//
// An answer that never comes on a connected socket is bounded too: `SOCKET_IDLE_MS` of silence
// (nothing sent, nothing received) ends the request with a TimeoutError, also retried.


/** Time for a TCP connect to complete (AWS endpoints answer in well under a second). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Silence on a connected socket before a request is given up (and retried): the AWS CLI's read timeout. */
const SOCKET_IDLE_MS = 60_000;
/** Ends `socket` with ETIMEDOUT unless it connects within `ms`. */
function limitConnect(socket, ms, where) {
    if (!socket.connecting)
        return;
    const timer = setTimeout(() => {
        const err = Object.assign(new Error(`connect ETIMEDOUT ${where}: no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT', errno: -110, syscall: 'connect' });
        socket.destroy(err);
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    socket.once('connect', clear);
    socket.once('close', clear);
}
function where(options) {
    const o = options;
    return `${o.host ?? o.hostname ?? 'localhost'}:${o.port ?? ''}`;
}
/** Keep-alive agents whose new connections must connect within `connectMs`. */
function connectLimitedAgents(maxSockets, connectMs = CONNECT_TIMEOUT_MS) {
    const wrap = (agent) => {
        const create = agent.createConnection.bind(agent);
        agent.createConnection = (options, callback) => {
            const socket = create(options, callback);
            limitConnect(socket, connectMs, where(options));
            return socket;
        };
        return agent;
    };
    return {
        httpAgent: wrap(new (external_node_http_default()).Agent({ keepAlive: true, maxSockets })),
        httpsAgent: wrap(new (external_node_https_default()).Agent({ keepAlive: true, maxSockets })),
    };
}

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

// EXTERNAL MODULE: ./src/aws/retry-report.ts
var retry_report = __webpack_require__(966);
// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// The AWS SDK clients, configured once: region, credentials, endpoint, retries, connections and
// user agent. Tests inject a request handler (to put faults between the SDK and moto) and fast
// retry delays.









/**
 * Kept-alive connections (at 30 ms per round trip, a new TLS connection per request would double
 * each request's time), which give up on a connect or an answer that never comes (agents.ts).
 */
function connections(maxSockets, options) {
    return { ...connectLimitedAgents(maxSockets, options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS), socketTimeout: options.socketIdleMs ?? SOCKET_IDLE_MS };
}
/** What every client shares: where, as whom, retries (without a shared retry budget) and the user agent. */
function commonConfig(settings, options) {
    const maxAttempts = options.maxAttempts ?? 8;
    return {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        maxAttempts,
        // each retry is reported (retry-report.ts): nothing waits silently
        retryStrategy: (0,retry_report/* reportingRetries */.Jo)((delay) => new BoundedRetryStrategy(maxAttempts, delay), maxAttempts, options.retryDelay ?? defaultRetryDelay),
        customUserAgent: `mm-apps-deploy/${version/* VERSION */.x}`,
        // Resolve each command's middleware stack once per client, not once per request: with 1,000
        // uploads the per-request resolution was a tenth of provisioning's CPU time.
        cacheMiddleware: true,
    };
}
/** Says nothing: for a client whose failures the caller reports itself. */
const SILENT_LOGGER = { trace() { }, debug() { }, info() { }, warn() { }, error() { } };
/**
 * An S3 client alone. `followRegionRedirects` is for buckets that are not the app's (a bundle
 * source, the cloud deployer's bundle bucket), which may be in any region.
 */
function createS3Client(settings, options = {}, extra = {}) {
    // Checksums only where S3 requires them.
    const s3 = new client_s3_dist_cjs.S3Client({
        ...commonConfig(settings, options),
        requestHandler: options.requestHandler ?? connections(16, options),
        forcePathStyle: settings.forcePathStyle,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        ...extra,
    });
    (0,retry_report/* nameOperations */.Oq)(s3);
    return s3;
}
function createClients(settings, options = {}) {
    const common = commonConfig(settings, options);
    const handler = (maxSockets) => ({ requestHandler: options.requestHandler ?? connections(maxSockets, options) });
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox({ ...common, ...handler(16) });
    // Checksums only where S3 requires them: uploads are verified by their signed SHA-256 (see s3-objects.ts).
    const s3 = new client_s3_dist_cjs.S3Client({
        ...common,
        ...handler(options.s3Connections ?? 64),
        forcePathStyle: settings.forcePathStyle,
        requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const iam = new dist_cjs/* IAMClient */.h8v({ ...common, ...handler(16) });
    const sts = new client_sts_dist_cjs/* STSClient */.iM({ ...common, ...handler(4) });
    for (const c of [lambda, s3, iam, sts]) {
        (0,retry_report/* nameOperations */.Oq)(c);
        // It filters every request's input for a log even without a logger; we never give it one.
        c.middlewareStack.remove('loggerMiddleware');
    }
    (0,s3_objects/* signWithContentHash */.$p)(s3);
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

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Ni: () => (/* binding */ explainAwsError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   zI: () => (/* binding */ operationOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// AWS errors in words a person can act on: what failed, for whom, and what to do.

function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
}
/** The API call that failed ("lambda:UpdateFunctionCode"), as the clients name it (clients.ts), or `fallback`. */
function operationOf(err, fallback) {
    const op = err?.operation;
    return typeof op === 'string' && op ? op : fallback;
}
function httpStatus(err) {
    return err?.$metadata?.httpStatusCode;
}
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchEntity', 'NoSuchEntityException', 'NotFound', 'NoSuchKey', 'NoSuchBucket']);
function isNotFound(err) {
    return NOT_FOUND.has(errorName(err)) || httpStatus(err) === 404;
}
const REJECTED = new Set(['InvalidClientTokenId', 'UnrecognizedClientException', 'SignatureDoesNotMatch', 'InvalidAccessKeyId', 'ExpiredToken', 'ExpiredTokenException', 'InvalidToken']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'Forbidden']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Names the SDK gives an answer it could not read (an HTML error page, a proxy's text): they say nothing. */
const UNREADABLE = new Set(['UnknownError', 'Unknown', 'Error', 'SyntaxError', 'TypeError']);
/** Failures a later attempt may not see: 5xx, throttling, dropped connections (after the SDK's own retries). */
function isTransient(err) {
    const status = httpStatus(err);
    const name = errorName(err);
    const code = err?.code ?? name;
    return (status !== undefined && (status >= 500 || status === 429)) || DROPPED.has(code) || name === 'SlowDown' || /Throttl|TooManyRequests/.test(name);
}
function attemptsOf(err) {
    const n = err?.$metadata?.attempts;
    return n && n > 1 ? ` (${n} attempts)` : '';
}
/**
 * Turns an AWS failure of `action` (e.g. "lambda:CreateFunction on hello_v1_main") into a
 * UserError that names the operation and what it was about, and says what to do. Errors that did
 * not come from AWS or the network (bugs) are returned unchanged.
 */
function explainAwsError(err, action, settings) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
        return err;
    const name = errorName(err);
    const message = err?.message ?? String(err);
    const status = httpStatus(err);
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no AWS credentials found for ${action}. In GitHub Actions, add aws-actions/configure-aws-credentials before this step ` +
            '(with "permissions: id-token: write" for OIDC); elsewhere set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ' +
            'or MM_APPS_DEPLOY_AWS_ACCESS_KEY and MM_APPS_DEPLOY_AWS_SECRET_KEY');
    }
    if (/Region is missing/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no AWS region: pass --region (action input aws-region), or set MM_APPS_AWS_REGION, AWS_REGION or AWS_DEFAULT_REGION');
    }
    if (REJECTED.has(name)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`AWS rejected the credentials from ${settings.credentialSource} (${name}) for ${action}: check the key pair, or refresh an expired session`);
    }
    if (DENIED.has(name) || status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} was denied (${name || 'HTTP 403'}): ${message}. Grant that permission to the deploying identity (see "Minimal IAM policy" in the README)`);
    }
    const code = err?.code ?? name;
    if (status === undefined && UNREACHABLE.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot reach AWS${settings.endpoint ? ` at ${settings.endpoint}` : ''} for ${action} (${code}); check the network and the endpoint`);
    }
    if (status === undefined && DROPPED.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} failed: the connection was dropped (${code})${attemptsOf(err)}. Run again: it continues where this run stopped`);
    }
    if (status === 429 || name === 'SlowDown' || /Throttl|TooManyRequests/.test(name)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} failed: AWS kept throttling (${name || `HTTP ${status}`})${attemptsOf(err)}. Run again later, or with a lower --concurrency`);
    }
    if (status !== undefined && status >= 500) {
        const what = UNREADABLE.has(name) ? `HTTP ${status}` : `HTTP ${status} ${name}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} failed: AWS answered ${what}${attemptsOf(err)}. This is usually temporary: run again, it continues where this run stopped`);
    }
    if (status !== undefined) {
        const readable = !UNREADABLE.has(name) && !/Deserialization error/.test(message);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} failed: ${readable ? `${name}: ${message}` : `AWS answered HTTP ${status}`}`);
    }
    return err instanceof Error ? err : new Error(message);
}


/***/ }),

/***/ 4242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ putObject),
/* harmony export */   $p: () => (/* binding */ signWithContentHash),
/* harmony export */   C6: () => (/* binding */ headObject),
/* harmony export */   CG: () => (/* binding */ uploadStream),
/* harmony export */   NE: () => (/* binding */ headBucket),
/* harmony export */   Tt: () => (/* binding */ getSmallObject),
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   Zs: () => (/* binding */ listPrefix),
/* harmony export */   _H: () => (/* binding */ replaceMetadata),
/* harmony export */   eX: () => (/* binding */ listWithDates),
/* harmony export */   iM: () => (/* binding */ getObject),
/* harmony export */   yn: () => (/* binding */ SHA256_METADATA)
/* harmony export */ });
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2358);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);



const SHA256_METADATA = 'sha256';
async function headBucket(s3, bucket) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.HeadBucketCommand({ Bucket: bucket }));
}
/** Every object under `prefix`, following continuation tokens. */
async function listPrefix(s3, bucket, prefix) {
    const out = new Map();
    let token;
    do {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
        for (const o of r.Contents ?? [])
            if (o.Key)
                out.set(o.Key, { etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? -1 });
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function headObject(s3, bucket, key) {
    try {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.HeadObjectCommand({ Bucket: bucket, Key: key }));
        return {
            ...(r.ContentType ? { contentType: r.ContentType } : {}),
            ...(r.CacheControl ? { cacheControl: r.CacheControl } : {}),
            metadata: r.Metadata ?? {},
            ...(r.ETag ? { etag: r.ETag.replaceAll('"', '') } : {}),
            ...(r.ContentLength !== undefined ? { size: r.ContentLength } : {}),
        };
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
/**
 * A single PutObject with a buffer body: retries re-send the same bytes, and the ETag is the MD5.
 * The body's SHA-256, recorded in the metadata, is also the request's signed payload hash
 * (x-amz-content-sha256, see signWithContentHash): S3 and every S3-compatible store verify it,
 * and no checksum header is needed that some of them reject (research aws-lambda-s3.md §2.4).
 */
async function putObject(s3, bucket, upload) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.PutObjectCommand({
        Bucket: bucket,
        Key: upload.key,
        Body: upload.body,
        ContentType: upload.contentType,
        CacheControl: upload.cacheControl,
        Metadata: upload.metadata,
    }));
}
/**
 * A PutObject whose metadata carries the body's SHA-256 is signed with it as the payload hash,
 * instead of the SDK hashing the body again (a tenth of an upload's CPU time for small files).
 */
function signWithContentHash(s3) {
    s3.middlewareStack.add((next, context) => async (args) => {
        const sha256 = context.commandName === 'PutObjectCommand' ? args.input.Metadata?.[SHA256_METADATA] : undefined;
        const request = args.request;
        if (sha256 && /^[0-9a-f]{64}$/.test(sha256) && request?.headers)
            request.headers['x-amz-content-sha256'] = sha256;
        return next(args);
    }, { step: 'build', name: 'mmAppsDeployContentHash' });
}
/**
 * A multipart upload of a stream (@aws-sdk/lib-storage), for objects too large to hold in memory:
 * at most `queueSize` parts of `partSize` bytes are buffered at once, and each part is a buffer
 * the SDK can retry. A failed upload is aborted, so no parts are left behind.
 */
async function uploadStream(s3, bucket, upload) {
    const body = await upload.open();
    try {
        await new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__/* .Upload */ ._({
            client: s3,
            params: { Bucket: bucket, Key: upload.key, Body: body, ContentType: upload.contentType, CacheControl: upload.cacheControl, Metadata: upload.metadata },
            partSize: upload.partSize,
            queueSize: upload.queueSize,
            leavePartsOnError: false,
        }).done();
    }
    finally {
        body.destroy();
    }
}
/** The keys under `prefix` with their last-modified time. */
async function listWithDates(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
        for (const o of r.Contents ?? [])
            if (o.Key)
                out.push({ key: o.Key, ...(o.LastModified ? { lastModified: o.LastModified } : {}) });
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function getObject(s3, bucket, key) {
    const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await r.Body.transformToByteArray());
}
/** The object's bytes, or undefined when it is missing or larger than `maxBytes` (not read then). */
async function getSmallObject(s3, bucket, key, maxBytes) {
    try {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.GetObjectCommand({ Bucket: bucket, Key: key }));
        if ((r.ContentLength ?? 0) > maxBytes) {
            r.Body?.destroy?.();
            return undefined;
        }
        return Buffer.from(await r.Body.transformToByteArray());
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
/** Rewrites an object's metadata in place (a copy onto itself), keeping its headers; false when it does not exist. */
async function replaceMetadata(s3, bucket, key, change) {
    const head = await headObject(s3, bucket, key);
    if (!head)
        return false;
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.CopyObjectCommand({
        Bucket: bucket,
        Key: key,
        CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
        MetadataDirective: 'REPLACE',
        Metadata: change(head.metadata),
        ...(head.contentType ? { ContentType: head.contentType } : {}),
        ...(head.cacheControl ? { CacheControl: head.cacheControl } : {}),
    }));
    return true;
}
/** Deletes keys, 1,000 per request (S3's limit); fails on the first key S3 could not delete. */
async function deleteObjects(s3, bucket, keys) {
    for (let i = 0; i < keys.length; i += 1000) {
        const batch = keys.slice(i, i + 1000);
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        const failed = r.Errors?.[0];
        if (failed)
            throw new Error(`S3 could not delete ${failed.Key}: ${failed.Code} ${failed.Message ?? ''}`);
    }
}


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 1 modules
var validate = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(976);
// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/publish/bundle-bucket.ts
// The cloud deployer's bundle bucket, as the deployer sees it (research §8): one page of
// ListObjectsV2 at the root, every ".zip" key, skipped when tagged deployed_<environment>=true.
// We read an object's SHA-256 (our metadata) and tags, and upload a bundle without tags, so that
// the deployer takes it at its next run.




/** The deployer lists one page: S3's default of 1,000 keys ("TODO: Limit of 1000 objects per API call should be handled"). */
const DEPLOYER_LISTING_PAGE = 1000;
/** SHA-256 and MD5 of a file in one pass. */
async function digestFile(file) {
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        sha.update(chunk);
        md5.update(chunk);
        size += chunk.length;
    }
    const m = md5.digest();
    return { sha256: sha.digest('hex'), md5: m.toString('base64'), md5Hex: m.toString('hex'), size };
}
/** The tags that make the deployer skip an object: deployed_<environment>=true (PutDeployedObjectTag). */
function deployedTags(tags) {
    return Object.entries(tags)
        .filter(([k, v]) => k.startsWith('deployed_') && k.length > 'deployed_'.length && v === 'true')
        .map(([k]) => k)
        .sort();
}
async function readBundleObject(s3, bucket, key) {
    const head = await (0,s3_objects/* headObject */.C6)(s3, bucket, key);
    if (!head)
        return undefined;
    const tagging = await s3.send(new dist_cjs.GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    const tags = Object.fromEntries((tagging.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    return {
        ...(head.metadata[s3_objects/* SHA256_METADATA */.yn] ? { sha256: head.metadata[s3_objects/* SHA256_METADATA */.yn] } : {}),
        ...(head.etag ? { etag: head.etag } : {}),
        ...(head.size !== undefined ? { size: head.size } : {}),
        ...(head.contentType ? { contentType: head.contentType } : {}),
        tags,
    };
}
/** Whether an existing object holds these bytes: our SHA-256, or for an object from elsewhere its single-part ETag (an MD5). */
function sameBytes(existing, d) {
    if (existing.sha256)
        return existing.sha256 === d.sha256;
    return existing.size === d.size && existing.etag === d.md5Hex;
}
/** The first page of the unprefixed listing, as the deployer reads it. */
async function firstListingPage(s3, bucket) {
    const r = await s3.send(new dist_cjs.ListObjectsV2Command({ Bucket: bucket, MaxKeys: DEPLOYER_LISTING_PAGE }));
    return (r.Contents ?? []).map((o) => o.Key ?? '');
}
/**
 * When `key` would not be in the deployer's first page once published: the 1,000th key of the
 * listing (S3 lists in UTF-8 byte order), else undefined.
 */
function beyondFirstPage(page, key) {
    if (page.includes(key))
        return undefined;
    const before = page.filter((k) => Buffer.compare(Buffer.from(k), Buffer.from(key)) < 0);
    return before.length >= DEPLOYER_LISTING_PAGE ? before[DEPLOYER_LISTING_PAGE - 1] : undefined;
}
/**
 * One PutObject of the bundle file, streamed: Content-Type application/zip, the SHA-256 in the
 * metadata, Content-MD5 (S3 refuses bytes that do not match it) and no tags. Conditional on what
 * the preflight saw (no object, or the object with that ETag), so that a concurrent change is not
 * overwritten. The client must not retry by itself: a stream cannot be sent twice.
 */
async function putBundle(s3, bucket, key, file, d, replacing) {
    const condition = !replacing ? { IfNoneMatch: '*' } : replacing.etag ? { IfMatch: `"${replacing.etag}"` } : {};
    const body = (0,external_node_fs_.createReadStream)(file);
    try {
        await s3.send(new dist_cjs.PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentLength: d.size,
            ContentMD5: d.md5,
            ContentType: 'application/zip',
            Metadata: { [s3_objects/* SHA256_METADATA */.yn]: d.sha256 },
            ...condition,
        }));
    }
    finally {
        body.destroy();
    }
}

;// CONCATENATED MODULE: ./src/publish/deployer.ts

function deployerFindings(validation) {
    const m = validation.manifest;
    if (!m)
        return [];
    return m.format === 'legacy' ? [(0,finding/* finding */.gk)('MMA240', m.locate(['aws_lambda']))] : [];
}

// EXTERNAL MODULE: ./src/publish/key.ts
var publish_key = __webpack_require__(6288);
// EXTERNAL MODULE: ./src/util/digits.ts
var digits = __webpack_require__(6780);
;// CONCATENATED MODULE: ./src/publish/publish.ts
// publish: hands a bundle to the Mattermost apps cloud deployer by putting it in its bundle
// bucket (research §8). Validates it as validate does plus what the deployer needs, reads the
// bucket first (the preflight: nothing is written when it fails), leaves the same bytes alone,
// refuses to replace a bundle the deployer has already deployed unless forced, uploads without
// tags so that the deployer takes it at its next run, and checks what it wrote.














async function publish(req) {
    const progress = req.onProgress ?? (() => undefined);
    if ((0,external_node_fs_.statSync)(req.bundlePath).isDirectory()) {
        throw new src_errors/* UserError */.y('publish takes a bundle .zip, not an app directory: pack it first (mm-apps-deploy pack DIR, or action mode pack) and publish the bundle it writes');
    }
    const validation = await (0,validate/* validate */.t)(req.bundlePath, { now: req.now, onProgress: progress });
    const findings = (0,finding/* sortFindings */.Tc)([...validation.findings, ...deployerFindings(validation)]);
    if ((0,finding/* hasErrors */.Cs)(findings) || !validation.manifest || !validation.provisionData)
        throw new finding/* FindingsError */.NH(findings);
    const manifest = validation.manifest;
    const key = (0,publish_key/* bundleKey */.CK)(manifest, req.key);
    const settings = (0,aws_settings.resolveAwsSettings)({ ...req.aws, bucket: req.bucket });
    const digests = await digestFile(req.bundlePath);
    // The bundle bucket may be in another region than the apps': follow S3's redirect.
    const s3 = (0,clients.createS3Client)(settings, req.clientOptions, { followRegionRedirects: true });
    // Uploads stream the file, which the SDK cannot send twice: they are retried (and their
    // failures reported) here instead; the SDK would also warn on the console about each.
    const uploader = (0,clients.createS3Client)(settings, { ...req.clientOptions, maxAttempts: 1 }, { followRegionRedirects: true, logger: clients.SILENT_LOGGER });
    try {
        progress(`checking bucket ${req.bucket}`);
        await checkBucket(s3, req.bucket, settings);
        const [existing, page] = await Promise.all([
            step(settings, `s3:GetObject and s3:GetObjectTagging on s3://${req.bucket}/${key}`, () => readBundleObject(s3, req.bucket, key)),
            step(settings, `s3:ListBucket on ${req.bucket}`, () => firstListingPage(s3, req.bucket)),
        ]);
        const action = decide(existing, digests, req.force ?? false);
        const last = action === 'refused' ? undefined : beyondFirstPage(page, key);
        const outcome = {
            bucket: req.bucket,
            key,
            sha256: digests.sha256,
            size: digests.size,
            manifest,
            provisionData: validation.provisionData,
            findings: last ? (0,finding/* sortFindings */.Tc)([...findings, (0,finding/* finding */.gk)('MMA241', undefined, key, req.bucket, last)]) : findings,
            action,
            dryRun: req.dryRun ?? false,
            published: false,
            ...(existing ? { existing: { ...(existing.sha256 ? { sha256: existing.sha256 } : {}), deployedTags: deployedTags(existing.tags) } } : {}),
            settings,
        };
        if (outcome.dryRun || action === 'unchanged' || action === 'refused')
            return outcome;
        const what = `s3://${req.bucket}/${key}`;
        progress(`uploading ${key} (${(0,digits/* grouped */.z)(digests.size)} bytes) to ${req.bucket}`);
        const retry = { attempts: 3, delay: util_retry/* backoffDelay */.EY, sleep: req.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)), onRetry: progress };
        await (0,util_retry/* withRetries */.LH)(`upload ${what}`, retry, async (n) => {
            try {
                await putBundle(uploader, req.bucket, key, req.bundlePath, digests, existing);
            }
            catch (err) {
                // A retried conditional put finds the object of the attempt whose answer was lost.
                if (n > 1 && preconditionFailed(err) && (await readBundleObject(s3, req.bucket, key))?.sha256 === digests.sha256)
                    return;
                if (preconditionFailed(err))
                    throw new src_errors/* UserError */.y(`${what} changed while this was publishing (another publish at the same time?); nothing was overwritten. Run again`);
                // transient failures go back to the retry loop as they are; the rest are explained
                throw (0,util_retry/* isTransient */.dg)(err) ? err : (0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${what}`, settings);
            }
        });
        progress(`verifying ${what}`);
        await verify(s3, req.bucket, key, digests.sha256, digests.size, settings);
        outcome.published = true;
        return outcome;
    }
    finally {
        s3.destroy();
        uploader.destroy();
    }
}
function decide(existing, d, force) {
    if (!existing)
        return 'upload';
    if (sameBytes(existing, d))
        return 'unchanged';
    return deployedTags(existing.tags).length > 0 && !force ? 'refused' : 'replace';
}
async function step(settings, action, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw (0,errors/* explainAwsError */.Ni)(err, action, settings);
    }
}
async function checkBucket(s3, bucket, settings) {
    try {
        await (0,s3_objects/* headBucket */.NE)(s3, bucket);
    }
    catch (err) {
        const status = (0,errors/* httpStatus */.nG)(err);
        if (status === 404 || (0,errors/* errorName */.Is)(err) === 'NotFound' || (0,errors/* errorName */.Is)(err) === 'NoSuchBucket') {
            throw new src_errors/* UserError */.y(`bundle bucket "${bucket}" does not exist; give the cloud deployer's bucket (its AppsBundleBucketName) with --bundle-bucket (action input bundle-bucket)`);
        }
        if (status === 403) {
            throw new src_errors/* UserError */.y(`bundle bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket on it and s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects`);
        }
        throw (0,errors/* explainAwsError */.Ni)(err, `s3:HeadBucket on ${bucket}`, settings);
    }
}
function preconditionFailed(err) {
    return (0,errors/* errorName */.Is)(err) === 'PreconditionFailed' || (0,errors/* httpStatus */.nG)(err) === 412;
}
/** What the deployer will find: our bytes (by their SHA-256 and size) and no deployed_* tag. */
async function verify(s3, bucket, key, sha256, size, settings) {
    const what = `s3://${bucket}/${key}`;
    const got = await step(settings, `s3:GetObject and s3:GetObjectTagging on ${what}`, () => readBundleObject(s3, bucket, key));
    if (!got || got.sha256 !== sha256 || got.size !== size) {
        throw new src_errors/* UserError */.y(`${what} does not hold what was uploaded (SHA-256 ${got?.sha256 ?? 'none'}, ${got?.size ?? 0} bytes); run publish again`);
    }
    const tags = deployedTags(got.tags);
    if (tags.length > 0) {
        throw new src_errors/* UserError */.y(`${what} was uploaded but carries ${tags.join(', ')}=true, so the cloud deployer would skip it; remove the tag (aws s3api delete-object-tagging) or run publish again`);
    }
}


/***/ })

};
