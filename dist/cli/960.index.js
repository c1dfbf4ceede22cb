export const id = 960;
export const ids = [960];
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

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanAws: () => (/* binding */ cleanAws)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_iam_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1084);
// clean: what `appsctl aws clean` removes (research mattermost-apps-aws.md §5.3): the invoke user's
// access keys, the user, the invoke group and the invoke policy. Unlike appsctl it honours the
// names given, deletes every access key of the user (IAM refuses to delete a user that has any),
// and without `yes` only plans. It never touches functions, objects, buckets or the execution
// role, and refuses a step (saying why) where the resource is used by something init did not make.





/** An access key ID shown without its middle (IDs are not secret, but logs need not hold them). */
const maskKey = (id) => (id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id);
async function cleanAws(clients, options) {
    const { iam, settings } = clients;
    const names = { user: options.user ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_INVOKE_USER */ .Bp, group: options.group ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_INVOKE_GROUP */ .T8, policy: options.policy ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_INVOKE_POLICY */ .Sf };
    const step = async (action, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, action, settings);
        }
    };
    const who = await step('sts:GetCallerIdentity', () => clients.sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .GetCallerIdentityCommand */ .zI({})));
    const report = { account: who.Account ?? '', identity: who.Arn ?? '', steps: [], absent: [], changed: false };
    /** Plans, or with `yes` carries out, one removal. */
    const remove = async (what, action, fn) => {
        if (!options.yes) {
            report.steps.push({ what, status: 'planned' });
            return;
        }
        options.onProgress?.(`removing ${what}`);
        await step(action, fn);
        report.steps.push({ what, status: 'done' });
        report.changed = true;
    };
    const refuse = (what, reason) => report.steps.push({ what, status: 'refused', reason });
    // Everything is read first, so that a plan shows what --yes would do.
    const [userArn, group, policyArn] = await Promise.all([
        step(`iam:GetUser ${names.user}`, () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .findUser */ .Hr)(iam, names.user)),
        step(`iam:GetGroup ${names.group}`, () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .findGroup */ .$B)(iam, names.group)),
        step('iam:ListPolicies', () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .findPolicy */ .i6)(iam, names.policy)),
    ]);
    const keys = userArn ? ((await step(`iam:ListAccessKeys ${names.user}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListAccessKeysCommand */ .Qxm({ UserName: names.user })))).AccessKeyMetadata ?? []) : [];
    const userGroups = userArn ? ((await step(`iam:ListGroupsForUser ${names.user}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListGroupsForUserCommand */ .WcQ({ UserName: names.user })))).Groups ?? []).map((g) => g.GroupName) : [];
    const userPolicies = userArn ? ((await step(`iam:ListAttachedUserPolicies ${names.user}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListAttachedUserPoliciesCommand */ .zf4({ UserName: names.user })))).AttachedPolicies ?? []) : [];
    const groupPolicies = group ? ((await step(`iam:ListAttachedGroupPolicies ${names.group}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListAttachedGroupPoliciesCommand */ .xJQ({ GroupName: names.group })))).AttachedPolicies ?? []) : [];
    const policyUsers = policyArn ? await step(`iam:ListEntitiesForPolicy ${names.policy}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListEntitiesForPolicyCommand */ .sRK({ PolicyArn: policyArn }))) : undefined;
    // 1. The invoke user's access keys, and its membership of the invoke group.
    for (const key of keys) {
        await remove(`access key ${maskKey(key.AccessKeyId)} of ${names.user}`, `iam:DeleteAccessKey ${names.user}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DeleteAccessKeyCommand */ .yq0({ UserName: names.user, AccessKeyId: key.AccessKeyId })));
    }
    if (userArn && group?.users.includes(names.user)) {
        await remove(`${names.user} from group ${names.group}`, `iam:RemoveUserFromGroup ${names.group}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .RemoveUserFromGroupCommand */ .IuP({ UserName: names.user, GroupName: names.group })));
    }
    // 2. The invoke policy off the group, then the group.
    if (group && policyArn && groupPolicies.some((p) => p.PolicyArn === policyArn)) {
        await remove(`policy ${names.policy} from group ${names.group}`, `iam:DetachGroupPolicy ${names.group}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DetachGroupPolicyCommand */ .orH({ GroupName: names.group, PolicyArn: policyArn })));
    }
    if (group) {
        const others = group.users.filter((u) => u !== names.user);
        const otherPolicies = groupPolicies.filter((p) => p.PolicyArn !== policyArn).map((p) => p.PolicyName);
        if (others.length || otherPolicies.length) {
            refuse(`group ${names.group}`, `it also holds ${[...others.map((u) => `user ${u}`), ...otherPolicies.map((p) => `policy ${p}`)].join(', ')}, which init did not put there; remove them first or keep the group`);
        }
        else {
            await remove(`group ${names.group}`, `iam:DeleteGroup ${names.group}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DeleteGroupCommand */ .M0i({ GroupName: names.group })));
        }
    }
    else
        report.absent.push(`group ${names.group}`);
    // 3. The user, when nothing else holds it.
    if (userArn) {
        const otherGroups = userGroups.filter((g) => g !== names.group);
        if (otherGroups.length || userPolicies.length) {
            refuse(`user ${names.user}`, `it also belongs to ${[...otherGroups.map((g) => `group ${g}`), ...userPolicies.map((p) => `policy ${p.PolicyName}`)].join(', ')}; remove those first or keep the user`);
        }
        else {
            await remove(`user ${names.user}`, `iam:DeleteUser ${names.user}`, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DeleteUserCommand */ .O56({ UserName: names.user })));
        }
    }
    else
        report.absent.push(`user ${names.user}`);
    // 4. The invoke policy, once nothing else uses it (its older versions go first, as IAM requires).
    if (policyArn) {
        const elsewhere = [
            ...(policyUsers?.PolicyGroups ?? [])
                .map((g) => g.GroupName)
                .filter((g) => g !== names.group)
                .map((g) => `group ${g}`),
            ...(policyUsers?.PolicyUsers ?? []).map((u) => `user ${u.UserName}`),
            ...(policyUsers?.PolicyRoles ?? []).map((r) => `role ${r.RoleName}`),
        ];
        if (elsewhere.length) {
            refuse(`policy ${names.policy}`, `it is also attached to ${elsewhere.join(', ')}; detach it there first or keep it`);
        }
        else {
            await remove(`policy ${names.policy}`, `iam:DeletePolicy ${names.policy}`, async () => {
                const versions = (await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .ListPolicyVersionsCommand */ .D6R({ PolicyArn: policyArn }))).Versions ?? [];
                for (const v of versions)
                    if (!v.IsDefaultVersion)
                        await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DeletePolicyVersionCommand */ .$Pb({ PolicyArn: policyArn, VersionId: v.VersionId }));
                await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .DeletePolicyCommand */ .Z6J({ PolicyArn: policyArn }));
            });
        }
    }
    else
        report.absent.push(`policy ${names.policy}`);
    return report;
}


/***/ })

};
