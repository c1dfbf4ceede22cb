export const id = 821;
export const ids = [821];
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

/***/ 821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initAws: () => (/* binding */ initAws)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/defaults.ts
var defaults = __webpack_require__(4255);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/iam.ts
var aws_iam = __webpack_require__(1084);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/aws/s3-bucket.ts
// The bucket itself: whether it exists, creating it, and its Block Public Access settings.


const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
/** A bucket in `region` (us-east-1 takes no location constraint) with all public access blocked. */
async function createPrivateBucket(s3, bucket, region) {
    await s3.send(new client_s3_dist_cjs/* CreateBucketCommand */.cZX({
        Bucket: bucket,
        ...(region !== 'us-east-1' ? { CreateBucketConfiguration: { LocationConstraint: region } } : {}),
    }));
    await s3.send(new client_s3_dist_cjs/* PutPublicAccessBlockCommand */.ZXv({ Bucket: bucket, PublicAccessBlockConfiguration: ALL_BLOCKED }));
}
/** True when all four Block Public Access settings are on for the bucket. */
async function isPublicAccessBlocked(s3, bucket) {
    try {
        const r = await s3.send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket: bucket }));
        const c = r.PublicAccessBlockConfiguration ?? {};
        return Boolean(c.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets);
    }
    catch (err) {
        if ((0,errors/* errorName */.Is)(err) === 'NoSuchPublicAccessBlockConfiguration')
            return false;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/setup/init.ts
// init: what `appsctl aws init` does (research mattermost-apps-aws.md §5.1), idempotently: the
// bucket (created with Block Public Access on request), the invoke user, group and policy the Apps
// plugin reads and invokes with, and the execution role functions run as. Without `create` it
// only reports what is missing. A second run changes nothing and says so.







async function initAws(clients, options) {
    const { iam, s3, settings } = clients;
    const bucket = settings.bucket;
    const names = {
        user: options.user ?? defaults/* DEFAULT_INVOKE_USER */.Bp,
        group: options.group ?? defaults/* DEFAULT_INVOKE_GROUP */.T8,
        policy: options.policy ?? defaults/* DEFAULT_INVOKE_POLICY */.Sf,
        role: options.executeRole ?? defaults/* DEFAULT_EXECUTE_ROLE */.rQ,
    };
    const step = async (action, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,errors/* explainAwsError */.Ni)(err, action, settings);
        }
    };
    const progress = options.onProgress ?? (() => undefined);
    const region = await step('resolving the AWS region', () => clients.s3.config.region());
    const who = await step('sts:GetCallerIdentity', () => clients.sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({})));
    const report = { account: who.Account ?? '', identity: who.Arn ?? '', region, items: [], warnings: [], changed: false, ok: true };
    const add = (what, name, status, arn) => {
        report.items.push({ what, name, status, ...(arn ? { arn } : {}) });
        if (status === 'created')
            report.changed = true;
        if (status === 'missing')
            report.ok = false;
    };
    // The bucket: the Apps plugin reads manifests and static assets from it.
    let bucketExists = true;
    try {
        await (0,s3_objects/* headBucket */.NE)(s3, bucket);
    }
    catch (err) {
        if ((0,errors/* httpStatus */.nG)(err) === 403)
            throw new src_errors/* UserError */.y(`S3 bucket "${bucket}" exists but belongs to someone else or is not readable by ${report.identity}; bucket names are global, choose another with --bucket`);
        if ((0,errors/* httpStatus */.nG)(err) !== 404 && (0,errors/* errorName */.Is)(err) !== 'NotFound')
            throw (0,errors/* explainAwsError */.Ni)(err, `s3:HeadBucket on ${bucket}`, settings);
        bucketExists = false;
    }
    if (bucketExists) {
        add('bucket', bucket, 'exists');
        if (!(await step(`s3:GetBucketPublicAccessBlock on ${bucket}`, () => isPublicAccessBlocked(s3, bucket)))) {
            report.warnings.push(`bucket "${bucket}" does not block public access: turn on all four Block Public Access settings (the Apps plugin reads it with credentials, nothing needs to be public)`);
        }
    }
    else if (options.create) {
        progress(`creating bucket ${bucket} (Block Public Access on)`);
        await step(`s3:CreateBucket ${bucket}`, () => createPrivateBucket(s3, bucket, region));
        add('bucket', bucket, 'created');
    }
    else {
        add('bucket', bucket, 'missing');
    }
    // The invoke user, its group and policy: the credentials the plugin uses (MM_APPS_AWS_*).
    let userArn = await step(`iam:GetUser ${names.user}`, () => (0,aws_iam/* findUser */.Hr)(iam, names.user));
    if (userArn)
        add('invoke user', names.user, 'exists', userArn);
    else if (options.create) {
        progress(`creating user ${names.user}`);
        userArn = await step(`iam:CreateUser ${names.user}`, () => (0,aws_iam/* createUser */.kg)(iam, names.user));
        add('invoke user', names.user, 'created', userArn);
    }
    else
        add('invoke user', names.user, 'missing');
    let group = await step(`iam:GetGroup ${names.group}`, () => (0,aws_iam/* findGroup */.$B)(iam, names.group));
    if (group)
        add('invoke group', names.group, 'exists', group.arn);
    else if (options.create) {
        progress(`creating group ${names.group}`);
        group = { arn: await step(`iam:CreateGroup ${names.group}`, () => (0,aws_iam/* createGroup */.wj)(iam, names.group)), users: [] };
        add('invoke group', names.group, 'created', group.arn);
    }
    else
        add('invoke group', names.group, 'missing');
    let policyArn = await step('iam:ListPolicies', () => (0,aws_iam/* findPolicy */.i6)(iam, names.policy));
    if (policyArn) {
        add('invoke policy', names.policy, 'exists', policyArn);
        // Like appsctl, an existing policy is not rewritten; say so when it is about another bucket.
        const { document } = await step(`iam:GetPolicyVersion ${names.policy}`, () => (0,aws_iam/* getDefaultPolicyDocument */.zs)(iam, policyArn));
        if (!JSON.stringify(document).includes(`arn:aws:s3:::${bucket}/`)) {
            report.warnings.push(`invoke policy "${names.policy}" does not grant s3:GetObject on "${bucket}": the plugin could not read this bucket's manifests; add arn:aws:s3:::${bucket}/manifests/* and arn:aws:s3:::${bucket}/static/* to it`);
        }
    }
    else if (options.create) {
        progress(`creating policy ${names.policy}`);
        policyArn = await step(`iam:CreatePolicy ${names.policy}`, () => (0,aws_iam/* createPolicy */.BV)(iam, names.policy, (0,defaults/* initialInvokePolicyDocument */.o1)(bucket)));
        add('invoke policy', names.policy, 'created', policyArn);
    }
    else
        add('invoke policy', names.policy, 'missing');
    if (group && policyArn) {
        const attached = await step(`iam:ListAttachedGroupPolicies ${names.group}`, () => (0,aws_iam/* isGroupPolicyAttached */.iB)(iam, names.group, policyArn));
        if (attached)
            add('policy on group', `${names.policy} → ${names.group}`, 'exists');
        else if (options.create) {
            await step(`iam:AttachGroupPolicy ${names.group}`, () => (0,aws_iam/* attachGroupPolicy */.Fk)(iam, names.group, policyArn));
            add('policy on group', `${names.policy} → ${names.group}`, 'created');
        }
        else
            add('policy on group', `${names.policy} → ${names.group}`, 'missing');
    }
    if (group && userArn) {
        if (group.users.includes(names.user))
            add('user in group', `${names.user} → ${names.group}`, 'exists');
        else if (options.create) {
            await step(`iam:AddUserToGroup ${names.group}`, () => (0,aws_iam/* addUserToGroup */.Hn)(iam, names.user, names.group));
            add('user in group', `${names.user} → ${names.group}`, 'created');
        }
        else
            add('user in group', `${names.user} → ${names.group}`, 'missing');
    }
    // The execution role, with CloudWatch logging.
    let roleArn = await step(`iam:GetRole ${names.role}`, () => (0,aws_iam/* findRole */._$)(iam, names.role));
    if (roleArn) {
        add('execution role', names.role, 'exists', roleArn);
        const logging = await step(`iam:ListAttachedRolePolicies ${names.role}`, () => (0,aws_iam/* ensureRoleLogging */.u)(iam, names.role, options.create));
        if (logging === 'added')
            report.changed = true;
        if (logging === 'missing')
            report.warnings.push(`execution role "${names.role}" lacks AWSLambdaBasicExecutionRole: functions cannot write logs (run with --create to attach it)`);
    }
    else if (options.create) {
        progress(`creating execution role ${names.role}`);
        roleArn = await step(`iam:CreateRole ${names.role}`, () => (0,aws_iam/* createExecuteRole */.UZ)(iam, names.role));
        add('execution role', names.role, 'created', roleArn);
    }
    else
        add('execution role', names.role, 'missing');
    if (options.createAccessKey) {
        if (!userArn)
            throw new src_errors/* UserError */.y(`cannot create an access key: user "${names.user}" does not exist (run with --create)`);
        try {
            report.accessKey = await (0,aws_iam/* createAccessKey */.oy)(iam, names.user);
            report.changed = true;
        }
        catch (err) {
            if ((0,errors/* errorName */.Is)(err) === 'LimitExceeded' || (0,errors/* errorName */.Is)(err) === 'LimitExceededException') {
                throw new src_errors/* UserError */.y(`user "${names.user}" already has 2 access keys, the most IAM allows: delete one that is no longer used (IAM console, or aws iam delete-access-key) and run again`);
            }
            throw (0,errors/* explainAwsError */.Ni)(err, `iam:CreateAccessKey ${names.user}`, settings);
        }
    }
    return report;
}


/***/ })

};
