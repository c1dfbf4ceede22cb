// The AWS SDK for JavaScript v3 prints a 9-line NodeVersionSupportWarning on Node < 22 (SDK
// versions published after January 2027 will need Node 22) at the first client it creates: a
// warning a user of this tool cannot act on, in the middle of a command's output. The SDK's own
// switch turns it off (@aws-sdk/core emitWarningIfUnsupportedVersion reads
// AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED). The entry points call this before any client
// exists; a value the user set is kept.
export function silenceSdkNodeVersionWarning(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
