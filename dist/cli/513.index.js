export const id = 513;
export const ids = [513];
export const modules = {

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPrune: () => (/* binding */ applyPrune),
/* harmony export */   planPrune: () => (/* binding */ planPrune)
/* harmony export */ });
/* unused harmony export compareVersions */
/* harmony import */ var _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_iam_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1084);
/* harmony import */ var _aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7228);
/* harmony import */ var _aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9058);
/* harmony import */ var _aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4242);
/* harmony import */ var _provision_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4444);
/* harmony import */ var _compat_naming_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3100);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2036);










function compareVersions(a, b) {
    return a.replace(/^v/, '').localeCompare(b.replace(/^v/, ''), 'en', { numeric: true });
}
async function planPrune(clients, options) {
    if (!Number.isInteger(options.keep) || options.keep < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('--keep must be 1 or more: the newest version is never removed');
    const { s3, lambda, iam, settings } = clients;
    const bucket = settings.bucket;
    const step = async (action, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, action, settings);
        }
    };
    const listed = await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listWithDates */ .eX)(s3, bucket, `manifests/${options.appId}_`));
    const versions = [];
    for (const { key } of listed) {
        const manifest = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .readManifest */ .WI)(await step(`s3:GetObject on ${bucket}/${key}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .getObject */ .iM)(s3, bucket, key))).manifest;
        // Another app whose ID starts with this one's (and "_") has manifests under the same prefix.
        if (!manifest || manifest.appId !== options.appId || (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_7__/* .s3ManifestName */ .dI)(manifest.appId, manifest.version) !== key)
            continue;
        versions.push({ version: manifest.version, keep: false, manifestKey: key, functions: manifest.functions.map((f) => (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_7__/* .lambdaName */ .FE)(options.appId, manifest.version, f.name)), functionArns: [], objects: [] });
    }
    if (versions.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no versions of "${options.appId}" in bucket ${bucket} (no manifests/${options.appId}_<version>.json)`);
    versions.sort((a, b) => compareVersions(b.version, a.version));
    versions.forEach((v, i) => (v.keep = i < options.keep));
    const existing = await step('lambda:ListFunctions', () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .listFunctionNames */ .pD)(lambda));
    for (const v of versions.filter((x) => !x.keep)) {
        v.functions = v.functions.filter((f) => existing.has(f));
        for (const f of v.functions) {
            const current = await step(`lambda:GetFunction ${f}`, () => (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .getFunction */ .N9)(lambda, f));
            if (current?.arn)
                v.functionArns.push(current.arn);
        }
        v.objects = [...(await step(`s3:ListBucket on ${bucket}`, () => (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listPrefix */ .Zs)(s3, bucket, (0,_compat_naming_js__WEBPACK_IMPORTED_MODULE_7__/* .s3StaticName */ .Wj)(options.appId, v.version, '')))).keys()];
    }
    const policyName = options.invokePolicy ?? _aws_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_INVOKE_POLICY */ .Sf;
    const policyArn = await step('iam:ListPolicies', () => (0,_aws_iam_js__WEBPACK_IMPORTED_MODULE_2__/* .findPolicy */ .i6)(iam, policyName));
    return { appId: options.appId, bucket, versions, invokePolicy: { name: policyName, ...(policyArn ? { arn: policyArn } : {}) } };
}
async function applyPrune(clients, plan, options) {
    const progress = options.onProgress ?? (() => undefined);
    const remove = plan.versions.filter((v) => !v.keep);
    const report = { removed: [], notRemoved: remove.map((v) => v.version), policy: { removed: [], status: 'skipped' } };
    try {
        // The invoke policy first: nothing may invoke what is about to go.
        if (plan.invokePolicy.arn) {
            const arns = remove.flatMap((v) => v.functionArns);
            const updated = await (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .updatePolicyDocument */ .t5)(clients.iam, plan.invokePolicy.arn, (document) => (0,_aws_invoke_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutInvokeArns */ .F1)(document, arns), { onRetry: progress });
            if (updated.writes > 0) {
                progress(`removed ${updated.changed.length} functions from invoke policy ${plan.invokePolicy.name}`);
                report.policy = { removed: updated.changed, status: 'done' };
            }
            else
                report.policy.status = 'unchanged';
        }
        for (const v of remove) {
            progress(`removing ${plan.appId} ${v.version}: ${v.functions.length} functions, ${v.objects.length} static objects, the manifest`);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .replaceMetadata */ ._H)(clients.s3, plan.bucket, v.manifestKey, ({ [_provision_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .STATIC_DIGEST_METADATA */ .SO]: _, ...rest }) => rest);
            for (const f of v.functions)
                await (0,_aws_lambda_functions_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteFunction */ .uX)(clients.lambda, f);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, v.objects);
            await (0,_aws_s3_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteObjects */ .Uw)(clients.s3, plan.bucket, [v.manifestKey]);
            report.removed.push(v.version);
            report.notRemoved = report.notRemoved.filter((x) => x !== v.version);
        }
    }
    catch (err) {
        if (report.policy.status === 'skipped' && plan.invokePolicy.arn)
            report.policy.status = 'failed';
        report.error = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'prune', clients.settings);
    }
    return report;
}


/***/ })

};
