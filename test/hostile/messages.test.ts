import { join, resolve } from 'node:path';
import { MAX_MATCHED_LENGTH } from '../../bot/guards/lengthLimitedMatcher';
import type { Matcher } from '../../dialogs/dialogDependencies';
import { MainDialog } from '../../dialogs/mainDialog';
import { quoteUserText } from '../../dialogs/quoteUserText';
import { loadKnowledge } from '../../knowledge/loader';
import { fillTemplate, loadTexts } from '../../knowledge/texts';
import { HOSTILE_MESSAGES } from './cases/hostileMessages';
import { BotUnderAttack, startBotUnderAttack } from './support/botUnderAttack';

const projectRoot = resolve(__dirname, '../..');
const knowledge = loadKnowledge(join(projectRoot, 'knowledge/content'));
const texts = loadTexts(join(projectRoot, 'knowledge/texts'));
const tables = [texts.en, texts.zh];
/** The answers that state facts from the sources; small talk ("Hello!", what the bot can help with) states none. */
const knowledgeAnswers = knowledge.entries.filter((entry) => entry.kind !== 'smalltalk').flatMap((entry) => [entry.en.answer, entry.zh.answer]);

/** The quoted question of a fallback reply ("Sorry, I can't answer “…”. …"), or undefined for any other reply. */
function quotedIn(reply: string): string | undefined {
  for (const { fallback, helpIntro } of tables) {
    const [before, after] = fallback.split('{question}');
    if (reply.startsWith(before) && reply.endsWith(`${after}\n\n${helpIntro}`)) return reply.slice(before.length, -`${after}\n\n${helpIntro}`.length);
  }
  return undefined;
}

const isDidYouMean = (reply: string) => tables.some((table) => reply === table.didYouMean);
const smallTalk = knowledge.entries.filter((entry) => entry.kind === 'smalltalk').flatMap((entry) => [entry.en.answer, entry.zh.answer]);

/** Never in a reply from a quote: control characters (the bot's own line breaks aside), bidi controls, zero-width spaces. */
const INVISIBLE_IN_REPLY = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

let target: BotUnderAttack;

beforeAll(async () => {
  target = await startBotUnderAttack();
});

afterAll(() => target.close());

describe('a message with no question in it', () => {
  it.each(HOSTILE_MESSAGES.map((hostile) => [hostile.name, hostile] as const))('%s gets a sensible reply', async (_name, { activity, reply }) => {
    const turn = await target.conversation().send({ type: 'message', textFormat: 'plain', ...activity });
    expect(turn.status).toBe(200);
    expect(turn.messages).toHaveLength(1);
    const text = turn.messages[0].text ?? '';
    for (const answer of knowledgeAnswers) expect(text).not.toContain(answer);
    if (reply === 'capabilities') {
      expect(text).toBe(texts.en.helpIntro);
    } else if (reply === 'linkNotOpened') {
      expect(text).toBe(`${texts.en.linkNotOpened}\n\n${texts.en.helpIntro}`);
    } else if (reply === 'tooLong') {
      // In the language it is written in: the Chinese page gets the Chinese reply.
      expect(tables.map((table) => `${fillTemplate(table.tooLong, { limit: MAX_MATCHED_LENGTH })}\n\n${table.helpIntro}`)).toContain(text);
    } else {
      const quote = quotedIn(text);
      expect(quote !== undefined || isDidYouMean(text) || smallTalk.includes(text)).toBe(true);
      // The quote is cut: a pasted page does not come back whole.
      if (quote !== undefined) expect([...quote].length).toBeLessThanOrEqual(300);
    }
    expect(text).not.toMatch(INVISIBLE_IN_REPLY);
    expect(target.logs.lines().filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('user text quoted back in "I can\'t answer “…”"', () => {
  // A matcher that never finds anything, so every message is quoted back whatever the real matcher would guess.
  const findsNothing: Matcher = { match: (text, language) => ({ text, language, intent: null, score: 0, candidates: [], decision: 'none' }) };
  let quoting: BotUnderAttack;

  beforeAll(async () => {
    quoting = await startBotUnderAttack({}, { dialog: new MainDialog({ knowledge, matcher: findsNothing, texts }) });
  });

  afterAll(() => quoting.close());

  const replyTo = async (text: string) => {
    const { messages } = await quoting.conversation().say(text);
    expect(messages).toHaveLength(1);
    return messages[0].text ?? '';
  };

  it.each([
    ['<script>alert(document.cookie)</script>'],
    ['<img src=x onerror="alert(document.cookie)">'],
    ['[click me](javascript:alert(document.cookie))'],
    ['![pixel](http://127.0.0.1:9/track.png)'],
    // With a word beside it: a link alone is no question, and gets what the bot can do.
    ['<https://evil.example/login> blorp'],
    ['www.evil.example/login blorp'],
    ['[x](&#106;avascript:alert(document.cookie))'],
  ])('%s stays inert: no tag, no link, no URL a renderer would make live', async (hostile) => {
    const quote = quotedIn(await replyTo(hostile));
    expect(quote).toBe(quoteUserText(hostile));
    expect(quote).not.toMatch(/</);
    expect(quote).not.toMatch(/(?<!\\)\]\(/);
    expect(quote).not.toMatch(/javascript:|https?:\/\/|www\./i);
  });

  it('keeps what the user wrote readable: the HTML as entities, the Markdown escaped', async () => {
    expect(quotedIn(await replyTo('<b>blorp</b> [x](y)'))).toBe('&lt;b&gt;blorp&lt;/b&gt; \\[x\\](y)');
  });

  it('drops a right-to-left override, which would show the rest of the reply backwards, and keeps right-to-left text', async () => {
    expect(quotedIn(await replyTo('\u202Eשלום blorp'))).toBe('שלום blorp');
  });

  it('drops control and zero-width characters and keeps emoji joined by zero-width joiners whole', async () => {
    expect(quotedIn(await replyTo('\u001B[31mblorp\u0007\u200B 👨‍👩‍👧‍👦'))).toBe('\\[31mblorp 👨‍👩‍👧‍👦');
  });

  // The end, where a question comes after its story, from a whole word (the server keeps the first characters of a paste).
  it('cuts a long paste to its last 120 characters', async () => {
    const reply = await replyTo('blorp '.repeat(2000));
    const quoted = /“(.*)”/.exec(reply)?.[1] ?? '';
    expect(quoted).toMatch(/^…blorp(?: blorp)+(?: b[a-z]*)?$/);
    expect([...quoted].length).toBeLessThanOrEqual(121);
  });
});

describe('a real question with hostile characters in it', () => {
  const replyTo = async (text: string) => (await target.conversation().say(text)).messages[0]?.text ?? '';

  it.each([
    ['zero-width spaces', 'What are the three\u200B functions of social\u200B security?'],
    ['a soft hyphen', 'What are the three func\u00ADtions of social security?'],
    ['control characters', 'What are the three functions\u0007 of social security?\u0000'],
    ['bidi marks', '\u200EWhat are the three functions of social security?\u200F'],
    ['emoji', '🤔 What are the three functions of social security? 🙏'],
  ])('with %s is still answered', async (_name, question) => {
    expect(await replyTo(question)).toContain(knowledge.get('functions')?.en.answer);
  });

  it('in mixed scripts is answered in the language of its words', async () => {
    expect(await replyTo('社会保障有哪三个功能？ please')).toContain(knowledge.get('functions')?.zh.answer);
  });
});
