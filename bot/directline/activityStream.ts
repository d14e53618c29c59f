import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { DIRECT_LINE_PATH } from './addresses';
import { ConversationAccess, parseWatermark } from './conversationAccess';
import type { CorsPolicy } from './cors';
import { DirectLineError } from './directLineError';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);

// Proxies (and Azure App Service) drop WebSockets idle for a few minutes; a ping keeps them open and finds dead peers.
const PING_INTERVAL_MS = 30_000;

// Direct Line JS only sends empty keep-alive messages; nothing a client sends is read.
const MAX_CLIENT_MESSAGE_BYTES = 4 * 1024;

export interface ActivityStream {
  /** Closes every open stream (server shutdown). */
  close(): void;
}

function refuseUpgrade(socket: Duplex, status: number, body: object): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/**
 * The WebSocket of GET conversations/:id/stream: sends `{ activities, watermark }` as activities arrive. Web Chat
 * uses it by default and shows no replies without it. Upgrades on other paths are left to their own handlers.
 */
export function mountActivityStream(httpServer: HttpServer, access: ConversationAccess, cors: CorsPolicy, logger: Logger): ActivityStream {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES });
  const alive = new WeakSet<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return;
    if (!cors.allowsWebSocket(req)) {
      refuseUpgrade(socket, 403, { error: { code: 'Forbidden', message: 'this origin may not embed the chat (WEBCHAT_ALLOWED_ORIGINS)' } });
      return;
    }
    let opened: ReturnType<ConversationAccess['open']>;
    let watermark: number;
    try {
      opened = access.open(url.searchParams.get('t') ?? undefined, decodeURIComponent(match[1]));
      watermark = parseWatermark(url.searchParams.get('watermark') ?? undefined);
    } catch (error) {
      // Thrown here, an error would escape the event handler and stop the server: every failure is an answer.
      const refusal = error instanceof DirectLineError ? error : new DirectLineError(400, 'BadArgument', 'malformed stream URL');
      refuseUpgrade(socket, refusal.status, refusal.body);
      return;
    }
    const { conversation } = opened;
    sockets.handleUpgrade(req, socket, head, (ws) => {
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      ws.on('error', (error) => logger.warn({ err: error, conversationId: conversation.id }, 'web chat stream failed'));
      const unsubscribe = conversation.subscribe(
        {
          push: (set) => {
            if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(set));
          },
          end: () => ws.close(1000, 'conversation ended'),
        },
        watermark,
      );
      ws.on('close', unsubscribe);
    });
  };
  httpServer.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const ws of sockets.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, PING_INTERVAL_MS).unref();

  return {
    close() {
      clearInterval(heartbeat);
      httpServer.off('upgrade', onUpgrade);
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}
