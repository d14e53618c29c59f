import https from 'node:https';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { RunningBot, startBotServer } from '../support/botServer';
import { APP_ID, forgedAuthorization, rejectedWithoutNetwork } from './cases/rejectedTokens';

let connector: FakeConnector;

beforeAll(async () => {
  connector = await FakeConnector.start();
});
afterAll(() => connector?.close());

/** One message from a new conversation, with the given Authorization header (none if undefined). */
async function sendMessage(bot: RunningBot, authorization?: string) {
  const chat = new ChannelConversation({
    botUrl: bot.url,
    connector,
    locale: 'en-US',
    headers: authorization === undefined ? {} : { authorization },
  });
  const turn = await chat.say('What are the three functions of social security?');
  const delivered = connector.deliveries.filter((delivery) => delivery.conversationId === chat.conversationId);
  return { status: turn.status, body: turn.body, delivered };
}

describe('with MicrosoftAppId and MicrosoftAppPassword set', () => {
  let bot: RunningBot;
  /** The adapter fetches the Bot Framework's OpenID metadata and keys over https. */
  let outbound: jest.SpyInstance;

  beforeAll(async () => {
    bot = await startBotServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-password' });
    // CloudAdapter prints every refused request to the console itself; the assertions are on what the caller gets.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    outbound = jest.spyOn(https, 'request');
  }, 60_000);
  beforeEach(() => outbound.mockClear());
  afterAll(async () => {
    jest.restoreAllMocks();
    await bot?.close();
  });

  it.each(rejectedWithoutNetwork)('answers 401 to $name at once, without any network call, and does nothing', async ({ authorization }) => {
    const { status, delivered } = await sendMessage(bot, authorization);
    expect(status).toBe(401);
    expect(outbound).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
    expect(connector.unexpected).toEqual([]);
  });

  // Only this token makes the adapter fetch the Bot Framework's signing keys (a request without a token never does).
  // Without internet the fetch fails at once and the adapter answers 500; with it, the signature check answers 401.
  it('refuses a well-formed token signed by someone else, and does nothing', async () => {
    const { status, body, delivered } = await sendMessage(bot, forgedAuthorization);
    expect([401, 500]).toContain(status);
    // Whatever failed (a DNS lookup offline) stays in the log, not in what the caller reads.
    if (status === 500) expect(JSON.parse(body)).toEqual({ code: 'InternalError', message: 'The bot could not process this request.' });
    expect(outbound).toHaveBeenCalled();
    expect(delivered).toEqual([]);
  });
});

describe('without app credentials (local use: Emulator, built-in web chat)', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBotServer();
  }, 60_000);
  afterAll(() => bot?.close());

  it('answers a request that carries no token, and sends its reply without one', async () => {
    const { status, delivered } = await sendMessage(bot);
    expect(status).toBe(200);
    expect(delivered.map((delivery) => delivery.activity.type)).toContain('message');
    expect(delivered.map((delivery) => delivery.authorization)).toEqual(delivered.map(() => undefined));
  });
});
