export const id = 960;
export const ids = [960];
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
            ...(policyUsers?.PolicyGroups ?? []).map((g) => g.GroupName).filter((g) => g !== names.group).map((g) => `group ${g}`),
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
