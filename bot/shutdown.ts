import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { InFlightTurns } from './inFlightTurns';

export interface ShutdownDependencies {
  /** The Node HTTP server under restify (restify's `server.server`). */
  httpServer: Server;
  turns: InFlightTurns;
  logger: Logger;
  /** Longest wait for turns in flight before the exit is forced. */
  timeoutMs: number;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}

export const FORCED_EXIT_CODE = 1;

/**
 * close() only stops new connections: one kept alive from before stays open, and its client may send the next
 * message on it. Such requests are answered 503 (and their connection closed) instead of starting turns the
 * shutdown would then have to wait for; a channel retries them on another instance.
 */
function refuseRequestsOnOpenConnections(httpServer: Server): void {
  httpServer.removeAllListeners('request');
  httpServer.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(503, { 'content-type': 'application/json', connection: 'close' });
    response.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'the bot is shutting down' }));
  });
}

/**
 * On SIGTERM/SIGINT: stop accepting connections and requests (503), let the turns in flight finish (their users
 * still get the answer), then exit 0. A second signal, or turns still running after the timeout, force the exit.
 */
export function installGracefulShutdown({
  httpServer,
  turns,
  logger,
  timeoutMs,
  exit = (code) => process.exit(code),
  signals = ['SIGTERM', 'SIGINT'],
}: ShutdownDependencies): void {
  let shuttingDown = false;

  const forceExit = (reason: string) => {
    logger.warn({ turnsInFlight: turns.count }, `forced exit: ${reason}`);
    exit(FORCED_EXIT_CODE);
  };

  const shutDown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return forceExit(`second ${signal}`);
    shuttingDown = true;
    logger.info({ signal, turnsInFlight: turns.count }, 'shutting down: finishing turns in flight');
    setTimeout(() => forceExit(`turns still in flight after ${timeoutMs} ms`), timeoutMs).unref();

    // Not waiting for close() to call back: open keep-alive sockets and Web Chat's WebSocket streams would hold
    // it until the timeout, though every answer has been sent once the turns have drained.
    httpServer.close();
    refuseRequestsOnOpenConnections(httpServer);
    await turns.drained();
    logger.info('shut down cleanly');
    exit(0);
  };

  for (const signal of signals) process.on(signal, (received: NodeJS.Signals) => void shutDown(received));
}
