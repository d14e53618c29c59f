import WebSocket from 'ws';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The JSON body; tests read the fields the protocol defines. */
  body: any;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A Direct Line 3.0 client as Web Chat uses it: plain HTTP with a bearer token, and the WebSocket stream. */
export class DirectLineClient {
  constructor(readonly baseUrl: string) {}

  async call(method: string, path: string, { token, body, headers = {} }: CallOptions = {}): Promise<HttpAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token && { Authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** tokens/generate, then POST conversations: a started conversation and its token. */
  async startConversation(locale?: string): Promise<{ conversationId: string; token: string; streamUrl: string; userId: string }> {
    const generated = await this.call('POST', '/v3/directline/tokens/generate');
    const started = await this.call('POST', '/v3/directline/conversations', { token: generated.body.token, body: { locale } });
    if (started.status !== 201) throw new Error(`start answered ${started.status}: ${JSON.stringify(started.body)}`);
    return { ...started.body, userId: userIdOf(started.body.token) };
  }

  postActivity(token: string, conversationId: string, activity: object): Promise<HttpAnswer> {
    return this.call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: activity });
  }

  getActivities(token: string, conversationId: string, watermark?: string): Promise<HttpAnswer> {
    const query = watermark === undefined ? '' : `?watermark=${watermark}`;
    return this.call('GET', `/v3/directline/conversations/${conversationId}/activities${query}`, { token });
  }
}

/** The user id Web Chat reads from the token (the JWT `user` claim). */
export function userIdOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).user;
}

/** An activity as the channel sends it to the client, with the fields the tests look at. */
export interface StreamedActivity {
  id: string;
  type: string;
  text?: string;
  locale?: string;
  replyToId?: string;
  from: { id: string; role?: string };
  [field: string]: unknown;
}

interface StreamMessage {
  activities: StreamedActivity[];
  watermark: string;
}

/** An open conversation stream that keeps every message, so a test can wait for the one it expects. */
export class StreamListener {
  readonly messages: StreamMessage[] = [];
  private waiters: Array<() => void> = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()));
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<StreamListener> {
    const socket = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new StreamListener(socket)));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`stream refused: HTTP ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  get activities(): StreamedActivity[] {
    return this.messages.flatMap((message) => message.activities);
  }

  /** Resolves once an activity satisfying the predicate has arrived; a missing one fails the test on jest's timeout. */
  async waitFor(predicate: (activity: StreamedActivity) => boolean): Promise<StreamedActivity> {
    for (;;) {
      const found = this.activities.find(predicate);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  /** Resolves with the close code once the server closes the stream. */
  closed(): Promise<number> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve(1000);
      this.socket.once('close', (code) => resolve(code));
    });
  }
}

/** How the server answers an attempt to open a stream: the HTTP status it refuses with, or 101 when it accepts. */
export function streamUpgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}
