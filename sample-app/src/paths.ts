// The call paths the app serves: named by the manifest and the bindings, served by the functions.
// The plugin sends a call to the function whose manifest "path" is the longest prefix of the call
// path, so /send/submit goes to "send" (path "/send") and the others to "main" (path "/").

/** appsctl's `aws test lambda` calls it and expects "PONG". */
export const PING = '/ping';
/** The manifest's "bindings" call: the plugin asks for the app's UI. */
export const BINDINGS = '/bindings';
/** The submit of the "send" command's form. */
export const SEND_SUBMIT = '/send/submit';
