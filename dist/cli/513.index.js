export const id = 513;
export const ids = [513];
export const modules = {

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
/* harmony import */ var _aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9058);
/* harmony import */ var _aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4242);
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3100);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2036);








function compareVersions(a, b) {
    return a.replace(/^v/, '').localeCompare(b.replace(/^v/, ''), 'en', { numeric: true });
}
async function planPrune(clients, options) {
    if (!Number.isInteger(options.keep) || options.keep < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y('--keep must be 1 or more: the newest version is never removed');
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
    const listed = await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listWithDates */ .eX)(s3, bucket, `manifests/${options.appId}_`));
    const versions = [];
    for (const { key } of listed) {
        const manifest = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(await step(`s3:GetObject on ${bucket}/${key}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .getObject */ .iM)(s3, bucket, key))).manifest;
        // Another app whose ID starts with this one's (and "_") has manifests under the same prefix.
        if (!manifest || manifest.appId !== options.appId || (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ManifestName */ .dI)(manifest.appId, manifest.version) !== key)
            continue;
        versions.push({ version: manifest.version, keep: false, manifestKey: key, functions: manifest.functions.map((f) => (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .lambdaName */ .FE)(options.appId, manifest.version, f.name)), functionArns: [], objects: [] });
    }
    if (versions.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`no versions of "${options.appId}" in bucket ${bucket} (no manifests/${options.appId}_<version>.json)`);
    versions.sort((a, b) => compareVersions(b.version, a.version));
    versions.forEach((v, i) => (v.keep = i < options.keep));
    const existing = await step('lambda:ListFunctions', () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_3__/* .listFunctionNames */ .pD)(lambda));
    for (const v of versions.filter((x) => !x.keep)) {
        v.functions = v.functions.filter((f) => existing.has(f));
        for (const f of v.functions) {
            const current = await step(`lambda:GetFunction ${f}`, () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_3__/* .getFunction */ .N9)(lambda, f));
            if (current?.arn)
                v.functionArns.push(current.arn);
        }
        v.objects = [...(await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listPrefix */ .Zs)(s3, bucket, (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .s3StaticName */ .Wj)(options.appId, v.version, '')))).keys()];
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
            const { document } = await (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .getDefaultPolicyDocument */ .zs)(clients.iam, plan.invokePolicy.arn);
            const updated = (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutInvokeArns */ .F1)(document, remove.flatMap((v) => v.functionArns));
            if (updated) {
                progress(`removing ${updated.removed.length} functions from invoke policy ${plan.invokePolicy.name}`);
                await (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .writePolicyDocument */ .$I)(clients.iam, plan.invokePolicy.arn, updated.document);
                report.policy = { removed: updated.removed, status: 'done' };
            }
            else
                report.policy.status = 'unchanged';
        }
        for (const v of remove) {
            progress(`removing ${plan.appId} ${v.version}: ${v.functions.length} functions, ${v.objects.length} static objects, the manifest`);
            for (const f of v.functions)
                await (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteFunction */ .uX)(clients.lambda, f);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, v.objects);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, [v.manifestKey]);
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
