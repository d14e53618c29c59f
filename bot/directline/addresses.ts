import type { AddressInfo } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** Where the local Direct Line 3.0 lives, the same path as Azure's. */
export const DIRECT_LINE_PATH = '/v3/directline';

/** Where the bot's replies go (its serviceUrl); the connector routes live under it. */
export const CONNECTOR_PATH = '/directline-connector';

const firstValue = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();

/**
 * The address the browser used to reach this server, honouring a TLS-terminating proxy (X-Forwarded-Proto/-Host),
 * so the domain and stream URL handed to the page work behind Azure App Service or nginx too.
 */
function publicOrigin(req: IncomingMessage): { secure: boolean; host: string } {
  const proto = firstValue(req.headers['x-forwarded-proto']) ?? ('encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http');
  const host = firstValue(req.headers['x-forwarded-host']) ?? req.headers.host ?? 'localhost';
  return { secure: proto === 'https' || proto === 'wss', host };
}

/** The `domain` Web Chat is given for the local Direct Line. */
export function localDirectLineDomain(req: IncomingMessage): string {
  const { secure, host } = publicOrigin(req);
  return `${secure ? 'https' : 'http'}://${host}${DIRECT_LINE_PATH}`;
}

/** The WebSocket URL of a conversation's stream; browsers cannot set headers on a WebSocket, so the token rides along. */
export function streamUrl(req: IncomingMessage, conversationId: string, token: string, watermark: number): string {
  const { secure, host } = publicOrigin(req);
  const query = new URLSearchParams({ t: token, watermark: String(watermark) });
  return `${secure ? 'wss' : 'ws'}://${host}${DIRECT_LINE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

/**
 * The serviceUrl the bot replies to: this server over loopback, whatever the public address, so replies never leave
 * the machine. A server listening on all interfaces is reached on 127.0.0.1.
 */
export function loopbackServiceUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') throw new Error('the Direct Line needs the server listening on a TCP port');
  const anyInterface = address.address === '::' || address.address === '0.0.0.0';
  const host = anyInterface ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${CONNECTOR_PATH}`;
}
