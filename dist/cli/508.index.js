export const id = 508;
export const ids = [508];
export const modules = {

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

/***/ 8508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAws: () => (/* binding */ checkAws)
});

// UNUSED EXPORTS: interpretPing

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/lambda-functions.ts
var lambda_functions = __webpack_require__(9058);
// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 3 modules
var manifest_manifest = __webpack_require__(2036);
// EXTERNAL MODULE: ./src/manifest/rules.ts
var rules = __webpack_require__(9970);
;// CONCATENATED MODULE: ./src/manifest/routing.ts
function routeCall(callPath, functions) {
    let matched;
    let matchedLength = 0; // Go starts from "", so a function with an empty path never matches
    for (const f of functions) {
        const length = Buffer.byteLength(f.path);
        if (callPath.startsWith(f.path) && length > matchedLength) {
            matched = f;
            matchedLength = length;
        }
    }
    return matched;
}

;// CONCATENATED MODULE: ./src/setup/check.ts
// test: the `appsctl aws test s3|lambda` checks as a checklist, each with what to fix when it
// fails. Run with the Apps plugin's own credentials (MM_APPS_AWS_*) it shows whether the plugin can
// read the app's manifest and assets and reach its functions.









const denied = (err) => (0,errors/* httpStatus */.nG)(err) === 403 || /AccessDenied/.test((0,errors/* errorName */.Is)(err));
async function readObject(clients, key) {
    const r = await clients.s3.send(new dist_cjs.GetObjectCommand({ Bucket: clients.settings.bucket, Key: key }));
    return Buffer.from(await r.Body.transformToByteArray());
}
async function checkAws(clients, options) {
    const { settings } = clients;
    const bucket = settings.bucket;
    const report = { credentialSource: settings.credentialSource, items: [], ok: true };
    const add = (item) => {
        report.items.push(item);
        if (item.status === 'fail')
            report.ok = false;
    };
    try {
        const who = await clients.sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
        report.identity = who.Arn ?? '';
        add({ check: 'credentials', status: 'ok', detail: `${who.Arn} (from ${settings.credentialSource})` });
    }
    catch (err) {
        add({ check: 'credentials', status: 'fail', detail: (0,errors/* explainAwsError */.Ni)(err, 'sts:GetCallerIdentity', settings).message });
        return report;
    }
    try {
        await (0,s3_objects/* headBucket */.NE)(clients.s3, bucket);
        add({ check: 'bucket', status: 'ok', detail: `${bucket} is reachable` });
    }
    catch (err) {
        add({
            check: 'bucket',
            status: 'fail',
            detail: `${bucket}: ${(0,errors/* isNotFound */.c4)(err) ? 'does not exist' : denied(err) ? 'access denied' : (0,errors/* explainAwsError */.Ni)(err, 's3:HeadBucket', settings).message}`,
            fix: (0,errors/* isNotFound */.c4)(err)
                ? `create it with mm-apps-deploy init --bucket ${bucket} --create, or set MM_APPS_S3_BUCKET to the right bucket`
                : 'the invoke policy needs s3:ListBucket on the bucket (mm-apps-deploy init creates it)',
        });
    }
    if (!options.appId || !options.version)
        return report;
    const { appId, version } = options;
    const manifestKey = (0,naming/* s3ManifestName */.dI)(appId, version);
    let manifest;
    try {
        const bytes = await readObject(clients, manifestKey);
        manifest = (0,manifest_manifest/* readManifest */.WI)(bytes).manifest;
        if (!manifest)
            throw new Error('it is not a valid manifest');
        add({ check: 'manifest', status: 'ok', detail: `${manifestKey} (${bytes.length} bytes, ${manifest.displayName || manifest.appId})` });
    }
    catch (err) {
        add({
            check: 'manifest',
            status: 'fail',
            detail: `${manifestKey}: ${(0,errors/* isNotFound */.c4)(err) ? 'not found' : denied(err) ? 'access denied' : err.message}`,
            fix: (0,errors/* isNotFound */.c4)(err) ? `provision ${appId} ${version} (mm-apps-deploy provision)` : 'the invoke policy needs s3:GetObject on manifests/* (mm-apps-deploy init creates it)',
        });
        return report;
    }
    // One static asset: the icon when there is one, else the first asset of this version.
    const prefix = (0,naming/* s3StaticName */.Wj)(appId, version, '');
    try {
        const icon = manifest.icon ? (0,rules/* cleanIconPath */.YJ)(manifest.icon) : undefined;
        const key = icon?.kind === 'static' ? (0,naming/* s3StaticName */.Wj)(appId, version, icon.path) : [...(await (0,s3_objects/* listPrefix */.Zs)(clients.s3, bucket, prefix)).keys()][0];
        if (!key)
            add({ check: 'static asset', status: 'skipped', detail: `no assets under ${prefix}` });
        else {
            const bytes = await readObject(clients, key);
            add({ check: 'static asset', status: 'ok', detail: `${key} (${bytes.length} bytes)` });
        }
    }
    catch (err) {
        add({
            check: 'static asset',
            status: 'fail',
            detail: `${prefix}…: ${(0,errors/* isNotFound */.c4)(err) ? 'not found' : denied(err) ? 'access denied' : err.message}`,
            fix: (0,errors/* isNotFound */.c4)(err) ? `provision ${appId} ${version} again` : 'the invoke policy needs s3:GetObject on static/* (mm-apps-deploy init creates it)',
        });
    }
    for (const fn of manifest.functions) {
        const name = (0,naming/* lambdaName */.FE)(appId, version, fn.name);
        try {
            const current = await (0,lambda_functions/* getFunction */.N9)(clients.lambda, name);
            if (!current)
                add({ check: `function ${fn.name}`, status: 'fail', detail: `${name} does not exist`, fix: `provision ${appId} ${version}` });
            else if (current.state && current.state !== 'Active')
                add({ check: `function ${fn.name}`, status: 'fail', detail: `${name} is ${current.state}`, fix: 'wait a minute and check again; a Failed function must be provisioned again' });
            else
                add({ check: `function ${fn.name}`, status: 'ok', detail: `${name} is Active` });
        }
        catch (err) {
            if (!denied(err)) {
                add({ check: `function ${fn.name}`, status: 'fail', detail: `${name}: ${(0,errors/* explainAwsError */.Ni)(err, 'lambda:GetFunction', settings).message}` });
                continue;
            }
            // The plugin's invoke user may only invoke: check that, without running the function.
            try {
                await (0,lambda_functions/* invokeDryRun */.ZF)(clients.lambda, name);
                add({ check: `function ${fn.name}`, status: 'ok', detail: `${name} can be invoked (dry run)` });
            }
            catch (e) {
                add({
                    check: `function ${fn.name}`,
                    status: 'fail',
                    detail: `${name}: ${(0,errors/* isNotFound */.c4)(e) ? 'does not exist' : denied(e) ? 'invocation denied' : e.message}`,
                    fix: (0,errors/* isNotFound */.c4)(e) ? `provision ${appId} ${version}` : 'add the function to the invoke policy (mm-apps-deploy provision does it when the policy exists)',
                });
            }
        }
    }
    if (options.invoke) {
        const target = routeCall('/ping', manifest.functions);
        if (!target)
            add({ check: 'invoke /ping', status: 'skipped', detail: 'no function serves /ping' });
        else {
            const name = (0,naming/* lambdaName */.FE)(appId, version, target.name);
            const call = { path: '/ping', context: { app_id: appId } };
            try {
                // The payload the plugin sends (research mattermost-apps-aws.md §7.2).
                const r = await (0,lambda_functions/* invokeFunction */.HR)(clients.lambda, name, { path: '/ping', httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(call) });
                const outcome = interpretPing(r.payload, r.functionError);
                add({ check: 'invoke /ping', status: outcome.ok ? 'ok' : 'fail', detail: `${name}: ${outcome.detail}`, ...(outcome.ok ? {} : { fix: "look at the function's CloudWatch logs" }) });
            }
            catch (err) {
                add({ check: 'invoke /ping', status: 'fail', detail: `${name}: ${(0,errors/* explainAwsError */.Ni)(err, 'lambda:InvokeFunction', settings).message}` });
            }
        }
    }
    return report;
}
/**
 * The plugin's rule (statusCode exactly 200, a body that decodes to a CallResponse), and appsctl's
 * `aws test lambda`: the answer must be apps.NewTextResponse("PONG"), {"type":"ok","text":"PONG"}
 * (v0.7's test wanted "markdown": "PONG", which is accepted too).
 */
function interpretPing(payload, functionError) {
    if (functionError)
        return { ok: false, detail: `the function failed (${functionError}): ${payload.slice(0, 200)}` };
    let response;
    try {
        response = JSON.parse(payload);
    }
    catch {
        return { ok: false, detail: `the answer is not JSON: ${payload.slice(0, 200)}` };
    }
    if (response.statusCode !== 200)
        return { ok: false, detail: `statusCode is ${String(response.statusCode)}, the plugin needs 200` };
    try {
        const body = JSON.parse(String(response.body));
        if (body.type !== 'ok')
            return { ok: false, detail: `answered a CallResponse of type ${body.type}: ${body.text ?? ''}` };
        if (body.text !== 'PONG' && body.markdown !== 'PONG')
            return { ok: false, detail: `answered ${JSON.stringify(body).slice(0, 200)}, and appsctl aws test lambda expects {"type":"ok","text":"PONG"}` };
        return { ok: true, detail: `answered ${JSON.stringify(body)}` };
    }
    catch {
        return { ok: false, detail: 'the body is not a CallResponse (JSON)' };
    }
}


/***/ })

};
