export const id = 35;
export const ids = [35,780,590];
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

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var aws_clients = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/register/register.ts + 1 modules
var register = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/register/server.ts
var server = __webpack_require__(3590);
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
// EXTERNAL MODULE: ./src/aws/invoke-policy.ts
var invoke_policy = __webpack_require__(7228);
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
        const updated = await (0,invoke_policy/* updatePolicyDocument */.t5)(clients.iam, policy.arn, (document) => (0,invoke_policy/* withInvokeArns */.Vo)(document, arns), { onRetry: run.progress });
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
        run.fail((0,errors/* explainAwsError */.Ni)(err, `${(0,errors/* operationOf */.zI)(err, 'iam')} on policy ${policy.name}`, clients.settings));
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/iam.ts
var iam = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/aws/lambda-functions.ts
var lambda_functions = __webpack_require__(9058);
// EXTERNAL MODULE: ./src/util/limiter.ts
var limiter = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/provision/describe.ts
var describe = __webpack_require__(6014);
// EXTERNAL MODULE: ./src/provision/ownership.ts
var ownership = __webpack_require__(4114);
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
            arn = await (0,iam/* createRole */.rd)(clients.iam, role.name).catch(async (err) => {
                if ((0,errors/* errorName */.Is)(err) !== 'EntityAlreadyExists' && (0,errors/* errorName */.Is)(err) !== 'EntityAlreadyExistsException')
                    throw err;
                return (await (0,iam/* findRole */._$)(clients.iam, role.name)) ?? Promise.reject(err);
            });
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
/** One function. A function another run created since the plan was made is updated like any existing one. */
async function deployFunction(c, f, roleArn, withCode) {
    const { run, clients, wait } = c;
    const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName);
    const desired = { ...f.desired, role: f.desired.role || roleArn };
    if (f.action === 'unchanged') {
        // A function a stopped run left Pending or mid-update: wait for it, as for our own.
        if (f.current?.state === 'Pending' || f.current?.lastUpdateStatus === 'InProgress' || f.current?.state === 'Failed')
            await (0,lambda_functions/* waitForFunction */.v0)(clients.lambda, f.lambdaName, 'active', wait);
        return;
    }
    if (!run.mayWrite())
        return;
    run.progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${(0,describe/* describeChange */.uQ)(f)})`);
    if (f.action === 'update') {
        await (0,lambda_functions/* updateFunction */.CC)(clients.lambda, f.current, desired, f.diff, withCode, wait);
    }
    else if (await (0,lambda_functions/* createFunction */.zp)(clients.lambda, desired, withCode, wait)) {
        await (0,lambda_functions/* waitForFunction */.v0)(clients.lambda, f.lambdaName, 'active', wait);
    }
    else {
        // Created meanwhile: by the same deploy running twice, or by another app with our names.
        const current = await (0,lambda_functions/* getFunction */.N9)(clients.lambda, f.lambdaName);
        if (!current)
            throw new src_errors/* UserError */.y(`Lambda function ${f.lambdaName} was created and deleted by another run meanwhile; run again`);
        const owner = (0,ownership/* functionOwner */._k)(current.tags);
        const ours = { appId: c.d.manifest.appId, version: c.d.manifest.version };
        if ((0,ownership/* isAnotherApp */.Jt)(owner, ours) && !c.options.force)
            throw (0,ownership/* takeoverError */.CZ)(ours, [{ what: `Lambda function ${f.lambdaName}`, owner }]);
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
async function deployFunctions(c) {
    const { run, plan, d, clients } = c;
    const roleArn = await ensureRole(c);
    const code = new limiter/* WeightedLimiter */.Az(CODE_BUDGET);
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
                run.fail(err instanceof Error && err.name === 'LambdaStateError' ? new src_errors/* UserError */.y(err.message) : (0,errors/* explainAwsError */.Ni)(err, `${(0,errors/* operationOf */.zI)(err, 'lambda')} on ${f.lambdaName}`, clients.settings));
            }
        })();
    });
    await Promise.all(deploys);
}

// EXTERNAL MODULE: ./src/provision/plan.ts
var provision_plan = __webpack_require__(4444);
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
    const memory = new limiter/* WeightedLimiter */.Az(MEMORY_BUDGET);
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
                    run.fail((0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${bucket}/${object.key}`, clients.settings));
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
    await Promise.all([uploadObjects(run, clients, plan.bucket, uploads, options.concurrency ?? provision_plan/* DEFAULT_CONCURRENCY */.WH), deployFunctions({ run, clients, plan, d, options, wait }), addToInvokePolicy(run, clients, plan)]);
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
                metadata: { [s3_objects/* SHA256_METADATA */.yn]: d.manifestSha256, [provision_plan/* STATIC_DIGEST_METADATA */.SO]: d.staticDigest },
            });
            report.manifest.status = 'done';
            report.changed = true;
        }
        catch (err) {
            report.manifest.status = 'failed';
            run.fail((0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, clients.settings));
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
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(976);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 3 modules
var manifest_manifest = __webpack_require__(2036);
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
    const settings = (0,aws_settings.resolveAwsSettings)(req.aws);
    const clients = (0,aws_clients.createClients)(settings, { s3Connections: req.concurrency ?? provision_plan/* DEFAULT_CONCURRENCY */.WH, ...req.clientOptions });
    const signal = req.signal;
    const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(signal ? { signal } : {}) };
    // The account is read while the bundle is validated; a bundle with errors is still reported first.
    const account = (0,provision_plan/* readAccount */.GM)(ctx, req);
    account.catch(() => undefined);
    const mattermost = req.mattermost ? (0,server.checkMattermost)(req.mattermost.settings, httpOptions(req)) : undefined;
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
            (0,register.checkInstallPossible)(server, req.mattermost.install, d.manifest);
        const plan = await (0,provision_plan/* planProvision */.f3)(d, ctx, state, req);
        const outcome = {
            kind: d.kind,
            bundlePath: d.bundlePath,
            manifest: d.manifest,
            findings: d.findings,
            settings,
            provisionData: d.provisionData,
            installCommands: (0,naming/* installCommands */._P)(d.manifest.appId, d.manifest.version),
            install: (0,register.installCommandsFor)(d.manifest.appId, d.manifest.version, server?.plugin.generation),
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
                outcome.registration = await (0,register.registerApp)(server, req.mattermost.settings, d.manifest, req.mattermost.install, httpOptions(req));
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


/***/ }),

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

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInstallPossible: () => (/* binding */ checkInstallPossible),
  installCommandsFor: () => (/* reexport */ install_commands/* installCommandsFor */.z),
  listingRequestBody: () => (/* binding */ listingRequestBody),
  registerApp: () => (/* binding */ registerApp)
});

// EXTERNAL MODULE: ./src/compat/go-json.ts
var go_json = __webpack_require__(1);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
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

// EXTERNAL MODULE: ./src/register/http.ts
var http = __webpack_require__(5725);
// EXTERNAL MODULE: ./src/register/server.ts
var register_server = __webpack_require__(3590);
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
    const listed = await (0,http/* mattermostRequest */.EF)(settings, 'POST', `${register_server.APPS_API}/update-app-listing`, listingRequestBody(m), options);
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
    const installed = await (0,http/* mattermostRequest */.EF)(settings, 'POST', `${register_server.APPS_API}/install-app`, JSON.stringify({ app_id: m.appId, deploy_type: 'aws_lambda' }), options);
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
