// Connections to AWS that give up on a connect nobody answers. Node waits for the kernel's own
// limit (about two minutes on Linux) when the packets of a connect are dropped: a firewall, a
// wrong private endpoint, a VPC without a route. The SDK's `connectionTimeout` would count from
// the moment a request is made, so a request that waits for a free pooled socket behind large
// uploads would time out without any network problem; here the clock starts when the socket is
// created. The error is ETIMEDOUT, which the SDK retries (and retry-report.ts shows) like a
// refused connection.
//
// An answer that never comes on a connected socket is bounded too: `SOCKET_IDLE_MS` of silence
// (nothing sent, nothing received) ends the request with a TimeoutError, also retried.
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** Time for a TCP connect to complete (AWS endpoints answer in well under a second). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** Silence on a connected socket before a request is given up (and retried): the AWS CLI's read timeout. */
export const SOCKET_IDLE_MS = 60_000;

type CreateConnection = (options: unknown, callback?: unknown) => Duplex;

/** Ends `socket` with ETIMEDOUT unless it connects within `ms`. */
export function limitConnect(socket: Socket, ms: number, where: string): void {
  if (!socket.connecting) return;
  const timer = setTimeout(() => {
    const err = Object.assign(new Error(`connect ETIMEDOUT ${where}: no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT', errno: -110, syscall: 'connect' });
    socket.destroy(err);
  }, ms);
  timer.unref();
  const clear = () => clearTimeout(timer);
  socket.once('connect', clear);
  socket.once('close', clear);
}

function where(options: unknown): string {
  const o = options as { host?: string; hostname?: string; port?: number | string };
  return `${o.host ?? o.hostname ?? 'localhost'}:${o.port ?? ''}`;
}

/** Keep-alive agents whose new connections must connect within `connectMs`. */
export function connectLimitedAgents(maxSockets: number, connectMs = CONNECT_TIMEOUT_MS): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  const wrap = <A extends http.Agent>(agent: A): A => {
    const create = (agent as unknown as { createConnection: CreateConnection }).createConnection.bind(agent);
    (agent as unknown as { createConnection: CreateConnection }).createConnection = (options, callback) => {
      const socket = create(options, callback);
      limitConnect(socket as Socket, connectMs, where(options));
      return socket;
    };
    return agent;
  };
  return {
    httpAgent: wrap(new http.Agent({ keepAlive: true, maxSockets })),
    httpsAgent: wrap(new https.Agent({ keepAlive: true, maxSockets })),
  };
}
