import { request } from 'node:http';
import { RETRY_AFTER_SECONDS } from '../../bot/guards/messageEndpointGuards';
import { MAX_BODY_BYTES, REFUSED_REQUESTS } from './cases/refusedRequests';
import { BotUnderAttack, startBotUnderAttack } from './support/botUnderAttack';

let target: BotUnderAttack;

beforeAll(async () => {
  target = await startBotUnderAttack();
});

afterAll(() => target.close());

const validActivity = (): Record<string, unknown> => ({
  type: 'message',
  id: 'activity-1',
  text: 'What are the three functions of social security?',
  channelId: 'test',
  serviceUrl: target.connector.serviceUrl,
  conversation: { id: `edge-${Math.random()}` },
  from: { id: 'user-1' },
  recipient: { id: 'bot-1' },
  locale: 'en-US',
});

/** What reached the bot so far: turns it logged and replies it sent. */
const reachedTheBot = () => ({ turns: target.logs.turns().length, deliveries: target.connector.deliveries.length });

interface ChunkedUpload {
  /** Bytes the client had handed to the socket when the upload ended or was cut off. */
  sentBytes: number;
  response?: { code?: number; connection?: string; body: string };
}

/** POSTs about totalBytes of an unfinished JSON text in 16 KiB chunks, with no Content-Length, as a streaming client does. */
function uploadInChunks(totalBytes: number): Promise<ChunkedUpload> {
  const { port } = new URL(target.bot.url);
  const chunk = `{"text":"${'x'.repeat(16 * 1024)}`;
  return new Promise((resolve) => {
    let sentBytes = 0;
    const req = request({ port, host: '127.0.0.1', method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (data: Buffer) => (body += data.toString()));
      res.on('end', () => resolve({ sentBytes, response: { code: res.statusCode, connection: res.headers.connection, body } }));
    });
    req.on('error', () => resolve({ sentBytes }));
    const sendMore = () => {
      if (req.destroyed) return;
      if (sentBytes >= totalBytes) return void req.end();
      req.write(chunk, (error) => {
        if (error) return;
        sentBytes += chunk.length;
        setImmediate(sendMore);
      });
    };
    sendMore();
  });
}

describe('POST /api/messages refuses, before the bot sees it,', () => {
  it.each(REFUSED_REQUESTS.map((refused) => [refused.name, refused] as const))('%s', async (_name, refused) => {
    const before = reachedTheBot();
    const response = await target.post(refused.body(validActivity()), refused.headers);
    expect(response.status).toBe(refused.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual({ code: refused.code, message: expect.any(String) });
    expect(reachedTheBot()).toEqual(before);
  });

  it('names the missing fields in the error', async () => {
    const { type: _type, serviceUrl: _serviceUrl, conversation: _conversation, ...rest } = validActivity();
    const { body } = await target.post(JSON.stringify(rest));
    const { message } = body as { message: string };
    expect(message).toMatch(/^the body is not a Bot Framework activity: /);
    expect(message).toContain('type:');
    expect(message).toContain('conversation:');
    expect(message).toContain('serviceUrl:');
  });

  it('a body over the limit sent in chunks, without a Content-Length, once it is read, and closes the connection', async () => {
    const before = reachedTheBot();
    const upload = await uploadInChunks(MAX_BODY_BYTES * 4);
    expect(upload.sentBytes).toBeGreaterThanOrEqual(MAX_BODY_BYTES * 4);
    expect(upload.response?.code).toBe(413);
    expect(upload.response?.connection).toBe('close');
    expect(JSON.parse(upload.response?.body ?? '')).toMatchObject({ code: 'PayloadTooLarge' });
    expect(reachedTheBot()).toEqual(before);
  });

  it('a body far over the limit by cutting it off before its end', async () => {
    const before = reachedTheBot();
    const endless = MAX_BODY_BYTES * 64;
    const upload = await uploadInChunks(endless);
    expect(upload.sentBytes).toBeLessThan(endless);
    // The answer may be lost to the reset, as a client that goes on sending past a closed connection must expect.
    if (upload.response) expect(upload.response.code).toBe(413);
    expect(reachedTheBot()).toEqual(before);
  });

  it('GET, PUT and DELETE with 405', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${target.bot.url}/api/messages`, { method });
      expect(response.status).toBe(405);
      await response.arrayBuffer();
    }
  });
});

describe('POST /api/messages accepts', () => {
  it('an activity just under the size limit', async () => {
    const activity = validActivity();
    const padding = MAX_BODY_BYTES - Buffer.byteLength(JSON.stringify({ ...activity, channelData: { padding: '' } }));
    const response = await target.post(JSON.stringify({ ...activity, channelData: { padding: 'p'.repeat(padding) } }));
    expect(response.status).toBe(200);
    expect(target.connector.repliesTo('activity-1').length).toBeGreaterThan(0);
  });

  it.each([['application/json; charset=utf-8'], ['application/vnd.microsoft.activity+json'], ['APPLICATION/JSON']])(
    'the content type %s',
    async (contentType) => {
      const response = await target.post(JSON.stringify({ ...validActivity(), id: contentType }), { 'content-type': contentType });
      expect(response.status).toBe(200);
      expect(target.connector.repliesTo(contentType)).toHaveLength(1);
    },
  );
});

describe('the cap on turns in flight', () => {
  it('answers 503 with Retry-After beyond the cap, does no work for it, and takes turns again once there is room', async () => {
    const capped = await startBotUnderAttack({ MAX_TURNS_IN_FLIGHT: '2' });
    try {
      const activity = (id: string) =>
        JSON.stringify({ ...validActivity(), id, serviceUrl: capped.connector.serviceUrl, conversation: { id: `cap-${id}` } });
      // The connector holds its answers, so the bot's turns wait for it and stay in flight.
      const release = capped.connector.holdResponses();
      const inFlight = [capped.post(activity('first')), capped.post(activity('second'))];
      await Promise.all([capped.connector.waitForReplies('first'), capped.connector.waitForReplies('second')]);
      expect(capped.bot.app.turns.count).toBe(2);

      const refused = await capped.post(activity('third'));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
      expect(refused.body).toEqual({ code: 'ServiceUnavailable', message: expect.any(String) });
      expect(capped.connector.repliesTo('third')).toEqual([]);

      release();
      expect((await Promise.all(inFlight)).map((response) => response.status)).toEqual([200, 200]);
      expect((await capped.post(activity('fourth'))).status).toBe(200);
      expect(capped.connector.repliesTo('fourth')).toHaveLength(1);
    } finally {
      await capped.close();
    }
  });
});
