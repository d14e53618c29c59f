import type { Activity } from 'botbuilder';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { listenOnFreePort } from '../../test/support/freePort';

/** One activity the bot posted to the connector. */
export interface DeliveredReply {
  /** The conversation in the URL the bot posted to. */
  urlConversationId: string;
  /** The message this answers, from the URL (POST .../activities/:replyToId), else from the body. */
  replyToId?: string;
  activity: Activity;
}

/**
 * How long to hold the answer to a reply. The bot waits for it, so its turn stays in flight, as with a slow channel:
 * tests use it to catch the bot mid-turn.
 */
export type AnswerDelay = (reply: DeliveredReply) => number;

/** Someone waiting for the replies to one message, registered before the message is posted. */
interface Expected {
  replies: DeliveredReply[];
  /** Called on each reply; the driver resolves its wait once enough have come. */
  onReply(): void;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/**
 * The channel's connector service for the load driver: the bot posts its replies here (the messages carry
 * serviceUrl = this server). Unlike test/support's FakeConnector, which keeps every delivery in one list for
 * assertions, it files each reply under the message it answers at once, so thousands of turns stay O(1) each.
 * Listens on loopback only.
 */
export class LoadConnector {
  /** Replies to a message nobody was waiting for, or that name no message at all: evidence of cross-talk. */
  readonly unexpected: DeliveredReply[] = [];
  private readonly expected = new Map<string, Expected>();
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private baseUrl = '';
  private nextId = 1;

  private constructor(private readonly answerDelay: AnswerDelay | undefined) {}

  static async start({ answerDelay }: { answerDelay?: AnswerDelay } = {}): Promise<LoadConnector> {
    const connector = new LoadConnector(answerDelay);
    connector.baseUrl = await listenOnFreePort(connector.server);
    return connector;
  }

  /** Put this in the messages sent to the bot: it is where the bot posts its replies. */
  get serviceUrl(): string {
    return this.baseUrl;
  }

  /** Files the replies to `activityId` from now on; returns the list they are added to. */
  expect(activityId: string, onReply: () => void): DeliveredReply[] {
    const expected: Expected = { replies: [], onReply };
    this.expected.set(activityId, expected);
    return expected.replies;
  }

  /** Stops filing replies to `activityId`: one that comes later counts as unexpected. */
  forget(activityId: string): void {
    this.expected.delete(activityId);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = ACTIVITIES_PATH.exec(req.url ?? '');
      const activity = req.method === 'POST' && path ? parseActivity(Buffer.concat(chunks)) : undefined;
      // The bot's send then fails and it apologises: the apology shows up as a reply not answering its message.
      if (!path || !activity) return respond(res, 404, { error: { code: 'NotFound', message: 'the load connector only takes replies' } });
      const reply: DeliveredReply = {
        urlConversationId: decodeURIComponent(path[1]),
        replyToId: path[2] === undefined ? activity.replyToId : decodeURIComponent(path[2]),
        activity,
      };
      this.file(reply);
      const answer = () => respond(res, 200, { id: `reply-${this.nextId++}` });
      const delayMs = this.answerDelay?.(reply) ?? 0;
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  }

  private file(reply: DeliveredReply): void {
    const expected = reply.replyToId === undefined ? undefined : this.expected.get(reply.replyToId);
    if (!expected) {
      this.unexpected.push(reply);
      return;
    }
    expected.replies.push(reply);
    expected.onReply();
  }
}

function parseActivity(body: Buffer): Activity | undefined {
  try {
    return JSON.parse(body.toString('utf8')) as Activity;
  } catch {
    return undefined;
  }
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
