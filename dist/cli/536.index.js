export const id = 536;
export const ids = [536];
export const modules = {

/***/ 4255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ DEFAULT_INVOKE_USER),
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   Sf: () => (/* binding */ DEFAULT_INVOKE_POLICY),
/* harmony export */   T8: () => (/* binding */ DEFAULT_INVOKE_GROUP),
/* harmony export */   hg: () => (/* binding */ DEFAULT_BUCKET),
/* harmony export */   jx: () => (/* binding */ ASSUME_ROLE_POLICY_DOCUMENT),
/* harmony export */   o1: () => (/* binding */ initialInvokePolicyDocument),
/* harmony export */   rQ: () => (/* binding */ DEFAULT_EXECUTE_ROLE),
/* harmony export */   yq: () => (/* binding */ lambdaBasicExecutionPolicy)
/* harmony export */ });
// Default names and environment variables shared with Mattermost's tooling
// (mattermost-plugin-apps upstream/upaws aws.go; research/mattermost-apps-aws.md §4.4, §6).
const DEFAULT_BUCKET = 'mattermost-apps-bucket';
const DEFAULT_EXECUTE_ROLE = 'mattermost-apps-execute-lambda-role';
const DEFAULT_INVOKE_POLICY = 'mattermost-apps-invoke-policy';
const DEFAULT_INVOKE_USER = 'mattermost-apps-invoke';
const DEFAULT_INVOKE_GROUP = 'mattermost-apps-invoke-group';
/** The AWS managed policy that lets functions write CloudWatch logs, in the caller's partition (aws, aws-cn, aws-us-gov). */
function lambdaBasicExecutionPolicy(partition = 'aws') {
    return `arn:${partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`;
}
const ENV = {
    /** The bucket of static assets and manifests (plugin and appsctl). */
    bucket: 'MM_APPS_S3_BUCKET',
    region: 'MM_APPS_AWS_REGION',
    /** Deploy credentials: appsctl v1.0+ names, then the v0.7 names of the seed documentation. */
    deployAccessKey: 'MM_APPS_DEPLOY_AWS_ACCESS_KEY',
    deploySecretKey: 'MM_APPS_DEPLOY_AWS_SECRET_KEY',
    provisionAccessKey: 'MM_APPS_PROVISION_AWS_ACCESS_KEY',
    provisionSecretKey: 'MM_APPS_PROVISION_AWS_SECRET_KEY',
    /** The invoke user's key, which the plugin reads (printed by init --create-access-key). */
    invokeAccessKey: 'MM_APPS_AWS_ACCESS_KEY',
    invokeSecretKey: 'MM_APPS_AWS_SECRET_KEY',
};
/** The trust policy of the execution role (upaws.AssumeRolePolicyDocument). */
const ASSUME_ROLE_POLICY_DOCUMENT = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
/**
 * The invoke policy `init` creates (upaws.InitialInvokePolicyDocument since v1.0.0): read the
 * bucket's manifests and static assets, list the bucket. Functions are added by provision in an
 * AllowLambda statement.
 */
function initialInvokePolicyDocument(bucket) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            { Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/manifests/*`, `arn:aws:s3:::${bucket}/static/*`] },
            { Sid: 'AllowS3list', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`] },
        ],
    });
}


/***/ }),

/***/ 6536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAwsSettings: () => (/* binding */ resolveAwsSettings)
/* harmony export */ });
/* unused harmony export secretsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
// Where provisioning goes and as whom: region, bucket, endpoint and credentials, resolved from
// options, then Mattermost's variables, then the AWS SDK's own defaults (SPEC §4).


/** S3 bucket naming rules (general purpose buckets). */
const BUCKET_NAME = /^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
function pair(env, access, secret) {
    const a = env[access];
    const s = env[secret];
    if (!a && !s)
        return undefined;
    if (!a || !s)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${a ? access : secret} is set but ${a ? secret : access} is not; set both, or neither to use the AWS default credentials`);
    return { accessKeyId: a, secretAccessKey: s };
}
function resolveAwsSettings(input) {
    const { env } = input;
    const region = input.region || env[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.region] || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region !== undefined && !REGION.test(region))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${region}" is not an AWS region name (e.g. us-east-1)`);
    const bucket = input.bucket || env[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.bucket] || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUCKET */ .hg;
    if (!BUCKET_NAME.test(bucket)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${bucket}" is not a valid S3 bucket name: 3 to 63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit`);
    }
    let endpoint;
    if (input.endpointUrl) {
        try {
            endpoint = new URL(input.endpointUrl).toString().replace(/\/$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${input.endpointUrl}" is not a URL; give the endpoint as e.g. http://127.0.0.1:5000`);
        }
    }
    const customEndpoint = Boolean(endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
    const sources = [
        ...(input.as === 'plugin' ? [[_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.invokeAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.invokeSecretKey]] : []),
        [_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.deployAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.deploySecretKey],
        [_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.provisionAccessKey, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.provisionSecretKey],
    ];
    let credentials;
    let credentialSource = 'the AWS default credential chain';
    for (const [access, secret] of sources) {
        credentials = pair(env, access, secret);
        if (credentials) {
            credentialSource = `${access} / ${secret}`;
            break;
        }
    }
    return {
        ...(region ? { region } : {}),
        bucket,
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: customEndpoint,
        ...(credentials ? { credentials } : {}),
        credentialSource,
    };
}
/** Secrets that front ends must mask in logs. */
function secretsOf(settings) {
    return settings.credentials ? [settings.credentials.secretAccessKey] : [];
}


/***/ })

};
