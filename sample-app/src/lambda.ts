// The Lambda adapter: turns the Apps plugin's invocation payload into a call for the router and the
// call's response into what the plugin expects back. Go types upstream.ServerlessRequest and
// ServerlessResponse, scoped-down API Gateway proxy events.
import { errorResponse, handleCall, type Routes } from './app.js';
import type { CallRequest, CallResponse } from './apps.js';

/** What the plugin invokes the function with; body is the CallRequest as a JSON string. */
export interface ServerlessRequest {
  /** The call's path, e.g. "/ping". */
  path: string;
  httpMethod: string;
  headers: Record<string, string>;
  body: string;
}

/** What the plugin expects back; body is the CallResponse as a JSON string. */
export interface ServerlessResponse {
  /** Anything but 200 makes the plugin fail the call, so app errors are sent as 200 too. */
  statusCode: 200;
  headers: { 'Content-Type': 'application/json' };
  isBase64Encoded: false;
  body: string;
}

export type LambdaHandler = (event: unknown) => Promise<ServerlessResponse>;

function respond(response: CallResponse): ServerlessResponse {
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, isBase64Encoded: false, body: JSON.stringify(response) };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks the invocation payload; returns the call and the path to route it on, or what is wrong. */
function parseEvent(event: unknown): { path: string; call: CallRequest } | { problem: string } {
  if (!isObject(event)) return { problem: 'the invocation payload is not a JSON object' };
  const { path, body } = event;
  if (typeof path !== 'string' || path === '') return { problem: 'the invocation payload has no "path"' };
  if (typeof body !== 'string') return { problem: 'the invocation payload has no "body" string' };
  let call: unknown;
  try {
    call = JSON.parse(body);
  } catch (err) {
    return { problem: `the call request is not JSON: ${(err as Error).message}` };
  }
  if (!isObject(call)) return { problem: 'the call request is not a JSON object' };
  return { path, call: call as CallRequest };
}

/**
 * A Lambda handler serving `routes`. It is async because the nodejs24.x runtime no longer
 * supports callback-style handlers, and it never throws: every failure is an "error" response.
 */
export function lambdaHandler(routes: Routes): LambdaHandler {
  return async (event) => {
    const parsed = parseEvent(event);
    if ('problem' in parsed) {
      console.error(parsed.problem);
      return respond(errorResponse(parsed.problem));
    }
    // The plugin sets the payload's path to the call's path; route on it like an HTTP app would.
    return respond(await handleCall(routes, parsed.path, parsed.call));
  };
}
