import { createServer, IncomingMessage, Server } from 'node:http';
import { listenOnFreePort } from '../support/freePort';
import { DirectLineClient } from './support/directLineClient';
import { RunningServer, startEchoBotServer } from './support/echoBotServer';

const SECRET = 'azure-direct-line-secret-never-for-browsers';

interface Received {
  method?: string;
  url?: string;
  authorization?: string;
  body: { user?: { id?: string } };
}

/** Stands in for directline.botframework.com: records the request and answers what the test sets. */
async function startFakeAzure(answer: { status: number; body: unknown }): Promise<{ domain: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: text ? JSON.parse(text) : {} });
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  const url = await listenOnFreePort(server);
  return { domain: `${url}/v3/directline`, received, server };
}

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('with DIRECT_LINE_SECRET the page gets a token exchanged with Azure', () => {
  const azureAnswer = { conversationId: 'azure-conversation', token: 'azure-token', expires_in: 3600 };
  let azure: Awaited<ReturnType<typeof startFakeAzure>>;
  let bot: RunningServer;
  let client: DirectLineClient;

  beforeAll(async () => {
    azure = await startFakeAzure({ status: 200, body: azureAnswer });
    bot = await startEchoBotServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: azure.domain });
    client = new DirectLineClient(bot.baseUrl);
  });
  afterAll(async () => {
    await bot.close();
    await closeServer(azure.server);
  });

  test.each(['GET', 'POST'])('%s /api/directline/token answers Azure\'s token and domain, never the secret', async (method) => {
    const answer = await client.call(method, '/api/directline/token');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ...azureAnswer, domain: azure.domain });
    expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(azure.received.at(-1)).toEqual({
      method: 'POST',
      url: '/v3/directline/tokens/generate',
      authorization: `Bearer ${SECRET}`,
      body: { user: { id: expect.stringMatching(/^dl_/) } },
    });
  });

  test('the local Direct Line is not served: Azure is the channel', async () => {
    expect((await client.call('POST', '/v3/directline/tokens/generate')).status).toBe(404);
  });
});

describe('when Azure refuses or cannot be reached', () => {
  test('a refused secret answers 502 naming what to check, without the secret', async () => {
    const azure = await startFakeAzure({ status: 403, body: { error: { code: 'BadArgument' } } });
    const bot = await startEchoBotServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: azure.domain });
    try {
      const answer = await new DirectLineClient(bot.baseUrl).call('POST', '/api/directline/token');

      expect(answer.status).toBe(502);
      expect(answer.body.error).toEqual({ code: 'UpstreamRefused', message: expect.stringContaining('DIRECT_LINE_SECRET') });
      expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    } finally {
      await bot.close();
      await closeServer(azure.server);
    }
  });

  test('an answer without a token answers 502', async () => {
    const azure = await startFakeAzure({ status: 200, body: { unexpected: true } });
    const bot = await startEchoBotServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: azure.domain });
    try {
      const answer = await new DirectLineClient(bot.baseUrl).call('POST', '/api/directline/token');

      expect(answer.status).toBe(502);
      expect(answer.body.error.code).toBe('UpstreamMalformed');
    } finally {
      await bot.close();
      await closeServer(azure.server);
    }
  });

  test('an unreachable Direct Line domain answers 502', async () => {
    const azure = await startFakeAzure({ status: 200, body: {} });
    await closeServer(azure.server); // nothing listens there any more
    const bot = await startEchoBotServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: azure.domain });
    try {
      const answer = await new DirectLineClient(bot.baseUrl).call('POST', '/api/directline/token');

      expect(answer.status).toBe(502);
      expect(answer.body.error.code).toBe('UpstreamUnavailable');
    } finally {
      await bot.close();
    }
  });
});

describe('without DIRECT_LINE_SECRET the page gets a local token', () => {
  test('for the local Direct Line at the address the browser used', async () => {
    const bot = await startEchoBotServer();
    try {
      const client = new DirectLineClient(bot.baseUrl);
      const answer = await client.call('POST', '/api/directline/token');

      expect(answer.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800, domain: `${bot.baseUrl}/v3/directline` });
      const started = await client.call('POST', '/v3/directline/conversations', { token: answer.body.token, body: {} });
      expect(started.body.conversationId).toBe(answer.body.conversationId);
    } finally {
      await bot.close();
    }
  });

  test('behind a TLS proxy, with https and wss', async () => {
    const bot = await startEchoBotServer();
    try {
      const client = new DirectLineClient(bot.baseUrl);
      const proxied = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'chat.example.org' };
      const answer = await client.call('POST', '/api/directline/token', { headers: proxied });
      const started = await client.call('POST', '/v3/directline/conversations', { token: answer.body.token, body: {}, headers: proxied });

      expect(answer.body.domain).toBe('https://chat.example.org/v3/directline');
      expect(started.body.streamUrl).toMatch(/^wss:\/\/chat\.example\.org\/v3\/directline\/conversations\//);
    } finally {
      await bot.close();
    }
  });
});
