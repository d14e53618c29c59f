import { createServer, Server } from 'node:net';

/** Listens on a port the system picks on the loopback interface; returns the base URL, e.g. http://127.0.0.1:41234. */
export function listenOnFreePort(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('expected a TCP address'));
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}

/**
 * A loopback port free right now, for a program that must be told its port before it starts (a child process).
 * In-process servers should use listenOnFreePort instead, which cannot race with another program.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const url = await listenOnFreePort(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return Number(new URL(url).port);
}
