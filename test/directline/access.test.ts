import { accessCases, AccessContext } from './cases/accessCases';
import { DirectLineClient, streamUpgradeStatus } from './support/directLineClient';
import { RunningServer, startEchoBotServer } from './support/echoBotServer';

const SECRET = 'test-token-secret-of-at-least-32-chars';

describe('one token, one conversation', () => {
  let server: RunningServer;
  let client: DirectLineClient;
  let context: AccessContext;

  beforeAll(async () => {
    server = await startEchoBotServer({ DIRECT_LINE_TOKEN_SECRET: SECRET });
    client = new DirectLineClient(server.baseUrl);
    const [own, other] = [await client.startConversation(), await client.startConversation()];
    context = { own, other, secret: SECRET };
    await client.postActivity(other.token, other.conversationId, { type: 'message', text: 'private to the other user' });
  });
  afterAll(() => server.close());

  describe.each(accessCases)('$name', ({ token, status, code }) => {
    const path = () => `/v3/directline/conversations/${context.own.conversationId}`;

    test(`cannot read the activities (${status} ${code})`, async () => {
      const answer = await client.call('GET', `${path()}/activities`, { token: token(context) });
      expect(answer.status).toBe(status);
      expect(answer.body.error.code).toBe(code);
      expect(JSON.stringify(answer.body)).not.toContain('welcome');
    });

    test(`cannot post an activity (${status})`, async () => {
      const answer = await client.call('POST', `${path()}/activities`, { token: token(context), body: { type: 'message', text: 'intruder' } });
      expect(answer.status).toBe(status);
      const texts = (await client.getActivities(context.own.token, context.own.conversationId)).body.activities.map((a: { text: string }) => a.text);
      expect(texts).not.toContain('intruder');
    });

    test(`cannot reconnect (${status})`, async () => {
      expect((await client.call('GET', path(), { token: token(context) })).status).toBe(status);
    });

    test(`cannot open the stream (${status})`, async () => {
      const wsUrl = `${server.baseUrl.replace(/^http/, 'ws')}${path()}/stream?t=${encodeURIComponent(token(context) ?? '')}`;
      expect(await streamUpgradeStatus(wsUrl)).toBe(status);
    });
  });

  test.each(accessCases.filter((c) => c.status === 401))('$name cannot be refreshed into a valid token (401)', async ({ token }) => {
    expect((await client.call('POST', '/v3/directline/tokens/refresh', { token: token(context) })).status).toBe(401);
  });

  test('the owner\'s own token opens everything (the cases above fail for the right reason)', async () => {
    const { own } = context;
    const wsUrl = `${server.baseUrl.replace(/^http/, 'ws')}/v3/directline/conversations/${own.conversationId}/stream?t=${own.token}`;
    expect((await client.getActivities(own.token, own.conversationId)).status).toBe(200);
    expect(await streamUpgradeStatus(wsUrl)).toBe(101);
  });
});
