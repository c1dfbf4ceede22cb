export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SILENT_LOGGER: () => (/* binding */ SILENT_LOGGER),
/* harmony export */   createClients: () => (/* binding */ createClients),
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   defaultRetryDelay: () => (/* binding */ defaultRetryDelay)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1696);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3609);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// The AWS SDK clients, configured once: region, credentials, endpoint, retries and user agent.
// Tests inject a request handler (to put faults between the SDK and moto) and fast retry delays.






/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
function defaultRetryDelay(attempt) {
    return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}
function commonConfig(settings, options) {
    return {
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
        // Request bodies are buffers, so every retried request re-sends the same bytes.
        retryStrategy: new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.ConfiguredRetryStrategy(options.maxAttempts ?? 8, options.retryDelay ?? defaultRetryDelay),
        customUserAgent: `mm-apps-deploy/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
    };
}
/** Says nothing: for a client whose failures the caller reports itself. */
const SILENT_LOGGER = { trace() { }, debug() { }, info() { }, warn() { }, error() { } };
/**
 * An S3 client alone. `followRegionRedirects` is for buckets that are not the app's (a bundle
 * source, the cloud deployer's bundle bucket), which may be in any region.
 */
function createS3Client(settings, options = {}, extra = {}) {
    // Checksums only where S3 requires them: uploads carry Content-MD5 instead (see s3-objects.ts).
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({ ...commonConfig(settings, options), forcePathStyle: settings.forcePathStyle, requestChecksumCalculation: 'WHEN_REQUIRED', ...extra });
}
function createClients(settings, options = {}) {
    const common = commonConfig(settings, options);
    const lambda = new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__/* .LambdaClient */ .Nox(common);
    const s3 = createS3Client(settings, options);
    const iam = new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .IAMClient */ .h8v(common);
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(common);
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
