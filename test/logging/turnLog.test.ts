import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { MAX_TEXT_LENGTH } from '../../bot/guards/messageEndpointGuards';
import { hashConversationId } from '../../bot/logger';
import { BotUnderAttack, startBotUnderAttack } from '../hostile/support/botUnderAttack';

const QUESTION = 'What are the three functions of social security?';
let target: BotUnderAttack;

beforeAll(async () => {
  target = await startBotUnderAttack();
});

afterAll(() => target.close());

/** The turn lines logged while `act` ran. */
async function turnLinesOf(bot: BotUnderAttack, act: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  const before = bot.logs.turns().length;
  await act();
  return bot.logs.turns().slice(before);
}

describe('the turn log', () => {
  it('writes one JSON line per turn: hashed conversation, channel, language, intent, score and latency', async () => {
    const chat = target.conversation({ channelId: 'webchat' });
    const [line, ...more] = await turnLinesOf(target, () => chat.say(QUESTION));
    expect(more).toEqual([]);
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: expect.any(Number),
      hostname: expect.any(String),
      msg: 'turn',
      conversation: hashConversationId(chat.conversationId),
      channel: 'webchat',
      activityType: 'message',
      language: 'en',
      intent: 'functions',
      score: expect.any(Number),
      outcome: 'answer',
      latencyMs: expect.any(Number),
    });
    expect(line.score).toBeGreaterThan(0);
    expect(line.score).toBeLessThanOrEqual(1);
  });

  it('never writes the conversation id itself, nor what the user typed', async () => {
    const chat = target.conversation();
    const secretQuestion = 'My ID number is 110101199003070000, what are the three functions of social security?';
    await chat.join();
    await chat.say(secretQuestion);
    await chat.say('blorp qwerty');
    const text = target.logs.text();
    expect(text).not.toContain(chat.conversationId);
    expect(text).not.toContain('110101199003070000');
    expect(text).not.toContain('blorp qwerty');
    for (const line of target.logs.turns()) expect(line).not.toHaveProperty('text');
  });

  it('logs the language and the outcome of every kind of turn', async () => {
    const chat = target.conversation({ locale: 'zh-CN' });
    const lines = await turnLinesOf(target, async () => {
      await chat.join();
      await chat.say('社会保障有哪三个功能？');
      await chat.say('今天天气怎么样');
      await chat.say('怎么在支付宝上帮家人做社保认证？');
      await chat.say('下一步');
    });
    expect(lines.map(({ activityType, language, outcome, intent }) => ({ activityType, language, outcome, intent }))).toEqual([
      { activityType: 'conversationUpdate', language: undefined, outcome: 'other', intent: undefined },
      { activityType: 'message', language: 'zh', outcome: 'answer', intent: 'functions' },
      { activityType: 'message', language: 'zh', outcome: 'none', intent: null },
      { activityType: 'message', language: 'zh', outcome: 'answer', intent: 'procedure' },
      // A walkthrough command is the user's choice, not a guess: intent the step shown, score 1.
      { activityType: 'message', language: 'zh', outcome: 'answer', intent: 'step-1' },
    ]);
    expect(lines[2].score).toEqual(expect.any(Number));
    expect(lines[4].score).toBe(1);
  });

  it('logs a failed turn as failed, next to the error the adapter logs', async () => {
    class FailingDialog extends Dialog {
      constructor() {
        super('failing');
      }
      beginDialog(_dc: DialogContext): Promise<DialogTurnResult> {
        throw new Error('the dialog failed on purpose');
      }
    }
    const failing = await startBotUnderAttack({}, { dialog: new FailingDialog() });
    try {
      const chat = failing.conversation();
      await chat.say('anything');
      const [turn] = failing.logs.turns();
      expect(turn).toMatchObject({ outcome: 'failed', conversation: hashConversationId(chat.conversationId), latencyMs: expect.any(Number) });
      const error = failing.logs.lines().find((line) => line.msg === 'turn failed');
      expect(error).toMatchObject({ level: 50, conversation: hashConversationId(chat.conversationId), err: { message: 'the dialog failed on purpose' } });
      expect(failing.logs.text()).not.toContain(chat.conversationId);
    } finally {
      await failing.close();
    }
  });
});

describe('LOG_USER_TEXT=true', () => {
  let verbose: BotUnderAttack;

  beforeAll(async () => {
    verbose = await startBotUnderAttack({ LOG_USER_TEXT: 'true' });
  });

  afterAll(() => verbose.close());

  it('adds what the user typed to the turn line', async () => {
    const [line] = await turnLinesOf(verbose, () => verbose.conversation().say(QUESTION));
    expect(line).toMatchObject({ text: QUESTION, intent: 'functions' });
  });

  it(`shows that the bot reads at most ${MAX_TEXT_LENGTH} characters of a message`, async () => {
    const [line] = await turnLinesOf(verbose, () => verbose.conversation().say(`${'社'.repeat(MAX_TEXT_LENGTH - 1)}😀${'x'.repeat(200_000)}`));
    // The emoji is two UTF-16 units across the cut: it goes whole rather than leave half of it.
    expect(line).toMatchObject({ text: '社'.repeat(MAX_TEXT_LENGTH - 1), outcome: 'none' });
  });
});
