import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../../knowledge/loader';
import { loadTexts } from '../../knowledge/texts';
import { buttonTitles, ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { RunningBot, startBotServer } from '../support/botServer';

const projectRoot = resolve(__dirname, '../..');
const knowledge = loadKnowledge(join(projectRoot, 'knowledge/content'));
const texts = loadTexts(join(projectRoot, 'knowledge/texts'));
const answer = (id: string, language: 'en' | 'zh') => {
  const entry = knowledge.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry[language].answer;
};

let bot: RunningBot;
let botUrl: string;
let connector: FakeConnector;

beforeAll(async () => {
  bot = await startBotServer();
  botUrl = bot.url;
  connector = await FakeConnector.start();
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

const conversation = (options: { channelId?: string; locale?: string } = {}) =>
  new ChannelConversation({ botUrl, connector, locale: 'en-US', ...options });

describe('the bot over HTTP, as a channel talks to it', () => {
  it('welcomes a user who joins, with the starter questions as buttons', async () => {
    const { status, messages } = await conversation().join();
    expect(status).toBe(200);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toBe(texts.en.welcome);
    expect(buttonTitles(messages[0])).toEqual([
      'How do I certify a family member in Alipay?',
      'What are the three functions of social security?',
      'What does Article 64 say?',
    ]);
  });

  it("welcomes in Chinese when the user's locale is Chinese", async () => {
    const { messages } = await conversation({ locale: 'zh-CN' }).join();
    expect(messages.map((message) => message.text)).toEqual([texts.zh.welcome]);
    expect(buttonTitles(messages[0])).toEqual(Object.values(texts.zh.starters));
  });

  it('answers the procedure question with the seven numbered steps, then walks through them on "next"', async () => {
    const chat = conversation();
    const asked = await chat.say('How can I help my mother with her social security certification in Alipay?');
    expect(asked.messages).toHaveLength(1);
    const steps = asked.messages[0];
    expect(steps.text).toContain(answer('procedure', 'en'));
    expect(steps.text).toMatch(/^1\. Open the Alipay app/m);
    expect(steps.text).toMatch(/^7\. /m);
    expect(buttonTitles(steps)).toEqual(['Start with step 1', 'Stop', 'Helpful', 'Not helpful']);

    const first = (await chat.say('next')).messages;
    expect(first).toHaveLength(1);
    expect(first[0].text).toMatch(/^\*\*Step 1 of 7\*\*/);
    expect(first[0].text).toContain(answer('step-1', 'en'));
    expect(buttonTitles(first[0])).toEqual(['Next', 'Back', 'Repeat', 'All steps', 'Stop']);

    const second = (await chat.say('next')).messages;
    expect(second[0].text).toMatch(/^\*\*Step 2 of 7\*\*/);
    expect(second[0].text).toContain(answer('step-2', 'en'));
  });

  it('answers a question about Article 64 from the law', async () => {
    const { messages } = await conversation().say('Which funds does Article 64 of the Social Insurance Law list?');
    expect(messages).toHaveLength(1);
    const articleAnswers = knowledge.entries.filter((entry) => entry.source?.startsWith('Article 64')).map((entry) => entry.en.answer);
    expect(articleAnswers).toContain(messages[0].text);
    expect(messages[0].text).toContain('the maternity insurance fund');
  });

  it('says it cannot answer a question the sources do not cover, and gives no knowledge answer', async () => {
    const { messages } = await conversation().say('How do I renew my passport?');
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toContain("Sorry, I can't answer “How do I renew my passport?”");
    expect(buttonTitles(messages[0])).toEqual(Object.values(texts.en.starters));
    for (const entry of knowledge.entries) expect(messages[0].text).not.toContain(entry.en.answer);
  });

  it('answers a Chinese question in Chinese, whatever the locale', async () => {
    const { messages } = await conversation({ locale: 'en-US' }).say('怎么在支付宝帮我妈做社保认证');
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toContain(answer('procedure', 'zh'));
    expect(buttonTitles(messages[0])).toEqual(['从第1步开始', '结束', '有帮助', '没帮助']);
  });

  it('uses no connector API but sending activities (no member lookups, no conversation creation)', async () => {
    const chat = conversation({ channelId: 'msteams' });
    // Teams sends channelData (the tenant at least) with every activity; the endpoint refuses msteams activities without it.
    const teams = { channelData: { tenant: { id: 'tenant-1' } } };
    await chat.join(teams);
    expect((await chat.say('What are the three functions of social security?', teams)).messages).toHaveLength(1);
    expect(connector.unexpected).toEqual([]);
  });

  it('reports its health as JSON', async () => {
    const response = await fetch(`${botUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', version: '1.0.0', knowledgeEntries: knowledge.entries.length });
  });

  it('answers 404 on an unknown route', async () => {
    const response = await fetch(`${botUrl}/no/such/route`);
    expect(response.status).toBe(404);
    await response.arrayBuffer();
  });

  it('refuses a body that is not an activity with 400, and GET on the channel endpoint', async () => {
    const notAnActivity = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'no type' }),
    });
    expect(notAnActivity.status).toBe(400);
    const get = await fetch(`${botUrl}/api/messages`);
    expect(get.status).toBe(405);
    await Promise.all([notAnActivity.arrayBuffer(), get.arrayBuffer()]);
  });
});

describe('the Bot Framework Emulator, imitated', () => {
  it('gets the welcome at the reply URL with the encoded "|livechat" id, without auth, and intent traces with answers', async () => {
    const conversationId = `${randomUUID()}|livechat`;
    const chat = new ChannelConversation({
      botUrl,
      connector,
      channelId: 'emulator',
      conversationId,
      locale: 'en-US',
      user: { id: randomUUID(), name: 'User', role: 'user' },
      bot: { id: randomUUID(), name: 'Bot', role: 'bot' },
    });
    const joined = await chat.join();
    expect(joined.messages.map((m) => m.text)).toEqual([texts.en.welcome]);
    const delivery = connector.deliveries.find((d) => d.replyToId === joined.activity.id);
    expect(delivery?.path).toBe(`/v3/conversations/${conversationId.replace('|', '%7C')}/activities/${joined.activity.id}`);
    expect(delivery?.conversationId).toBe(conversationId);
    expect(delivery?.authorization).toBeUndefined();

    const asked = await chat.say('What are the three functions of social security?');
    // botbuilder-dialogs adds a 'BotState' trace for the Emulator's inspector after the answer.
    const [trace, reply] = asked.replies;
    expect(trace).toMatchObject({ type: 'trace', name: 'Intent match', label: 'Intent match' });
    expect(asked.messages).toEqual([reply]);
    expect(trace.value).toMatchObject({ intent: 'functions', score: expect.any(Number), answerId: 'functions' });
    const { top3 } = trace.value as { top3: Array<{ intent: string; score: number }> };
    expect(top3[0]).toEqual({ intent: 'functions', score: expect.any(Number) });
    expect(top3.length).toBeLessThanOrEqual(3);
    expect(reply.text).toContain(answer('functions', 'en'));

    const followedUp = await chat.say('tell me more');
    const [followUpTrace, followUpReply] = followedUp.replies;
    expect(followUpTrace).toMatchObject({ type: 'trace', name: 'Follow-up', label: 'Follow-up' });
    expect(followUpTrace.value).toEqual({ text: 'tell me more', language: 'en', readBy: 'follow-up: asks for more', answerId: 'functions' });
    expect(followedUp.messages).toEqual([followUpReply]);
  });

  it('sends no traces to other channels', async () => {
    const chat = conversation({ channelId: 'directline' });
    const { replies } = await chat.say('What are the three functions of social security?');
    expect(replies.map((reply) => reply.type)).toEqual(['message']);
    const followedUp = await chat.say('tell me more');
    expect(followedUp.replies.map((reply) => reply.type)).toEqual(['message']);
  });
});
