export const id = 94;
export const ids = [94];
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no AWS region: pass --region (action input aws-region), or set MM_APPS_AWS_REGION or AWS_REGION');
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

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ findGroup),
/* harmony export */   BV: () => (/* binding */ createPolicy),
/* harmony export */   Cr: () => (/* binding */ isLoggingAttached),
/* harmony export */   Fk: () => (/* binding */ attachGroupPolicy),
/* harmony export */   GW: () => (/* binding */ isRoleArn),
/* harmony export */   Hn: () => (/* binding */ addUserToGroup),
/* harmony export */   Hr: () => (/* binding */ findUser),
/* harmony export */   Jw: () => (/* binding */ attachRoleLogging),
/* harmony export */   L0: () => (/* binding */ listRolePolicies),
/* harmony export */   Lw: () => (/* binding */ getRole),
/* harmony export */   _$: () => (/* binding */ findRole),
/* harmony export */   i6: () => (/* binding */ findPolicy),
/* harmony export */   iB: () => (/* binding */ isGroupPolicyAttached),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   kB: () => (/* binding */ EXECUTE_ROLE_DESCRIPTION),
/* harmony export */   kg: () => (/* binding */ createUser),
/* harmony export */   oy: () => (/* binding */ createAccessKey),
/* harmony export */   rd: () => (/* binding */ createRole),
/* harmony export */   wj: () => (/* binding */ createGroup)
/* harmony export */ });
/* unused harmony export ensureRoleLogging */
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4255);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
// IAM: the execution role Lambda functions run as, and the invoke user, group and policy of the
// Apps plugin (upaws client_iam.go; research §4.4, §5.1). The invoke policy's document: invoke-policy.ts.




const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;
function isRoleArn(s) {
    return ROLE_ARN.test(s);
}
/** The role's ARN, or undefined when it does not exist. */
async function findRole(iam, name) {
    return (await getRole(iam, name))?.arn;
}
/** The description createRole gives a role: how a later run knows the role is one it made. */
const EXECUTE_ROLE_DESCRIPTION = 'Execution role of Mattermost Apps on AWS Lambda';
async function getRole(iam, name) {
    try {
        const r = (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetRoleCommand */ .kbp({ RoleName: name }))).Role;
        return r?.Arn ? { arn: r.Arn, ...(r.Description ? { description: r.Description } : {}) } : undefined;
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
/** The partition of an ARN ("aws", "aws-cn", "aws-us-gov"): AWS managed policies live in it. */
function partitionOf(arn) {
    return arn.split(':')[1] || 'aws';
}
/** Creates the execution role, trusted by lambda.amazonaws.com; logging is attached separately (see ensureRoleLogging). */
async function createRole(iam, name) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreateRoleCommand */ .IS({
        RoleName: name,
        AssumeRolePolicyDocument: _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSUME_ROLE_POLICY_DOCUMENT */ .jx,
        Description: EXECUTE_ROLE_DESCRIPTION,
    }));
    return r.Role.Arn;
}
function isLoggingAttached(attached, partition) {
    return attached.includes((0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .lambdaBasicExecutionPolicy */ .yq)(partition));
}
async function listRolePolicies(iam, role) {
    const out = [];
    let marker;
    do {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .ListAttachedRolePoliciesCommand */ .wfM({ RoleName: role, ...(marker ? { Marker: marker } : {}) }));
        for (const p of r.AttachedPolicies ?? [])
            if (p.PolicyArn)
                out.push(p.PolicyArn);
        marker = r.IsTruncated ? r.Marker : undefined;
    } while (marker);
    return out;
}
/**
 * Attaches AWSLambdaBasicExecutionRole (CloudWatch logs) to the role. A missing managed policy is
 * said plainly: moto loads AWS's managed policies only when started with
 * MOTO_IAM_LOAD_MANAGED_POLICIES=true, and other emulators may lack them too.
 */
async function attachRoleLogging(iam, role, partition) {
    const policy = (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .lambdaBasicExecutionPolicy */ .yq)(partition);
    try {
        await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .AttachRolePolicyCommand */ .XgU({ RoleName: role, PolicyArn: policy }));
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`iam:AttachRolePolicy ${policy} to role ${role} failed: that AWS managed policy does not exist at this endpoint. ` +
            'On moto, start moto_server with MOTO_IAM_LOAD_MANAGED_POLICIES=true; on another emulator, load its AWS managed policies; then run again to finish the role');
    }
}
/** Whether the role has AWSLambdaBasicExecutionRole; attaches it when `fix` is set. */
async function ensureRoleLogging(iam, role, partition, fix) {
    if (isLoggingAttached(await listRolePolicies(iam, role), partition))
        return 'attached';
    if (!fix)
        return 'missing';
    await attachRoleLogging(iam, role, partition);
    return 'added';
}
async function findUser(iam, name) {
    try {
        return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetUserCommand */ .T3b({ UserName: name }))).User?.Arn;
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
async function createUser(iam, name) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreateUserCommand */ .nMY({ UserName: name }))).User.Arn;
}
/** The group's ARN and member user names, or undefined. */
async function findGroup(iam, name) {
    try {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetGroupCommand */ .DyH({ GroupName: name }));
        return { arn: r.Group.Arn, users: (r.Users ?? []).map((u) => u.UserName) };
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err))
            return undefined;
        throw err;
    }
}
async function createGroup(iam, name) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreateGroupCommand */ .fdx({ GroupName: name }))).Group.Arn;
}
async function createPolicy(iam, name, document) {
    return (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreatePolicyCommand */ .Mrm({ PolicyName: name, PolicyDocument: document, Description: 'What the Mattermost Apps plugin may read and invoke' }))).Policy.Arn;
}
async function isGroupPolicyAttached(iam, group, policyArn) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .ListAttachedGroupPoliciesCommand */ .xJQ({ GroupName: group }));
    return r.AttachedPolicies?.some((p) => p.PolicyArn === policyArn) ?? false;
}
async function attachGroupPolicy(iam, group, policyArn) {
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .AttachGroupPolicyCommand */ .Sr2({ GroupName: group, PolicyArn: policyArn }));
}
async function addUserToGroup(iam, user, group) {
    await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .AddUserToGroupCommand */ .com({ UserName: user, GroupName: group }));
}
async function createAccessKey(iam, user) {
    const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreateAccessKeyCommand */ .hN({ UserName: user }));
    return { id: r.AccessKey.AccessKeyId, secret: r.AccessKey.SecretAccessKey };
}
/** A customer-managed policy's ARN by name (upaws FindPolicy), or undefined. */
async function findPolicy(iam, name) {
    let marker;
    do {
        const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .ListPoliciesCommand */ .yWo({ Scope: 'Local', ...(marker ? { Marker: marker } : {}) }));
        const hit = r.Policies?.find((p) => p.PolicyName === name);
        if (hit?.Arn)
            return hit.Arn;
        marker = r.IsTruncated ? r.Marker : undefined;
    } while (marker);
    return undefined;
}


/***/ }),

/***/ 7228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ withoutInvokeArns),
/* harmony export */   Vo: () => (/* binding */ withInvokeArns),
/* harmony export */   t5: () => (/* binding */ updatePolicyDocument),
/* harmony export */   zs: () => (/* binding */ getDefaultPolicyDocument)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
// The invoke policy's AllowLambda statement (upaws client_iam.go AddResourcesToPolicyDocument;
// research mattermost-apps-aws.md §4.4), and a change to it that concurrent runs do not lose.
//
// IAM has no conditional write: a run that reads the policy, adds its functions and writes a new
// version replaces whatever another run wrote in between (6 versions provisioned at once once
// ended with 2 in the policy). So every change is read-modify-write, then verified: after a pause
// longer than another run's read-to-write window, the default version is read again, and the
// change is made again if it is missing. A run that stalls longer than that between its read and
// its write can still undo a change; the next provision of that version puts it back.




async function getDefaultPolicyDocument(iam, policyArn) {
    // Another run may delete the version we just saw as default (it became non-default): read again.
    for (let attempt = 1;; attempt++) {
        const listed = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .ListPolicyVersionsCommand */ .D6R({ PolicyArn: policyArn }));
        const versions = (listed.Versions ?? []).filter((v) => v.VersionId).map((v) => ({ id: v.VersionId, isDefault: v.IsDefaultVersion ?? false }));
        const current = versions.find((v) => v.isDefault);
        if (!current)
            throw new Error(`policy ${policyArn} has no default version`);
        try {
            const r = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetPolicyVersionCommand */ .G45({ PolicyArn: policyArn, VersionId: current.id }));
            // IAM returns the document URL-encoded.
            return { versionId: current.id, versions, document: JSON.parse(decodeURIComponent(r.PolicyVersion?.Document ?? '{}')) };
        }
        catch (err) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err) || attempt >= 5)
                throw err;
        }
    }
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
    const missing = [...new Set(arns)].filter((a) => !resources.includes(a));
    if (missing.length === 0)
        return undefined;
    if (!allow) {
        allow = { Sid: 'AllowLambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [] };
        statements.push(allow);
    }
    allow.Resource = [...resources, ...missing];
    return { document: { ...document, Version: document.Version ?? '2012-10-17', Statement: statements }, changed: missing };
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
    return { document: { ...document, Statement: kept }, changed: removed };
}
const IGNORED_ON_DELETE = new Set(['NoSuchEntity', 'NoSuchEntityException', 'DeleteConflict', 'DeleteConflictException']);
const VERSION_LIMIT = new Set(['LimitExceeded', 'LimitExceededException']);
/**
 * Makes `change` hold in the policy's default version, verified after writing. Like appsctl, the
 * non-default versions are deleted before each write, so IAM's limit of 5 versions per policy is
 * not reached; versions another run deletes or writes meanwhile are expected.
 */
async function updatePolicyDocument(iam, policyArn, change, options = {}) {
    const sleep = options.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    const random = options.random ?? Math.random;
    const attempts = options.attempts ?? 10;
    const changed = new Set();
    let writes = 0;
    for (let attempt = 1;; attempt++) {
        const started = Date.now();
        const { document, versions } = await getDefaultPolicyDocument(iam, policyArn);
        const next = change(document);
        if (!next)
            return { changed: [...changed], writes };
        if (attempt > attempts) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`could not update IAM policy ${policyArn}: other runs kept replacing it (${attempts} attempts). Run again once the other deployments have finished`);
        }
        if (writes > 0)
            options.onRetry?.(`another run replaced IAM policy ${policyArn} meanwhile; writing it again`);
        for (const v of versions.filter((x) => !x.isDefault)) {
            try {
                await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .DeletePolicyVersionCommand */ .$Pb({ PolicyArn: policyArn, VersionId: v.id }));
            }
            catch (err) {
                if (!IGNORED_ON_DELETE.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err)))
                    throw err;
            }
        }
        try {
            await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .CreatePolicyVersionCommand */ .WZZ({ PolicyArn: policyArn, PolicyDocument: JSON.stringify(next.document), SetAsDefault: true }));
        }
        catch (err) {
            // Other runs filled the 5 versions between our delete and our write: read again, after a while.
            if (!VERSION_LIMIT.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err)))
                throw err;
            await sleep((50 + 200 * random()) * attempt);
            continue;
        }
        writes++;
        for (const c of next.changed)
            changed.add(c);
        // Longer than another run needs from its read to its write (about as long as ours took: 1 to
        // 2 times that, at random, so that runs that collided do not collide again).
        const window = Math.min(1500, Math.max(150, Date.now() - started));
        await sleep(window * (1 + random()));
    }
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


/***/ })

};
