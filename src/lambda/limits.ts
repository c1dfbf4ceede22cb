// AWS Lambda package limits (research/aws-lambda-s3.md §1.2, Lambda quotas page).

/** CodeSizeZipped: the largest zip accepted by direct upload (ZipFile). */
export const MAX_ZIPPED_BYTES = 52_428_800;
/** CodeSizeUnzipped: function and layers together. */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/** The Handler field: 0–128 characters, no whitespace. */
export const MAX_HANDLER_LENGTH = 128;
/** S3 object keys are at most 1,024 bytes of UTF-8. */
export const MAX_S3_KEY_BYTES = 1024;
