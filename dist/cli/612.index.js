export const id = 612;
export const ids = [612];
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
        const r = await ctx.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: abort.signal });
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
