export const id = 362;
export const ids = [362];
export const modules = {

/***/ 8362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClients: () => (/* binding */ createClients)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/retry.ts
// How AWS requests are retried. The SDK's standard strategy shares one retry quota per client
// (500 tokens, 14 per retry in @smithy/core 3.41): after ~35 retries without successes to refill
// it, no request of that client is retried any more. Under a high fault rate (30% 5xx, 5% resets)
// a provision of 1,000 objects spent it in planning, and no run could make progress. A deploy
// makes a bounded number of requests with bounded attempts each: that bound is the breaker here.
/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
function defaultRetryDelay(attempt) {
    return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}
/**
 * Errors the SDK classifies as throttling that no wait fixes: IAM's LimitExceeded is a quota of
 * entities (5 versions of a policy, 2 access keys), and the caller must make room first.
 */
const NOT_TRANSIENT = new Set(['LimitExceeded', 'LimitExceededException']);
function token(count, delay) {
    return { getRetryCount: () => count, getRetryDelay: () => delay };
}
class BoundedRetryStrategy {
    maxAttempts;
    delay;
    constructor(maxAttempts, delay = defaultRetryDelay) {
        this.maxAttempts = maxAttempts;
        this.delay = delay;
    }
    async acquireInitialRetryToken() {
        return token(0, 0);
    }
    async refreshRetryTokenForRetry(previous, info) {
        const retries = previous.getRetryCount() + 1;
        const retryable = (info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT') && !NOT_TRANSIENT.has(info.error?.name ?? '');
        // The retry middleware rethrows the request's own error when this throws.
        if (!retryable || retries >= this.maxAttempts)
            throw new Error('no retry');
        let wait = this.delay(retries);
        if (info.retryAfterHint)
            wait = Math.max(wait, Math.min(info.retryAfterHint.getTime() - Date.now(), 20_000));
        return token(retries, wait);
    }
    recordSuccess() { }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
// The AWS SDK clients, configured once: region, credentials, endpoint, retries, connections and
// user agent. Tests inject a request handler (to put faults between the SDK and moto) and fast
// retry delays.








/** Kept-alive connections: at 30 ms per round trip, a new TLS connection per request would double each request's time. */
function connections(maxSockets) {
    return {
        httpAgent: new (external_node_http_default()).Agent({ keepAlive: true, maxSockets }),
        httpsAgent: new (external_node_https_default()).Agent({ keepAlive: true, maxSockets }),
    };
}
const SERVICES = { LambdaClient: 'lambda', S3Client: 's3', IAMClient: 'iam', STSClient: 'sts' };
/** Names the API call on every error it throws ("iam:CreatePolicyVersion"), for messages (see operationOf). */
function nameOperations(client) {
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (err && typeof err === 'object' && !('operation' in err)) {
                Object.assign(err, { operation: `${SERVICES[context.clientName ?? ''] ?? 'aws'}:${(context.commandName ?? '').replace(/Command$/, '')}` });
            }
            throw err;
        }
    }, { step: 'initialize', name: 'mmAppsDeployOperationName' });
}
function createClients(settings, options = {}) {
    const maxAttempts = options.maxAttempts ?? 8;
    const common = {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        maxAttempts,
        retryStrategy: new BoundedRetryStrategy(maxAttempts, options.retryDelay),
        customUserAgent: `mm-apps-deploy/${version/* VERSION */.x}`,
    };
    const handler = (maxSockets) => ({ requestHandler: options.requestHandler ?? connections(maxSockets) });
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox({ ...common, ...handler(16) });
    // Checksums only where S3 requires them: uploads carry Content-MD5 instead (see s3-objects.ts).
    const s3 = new client_s3_dist_cjs.S3Client({
        ...common,
        ...handler(options.s3Connections ?? 64),
        forcePathStyle: settings.forcePathStyle,
        requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const iam = new dist_cjs/* IAMClient */.h8v({ ...common, ...handler(16) });
    const sts = new client_sts_dist_cjs/* STSClient */.iM({ ...common, ...handler(4) });
    for (const c of [lambda, s3, iam, sts])
        nameOperations(c);
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


/***/ })

};
