// Call handling shared by the functions: CallResponse builders, and the router that runs the
// handler for a call path. Each function passes the routes it serves (see paths.ts).
import type { CallRequest, CallResponse } from './apps.js';

export type CallHandler = (call: CallRequest) => CallResponse | Promise<CallResponse>;

/** Call path → handler; paths match exactly. */
export type Routes = Readonly<Record<string, CallHandler>>;

/** apps.NewTextResponse: an "ok" with Markdown text, shown to the user. */
export const textResponse = (text: string): CallResponse => ({ type: 'ok', text });

/** apps.NewDataResponse: an "ok" with data for the plugin, e.g. bindings. */
export const dataResponse = (data: unknown): CallResponse => ({ type: 'ok', data });

/** apps.NewErrorResponse: how an app reports a failure (the invocation itself still succeeds). */
export const errorResponse = (text: string): CallResponse => ({ type: 'error', text });

/** Runs the handler for `path`; a missing route or a thrown error becomes an "error" response. */
export async function handleCall(routes: Routes, path: string, call: CallRequest): Promise<CallResponse> {
  // Own properties only, so that "/constructor" or "__proto__" are not found on Object.prototype.
  const handler = Object.hasOwn(routes, path) ? routes[path] : undefined;
  if (!handler) return errorResponse(`not found: ${path}`);
  try {
    return await handler(call);
  } catch (err) {
    console.error(`call ${path} failed:`, err);
    return errorResponse(`internal error in ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
