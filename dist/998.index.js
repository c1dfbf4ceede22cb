export const id = 998;
export const ids = [998];
export const modules = {

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/compat/provision-data.ts
var provision_data = __webpack_require__(7538);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/util/digits.ts
var digits = __webpack_require__(6780);
;// CONCATENATED MODULE: ./src/publish/describe.ts
// Words for a publish outcome, shared by the CLI and the action (each renders them its own way).


const tagList = (tags) => tags.map((t) => `${t}=true`).join(', ');
function describePublish(o) {
    const where = `s3://${o.bucket}/${o.key}`;
    const app = `${o.manifest.appId} ${o.manifest.version}`;
    const deployed = o.existing?.deployedTags ?? [];
    const rows = [
        ['key', o.key],
        ['sha256', o.sha256],
        ['size', `${(0,format/* formatBytes */.z3)(o.size)} (${(0,digits/* grouped */.z)(o.size)} bytes)`],
    ];
    if (o.existing?.sha256 && o.existing.sha256 !== o.sha256)
        rows.push(['replaces', `sha256 ${o.existing.sha256}${deployed.length ? ` (${tagList(deployed)})` : ''}`]);
    const next = 'The Mattermost cloud deployer picks it up at its next hourly run: it deploys every .zip at the bucket root without a deployed_<environment>=true tag, then tags it.';
    switch (o.action) {
        case 'refused':
            return {
                heading: `Refused to publish ${app}: ${where} holds another bundle, which the cloud deployer has deployed (${tagList(deployed)}); nothing was written`,
                rows,
                pickup: 'A released version should not change under the same name: publish the change as a new version. To replace it anyway and have the deployer deploy it again, use --force (action input force: true).',
                ok: false,
            };
        case 'unchanged':
            return {
                heading: `${where} already holds this bundle of ${app}: nothing was written`,
                rows,
                pickup: deployed.length > 0 ? `The cloud deployer has deployed it (${tagList(deployed)}).` : 'The cloud deployer has not deployed it yet; it picks it up at its next hourly run.',
                ok: true,
            };
        default: {
            const verb = o.action === 'replace' ? (deployed.length > 0 ? 'replace (forced)' : 'replace') : 'upload';
            if (o.dryRun)
                return { heading: `Would ${verb} ${where} with ${app} (dry run: nothing was written)`, rows, pickup: next, ok: true };
            return { heading: `Published ${app} to ${where}${o.action === 'replace' ? ` (replaced${deployed.length > 0 ? ', forced' : ''})` : ''}`, rows, pickup: next, ok: true };
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/s3-objects.ts
var s3_objects = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/aws/settings.ts
var aws_settings = __webpack_require__(6536);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 1 modules
var validate = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/publish/bundle-bucket.ts
// The cloud deployer's bundle bucket, as the deployer sees it (research §8): one page of
// ListObjectsV2 at the root, every ".zip" key, skipped when tagged deployed_<environment>=true.
// We read an object's SHA-256 (our metadata) and tags, and upload a bundle without tags, so that
// the deployer takes it at its next run.




/** The deployer lists one page: S3's default of 1,000 keys ("TODO: Limit of 1000 objects per API call should be handled"). */
const DEPLOYER_LISTING_PAGE = 1000;
/** SHA-256 and MD5 of a file in one pass. */
async function digestFile(file) {
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        sha.update(chunk);
        md5.update(chunk);
        size += chunk.length;
    }
    const m = md5.digest();
    return { sha256: sha.digest('hex'), md5: m.toString('base64'), md5Hex: m.toString('hex'), size };
}
/** The tags that make the deployer skip an object: deployed_<environment>=true (PutDeployedObjectTag). */
function deployedTags(tags) {
    return Object.entries(tags)
        .filter(([k, v]) => k.startsWith('deployed_') && k.length > 'deployed_'.length && v === 'true')
        .map(([k]) => k)
        .sort();
}
async function readBundleObject(s3, bucket, key) {
    const head = await (0,s3_objects/* headObject */.C6)(s3, bucket, key);
    if (!head)
        return undefined;
    const tagging = await s3.send(new dist_cjs.GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    const tags = Object.fromEntries((tagging.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    return {
        ...(head.metadata[s3_objects/* SHA256_METADATA */.yn] ? { sha256: head.metadata[s3_objects/* SHA256_METADATA */.yn] } : {}),
        ...(head.etag ? { etag: head.etag } : {}),
        ...(head.size !== undefined ? { size: head.size } : {}),
        ...(head.contentType ? { contentType: head.contentType } : {}),
        tags,
    };
}
/** Whether an existing object holds these bytes: our SHA-256, or for an object from elsewhere its single-part ETag (an MD5). */
function sameBytes(existing, d) {
    if (existing.sha256)
        return existing.sha256 === d.sha256;
    return existing.size === d.size && existing.etag === d.md5Hex;
}
/** The first page of the unprefixed listing, as the deployer reads it. */
async function firstListingPage(s3, bucket) {
    const r = await s3.send(new dist_cjs.ListObjectsV2Command({ Bucket: bucket, MaxKeys: DEPLOYER_LISTING_PAGE }));
    return (r.Contents ?? []).map((o) => o.Key ?? '');
}
/**
 * When `key` would not be in the deployer's first page once published: the 1,000th key of the
 * listing (S3 lists in UTF-8 byte order), else undefined.
 */
function beyondFirstPage(page, key) {
    if (page.includes(key))
        return undefined;
    const before = page.filter((k) => Buffer.compare(Buffer.from(k), Buffer.from(key)) < 0);
    return before.length >= DEPLOYER_LISTING_PAGE ? before[DEPLOYER_LISTING_PAGE - 1] : undefined;
}
/**
 * One PutObject of the bundle file, streamed: Content-Type application/zip, the SHA-256 in the
 * metadata, Content-MD5 (S3 refuses bytes that do not match it) and no tags. Conditional on what
 * the preflight saw (no object, or the object with that ETag), so that a concurrent change is not
 * overwritten. The client must not retry by itself: a stream cannot be sent twice.
 */
async function putBundle(s3, bucket, key, file, d, replacing) {
    const condition = !replacing ? { IfNoneMatch: '*' } : replacing.etag ? { IfMatch: `"${replacing.etag}"` } : {};
    const body = (0,external_node_fs_.createReadStream)(file);
    try {
        await s3.send(new dist_cjs.PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentLength: d.size,
            ContentMD5: d.md5,
            ContentType: 'application/zip',
            Metadata: { [s3_objects/* SHA256_METADATA */.yn]: d.sha256 },
            ...condition,
        }));
    }
    finally {
        body.destroy();
    }
}

;// CONCATENATED MODULE: ./src/publish/deployer.ts

function deployerFindings(validation) {
    const m = validation.manifest;
    if (!m)
        return [];
    return m.format === 'legacy' ? [(0,finding/* finding */.gk)('MMA240', m.locate(['aws_lambda']))] : [];
}

;// CONCATENATED MODULE: ./src/publish/key.ts
// The key a bundle is published under in the cloud deployer's bundle bucket. The deployer
// (mattermost-apps-cloud-deployer main.go, research §8) downloads each key to TempDir/<key>,
// unzips it into TempDir/<key without .zip>, and hands that name to Terraform as bundle_name
// (a path segment of the function archive's file name). So the key must be a plain file name:
// no "/", nothing a shell, a path or HCL could read differently, not "." or "..", and within a
// file system's 255-byte name limit.

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*\.zip$/;
const MAX_KEY_BYTES = 255;
/** <app_id>_<version>.zip, as appsctl names bundles it builds. */
function defaultBundleKey(manifest) {
    return `${manifest.appId}_${manifest.version}.zip`;
}
/** What is wrong with a bundle key, or undefined. */
function bundleKeyProblem(key) {
    if (!key.endsWith('.zip'))
        return 'does not end in ".zip", and the cloud deployer only takes keys that do';
    if (key.includes('/'))
        return 'contains "/": the cloud deployer reads the bucket root and downloads each bundle to a file named after its key';
    const bad = [...new Set([...key].filter((c) => !/[A-Za-z0-9._-]/.test(c)))];
    if (bad.length > 0)
        return `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}; use only letters, digits, ".", "_" and "-"`;
    if (!KEY.test(key))
        return 'must start with a letter or digit and have a name before ".zip"';
    if (Buffer.byteLength(key) > MAX_KEY_BYTES)
        return `is ${Buffer.byteLength(key)} bytes; a file name may have at most ${MAX_KEY_BYTES}`;
    return undefined;
}
/** The key to publish under: the one given, else the default; refused when the deployer could not use it. */
function bundleKey(manifest, given) {
    const key = given ?? defaultBundleKey(manifest);
    const problem = bundleKeyProblem(key);
    if (!problem)
        return key;
    if (given !== undefined)
        throw new src_errors/* UserError */.y(`bundle key "${key}" ${problem}`);
    throw new src_errors/* UserError */.y(`the default bundle key "${key}" (<app_id>_<version>.zip) ${problem}; choose one with --key (action input bundle-key)`);
}

;// CONCATENATED MODULE: ./src/publish/publish.ts
// publish: hands a bundle to the Mattermost apps cloud deployer by putting it in its bundle
// bucket (research §8). Validates it as validate does plus what the deployer needs, reads the
// bucket first (the preflight: nothing is written when it fails), leaves the same bytes alone,
// refuses to replace a bundle the deployer has already deployed unless forced, uploads without
// tags so that the deployer takes it at its next run, and checks what it wrote.














async function publish(req) {
    const progress = req.onProgress ?? (() => undefined);
    if ((0,external_node_fs_.statSync)(req.bundlePath).isDirectory()) {
        throw new src_errors/* UserError */.y('publish takes a bundle .zip, not an app directory: pack it first (mm-apps-deploy pack DIR, or action mode pack) and publish the bundle it writes');
    }
    const validation = await (0,validate/* validate */.t)(req.bundlePath, { now: req.now, onProgress: progress });
    const findings = (0,finding/* sortFindings */.Tc)([...validation.findings, ...deployerFindings(validation)]);
    if ((0,finding/* hasErrors */.Cs)(findings) || !validation.manifest || !validation.provisionData)
        throw new finding/* FindingsError */.NH(findings);
    const manifest = validation.manifest;
    const key = bundleKey(manifest, req.key);
    const settings = (0,aws_settings/* resolveAwsSettings */.$)({ ...req.aws, bucket: req.bucket });
    const digests = await digestFile(req.bundlePath);
    // The bundle bucket may be in another region than the apps': follow S3's redirect.
    const s3 = (0,clients.createS3Client)(settings, req.clientOptions, { followRegionRedirects: true });
    // Uploads stream the file, which the SDK cannot send twice: they are retried (and their
    // failures reported) here instead; the SDK would also warn on the console about each.
    const uploader = (0,clients.createS3Client)(settings, { ...req.clientOptions, maxAttempts: 1 }, { followRegionRedirects: true, logger: clients.SILENT_LOGGER });
    try {
        progress(`checking bucket ${req.bucket}`);
        await checkBucket(s3, req.bucket, settings);
        const [existing, page] = await Promise.all([
            step(settings, `s3:GetObject and s3:GetObjectTagging on s3://${req.bucket}/${key}`, () => readBundleObject(s3, req.bucket, key)),
            step(settings, `s3:ListBucket on ${req.bucket}`, () => firstListingPage(s3, req.bucket)),
        ]);
        const action = decide(existing, digests, req.force ?? false);
        const last = action === 'refused' ? undefined : beyondFirstPage(page, key);
        const outcome = {
            bucket: req.bucket,
            key,
            sha256: digests.sha256,
            size: digests.size,
            manifest,
            provisionData: validation.provisionData,
            findings: last ? (0,finding/* sortFindings */.Tc)([...findings, (0,finding/* finding */.gk)('MMA241', undefined, key, req.bucket, last)]) : findings,
            action,
            dryRun: req.dryRun ?? false,
            published: false,
            ...(existing ? { existing: { ...(existing.sha256 ? { sha256: existing.sha256 } : {}), deployedTags: deployedTags(existing.tags) } } : {}),
            settings,
        };
        if (outcome.dryRun || action === 'unchanged' || action === 'refused')
            return outcome;
        const what = `s3://${req.bucket}/${key}`;
        progress(`uploading ${key} (${(0,digits/* grouped */.z)(digests.size)} bytes) to ${req.bucket}`);
        const retry = { attempts: 3, delay: util_retry/* backoffDelay */.EY, sleep: req.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)), onRetry: progress };
        await (0,util_retry/* withRetries */.LH)(`upload ${what}`, retry, async (n) => {
            try {
                await putBundle(uploader, req.bucket, key, req.bundlePath, digests, existing);
            }
            catch (err) {
                // A retried conditional put finds the object of the attempt whose answer was lost.
                if (n > 1 && preconditionFailed(err) && (await readBundleObject(s3, req.bucket, key))?.sha256 === digests.sha256)
                    return;
                if (preconditionFailed(err))
                    throw new src_errors/* UserError */.y(`${what} changed while this was publishing (another publish at the same time?); nothing was overwritten. Run again`);
                // transient failures go back to the retry loop as they are; the rest are explained
                throw (0,util_retry/* isTransient */.dg)(err) ? err : (0,errors/* explainAwsError */.Ni)(err, `s3:PutObject on ${what}`, settings);
            }
        });
        progress(`verifying ${what}`);
        await verify(s3, req.bucket, key, digests.sha256, digests.size, settings);
        outcome.published = true;
        return outcome;
    }
    finally {
        s3.destroy();
        uploader.destroy();
    }
}
function decide(existing, d, force) {
    if (!existing)
        return 'upload';
    if (sameBytes(existing, d))
        return 'unchanged';
    return deployedTags(existing.tags).length > 0 && !force ? 'refused' : 'replace';
}
async function step(settings, action, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw (0,errors/* explainAwsError */.Ni)(err, action, settings);
    }
}
async function checkBucket(s3, bucket, settings) {
    try {
        await (0,s3_objects/* headBucket */.NE)(s3, bucket);
    }
    catch (err) {
        const status = (0,errors/* httpStatus */.nG)(err);
        if (status === 404 || (0,errors/* errorName */.Is)(err) === 'NotFound' || (0,errors/* errorName */.Is)(err) === 'NoSuchBucket') {
            throw new src_errors/* UserError */.y(`bundle bucket "${bucket}" does not exist; give the cloud deployer's bucket (its AppsBundleBucketName) with --bundle-bucket (action input bundle-bucket)`);
        }
        if (status === 403) {
            throw new src_errors/* UserError */.y(`bundle bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket on it and s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects`);
        }
        throw (0,errors/* explainAwsError */.Ni)(err, `s3:HeadBucket on ${bucket}`, settings);
    }
}
function preconditionFailed(err) {
    return (0,errors/* errorName */.Is)(err) === 'PreconditionFailed' || (0,errors/* httpStatus */.nG)(err) === 412;
}
/** What the deployer will find: our bytes (by their SHA-256 and size) and no deployed_* tag. */
async function verify(s3, bucket, key, sha256, size, settings) {
    const what = `s3://${bucket}/${key}`;
    const got = await step(settings, `s3:GetObject and s3:GetObjectTagging on ${what}`, () => readBundleObject(s3, bucket, key));
    if (!got || got.sha256 !== sha256 || got.size !== size) {
        throw new src_errors/* UserError */.y(`${what} does not hold what was uploaded (SHA-256 ${got?.sha256 ?? 'none'}, ${got?.size ?? 0} bytes); run publish again`);
    }
    const tags = deployedTags(got.tags);
    if (tags.length > 0) {
        throw new src_errors/* UserError */.y(`${what} was uploaded but carries ${tags.join(', ')}=true, so the cloud deployer would skip it; remove the tag (aws s3api delete-object-tagging) or run publish again`);
    }
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(3769);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/publish.ts










/** Mode publish: the bundle into the cloud deployer's bundle bucket. */
async function runPublish(inputs, now) {
    const label = inputs.bundle.input;
    const subject = { kind: 'bundle', path: label };
    let outcome;
    try {
        outcome = await log/* log */.R.group(`${inputs.dryRun ? 'Plan to publish' : 'Publish'} ${label}`, () => publish({
            bundlePath: inputs.bundle.path,
            bucket: inputs.bucket,
            key: inputs.key,
            force: inputs.force,
            dryRun: inputs.dryRun,
            now,
            aws: { ...inputs.awsLocation, env: process.env },
            onProgress: (m) => log/* log */.R.progress(m),
        }));
    }
    catch (err) {
        if (!(err instanceof finding/* FindingsError */.NH))
            throw err;
        (0,report/* annotate */.fz)(subject, err.findings);
        const errors = (0,format/* plural */.LS)((0,finding/* errorsOf */.Bp)(err.findings).length, 'error');
        await (0,summary/* writeSummary */.S)((s) => {
            s.heading(`mm-apps-deploy publish: ${label} has ${errors}`);
            s.paragraph('Nothing was written to the bundle bucket.');
            s.table(report/* FINDINGS_HEADER */.xu, (0,report/* findingsRows */.aL)(subject, err.findings));
        });
        log/* log */.R.setFailed(`publish refused: ${errors} in ${label} (see the annotations); nothing was written`);
        return;
    }
    (0,report/* annotate */.fz)(subject, outcome.findings);
    const d = describePublish(outcome);
    // a downloaded bundle's provision data file goes to RUNNER_TEMP, not beside the download
    await (0,outputs/* setAppOutputs */.KK)(outcome.manifest, outcome.provisionData, (0,action_inputs/* downloaded */.aW)(inputs.bundle) ? undefined : inputs.bundle.path);
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.BundleKey, outcome.key);
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.BundleSha256, outcome.sha256);
    (0,outputs/* setOutput */.uH)(outputs/* Outputs */.tY.Published, outcome.published ? 'true' : 'false');
    await (0,summary/* writeSummary */.S)((s) => {
        s.heading(d.heading);
        s.list(d.rows.map(([k, v]) => [`${k}: `, { code: v }]));
        s.paragraph(d.pickup);
        if (d.ok) {
            s.paragraph('Provision data (what the deployer deploys):');
            s.code((0,provision_data/* marshalProvisionData */.uY)(outcome.provisionData), 'json');
        }
        if (outcome.findings.length > 0)
            s.heading('Warnings', 3).table(report/* FINDINGS_HEADER */.xu, (0,report/* findingsRows */.aL)(subject, outcome.findings));
    });
    if (!d.ok)
        log/* log */.R.setFailed(`${d.heading}. ${d.pickup}`);
    else
        log/* log */.R.info(`${d.heading}\n${d.pickup}`);
}


/***/ })

};
