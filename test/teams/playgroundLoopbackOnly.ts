import { Server } from 'node:net';

/**
 * Preloaded into the Microsoft 365 Agents Playground (`node -r`). The Playground calls `server.listen(port, callback)`
 * without a host, so it would accept connections from the whole network, and it has no option to change that. Here
 * a listen without a host gets the loopback address; one that names its host is left alone.
 */
const LOOPBACK = '127.0.0.1';

const listen = Server.prototype.listen;

function withLoopbackHost(args: unknown[]): unknown[] {
  const [first, second] = args;
  // listen(), listen(callback): any free port.
  if (first === undefined || typeof first === 'function') return [0, LOOPBACK, ...args.slice(first === undefined ? 1 : 0)];
  // listen(port[, backlog][, callback]), port as a number or a numeric string.
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return typeof second === 'string' ? args : [first, LOOPBACK, ...args.slice(1)];
  }
  // listen({ port, ... }[, callback]); a pipe or handle has no host to set.
  if (typeof first === 'object' && first !== null && 'port' in first && !('host' in first)) return [{ ...first, host: LOOPBACK }, ...args.slice(1)];
  return args;
}

Server.prototype.listen = function listenOnLoopback(this: Server, ...args: unknown[]): Server {
  return (listen as (...listenArgs: unknown[]) => Server).apply(this, withLoopbackHost(args));
};
