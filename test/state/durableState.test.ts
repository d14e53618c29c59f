import { randomUUID } from 'node:crypto';
import type { Language } from '../../knowledge/language';
import { Azurite } from '../support/azurite';
import { BotProcess, startBotProcess } from '../support/botProcess';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { sayNext, stepsShown, texts, walkToStep } from './support/walkthrough';

// Real bot processes (as operators run them) sharing one real Azurite, as two instances behind a load balancer share
// one storage account. Starting a process takes seconds, so the two are started once and shared by the tests; each
// test has conversations of its own.

const STARTUP_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 60_000;

let azurite: Azurite;
let connector: FakeConnector;
const bots: { a?: BotProcess; b?: BotProcess } = {};

// The tests type faster than people do; the rate limit has tests of its own.
const startBot = () =>
  startBotProcess({
    env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'bot-state', RATE_LIMIT_MESSAGES: '0' },
  });

function running(name: 'a' | 'b'): BotProcess {
  const bot = bots[name];
  if (!bot) throw new Error(`bot ${name} did not start`);
  return bot;
}

const byNumber = (x: number, y: number) => x - y;

/** The same channel conversation, sent to whichever bot process `bot` is. */
const conversationWith = (bot: BotProcess, conversationId: string, language: Language) =>
  new ChannelConversation({ botUrl: bot.url, connector, conversationId, locale: language === 'zh' ? 'zh-CN' : 'en-US' });

beforeAll(async () => {
  [azurite, connector] = await Promise.all([Azurite.start(), FakeConnector.start()]);
  [bots.a, bots.b] = await Promise.all([startBot(), startBot()]);
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all([bots.a?.stop(), bots.b?.stop()]);
  await connector?.close();
  await azurite?.dispose();
});

describe('conversation state in blob storage (Azurite), shared by bot processes', () => {
  it(
    'goes on with a walkthrough after the bot process is killed (SIGKILL) and started again',
    async () => {
      const conversationId = randomUUID();
      const before = await walkToStep(conversationWith(running('a'), conversationId, 'en'), 'en', 3);
      expect(stepsShown(before, 'en')).toEqual([3]);

      expect(await running('a').stop('SIGKILL')).toMatchObject({ signal: 'SIGKILL' });
      bots.a = undefined;
      bots.a = await startBot();

      const after = await sayNext(conversationWith(running('a'), conversationId, 'en'), 'en');
      expect(stepsShown(after, 'en')).toEqual([4]);
    },
    STARTUP_TIMEOUT_MS,
  );

  it(
    'navigates one conversation whose turns alternate between two processes',
    async () => {
      const conversationId = randomUUID();
      const onA = conversationWith(running('a'), conversationId, 'zh');
      const onB = conversationWith(running('b'), conversationId, 'zh');
      await onA.say(texts.zh.starters.procedure);
      const shown: number[] = [];
      for (const [chat, text] of [
        [onB, '下一步'],
        [onA, '下一步'],
        [onB, '下一步'],
        [onA, '上一步'],
        [onB, '下一步'],
        [onA, '第五步'],
        [onB, '下一步'],
      ] as const) {
        shown.push(...stepsShown(await chat.say(text), 'zh'));
      }
      expect(shown).toEqual([1, 2, 3, 2, 3, 5, 6]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps the state whole when turns of one conversation arrive at once, on one process or on both',
    async () => {
      const conversationId = randomUUID();
      const onA = conversationWith(running('a'), conversationId, 'en');
      const onB = conversationWith(running('b'), conversationId, 'en');
      await onA.say(texts.en.starters.procedure);

      // A double click: two "next" on the same process at once.
      const doubleClick = await Promise.all([sayNext(onA, 'en'), sayNext(onA, 'en')]);
      expect(doubleClick.map((turn) => stepsShown(turn, 'en')).flat().sort(byNumber)).toEqual([1, 2]);

      // Two on each process at once: every "next" moves one step, none is lost or shown twice.
      const racing = await Promise.all([sayNext(onA, 'en'), sayNext(onB, 'en'), sayNext(onA, 'en'), sayNext(onB, 'en')]);
      for (const turn of racing) expect(turn.messages).toHaveLength(1);
      expect(racing.map((turn) => stepsShown(turn, 'en')).flat().sort(byNumber)).toEqual([3, 4, 5, 6]);

      expect(stepsShown(await sayNext(onB, 'en'), 'en')).toEqual([7]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'apologises in the user\'s language while the storage is down, keeps serving, and goes on once it is back',
    async () => {
      const bot = running('b');
      let stderr = '';
      const collect = (chunk: Buffer) => (stderr += chunk.toString('utf8'));
      bot.child.stderr?.on('data', collect);
      const english = conversationWith(bot, randomUUID(), 'en');
      const chinese = conversationWith(bot, randomUUID(), 'zh');
      await walkToStep(english, 'en', 3);
      await walkToStep(chinese, 'zh', 2);

      await azurite.stop();
      try {
        expect((await sayNext(english, 'en')).messages.map((message) => message.text)).toEqual([texts.en.errorApology]);
        expect((await sayNext(chinese, 'zh')).messages.map((message) => message.text)).toEqual([texts.zh.errorApology]);
        expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      } finally {
        await azurite.restart();
      }

      expect(stepsShown(await sayNext(english, 'en'), 'en')).toEqual([4]);
      expect(stepsShown(await sayNext(chinese, 'zh'), 'zh')).toEqual([3]);
      bot.child.stderr?.off('data', collect);
      expect(bot.child.exitCode).toBeNull();
      expect(stderr).toBe('');
    },
    TEST_TIMEOUT_MS,
  );
});
