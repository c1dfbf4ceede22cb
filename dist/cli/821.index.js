export const id = 821;
export const ids = [821];
export const modules = {

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
// EXTERNAL MODULE: ./src/aws/invoke-policy.ts
var invoke_policy = __webpack_require__(7228);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/aws/s3-bucket.ts
// The bucket itself: whether it exists, creating it, and its Block Public Access settings.


const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
/** A bucket in `region` (us-east-1 takes no location constraint) with all public access blocked. */
async function createPrivateBucket(s3, bucket, region) {
    await s3.send(new client_s3_dist_cjs.CreateBucketCommand({
        Bucket: bucket,
        ...(region !== 'us-east-1' ? { CreateBucketConfiguration: { LocationConstraint: region } } : {}),
    }));
    await s3.send(new client_s3_dist_cjs.PutPublicAccessBlockCommand({ Bucket: bucket, PublicAccessBlockConfiguration: ALL_BLOCKED }));
}
/** True when all four Block Public Access settings are on for the bucket. */
async function isPublicAccessBlocked(s3, bucket) {
    try {
        const r = await s3.send(new client_s3_dist_cjs.GetPublicAccessBlockCommand({ Bucket: bucket }));
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
        const { document } = await step(`iam:GetPolicyVersion ${names.policy}`, () => (0,invoke_policy/* getDefaultPolicyDocument */.zs)(iam, policyArn));
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
    // The execution role, and CloudWatch logging on it: two steps, each checked on every run, so
    // that a role whose policy attachment failed is finished by the next run (and never reported ready).
    let roleArn = await step(`iam:GetRole ${names.role}`, () => (0,aws_iam/* findRole */._$)(iam, names.role));
    if (roleArn)
        add('execution role', names.role, 'exists', roleArn);
    else if (options.create) {
        progress(`creating execution role ${names.role}`);
        roleArn = await step(`iam:CreateRole ${names.role}`, () => (0,aws_iam/* createRole */.rd)(iam, names.role));
        add('execution role', names.role, 'created', roleArn);
    }
    else
        add('execution role', names.role, 'missing');
    if (roleArn) {
        const partition = (0,aws_iam/* partitionOf */.iQ)(report.identity);
        const logging = `AWSLambdaBasicExecutionRole → ${names.role}`;
        const attached = await step(`iam:ListAttachedRolePolicies ${names.role}`, () => (0,aws_iam/* listRolePolicies */.L0)(iam, names.role));
        if ((0,aws_iam/* isLoggingAttached */.Cr)(attached, partition))
            add('logs policy on role', logging, 'exists');
        else if (options.create) {
            await step(`iam:AttachRolePolicy ${names.role}`, () => (0,aws_iam/* attachRoleLogging */.Jw)(iam, names.role, partition));
            add('logs policy on role', logging, 'created');
        }
        else
            add('logs policy on role', logging, 'missing');
    }
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
