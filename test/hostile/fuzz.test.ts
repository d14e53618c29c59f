import { BotProcess, startBotProcess } from '../support/botProcess';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { claimedActivityType, FuzzRequest, fuzzRequests } from './support/fuzzRequests';

const SEED = 20_260_601;
const COUNT = 600;

/** What the bot answers on purpose to a request it cannot or will not process. */
const REFUSALS = [400, 401, 403, 404, 405, 413, 415];

/** The statuses a request may get: a refusal or success, and 501 for an invoke nobody handles (botbuilder's convention). */
function allowedStatuses(request: FuzzRequest): number[] {
  const allowed = [200, 201, 204, ...REFUSALS];
  return claimedActivityType(request.body) === 'invoke' ? [...allowed, 501] : allowed;
}

let bot: BotProcess;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await FakeConnector.start();
  bot = await startBotProcess({ startTimeoutMs: 150_000 });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
});

describe(`${COUNT} generated malformed and mutated requests (seed ${SEED}) sent to the real server`, () => {
  const outcomes: Array<{ request: FuzzRequest; status: number }> = [];

  it('get a refusal or a success each, never an unexpected status', async () => {
    const requests = fuzzRequests(SEED, COUNT, connector.serviceUrl);
    expect(requests).toHaveLength(COUNT);
    for (const request of requests) {
      const response = await fetch(`${bot.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
      await response.arrayBuffer();
      outcomes.push({ request, status: response.status });
    }
    const unexpected = outcomes
      .filter(({ request, status }) => !allowedStatuses(request).includes(status))
      .map(({ request, status }) => `${status} for ${request.kind}: ${request.method} ${request.path} ${new TextDecoder().decode(request.body).slice(0, 300)}`);
    expect(unexpected).toEqual([]);
    // The generator does reach every part: the guards refuse some, the bot answers others.
    const statuses = new Set(outcomes.map(({ status }) => status));
    for (const status of [200, 400, 413, 415]) expect(statuses).toContain(status);
  }, 300_000);

  it('leave the process running, with no uncaught error in its output', () => {
    expect(bot.child.exitCode).toBeNull();
    expect(bot.child.signalCode).toBeNull();
    expect(bot.output()).not.toMatch(/uncaught|unhandled/i);
  });

  it('fail no turn, except those whose serviceUrl cannot be reached (the reply, and the apology, cannot be sent)', () => {
    const errors = bot
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message?: string } })
      .filter((line) => line.level >= 50);
    expect(errors.filter((line) => !line.err?.message?.includes('ECONNREFUSED')).map((line) => `${line.msg}: ${line.err?.message}`)).toEqual([]);
  });

  it('leave /healthz and a normal question answering correctly', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const { status, messages } = await new ChannelConversation({ botUrl: bot.url, connector, locale: 'en-US' }).say(
      'What are the three functions of social security?',
    );
    expect(status).toBe(200);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toMatch(/^Social security has three functions/);
  });
});
