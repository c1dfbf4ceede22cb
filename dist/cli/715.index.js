export const id = 715;
export const ids = [715,201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SILENT_LOGGER: () => (/* binding */ SILENT_LOGGER),
/* harmony export */   createClients: () => (/* binding */ createClients),
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   defaultRetryDelay: () => (/* binding */ defaultRetryDelay)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1696);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3609);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// The AWS SDK clients, configured once: region, credentials, endpoint, retries and user agent.
// Tests inject a request handler (to put faults between the SDK and moto) and fast retry delays.






/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
function defaultRetryDelay(attempt) {
    return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}
function commonConfig(settings, options) {
    return {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        retryStrategy: new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.ConfiguredRetryStrategy(options.maxAttempts ?? 8, options.retryDelay ?? defaultRetryDelay),
        customUserAgent: `mm-apps-deploy/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
    };
}
/** Says nothing: for a client whose failures the caller reports itself. */
const SILENT_LOGGER = { trace() { }, debug() { }, info() { }, warn() { }, error() { } };
/**
 * An S3 client alone. `followRegionRedirects` is for buckets that are not the app's (a bundle
 * source, the cloud deployer's bundle bucket), which may be in any region.
 */
function createS3Client(settings, options = {}, extra = {}) {
    // Checksums only where S3 requires them: uploads carry Content-MD5 instead (see s3-objects.ts).
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({ ...commonConfig(settings, options), forcePathStyle: settings.forcePathStyle, requestChecksumCalculation: 'WHEN_REQUIRED', ...extra });
}
function createClients(settings, options = {}) {
    const common = commonConfig(settings, options);
    const lambda = new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__/* .LambdaClient */ .Nox(common);
    const s3 = createS3Client(settings, options);
    const iam = new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .IAMClient */ .h8v(common);
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(common);
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
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// AWS errors in words a person can act on: what failed, for whom, and what to do.

function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
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
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'TimeoutError']);
/**
 * Turns an AWS failure of `action` (e.g. "lambda:CreateFunction on hello_v1_main") into a
 * UserError that says what to do, or returns the error unchanged when there is nothing to add.
 */
function explainAwsError(err, action, settings) {
    const name = errorName(err);
    const message = err?.message ?? String(err);
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no AWS credentials found for ${action}. In GitHub Actions, add aws-actions/configure-aws-credentials before this step ` +
            '(with "permissions: id-token: write" for OIDC); elsewhere set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ' +
            'or MM_APPS_DEPLOY_AWS_ACCESS_KEY and MM_APPS_DEPLOY_AWS_SECRET_KEY');
    }
    if (/Region is missing/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no AWS region: pass --region (action input aws-region), or set MM_APPS_AWS_REGION or AWS_REGION');
    }
    if (REJECTED.has(name)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`AWS rejected the credentials from ${settings.credentialSource} (${name}) for ${action}: check the key pair, or refresh an expired session`);
    }
    if (DENIED.has(name) || httpStatus(err) === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${action} was denied (${name || 'HTTP 403'}): ${message}. Grant that permission to the deploying identity (see "Minimal IAM policy" in the README)`);
    }
    const code = err?.code ?? name;
    if (UNREACHABLE.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot reach AWS${settings.endpoint ? ` at ${settings.endpoint}` : ''} for ${action} (${code}); check the network and the endpoint`);
    }
    return err instanceof Error ? err : new Error(message);
}


/***/ }),

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ findGroup),
/* harmony export */   $I: () => (/* binding */ writePolicyDocument),
/* harmony export */   BV: () => (/* binding */ createPolicy),
/* harmony export */   F1: () => (/* binding */ withoutInvokeArns),
/* harmony export */   Fk: () => (/* binding */ attachGroupPolicy),
/* harmony export */   GW: () => (/* binding */ isRoleArn),
/* harmony export */   Hn: () => (/* binding */ addUserToGroup),
/* harmony export */   Hr: () => (/* binding */ findUser),
/* harmony export */   UZ: () => (/* binding */ createExecuteRole),
/* harmony export */   Vo: () => (/* binding */ withInvokeArns),
/* harmony export */   _$: () => (/* binding */ findRole),
/* harmony export */   i6: () => (/* binding */ findPolicy),
/* harmony export */   iB: () => (/* binding */ isGroupPolicyAttached),
/* harmony export */   kg: () => (/* binding */ createUser),
/* harmony export */   oy: () => (/* binding */ createAccessKey),
/* harmony export */   u: () => (/* binding */ ensureRoleLogging),
/* harmony export */   wj: () => (/* binding */ createGroup),
/* harmony export */   zs: () => (/* binding */ getDefaultPolicyDocument)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6764);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
// IAM: the execution role Lambda functions run as, and the invoke policy whose AllowLambda
// statement lists the functions the Apps plugin may invoke (upaws client_iam.go; research §4.4, §5.1).



const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;
function isRoleArn(s) {
    return ROLE_ARN.test(s);
}
/** The role's ARN, or undefined when it does not exist. */
async function findRole(iam, name) {
    try {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .GetRoleCommand */ .kbp({ RoleName: name }));
        return r.Role?.Arn;
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
/** Creates the execution role: trusted by lambda.amazonaws.com, with AWSLambdaBasicExecutionRole (CloudWatch logs). */
async function createExecuteRole(iam, name) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreateRoleCommand */ .IS({
        RoleName: name,
        AssumeRolePolicyDocument: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ASSUME_ROLE_POLICY_DOCUMENT */ .jx,
        Description: 'Execution role of Mattermost Apps on AWS Lambda',
    }));
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .AttachRolePolicyCommand */ .XgU({ RoleName: name, PolicyArn: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LAMBDA_BASIC_EXECUTION_POLICY */ .Js }));
    return r.Role.Arn;
}
/** Whether AWSLambdaBasicExecutionRole is attached to the role; attaches it when `fix` is set. Returns whether it wrote. */
async function ensureRoleLogging(iam, role, fix) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .ListAttachedRolePoliciesCommand */ .wfM({ RoleName: role }));
    if (r.AttachedPolicies?.some((p) => p.PolicyArn === _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LAMBDA_BASIC_EXECUTION_POLICY */ .Js))
        return 'attached';
    if (!fix)
        return 'missing';
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .AttachRolePolicyCommand */ .XgU({ RoleName: role, PolicyArn: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LAMBDA_BASIC_EXECUTION_POLICY */ .Js }));
    return 'added';
}
async function findUser(iam, name) {
    try {
        return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .GetUserCommand */ .T3b({ UserName: name }))).User?.Arn;
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
async function createUser(iam, name) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreateUserCommand */ .nMY({ UserName: name }))).User.Arn;
}
/** The group's ARN and member user names, or undefined. */
async function findGroup(iam, name) {
    try {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .GetGroupCommand */ .DyH({ GroupName: name }));
        return { arn: r.Group.Arn, users: (r.Users ?? []).map((u) => u.UserName) };
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
async function createGroup(iam, name) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreateGroupCommand */ .fdx({ GroupName: name }))).Group.Arn;
}
async function createPolicy(iam, name, document) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreatePolicyCommand */ .Mrm({ PolicyName: name, PolicyDocument: document, Description: 'What the Mattermost Apps plugin may read and invoke' }))).Policy.Arn;
}
async function isGroupPolicyAttached(iam, group, policyArn) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .ListAttachedGroupPoliciesCommand */ .xJQ({ GroupName: group }));
    return r.AttachedPolicies?.some((p) => p.PolicyArn === policyArn) ?? false;
}
async function attachGroupPolicy(iam, group, policyArn) {
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .AttachGroupPolicyCommand */ .Sr2({ GroupName: group, PolicyArn: policyArn }));
}
async function addUserToGroup(iam, user, group) {
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .AddUserToGroupCommand */ .com({ UserName: user, GroupName: group }));
}
async function createAccessKey(iam, user) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreateAccessKeyCommand */ .hN({ UserName: user }));
    return { id: r.AccessKey.AccessKeyId, secret: r.AccessKey.SecretAccessKey };
}
/** A customer-managed policy's ARN by name (upaws FindPolicy), or undefined. */
async function findPolicy(iam, name) {
    let marker;
    do {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .ListPoliciesCommand */ .yWo({ Scope: 'Local', ...(marker ? { Marker: marker } : {}) }));
        const hit = r.Policies?.find((p) => p.PolicyName === name);
        if (hit?.Arn)
            return hit.Arn;
        marker = r.IsTruncated ? r.Marker : undefined;
    } while (marker);
    return undefined;
}
async function getDefaultPolicyDocument(iam, policyArn) {
    const versions = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .ListPolicyVersionsCommand */ .D6R({ PolicyArn: policyArn }));
    const current = versions.Versions?.find((v) => v.IsDefaultVersion);
    if (!current?.VersionId)
        throw new Error(`policy ${policyArn} has no default version`);
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .GetPolicyVersionCommand */ .G45({ PolicyArn: policyArn, VersionId: current.VersionId }));
    // IAM returns the document URL-encoded.
    return { versionId: current.VersionId, document: JSON.parse(decodeURIComponent(r.PolicyVersion?.Document ?? '{}')) };
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
    const missing = arns.filter((a) => !resources.includes(a));
    if (missing.length === 0)
        return undefined;
    if (!allow) {
        allow = { Sid: 'AllowLambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [] };
        statements.push(allow);
    }
    allow.Resource = [...resources, ...missing];
    return { document: { ...document, Version: document.Version ?? '2012-10-17', Statement: statements }, added: missing };
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
    return { document: { ...document, Statement: kept }, removed };
}
/**
 * Makes `document` the default version. Non-default versions are deleted first, as appsctl does,
 * so that IAM's limit of 5 versions per policy is never reached.
 */
async function writePolicyDocument(iam, policyArn, document) {
    const versions = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .ListPolicyVersionsCommand */ .D6R({ PolicyArn: policyArn }));
    for (const v of versions.Versions ?? []) {
        if (!v.IsDefaultVersion && v.VersionId)
            await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .DeletePolicyVersionCommand */ .$Pb({ PolicyArn: policyArn, VersionId: v.VersionId }));
    }
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__/* .CreatePolicyVersionCommand */ .WZZ({ PolicyArn: policyArn, PolicyDocument: JSON.stringify(document), SetAsDefault: true }));
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
/* harmony export */   zp: () => (/* binding */ createFunction)
/* harmony export */ });
/* unused harmony exports LambdaStateError, waitForFunction */
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
const defaultPollDelay = (n) => Math.min(5000, 1000 * n);
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
async function createFunction(lambda, desired, zip, options) {
    const input = {
        FunctionName: desired.name,
        Runtime: desired.runtime,
        Handler: desired.handler,
        Role: desired.role,
        Code: { ZipFile: zip },
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
            await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .CreateFunctionCommand */ .Y8X(input));
            break;
        }
        catch (err) {
            const propagating = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) === 'InvalidParameterValueException' && ROLE_NOT_READY.test(err.message);
            if (!propagating || waited >= 90_000)
                throw err;
            const delay = Math.min(10_000, 2000 * attempt);
            options.onWait?.(`the execution role is not assumable by Lambda yet (IAM propagation); retrying ${desired.name} in ${delay / 1000} s`);
            await options.sleep(delay);
            waited += delay;
        }
    }
    return waitForFunction(lambda, desired.name, 'active', options);
}
/** Applies a diff: code (and architecture), then configuration, then tags, each after the previous update finished. */
async function updateFunction(lambda, current, desired, diff, zip, options) {
    let latest = await waitForFunction(lambda, desired.name, 'updated', options);
    if (diff.code || diff.architecture) {
        const ZipFile = await zip();
        await mutate(lambda, desired.name, options, () => lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .UpdateFunctionCodeCommand */ .KfB({ FunctionName: desired.name, ZipFile, ...(desired.architecture ? { Architectures: [desired.architecture] } : {}) })));
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
/* harmony export */   C6: () => (/* binding */ headObject),
/* harmony export */   NE: () => (/* binding */ headBucket),
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   Zs: () => (/* binding */ listPrefix),
/* harmony export */   eX: () => (/* binding */ listWithDates),
/* harmony export */   iM: () => (/* binding */ getObject),
/* harmony export */   yn: () => (/* binding */ SHA256_METADATA)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
// S3 objects: list what a prefix holds, look at one object, upload one. Uploads carry the
// content's SHA-256 in their metadata, because an ETag is an MD5 only for single-part uploads
// without SSE-KMS (research aws-lambda-s3.md §2.3).



const SHA256_METADATA = 'sha256';
async function headBucket(s3, bucket) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .HeadBucketCommand */ .kuI({ Bucket: bucket }));
}
/** Every object under `prefix`, following continuation tokens. */
async function listPrefix(s3, bucket, prefix) {
    const out = new Map();
    let token;
    do {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectsV2Command */ .u6x({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
        for (const o of r.Contents ?? [])
            if (o.Key)
                out.set(o.Key, { etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? -1 });
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function headObject(s3, bucket, key) {
    try {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .HeadObjectCommand */ .l81({ Bucket: bucket, Key: key }));
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
 * Integrity is checked with Content-MD5 (computed natively) rather than the SDK's default CRC-32
 * trailer: S3 verifies both, and S3-compatible stores that reject the newer checksum headers
 * accept Content-MD5 (research aws-lambda-s3.md §2.4).
 */
async function putObject(s3, bucket, upload) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ({
        Bucket: bucket,
        Key: upload.key,
        Body: upload.body,
        ContentMD5: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(upload.body).digest('base64'),
        ContentType: upload.contentType,
        CacheControl: upload.cacheControl,
        Metadata: upload.metadata,
    }));
}
/** The keys under `prefix` with their last-modified time. */
async function listWithDates(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectsV2Command */ .u6x({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
        for (const o of r.Contents ?? [])
            if (o.Key)
                out.push({ key: o.Key, ...(o.LastModified ? { lastModified: o.LastModified } : {}) });
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function getObject(s3, bucket, key) {
    const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
    return Buffer.from(await r.Body.transformToByteArray());
}
/** Deletes keys, 1,000 per request (S3's limit); fails on the first key S3 could not delete. */
async function deleteObjects(s3, bucket, keys) {
    for (let i = 0; i < keys.length; i += 1000) {
        const batch = keys.slice(i, i + 1000);
        const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .DeleteObjectsCommand */ .xvx({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        const failed = r.Errors?.[0];
        if (failed)
            throw new Error(`S3 could not delete ${failed.Key}: ${failed.Code} ${failed.Message ?? ''}`);
    }
}


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/compat/naming.ts
var naming = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/register/register.ts + 1 modules
var register = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/register/server.ts + 18 modules
var server = __webpack_require__(5285);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/iam.ts
var iam = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/aws/lambda-functions.ts
var lambda_functions = __webpack_require__(9058);
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
// EXTERNAL MODULE: ./src/provision/describe.ts
var describe = __webpack_require__(6014);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/defaults.ts
var defaults = __webpack_require__(4255);
;// CONCATENATED MODULE: ./src/util/limiter.ts
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

;// CONCATENATED MODULE: ./src/provision/plan.ts
// Planning reads AWS and writes nothing: it is the preflight (credentials, bucket, execution role)
// and the dry run. Every later write is decided here.








/** Metadata on the manifest object: the static digest it was written with (see Deployable). */
const STATIC_DIGEST_METADATA = 'static-digest';
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
    return { 'mattermost-app-id': d.manifest.appId, 'mattermost-app-version': d.manifest.version, 'managed-by': 'mm-apps-deploy' };
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
    const name = (0,iam/* isRoleArn */.GW)(requested) ? requested.slice(requested.lastIndexOf('/') + 1) : requested;
    const arn = await step(ctx, `iam:GetRole on ${name}`, () => (0,iam/* findRole */._$)(ctx.clients.iam, name));
    if (arn)
        return { name, arn: (0,iam/* isRoleArn */.GW)(requested) ? requested : arn, action: 'exists' };
    if ((0,iam/* isRoleArn */.GW)(requested)) {
        throw new errors/* UserError */.y(`execution role ${requested} does not exist (or is in another account this identity cannot read); create it, or name another with --execute-role`);
    }
    if (!options.createExecuteRole) {
        throw new errors/* UserError */.y(`execution role "${name}" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role (action input create-execute-role: true), or name an existing role with --execute-role`);
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
    const objects = await mapLimit(d.objects, options.concurrency ?? 16, async (object) => {
        const l = listed.get(object.key);
        if (!l)
            return { object, action: 'upload', reason: 'new' };
        if (l.size !== object.size)
            return { object, action: 'upload', reason: 'content' };
        if (trusted)
            return { object, action: 'unchanged', reason: 'same' };
        const { md5, sha256 } = await object.digests();
        const head = await step(ctx, `s3:GetObject on ${bucket}/${object.key}`, () => (0,s3_objects/* headObject */.C6)(ctx.clients.s3, bucket, object.key));
        if (!head)
            return { object, action: 'upload', reason: 'new' };
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
    return { objects, manifest: { key: d.manifestKey, action: manifestSame && allSame ? 'unchanged' : 'upload' } };
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
    const identity = await step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({})));
    const policyName = options.invokePolicy ?? defaults/* DEFAULT_INVOKE_POLICY */.Sf;
    // Every read at once; failures are reported in a fixed order, the most fundamental first.
    const settled = await Promise.allSettled([
        checkBucket(ctx, bucket, region),
        planRole(ctx, options),
        step(ctx, 'iam:ListPolicies', async () => {
            const arn = await (0,iam/* findPolicy */.i6)(clients.iam, policyName);
            return arn ? { arn, document: (await (0,iam/* getDefaultPolicyDocument */.zs)(clients.iam, arn)).document } : undefined;
        }),
    ]);
    for (const r of settled)
        if (r.status === 'rejected')
            throw r.reason;
    const role = settled[1].value;
    const policy = settled[2].value;
    return { region, account: identity.Account ?? '', identity: identity.Arn ?? '', role, policyName, ...(policy ? { policy } : {}) };
}
/** The rest of the plan: each function and object of the bundle against what AWS has. */
async function planProvision(d, ctx, state, options) {
    const { clients } = ctx;
    const bucket = clients.settings.bucket;
    const { region, account, role } = state;
    ctx.onProgress?.(`AWS account ${account} (${state.identity}), region ${region}, bucket ${bucket}`);
    const [currents, { objects, manifest }] = await Promise.all([
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
        if (!current)
            return { name: f.spec.name, lambdaName: f.lambdaName, action: 'create', desired };
        const diff = (0,lambda_functions/* diffFunction */.EQ)(current, desired);
        return { name: f.spec.name, lambdaName: f.lambdaName, action: (0,lambda_functions/* isUnchanged */._5)(diff) ? 'unchanged' : 'update', desired, current, diff };
    });
    const arns = functions.map((f) => f.current?.arn || functionArn(state.identity, region, account, f.lambdaName));
    let invokePolicy;
    if (!state.policy) {
        invokePolicy = { name: state.policyName, action: 'missing', add: [] };
    }
    else {
        const updated = (0,iam/* withInvokeArns */.Vo)(state.policy.document, arns);
        invokePolicy = updated
            ? { name: state.policyName, arn: state.policy.arn, action: 'update', add: updated.added, document: updated.document }
            : { name: state.policyName, arn: state.policy.arn, action: 'unchanged', add: [] };
    }
    return { account, identity: state.identity, region, bucket, role, objects, functions, invokePolicy, manifest };
}
/** The number of writes a plan would make. */
function plannedWrites(plan) {
    return ((plan.role.action === 'create' ? 1 : 0) +
        plan.objects.filter((o) => o.action === 'upload').length +
        plan.functions.filter((f) => f.action !== 'unchanged').length +
        (plan.invokePolicy.action === 'update' ? 1 : 0) +
        (plan.manifest.action === 'upload' ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/provision/apply.ts
// Carries out a plan in the order that never leaves an app half-visible: static assets, then
// functions, then the invoke policy, then the manifest, which is what makes a version
// installable. The first failure stops everything after it; the report says what was done and
// what was not, and running again converges.










async function applyPlan(plan, d, ctx, options) {
    const { clients } = ctx;
    const progress = ctx.onProgress ?? (() => undefined);
    const settings = clients.settings;
    const report = {
        ok: false,
        changed: false,
        role: { name: plan.role.name, arn: plan.role.arn, status: plan.role.action === 'create' ? 'not done' : 'unchanged' },
        objects: { uploaded: 0, unchanged: plan.objects.filter((o) => o.action === 'unchanged').length, failed: 0, notDone: plan.objects.filter((o) => o.action === 'upload').length },
        functions: plan.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, ...(f.current?.arn ? { arn: f.current.arn } : {}), result: (0,describe/* describeChange */.uQ)(f), status: f.action === 'unchanged' ? 'unchanged' : 'not done' })),
        invokePolicy: { name: plan.invokePolicy.name, status: plan.invokePolicy.action === 'missing' ? 'skipped' : 'not done', added: [] },
        manifest: { key: plan.manifest.key, status: 'not done' },
    };
    const wait = {
        sleep: ctx.sleep,
        ...(ctx.waitTimeoutMs !== undefined ? { timeoutMs: ctx.waitTimeoutMs } : {}),
        ...(ctx.pollDelay ? { pollDelay: ctx.pollDelay } : {}),
        onWait: progress,
    };
    try {
        // 1. Static assets: bounded parallel uploads; the first failure stops new ones.
        const uploads = plan.objects.filter((o) => o.action === 'upload');
        if (uploads.length > 0)
            progress(`uploading ${(0,format/* plural */.LS)(uploads.length, 'static object')} (${report.objects.unchanged} unchanged)`);
        let failure;
        let next = 0;
        const stop = () => ctx.signal?.throwIfAborted();
        const worker = async () => {
            while (!failure && !ctx.signal?.aborted && next < uploads.length) {
                const { object } = uploads[next++];
                try {
                    const body = await object.read();
                    await (0,s3_objects/* putObject */.$R)(clients.s3, plan.bucket, {
                        key: object.key,
                        body,
                        contentType: object.contentType,
                        cacheControl: object.cacheControl,
                        metadata: { [s3_objects/* SHA256_METADATA */.yn]: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') },
                    });
                    report.objects.uploaded++;
                    report.objects.notDone--;
                    report.changed = true;
                }
                catch (err) {
                    report.objects.failed++;
                    report.objects.notDone--;
                    failure ??= (0,aws_errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${plan.bucket}/${object.key}`, settings);
                }
            }
        };
        await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, uploads.length) }, worker));
        if (failure)
            throw failure;
        stop();
        // 2. Functions (after the execution role, when it has to be created).
        let roleArn = plan.role.arn;
        if (plan.role.action === 'create') {
            stop();
            progress(`creating execution role ${plan.role.name}`);
            try {
                roleArn = await (0,iam/* createExecuteRole */.UZ)(clients.iam, plan.role.name);
            }
            catch (err) {
                report.role.status = 'failed';
                throw (0,aws_errors/* explainAwsError */.Ni)(err, `iam:CreateRole ${plan.role.name}`, settings);
            }
            report.role = { name: plan.role.name, arn: roleArn, status: 'done' };
            report.changed = true;
        }
        for (const [i, f] of plan.functions.entries()) {
            const result = report.functions[i];
            if (f.action === 'unchanged')
                continue;
            stop();
            const desired = { ...f.desired, role: f.desired.role || roleArn };
            const fn = d.functions.find((x) => x.lambdaName === f.lambdaName);
            progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${(0,describe/* describeChange */.uQ)(f)})`);
            try {
                const done = f.action === 'create'
                    ? await (0,lambda_functions/* createFunction */.zp)(clients.lambda, desired, await fn.read(), wait)
                    : await (0,lambda_functions/* updateFunction */.CC)(clients.lambda, f.current, desired, f.diff, () => fn.read(), wait);
                result.arn = done.arn || result.arn;
                result.status = 'done';
                report.changed = true;
            }
            catch (err) {
                result.status = 'failed';
                const e = err instanceof Error && err.name === 'LambdaStateError' ? new errors/* UserError */.y(err.message) : (0,aws_errors/* explainAwsError */.Ni)(err, `lambda ${f.action} of ${f.lambdaName}`, settings);
                throw e;
            }
        }
        // 3. The invoke policy: read again now, so that concurrent changes are kept.
        if (plan.invokePolicy.action === 'missing') {
            report.invokePolicy.note = `no IAM policy named "${plan.invokePolicy.name}": the Apps plugin's invoke user needs lambda:InvokeFunction on these functions (mm-apps-deploy init creates the policy)`;
        }
        else {
            stop();
            try {
                const { document } = await (0,iam/* getDefaultPolicyDocument */.zs)(clients.iam, plan.invokePolicy.arn);
                const updated = (0,iam/* withInvokeArns */.Vo)(document, report.functions.map((f) => f.arn).filter(Boolean));
                if (updated) {
                    progress(`adding ${(0,format/* plural */.LS)(updated.added.length, 'function')} to invoke policy ${plan.invokePolicy.name}`);
                    await (0,iam/* writePolicyDocument */.$I)(clients.iam, plan.invokePolicy.arn, updated.document);
                    report.invokePolicy = { name: plan.invokePolicy.name, status: 'done', added: updated.added };
                    report.changed = true;
                }
                else {
                    report.invokePolicy.status = 'unchanged';
                }
            }
            catch (err) {
                report.invokePolicy.status = 'failed';
                throw (0,aws_errors/* explainAwsError */.Ni)(err, `updating IAM policy ${plan.invokePolicy.name}`, settings);
            }
        }
        // 4. The manifest, last: from now on the plugin can install this version.
        if (plan.manifest.action === 'upload') {
            stop();
            progress(`uploading manifest ${plan.manifest.key}`);
            try {
                await (0,s3_objects/* putObject */.$R)(clients.s3, plan.bucket, {
                    key: plan.manifest.key,
                    body: d.manifestBytes,
                    contentType: 'application/json; charset=utf-8',
                    cacheControl: MANIFEST_CACHE_CONTROL,
                    metadata: { [s3_objects/* SHA256_METADATA */.yn]: d.manifestSha256, [STATIC_DIGEST_METADATA]: d.staticDigest },
                });
            }
            catch (err) {
                report.manifest.status = 'failed';
                throw (0,aws_errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, settings);
            }
            report.manifest.status = 'done';
            report.changed = true;
        }
        else {
            report.manifest.status = 'unchanged';
        }
        report.ok = true;
    }
    catch (err) {
        // Interrupted mid-step (a Lambda wait ends with an AbortError): the interruption is the cause.
        const cause = ctx.signal?.aborted && ctx.signal.reason instanceof Error ? ctx.signal.reason : err;
        report.error = cause instanceof Error ? cause : new Error(String(cause));
    }
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
// hashes that decide what is unchanged in AWS. Bytes are read again when they are uploaded, so
// a large bundle is never held in memory whole.















const MAX_FUNCTION_ZIP = 52_428_800;
function digest(data, algorithm, encoding = 'hex') {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest(encoding);
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
            const read = () => zip.read(entry.name, Number.MAX_SAFE_INTEGER);
            return {
                key: (0,naming/* s3StaticName */.Wj)(appId, version, name),
                name,
                size: entry.size,
                crc32: entry.crc32,
                contentType: contentTypeOf(name),
                cacheControl: STATIC_CACHE_CONTROL,
                read,
                digests: () => (digests ??= read().then((b) => ({ md5: digest(b, 'md5'), sha256: digest(b, 'sha256') }))),
            };
        });
        const functions = manifest.functions.map((spec) => ({
            spec,
            lambdaName: (0,naming/* lambdaName */.FE)(appId, version, spec.name),
            codeSha256: codeSha256.get(spec.name),
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
    const clients = (0,aws_clients.createClients)(settings, req.clientOptions);
    const signal = req.signal;
    const ctx = { clients, ...(req.onProgress ? { onProgress: req.onProgress } : {}), ...(signal ? { signal } : {}) };
    // The account is read while the bundle is validated; a bundle with errors is still reported first.
    const account = readAccount(ctx, req);
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
        const plan = await planProvision(d, ctx, state, req);
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
