import { DirectLineClient, streamUpgradeStatus } from './support/directLineClient';
import { RunningServer, startEchoBotServer } from './support/echoBotServer';

const ALLOWED = 'https://partner.example.com';
const STRANGER = 'https://stranger.example.net';

describe('embedding on another origin (WEBCHAT_ALLOWED_ORIGINS)', () => {
  let server: RunningServer;
  let client: DirectLineClient;

  beforeAll(async () => {
    server = await startEchoBotServer({ WEBCHAT_ALLOWED_ORIGINS: `${ALLOWED}, https://other.example.com` });
    client = new DirectLineClient(server.baseUrl);
  });
  afterAll(() => server.close());

  const preflight = (path: string, origin: string) =>
    client.call('OPTIONS', path, {
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-ms-bot-agent' },
    });

  test.each(['/api/directline/token', '/v3/directline/conversations', '/v3/directline/conversations/abc/activities'])(
    'an allowed origin passes the preflight of %s with the headers Direct Line JS sends',
    async (path) => {
      const answer = await preflight(path, ALLOWED);

      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(answer.headers.get('access-control-allow-headers')).toEqual(expect.stringMatching(/Authorization.*Content-Type.*x-ms-bot-agent/));
    },
  );

  test('another origin gets no permission, in the preflight or the answer', async () => {
    expect((await preflight('/api/directline/token', STRANGER)).headers.get('access-control-allow-origin')).toBeNull();
    const answer = await client.call('POST', '/api/directline/token', { headers: { Origin: STRANGER } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('an allowed origin can read the token and talk to its conversation', async () => {
    const token = await client.call('POST', '/api/directline/token', { headers: { Origin: ALLOWED } });
    const started = await client.call('POST', '/v3/directline/conversations', { token: token.body.token, body: {}, headers: { Origin: ALLOWED } });

    expect(token.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(started.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  test('the stream accepts the page\'s own origin and allowed ones, and refuses others', async () => {
    const { streamUrl } = await client.startConversation();

    expect(await streamUpgradeStatus(streamUrl, { Origin: server.baseUrl })).toBe(101);
    expect(await streamUpgradeStatus(streamUrl, { Origin: ALLOWED })).toBe(101);
    expect(await streamUpgradeStatus(streamUrl, { Origin: STRANGER })).toBe(403);
  });
});
