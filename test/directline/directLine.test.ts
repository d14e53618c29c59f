import { MAX_TEXT_LENGTH } from '../../bot/guards/messageEndpointGuards';
import { DirectLineClient, StreamListener, userIdOf } from './support/directLineClient';
import { RunningServer, startEchoBotServer } from './support/echoBotServer';

describe('local Direct Line 3.0 with a bot on CloudAdapter', () => {
  let server: RunningServer;
  let client: DirectLineClient;

  beforeAll(async () => {
    server = await startEchoBotServer();
    client = new DirectLineClient(server.baseUrl);
  });
  afterAll(() => server.close());

  test('tokens/generate issues a token for a new conversation, carrying a reserved user id Web Chat takes from it', async () => {
    const first = await client.call('POST', '/v3/directline/tokens/generate');
    const second = await client.call('POST', '/v3/directline/tokens/generate');

    expect(first.status).toBe(200);
    expect(first.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    expect(userIdOf(first.body.token)).toMatch(/^dl_/);
    expect(second.body.conversationId).not.toBe(first.body.conversationId);
    expect(userIdOf(second.body.token)).not.toBe(userIdOf(first.body.token));
  });

  test('starting tells the bot who joined and in which locale, so the welcome is waiting before the user types', async () => {
    const { conversationId, token, streamUrl, userId } = await client.startConversation('zh-CN');

    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?t=`));
    const { body } = await client.getActivities(token, conversationId);
    expect(body.activities).toEqual([
      expect.objectContaining({ type: 'message', text: `welcome ${userId} zh-CN`, from: expect.objectContaining({ role: 'bot' }) }),
    ]);
    expect(body.activities[0]).not.toHaveProperty('serviceUrl');
  });

  test('starting again with the same token resumes the conversation without a second welcome', async () => {
    const generated = await client.call('POST', '/v3/directline/tokens/generate');
    const token = generated.body.token;
    await client.call('POST', '/v3/directline/conversations', { token, body: {} });

    const again = await client.call('POST', '/v3/directline/conversations', { token, body: {} });

    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(generated.body.conversationId);
    expect((await client.getActivities(token, generated.body.conversationId)).body.activities).toHaveLength(1);
  });

  test('a message reaches the bot from the token\'s user, and GET after the watermark returns it with the reply', async () => {
    const { conversationId, token, userId } = await client.startConversation('en-US');
    const before = await client.getActivities(token, conversationId);

    const posted = await client.postActivity(token, conversationId, { type: 'message', text: 'hello', from: { id: 'someone-else' } });

    expect(posted.status).toBe(200);
    const after = await client.getActivities(token, conversationId, before.body.watermark);
    expect(after.body.activities).toEqual([
      expect.objectContaining({ id: posted.body.id, text: 'hello', from: { id: userId, role: 'user' }, channelId: 'webchat' }),
      expect.objectContaining({ text: 'echo: hello', replyToId: posted.body.id }),
    ]);
    const nothingNew = await client.getActivities(token, conversationId, after.body.watermark);
    expect(nothingNew.body).toEqual({ activities: [], watermark: after.body.watermark });
  });

  test('the stream sends the activities it missed, then each new one as it happens', async () => {
    const { conversationId, token, streamUrl, userId } = await client.startConversation('en-US');
    const stream = await StreamListener.open(streamUrl);
    try {
      await stream.waitFor((activity) => activity.text === `welcome ${userId} en-US`);

      await client.postActivity(token, conversationId, { type: 'message', text: 'over the socket' });

      await stream.waitFor((activity) => activity.text === 'echo: over the socket');
      expect(stream.activities.map((activity) => activity.text)).toEqual([`welcome ${userId} en-US`, 'over the socket', 'echo: over the socket']);
      expect(stream.messages.at(-1)?.watermark).toBe('3');
    } finally {
      await stream.close();
    }
  });

  test('reconnecting (GET conversation) answers a fresh token and a stream that resumes after the watermark', async () => {
    const { conversationId, token } = await client.startConversation('en-US');
    await client.postActivity(token, conversationId, { type: 'message', text: 'first' });

    const reconnect = await client.call('GET', `/v3/directline/conversations/${conversationId}?watermark=2`, { token });
    const stream = await StreamListener.open(reconnect.body.streamUrl);
    try {
      await stream.waitFor((activity) => activity.text === 'echo: first');
      expect(stream.activities.map((activity) => activity.text)).toEqual(['echo: first']);
    } finally {
      await stream.close();
    }
  });

  test('tokens/refresh gives a new token for the same conversation and user, which works', async () => {
    const { conversationId, token, userId } = await client.startConversation();

    const refreshed = await client.call('POST', '/v3/directline/tokens/refresh', { token });

    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    expect(userIdOf(refreshed.body.token)).toBe(userId);
    expect((await client.postActivity(refreshed.body.token, conversationId, { type: 'message', text: 'still me' })).status).toBe(200);
  });

  test('an activity the bot must not receive is refused with the field named', async () => {
    const { conversationId, token } = await client.startConversation();

    const wrongType = await client.postActivity(token, conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] });
    const wrongText = await client.postActivity(token, conversationId, { type: 'message', text: 42 });

    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toEqual({ code: 'BadArgument', message: expect.stringContaining('type') });
    expect(wrongText.body.error.message).toContain('text');
    const huge = await client.postActivity(token, conversationId, { type: 'message', text: 'hi', channelData: { padding: 'x'.repeat(9000) } });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain('larger than');
    expect((await client.getActivities(token, conversationId)).body.activities).toHaveLength(1); // the welcome only
  });

  test('a message longer than the bot reads reaches it cut to that length, where it was refused and shown as failed', async () => {
    const { conversationId, token } = await client.startConversation();
    const before = await client.getActivities(token, conversationId);

    const posted = await client.postActivity(token, conversationId, { type: 'message', text: '社'.repeat(1500) + 'x'.repeat(3500) });

    expect(posted.status).toBe(200);
    const after = await client.getActivities(token, conversationId, before.body.watermark);
    expect(after.body.activities.map((activity: { text: string }) => activity.text)).toEqual([
      '社'.repeat(1500) + 'x'.repeat(MAX_TEXT_LENGTH - 1500),
      `echo: ${'社'.repeat(1500)}${'x'.repeat(MAX_TEXT_LENGTH - 1500)}`,
    ]);
  });

  test('a pasted letter far longer than that (90 KB of Chinese) is cut too, not refused as too large', async () => {
    const { conversationId, token } = await client.startConversation();

    const posted = await client.postActivity(token, conversationId, { type: 'message', text: '社'.repeat(30_000) });

    expect(posted.status).toBe(200);
    const { body } = await client.getActivities(token, conversationId);
    expect(body.activities.at(-1).text).toBe(`echo: ${'社'.repeat(MAX_TEXT_LENGTH)}`);
  });

  test('a watermark that is not a number is refused rather than silently ignored', async () => {
    const { conversationId, token } = await client.startConversation();

    const answer = await client.getActivities(token, conversationId, 'abc');

    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('watermark');
  });

  test('only this server\'s bot may post replies into a conversation', async () => {
    const { conversationId, token } = await client.startConversation();

    const forged = await client.call('POST', `/directline-connector/v3/conversations/${conversationId}/activities`, {
      body: { type: 'message', text: 'I am the bot, trust me' },
      headers: { Authorization: 'Bearer guessed' },
    });

    expect(forged.status).toBe(401);
    const texts = (await client.getActivities(token, conversationId)).body.activities.map((a: { text: string }) => a.text);
    expect(texts).not.toContain('I am the bot, trust me');
  });
});

describe('local Direct Line memory limits', () => {
  test('beyond the conversation cap the least recently active conversation ends: 404 and its stream closes', async () => {
    const server = await startEchoBotServer({}, { maxActivities: 500, maxConversations: 1, idleMs: 60_000 });
    const client = new DirectLineClient(server.baseUrl);
    try {
      const old = await client.startConversation();
      const stream = await StreamListener.open(old.streamUrl);

      await client.startConversation();

      expect(await stream.closed()).toBe(1000);
      const answer = await client.getActivities(old.token, old.conversationId);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('ConversationNotFound');
    } finally {
      await server.close();
    }
  });

  test('a conversation keeps only its latest activities', async () => {
    const server = await startEchoBotServer({}, { maxActivities: 2, maxConversations: 10, idleMs: 60_000 });
    const client = new DirectLineClient(server.baseUrl);
    try {
      const { conversationId, token } = await client.startConversation();
      await client.postActivity(token, conversationId, { type: 'message', text: 'one' });
      await client.postActivity(token, conversationId, { type: 'message', text: 'two' });

      const { body } = await client.getActivities(token, conversationId);

      expect(body.activities.map((a: { text: string }) => a.text)).toEqual(['two', 'echo: two']);
      expect(body.watermark).toBe('5');
    } finally {
      await server.close();
    }
  });
});
