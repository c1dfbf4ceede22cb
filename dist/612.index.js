export const id = 612;
export const ids = [612];
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

/***/ 1612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadS3: () => (/* binding */ downloadS3)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _sink_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3578);





async function downloadS3(bucket, key, file, ctx) {
    const what = `s3://${bucket}/${key}`;
    ctx.state.phase = 'connecting';
    ctx.state.from = `s3://${bucket}`;
    ctx.state.received = 0;
    delete ctx.state.total;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ctx.timeoutMs);
    let body;
    let length;
    try {
        const r = await ctx.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }), { abortSignal: abort.signal });
        body = r.Body;
        length = r.ContentLength;
    }
    catch (err) {
        if (abort.signal.aborted)
            throw new _util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(`no answer from S3 for ${what} in ${(0,_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(ctx.timeoutMs)}`);
        throw explain(err, bucket, key, ctx.settings);
    }
    finally {
        clearTimeout(timer);
    }
    if (length !== undefined && length > ctx.maxBytes) {
        body.destroy();
        throw (0,_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .tooLarge */ .g$)(what, ctx.maxBytes, length);
    }
    if (length !== undefined)
        ctx.state.total = length;
    return await (0,_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .receive */ .uZ)(body, file, { what, maxBytes: ctx.maxBytes, idleMs: ctx.timeoutMs, state: ctx.state });
}
function explain(err, bucket, key, settings) {
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err);
    if (name === 'NoSuchKey' || ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 404 && name !== 'NoSuchBucket'))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`s3://${bucket}/${key} does not exist; check the key (keys are case-sensitive)`);
    if (name === 'NoSuchBucket')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`S3 bucket "${bucket}" does not exist`);
    // The SDK has retried the request already: what is left is for the user.
    const explained = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAwsError */ .Ni)(err, `s3:GetObject on s3://${bucket}/${key}`, settings);
    return explained instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y ? explained : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`s3:GetObject on s3://${bucket}/${key} failed: ${explained.message}`);
}


/***/ })

};
