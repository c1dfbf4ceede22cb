export const id = 35;
export const ids = [35];
export const modules = {

/***/ 8362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SILENT_LOGGER: () => (/* binding */ SILENT_LOGGER),
  createClients: () => (/* binding */ createClients),
  createS3Client: () => (/* binding */ createS3Client)
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

// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
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
/** What every client shares: where, as whom, retries (without a shared retry budget) and the user agent. */
function commonConfig(settings, options) {
    const maxAttempts = options.maxAttempts ?? 8;
    return {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        maxAttempts,
        retryStrategy: new BoundedRetryStrategy(maxAttempts, options.retryDelay),
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
        requestHandler: options.requestHandler ?? connections(16),
        forcePathStyle: settings.forcePathStyle,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        ...extra,
    });
    nameOperations(s3);
    return s3;
}
function createClients(settings, options = {}) {
    const common = commonConfig(settings, options);
    const handler = (maxSockets) => ({ requestHandler: options.requestHandler ?? connections(maxSockets) });
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
        nameOperations(c);
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
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(8362);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/register/register.ts + 1 modules
var register = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/register/server.ts + 18 modules
var server = __webpack_require__(5285);
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
    await Promise.all([
        uploadObjects(run, clients, plan.bucket, uploads, options.concurrency ?? provision_plan/* DEFAULT_CONCURRENCY */.WH),
        deployFunctions({ run, clients, plan, d, options, wait }),
        addToInvokePolicy(run, clients, plan),
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
// EXTERNAL MODULE: ./src/bundle/pack.ts + 7 modules
var pack = __webpack_require__(1659);
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
    const mattermost = req.mattermost ? (0,server/* checkMattermost */.NK)(req.mattermost.settings, httpOptions(req)) : undefined;
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
            (0,register/* checkInstallPossible */.np)(server, req.mattermost.install, d.manifest);
        const plan = await (0,provision_plan/* planProvision */.f3)(d, ctx, state, req);
        const outcome = {
            kind: d.kind,
            bundlePath: d.bundlePath,
            manifest: d.manifest,
            findings: d.findings,
            settings,
            provisionData: d.provisionData,
            installCommands: (0,naming/* installCommands */._P)(d.manifest.appId, d.manifest.version),
            install: (0,register/* installCommandsFor */.zb)(d.manifest.appId, d.manifest.version, server?.plugin.generation),
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
                outcome.registration = await (0,register/* registerApp */.FZ)(server, req.mattermost.settings, d.manifest, req.mattermost.install, httpOptions(req));
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


/***/ })

};
