import { join, resolve } from 'node:path';
import { loadKnowledge } from '../../knowledge/loader';
import { loadTexts } from '../../knowledge/texts';
import { BotUnderAttack, startBotUnderAttack } from './support/botUnderAttack';

const projectRoot = resolve(__dirname, '../..');
const knowledge = loadKnowledge(join(projectRoot, 'knowledge/content'));
const texts = loadTexts(join(projectRoot, 'knowledge/texts'));
const functionsAnswer = (language: 'en' | 'zh') => knowledge.get('functions')?.[language].answer ?? '';

const LIMIT = 10;
let target: BotUnderAttack;

beforeAll(async () => {
  // A long window, so however slow the machine, every message of a test falls into the same one.
  target = await startBotUnderAttack({ RATE_LIMIT_MESSAGES: String(LIMIT), RATE_LIMIT_WINDOW_MS: '600000' });
});

afterAll(() => target.close());

// Clicking each button as its step appeared, a person was told to slow down at "All steps" and lost the buttons.
describe('the default rate limit', () => {
  it('lets a person click through the whole walkthrough as fast as the steps appear', async () => {
    const person = await startBotUnderAttack();
    try {
      const chat = person.conversation();
      const { buttons } = texts.en;
      const clicks = [texts.en.starters.procedure, buttons.startWalkthrough, ...Array.from({ length: 6 }, () => buttons.next), buttons.back];
      const replies = [];
      for (const click of [...clicks, buttons.repeat, buttons.allSteps, buttons.stop, texts.en.starters.functions]) replies.push(...(await chat.say(click)).messages);
      expect(replies.map((message) => message.text)).not.toContain(texts.en.slowDown);
      expect(replies.at(-1)?.text).toContain(functionsAnswer('en'));
    } finally {
      await person.close();
    }
  });
});

describe('the per-conversation rate limit', () => {
  it(`answers ${LIMIT} messages, asks the user to slow down once, then stays silent, doing no work`, async () => {
    const chat = target.conversation();
    for (let i = 0; i < LIMIT; i += 1) {
      const { status, messages } = await chat.say('What are the three functions of social security?');
      expect(status).toBe(200);
      expect(messages.map((message) => message.text)).toEqual([expect.stringContaining(functionsAnswer('en'))]);
    }
    const over = await chat.say('What are the three functions of social security?');
    expect(over.status).toBe(200);
    expect(over.messages.map((message) => message.text)).toEqual([texts.en.slowDown]);
    for (let i = 0; i < 3; i += 1) {
      const silent = await chat.say('What are the three functions of social security?');
      expect(silent.status).toBe(200);
      expect(silent.replies).toEqual([]);
    }
    // No work: the refused turns never reached the matcher, so their log lines have no intent, score or language.
    const refused = target.logs.turns().filter((line) => line.outcome === 'rateLimited');
    expect(refused).toHaveLength(4);
    for (const line of refused) expect(line).not.toHaveProperty('intent');
    for (const line of refused) expect(line).not.toHaveProperty('language');
  });

  it("asks in the user's language", async () => {
    const chat = target.conversation({ locale: 'en-US' });
    for (let i = 0; i < LIMIT; i += 1) await chat.say('社会保障有哪三个功能？');
    expect((await chat.say('社会保障有哪三个功能？')).messages.map((message) => message.text)).toEqual([texts.zh.slowDown]);
  });

  it('limits each conversation on its own, and lets the channel\'s own activities through', async () => {
    const flooder = target.conversation();
    await Promise.all(Array.from({ length: LIMIT + 5 }, () => flooder.say('hello')));
    const bystander = target.conversation();
    expect((await bystander.say('What are the three functions of social security?')).messages[0].text).toContain(functionsAnswer('en'));
    const joined = await flooder.join();
    expect(joined.status).toBe(200);
    expect(joined.messages.map((message) => message.text)).toEqual([texts.en.welcome]);
  });

  it(`lets exactly ${LIMIT} of 50 simultaneous messages through, with one "slow down"`, async () => {
    const chat = target.conversation();
    const turns = await Promise.all(Array.from({ length: 50 }, (_, i) => chat.say(`What are the three functions of social security? ${i}`)));
    expect(turns.every((turn) => turn.status === 200)).toBe(true);
    const replies = turns.flatMap((turn) => turn.messages.map((message) => message.text));
    expect(replies.filter((text) => text?.includes(functionsAnswer('en')))).toHaveLength(LIMIT);
    expect(replies.filter((text) => text === texts.en.slowDown)).toHaveLength(1);
    expect(replies).toHaveLength(LIMIT + 1);
  });
});
