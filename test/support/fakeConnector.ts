import type { Activity } from 'botbuilder';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { listenOnFreePort } from './freePort';

/** One activity the bot sent to the channel. */
export interface ConnectorDelivery {
  /** The URL path as the bot sent it (ids still percent-encoded). */
  path: string;
  conversationId: string;
  /** From the URL: set when the bot replied to an activity (POST .../activities/:replyToId). */
  replyToId?: string;
  activity: Activity;
  /** The Authorization header the bot sent, if any (none when the bot runs without an app id). */
  authorization?: string;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/**
 * Plays the channel's connector service (the Bot Connector, the Emulator): the bot posts its replies here because
 * the activities a test sends carry `serviceUrl` = this server. It records every delivery and answers `{ id }`.
 * Requests for any other connector API are recorded in `unexpected` and answered 404.
 */
export class FakeConnector {
  readonly deliveries: ConnectorDelivery[] = [];
  readonly unexpected: string[] = [];
  /** Checks of the tests waiting for deliveries, run after each one. */
  private readonly waiters = new Set<() => void>();
  private nextId = 1;
  /** Answers withheld while holdResponses() is in force, with the activity each one replies to. */
  private held: Array<{ replyToId?: string; answer: () => void }> | undefined;
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private baseUrl = '';

  private constructor() {}

  static async start(): Promise<FakeConnector> {
    const connector = new FakeConnector();
    connector.baseUrl = await listenOnFreePort(connector.server);
    return connector;
  }

  /** Put this in the activities sent to the bot: it is where the bot sends its replies. */
  get serviceUrl(): string {
    return this.baseUrl;
  }

  /** Activities sent in reply to the activity with this id, in the order they arrived. */
  repliesTo(activityId: string): Activity[] {
    return this.deliveries.filter((d) => (d.replyToId ?? d.activity.replyToId) === activityId).map((d) => d.activity);
  }

  /** Waits until at least `count` replies to the activity have arrived; rejects after `timeoutMs`. */
  async waitForReplies(activityId: string, count = 1, timeoutMs = 10_000): Promise<Activity[]> {
    const enough = () => this.repliesTo(activityId).length >= count;
    if (!enough()) {
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!enough()) return;
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          this.waiters.delete(check);
          const got = this.repliesTo(activityId).length;
          reject(new Error(`expected ${count} replies to activity "${activityId}" within ${timeoutMs} ms, got ${got}`));
        }, timeoutMs);
        this.waiters.add(check);
      });
    }
    return this.repliesTo(activityId);
  }

  /**
   * Until the returned release() is called, deliveries are recorded but not answered. The bot waits for each answer,
   * so its turn stays in flight: this is how a test catches the bot mid-turn (e.g. to send SIGTERM).
   * release(activityId) answers only the replies to that activity and keeps holding the others.
   */
  holdResponses(): (activityId?: string) => void {
    this.held ??= [];
    return (activityId) => {
      const released = (this.held ?? []).filter((held) => activityId === undefined || held.replyToId === activityId);
      this.held = activityId === undefined ? undefined : this.held?.filter((held) => !released.includes(held));
      for (const { answer } of released) answer();
    };
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', this.serviceUrl);
    const path = ACTIVITIES_PATH.exec(pathname);
    const body = await readBody(req);
    if (req.method !== 'POST' || !path) {
      this.unexpected.push(`${req.method} ${req.url}`);
      return respond(res, 404, { error: { code: 'NotFound', message: `fake connector does not serve ${req.method} ${req.url}` } });
    }
    let activity: Activity;
    try {
      activity = JSON.parse(body) as Activity;
    } catch {
      this.unexpected.push(`${req.method} ${req.url} with a body that is not JSON`);
      return respond(res, 400, { error: { code: 'BadArgument', message: 'body is not JSON' } });
    }
    const id = `connector-${this.nextId++}`;
    const replyToId = path[2] === undefined ? undefined : decodeURIComponent(path[2]);
    this.deliveries.push({
      path: pathname,
      conversationId: decodeURIComponent(path[1]),
      replyToId,
      activity: { ...activity, id },
      authorization: req.headers.authorization,
    });
    const answer = () => respond(res, 200, { id });
    if (this.held) this.held.push({ replyToId: replyToId ?? activity.replyToId, answer });
    else answer();
    for (const check of [...this.waiters]) check();
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
