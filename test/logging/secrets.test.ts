import { createServer, Server } from 'node:http';
import { BotProcess, startBotProcess } from '../support/botProcess';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { listenOnFreePort } from '../support/freePort';
import { DirectLineClient } from '../directline/support/directLineClient';

/** Fake credentials, each set where the real one would be; none may appear in any log line. */
const ACCOUNT_KEY = 'RmFrZUFjY291bnRLZXlGb3JUaGVMb2dUZXN0T25seQ==';
const SECRETS = {
  MicrosoftAppPassword: 'fake-app-password~Q8x.Zr_7yT-logtest',
  DIRECT_LINE_SECRET: 'fake-direct-line-secret.3kd9F-logtest',
  DIRECT_LINE_TOKEN_SECRET: 'fake-token-signing-secret-0123456789abcdef-logtest',
  BLOB_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=fakelogtest;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`,
};
const APP_ID = '5f0d6a3e-1b2c-4d5e-8f90-123456789abc';

/** A JWT whose issuer botbuilder does not trust, so it is refused without fetching any signing keys. */
const FOREIGN_JWT = [{ alg: 'RS256', typ: 'JWT' }, { iss: 'https://issuer.invalid', aud: APP_ID }, 'signature-logtest']
  .map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url'))
  .join('.');
const PLAIN_BEARER = 'fake-bearer-token-logtest-9a8b7c';

/** What users typed: not logged without LOG_USER_TEXT=true. */
const USER_TEXTS = ['My pension number is 3141592653, what are the three functions of social security?', 'blorp-logtest-question'];

/** Plays Azure's Direct Line token endpoint, refusing the secret (and echoing it, as a careless upstream might). */
async function refusingDirectLineUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'Forbidden', message: `refused ${req.headers.authorization}` } }));
  });
  return { url: await listenOnFreePort(server), server };
}

let connector: FakeConnector;
let upstream: { url: string; server: Server };
/** The bot with every credential set (authentication on), and without app credentials (so turns run). */
let authenticated: BotProcess;
let local: BotProcess;
/** Tokens the local Direct Line issued during the test: credentials too. */
const issuedTokens: string[] = [];

beforeAll(async () => {
  [connector, upstream] = await Promise.all([FakeConnector.start(), refusingDirectLineUpstream()]);
  // Each is kept as soon as it runs, so afterAll stops it even if the other fails to start.
  const started = await Promise.allSettled([
    startBotProcess({
      env: { ...SECRETS, MicrosoftAppId: APP_ID, DIRECT_LINE_DOMAIN: `${upstream.url}/v3/directline`, LOG_LEVEL: 'trace' },
      startTimeoutMs: 150_000,
    }).then((bot) => (authenticated = bot)),
    startBotProcess({
      env: { DIRECT_LINE_TOKEN_SECRET: SECRETS.DIRECT_LINE_TOKEN_SECRET, BLOB_CONNECTION_STRING: SECRETS.BLOB_CONNECTION_STRING, LOG_LEVEL: 'trace' },
      startTimeoutMs: 150_000,
    }).then((bot) => (local = bot)),
  ]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
}, 180_000);

afterAll(async () => {
  await Promise.all([authenticated?.stop(), local?.stop()]);
  await connector?.close();
  await new Promise((resolve) => upstream?.server.close(resolve));
});

const post = (bot: BotProcess, body: string, headers: Record<string, string>) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });

describe('with fake secrets set, the logs of a bot driven through turns and errors', () => {
  it('are produced: refused requests, turns, a failed turn and a failed token exchange', async () => {
    const activity = JSON.stringify({
      type: 'message',
      text: USER_TEXTS[0],
      channelId: 'test',
      serviceUrl: connector.serviceUrl,
      conversation: { id: 'secrets-test' },
      from: { id: 'user-1' },
      recipient: { id: 'bot-1' },
    });
    // Authentication on: requests without a valid channel token are refused.
    expect(await post(authenticated, activity, { authorization: `Bearer ${FOREIGN_JWT}` })).toBe(401);
    expect(await post(authenticated, activity, { authorization: `Bearer ${PLAIN_BEARER}` })).toBe(401);
    expect(await post(authenticated, activity, {})).toBe(401);
    expect(await post(authenticated, '{"type": "message", oops', { authorization: `Bearer ${PLAIN_BEARER}` })).toBe(400);
    const exchange = await fetch(`${authenticated.url}/api/directline/token`, { method: 'POST' });
    expect(exchange.status).toBe(502);
    await exchange.arrayBuffer();

    // No app credentials: the turns run, one of them fails.
    const chat = new ChannelConversation({ botUrl: local.url, connector, locale: 'en-US', headers: { authorization: `Bearer ${PLAIN_BEARER}` } });
    await chat.join();
    expect((await chat.say(USER_TEXTS[0])).messages).toHaveLength(1);
    expect((await chat.say(USER_TEXTS[1])).messages).toHaveLength(1);
    expect((await chat.say('next', { serviceUrl: 'http://127.0.0.1:1' })).status).toBe(200);

    const webChat = new DirectLineClient(local.url);
    const { conversationId, token } = await webChat.startConversation('en-US');
    issuedTokens.push(token);
    expect((await webChat.postActivity(token, conversationId, { type: 'message', text: USER_TEXTS[1], from: { id: 'x' } })).status).toBe(200);

    const logs = `${authenticated.output()}\n${local.output()}`;
    expect(logs).toContain('"msg":"turn"');
    expect(logs).toContain('"msg":"turn failed"');
    expect(logs).toContain('Direct Line token exchange failed');
  });

  it.each(Object.entries(SECRETS))('never contain %s', (_key, secret) => {
    const logs = `${authenticated.output()}\n${local.output()}`;
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('never contain the storage account key on its own', () => {
    expect(`${authenticated.output()}\n${local.output()}`).not.toContain(ACCOUNT_KEY);
  });

  it('never contain an Authorization header or token: the channel tokens sent, nor the Direct Line tokens issued', () => {
    const logs = `${authenticated.output()}\n${local.output()}`;
    expect(issuedTokens).toHaveLength(1);
    for (const token of [FOREIGN_JWT, PLAIN_BEARER, ...issuedTokens]) expect(logs).not.toContain(token);
  });

  it('never contain what the users typed (LOG_USER_TEXT is off)', () => {
    const logs = `${authenticated.output()}\n${local.output()}`;
    for (const text of USER_TEXTS) expect(logs).not.toContain(text);
    expect(logs).not.toContain('3141592653');
  });
});
