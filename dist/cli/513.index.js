export const id = 513;
export const ids = [513];
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

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPrune: () => (/* binding */ applyPrune),
/* harmony export */   planPrune: () => (/* binding */ planPrune)
/* harmony export */ });
/* unused harmony export compareVersions */
/* harmony import */ var _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_iam_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1084);
/* harmony import */ var _aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7228);
/* harmony import */ var _aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9058);
/* harmony import */ var _aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4242);
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3100);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8768);









function compareVersions(a, b) {
    return a.replace(/^v/, '').localeCompare(b.replace(/^v/, ''), 'en', { numeric: true });
}
async function planPrune(clients, options) {
    if (!Number.isInteger(options.keep) || options.keep < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('--keep must be 1 or more: the newest version is never removed');
    const { s3, lambda, iam, settings } = clients;
    const bucket = settings.bucket;
    const step = async (action, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, action, settings);
        }
    };
    const listed = await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listWithDates */ .eX)(s3, bucket, `manifests/${options.appId}_`));
    const versions = [];
    for (const { key } of listed) {
        const manifest = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(await step(`s3:GetObject on ${bucket}/${key}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .getObject */ .iM)(s3, bucket, key))).manifest;
        // Another app whose ID starts with this one's (and "_") has manifests under the same prefix.
        if (!manifest || manifest.appId !== options.appId || (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .s3ManifestName */ .dI)(manifest.appId, manifest.version) !== key)
            continue;
        versions.push({ version: manifest.version, keep: false, manifestKey: key, functions: manifest.functions.map((f) => (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .lambdaName */ .FE)(options.appId, manifest.version, f.name)), functionArns: [], objects: [] });
    }
    if (versions.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no versions of "${options.appId}" in bucket ${bucket} (no manifests/${options.appId}_<version>.json)`);
    versions.sort((a, b) => compareVersions(b.version, a.version));
    versions.forEach((v, i) => (v.keep = i < options.keep));
    const existing = await step('lambda:ListFunctions', () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .listFunctionNames */ .pD)(lambda));
    for (const v of versions.filter((x) => !x.keep)) {
        v.functions = v.functions.filter((f) => existing.has(f));
        for (const f of v.functions) {
            const current = await step(`lambda:GetFunction ${f}`, () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .getFunction */ .N9)(lambda, f));
            if (current?.arn)
                v.functionArns.push(current.arn);
        }
        v.objects = [...(await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listPrefix */ .Zs)(s3, bucket, (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .s3StaticName */ .Wj)(options.appId, v.version, '')))).keys()];
    }
    const policyName = options.invokePolicy ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_INVOKE_POLICY */ .Sf;
    const policyArn = await step('iam:ListPolicies', () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .findPolicy */ .i6)(iam, policyName));
    return { appId: options.appId, bucket, versions, invokePolicy: { name: policyName, ...(policyArn ? { arn: policyArn } : {}) } };
}
async function applyPrune(clients, plan, options) {
    const progress = options.onProgress ?? (() => undefined);
    const remove = plan.versions.filter((v) => !v.keep);
    const report = { removed: [], notRemoved: remove.map((v) => v.version), policy: { removed: [], status: 'skipped' } };
    try {
        // The invoke policy first: nothing may invoke what is about to go.
        if (plan.invokePolicy.arn) {
            const arns = remove.flatMap((v) => v.functionArns);
            const updated = await (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .updatePolicyDocument */ .t5)(clients.iam, plan.invokePolicy.arn, (document) => (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutInvokeArns */ .F1)(document, arns), { onRetry: progress });
            if (updated.writes > 0) {
                progress(`removed ${updated.changed.length} functions from invoke policy ${plan.invokePolicy.name}`);
                report.policy = { removed: updated.changed, status: 'done' };
            }
            else
                report.policy.status = 'unchanged';
        }
        for (const v of remove) {
            progress(`removing ${plan.appId} ${v.version}: ${v.functions.length} functions, ${v.objects.length} static objects, the manifest`);
            for (const f of v.functions)
                await (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteFunction */ .uX)(clients.lambda, f);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, v.objects);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, [v.manifestKey]);
            report.removed.push(v.version);
            report.notRemoved = report.notRemoved.filter((x) => x !== v.version);
        }
    }
    catch (err) {
        if (report.policy.status === 'skipped' && plan.invokePolicy.arn)
            report.policy.status = 'failed';
        report.error = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'prune', clients.settings);
    }
    return report;
}


/***/ })

};
