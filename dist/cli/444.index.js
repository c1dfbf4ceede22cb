export const id = 444;
export const ids = [444];
export const modules = {

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

/***/ 4114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ takeoverError),
/* harmony export */   Jt: () => (/* binding */ isAnotherApp),
/* harmony export */   ML: () => (/* binding */ APP_VERSION_TAG),
/* harmony export */   _k: () => (/* binding */ functionOwner),
/* harmony export */   vU: () => (/* binding */ manifestOwner),
/* harmony export */   ve: () => (/* binding */ APP_ID_TAG)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`refusing to provision ${named(ours)}: ${list}. App IDs and versions joined by "_" give both the same Lambda names, static prefix and manifest key, ` +
        'so this would overwrite the other app. Nothing was written. Choose another version (or app ID), or pass --force (action input force: true) to take them over');
}


/***/ }),

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ readAccount),
/* harmony export */   SO: () => (/* binding */ STATIC_DIGEST_METADATA),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   f3: () => (/* binding */ planProvision)
/* harmony export */ });
/* unused harmony exports describeFunction, plannedWrites */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4255);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _aws_iam_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1084);
/* harmony import */ var _aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7228);
/* harmony import */ var _aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9058);
/* harmony import */ var _aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4242);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2036);
/* harmony import */ var _util_limiter_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2280);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4114);
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
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(err, action, ctx.clients.settings);
    }
}
function tagsFor(d) {
    return { [_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .APP_ID_TAG */ .ve]: d.manifest.appId, [_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .APP_VERSION_TAG */ .ML]: d.manifest.version, 'managed-by': 'mm-apps-deploy' };
}
function describeFunction(d) {
    return `Mattermost App ${d.manifest.appId} ${d.manifest.version} (mm-apps-deploy)`;
}
async function checkBucket(ctx, bucket, region) {
    try {
        await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .headBucket */ .NE)(ctx.clients.s3, bucket);
    }
    catch (err) {
        const status = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(err);
        const bucketRegion = err.$response?.headers?.['x-amz-bucket-region'];
        if (status === 404 || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err) === 'NotFound' || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err) === 'NoSuchBucket') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`S3 bucket "${bucket}" does not exist (region ${region}): create it (mm-apps-deploy init --bucket ${bucket} --create), or name an existing one with --bucket (action input s3-bucket) or MM_APPS_S3_BUCKET`);
        }
        if (status === 301 || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err) === 'PermanentRedirect') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`S3 bucket "${bucket}" is in another region${bucketRegion ? ` (${bucketRegion})` : ''}; pass --region ${bucketRegion ?? '<its region>'}`);
        }
        if (status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`S3 bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket, s3:GetObject and s3:PutObject on it, or choose another bucket`);
        }
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(err, `s3:HeadBucket on ${bucket}`, ctx.clients.settings);
    }
}
async function planRole(ctx, options) {
    const requested = options.executeRole ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXECUTE_ROLE */ .rQ;
    const name = (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .isRoleArn */ .GW)(requested) ? requested.slice(requested.lastIndexOf('/') + 1) : requested;
    const role = await step(ctx, `iam:GetRole on ${name}`, () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .getRole */ .Lw)(ctx.clients.iam, name));
    const arn = role?.arn;
    if (arn && options.createExecuteRole && role.description === _aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .EXECUTE_ROLE_DESCRIPTION */ .kB) {
        // A role this tool made (its description says so): finish it when a run stopped between
        // creating it and attaching logging. Other existing roles are left as they are.
        const attached = await step(ctx, `iam:ListAttachedRolePolicies on ${name}`, () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .listRolePolicies */ .L0)(ctx.clients.iam, name));
        if (!(0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .isLoggingAttached */ .Cr)(attached, (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .partitionOf */ .iQ)(arn)))
            return { name, arn, action: 'attach' };
    }
    if (arn)
        return { name, arn: (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .isRoleArn */ .GW)(requested) ? requested : arn, action: 'exists' };
    if ((0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .isRoleArn */ .GW)(requested)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`execution role ${requested} does not exist (or is in another account this identity cannot read); create it, or name another with --execute-role`);
    }
    if (!options.createExecuteRole) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`execution role "${name}" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role (action input create-execute-role: true), or name an existing role with --execute-role`);
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
    const manifestHead = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .headObject */ .C6)(ctx.clients.s3, bucket, d.manifestKey));
    const trusted = manifestHead?.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
    const listed = trusted ? undefined : await step(ctx, `s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .listPrefix */ .Zs)(ctx.clients.s3, bucket, prefix));
    const objects = await (0,_util_limiter_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .sf)(d.objects, options.concurrency ?? DEFAULT_CONCURRENCY, async (object) => {
        if (!listed)
            return { object, action: 'unchanged', reason: 'same' };
        const l = listed.get(object.key);
        if (!l)
            return { object, action: 'upload', reason: 'new' };
        if (l.size !== object.size)
            return { object, action: 'upload', reason: 'content' };
        let head;
        try {
            head = await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .headObject */ .C6)(ctx.clients.s3, bucket, object.key);
        }
        catch (err) {
            // A HEAD that keeps failing must not stop the run: uploading again is always right, and
            // a run under a high fault rate still makes progress.
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(err))
                return { object, action: 'upload', reason: 'unchecked' };
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(err, `s3:GetObject on ${bucket}/${object.key}`, ctx.clients.settings);
        }
        if (!head)
            return { object, action: 'upload', reason: 'new' };
        const { md5, sha256 } = await object.digests();
        // Our uploads carry their SHA-256; an object from elsewhere may still match by its ETag (an MD5 for single-part uploads without SSE-KMS).
        const sameContent = head.metadata[_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_METADATA */ .yn] ? head.metadata[_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_METADATA */ .yn] === sha256 : l.etag === md5;
        if (!sameContent)
            return { object, action: 'upload', reason: 'content' };
        if (head.contentType !== object.contentType || head.cacheControl !== object.cacheControl || head.metadata[_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_METADATA */ .yn] !== sha256) {
            return { object, action: 'upload', reason: 'headers' };
        }
        return { object, action: 'unchanged', reason: 'same' };
    });
    const manifestSame = manifestHead?.metadata[_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_METADATA */ .yn] === d.manifestSha256 && manifestHead.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
    const allSame = objects.every((o) => o.action === 'unchanged');
    // Whose manifest is at our key: ours when it has our bytes, else it has to be read.
    let owner;
    if (manifestHead && manifestHead.metadata[_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_METADATA */ .yn] !== d.manifestSha256) {
        const bytes = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_6__/* .getSmallObject */ .Tt)(ctx.clients.s3, bucket, d.manifestKey, _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_MANIFEST_BYTES */ .ZJ));
        owner = bytes && (0,_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .manifestOwner */ .vU)(bytes);
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
    const policyName = options.invokePolicy ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_INVOKE_POLICY */ .Sf;
    // Every read at once; failures are reported in a fixed order, the most fundamental first.
    const settled = await Promise.allSettled([
        step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_10__/* .GetCallerIdentityCommand */ .zI({}))),
        checkBucket(ctx, bucket, region),
        planRole(ctx, options),
        step(ctx, 'iam:ListPolicies', async () => {
            const arn = await (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_3__/* .findPolicy */ .i6)(clients.iam, policyName);
            return arn ? { arn, document: (await (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .getDefaultPolicyDocument */ .zs)(clients.iam, arn)).document } : undefined;
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
        (0,_util_limiter_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .sf)(d.functions, 4, (f) => step(ctx, `lambda:GetFunction on ${f.lambdaName}`, () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .getFunction */ .N9)(clients.lambda, f.lambdaName))),
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
        const diff = (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .diffFunction */ .EQ)(current, desired);
        return { name: f.spec.name, lambdaName: f.lambdaName, action: (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnchanged */ ._5)(diff) ? 'unchanged' : 'update', arn, desired, current, diff };
    });
    // Another app's functions or manifest at our names: refused before anything is written.
    const ours = { appId: d.manifest.appId, version: d.manifest.version };
    const takeovers = [];
    for (const f of functions) {
        const fOwner = f.current && (0,_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .functionOwner */ ._k)(f.current.tags);
        if ((0,_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .isAnotherApp */ .Jt)(fOwner, ours))
            takeovers.push({ what: `Lambda function ${f.lambdaName}`, owner: fOwner });
    }
    if ((0,_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .isAnotherApp */ .Jt)(owner, ours))
        takeovers.push({ what: `manifest ${bucket}/${manifest.key}`, owner });
    if (takeovers.length > 0 && !options.force)
        throw (0,_ownership_js__WEBPACK_IMPORTED_MODULE_8__/* .takeoverError */ .CZ)(ours, takeovers);
    const arns = functions.map((f) => f.arn);
    let invokePolicy;
    if (!state.policy) {
        invokePolicy = { name: state.policyName, action: 'missing', add: [] };
    }
    else {
        const updated = (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .withInvokeArns */ .Vo)(state.policy.document, arns);
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


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ WeightedLimiter),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony export Limiter */
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


/***/ })

};
