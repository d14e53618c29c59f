import pino from 'pino';
import { PassThrough, Readable } from 'node:stream';
import { createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { MAX_MATCHED_LENGTH } from '../../bot/guards/lengthLimitedMatcher';
import { fillTemplate, loadTexts } from '../../knowledge/texts';
import { runChat } from '../../scripts/chat';
import { ChatSession } from '../../scripts/chatSession';
import { answerOf, stepText } from '../dialogs/support/assistant';

const app = createBotApp(parseConfig({ LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
const texts = loadTexts('knowledge/texts');

/** The whole terminal output of a chat fed these lines (piped, as from a file). */
async function chatOutput(
  lines: string[],
  options: { locale?: string; trace?: boolean; channelId?: string; conversationType?: string } = {},
): Promise<string> {
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  await runChat({ session: new ChatSession(app.bot, { locale: options.locale, channelId: options.channelId, conversationType: options.conversationType }), input: Readable.from(lines.map((line) => `${line}\n`)), output, trace: options.trace });
  return written;
}

describe('npm run chat', () => {
  it('greets, answers, numbers the buttons and clicks one with /N', async () => {
    const output = await chatOutput(['what are the three functions of social security', '/2', '/quit', 'never sent']);
    expect(output.startsWith(`bot> ${texts.en.welcome}`)).toBe(true);
    expect(output).toContain(`[/1] ${texts.en.starters.procedure}  [/2] ${texts.en.starters.functions}`);
    expect(output).toContain('you> what are the three functions of social security\nbot> ');
    expect(output).toMatch(/\[\/1\] Stabilizing social life {2}\[\/2\] Redistribution/);
    expect(output).toContain('(clicked "Redistribution")\nbot> **Redistribution**');
    expect(output).not.toContain('never sent');
  });

  it('starts in the language of the locale and shows the intent trace when asked', async () => {
    const output = await chatOutput(['社会保障有哪些功能', '一步一步教我', '下一步'], { locale: 'zh-CN', trace: true });
    expect(output.startsWith(`bot> ${texts.zh.welcome}`)).toBe(true);
    expect(output).toMatch(/· intent functions \(\d\.\d\d, zh\), top: functions \d\.\d\d.* → functions/);
    // A step a walkthrough command shows is traced as taken by the command, with no score: it read as the matcher's 1.00.
    expect(output).toContain('· walkthrough: next (zh) → step-2');
  });

  it('shows in the trace which words were read as misspellings', async () => {
    const output = await chatOutput(['stablity'], { trace: true });
    expect(output).toMatch(/· intent function-stability .* → function-stability, read "stablity" as "stability"\n/);
  });

  it('shows in the trace why nothing was answered', async () => {
    const output = await chatOutput(['what does article 63 say', 'social security money', 'can I do it on WeChat', 'is Alipay safe'], { trace: true });
    expect(output).toMatch(/· intent none \(\d\.\d\d, en\), top: .* → can't answer, no article 63 in the knowledge\n/);
    expect(output).toMatch(/· intent none \(\d\.\d\d, en\), top: .* → can't answer, asks about WeChat, not Alipay\n/);
    expect(output).toMatch(/· intent none \(\d\.\d\d, en\), top: .* → can't answer, asks about Alipay itself \(safety\), not the certification\n/);
    expect(output).toMatch(/· intent none \(\d\.\d\d, en\), top: .* → did you mean\n/);
  });

  it('shows in the trace which question of the message each of its answers is to', async () => {
    const output = await chatOutput(['what are the functions and what does article 64 say'], { trace: true });
    expect(output).toMatch(/· question 1 of 2 → functions; the message: intent functions \(\d\.\d\d, en\), top: .*\nbot> Social security has three functions/);
    expect(output).toMatch(/· question 2 of 2 → article64-full; the message: intent functions \(\d\.\d\d, en\), top: .*\nbot> \*\*Article 64/);
  });

  it('shows in the trace which follow-up reader took a message the matcher did not decide', async () => {
    const output = await chatOutput(['what does article 64 say', 'tell me more', 'step 7', 'next'], { trace: true });
    expect(output).toContain('you> tell me more\n     · follow-up: asks for more (en) → article64-full\nbot> ');
    expect(output).toContain('you> next\n     · walkthrough: next (en) → nothing from the knowledge\nbot> ');
  });

  // Support staff saw "intent article64-full (1.00)" and no word of the paragraph quoted, or of the one not there.
  it('names in the trace the paragraph of the article quoted, or the one the article does not have', async () => {
    const output = await chatOutput(['art 64 para 1', 'para 4 of art 64', 'art 64 para 1', 'previous paragraph'], { trace: true });
    expect(output).toContain('you> art 64 para 1\n     · intent article64-full (1.00, en), top: article64-full 1.00 → article64-full, paragraph 1 quoted alone\n');
    expect(output).toContain('→ article64-full, no paragraph 4 in the article: the article in full\n');
    expect(output).toContain('→ article64-full, before the first paragraph: the article in full\n');
  });

  // Support staff saw the answered part's match, and no word of the question it said it could not answer.
  it('names in the trace the questions of a message said to be beyond the sources', async () => {
    const output = await chatOutput(['how do I certify my mom on alipay and does it cost anything'], { trace: true });
    expect(output).toContain('→ procedure; not answered: “does it cost anything”, beyond the sources\n');
  });

  // Teams sends the bot's @mention as an entity too: without it the bot read "@Assistant" as a question, refused.
  it('mentions the bot in Teams with a leading @mention, which the bot reads past', async () => {
    const output = await chatOutput(['<at>Assistant</at>', '<at>Assistant</at> what are the three functions of social security'], {
      channelId: 'msteams',
    });
    expect(output).not.toContain('@Assistant');
    expect(output).toContain('you> <at>Assistant</at>\nbot> I can help with:');
    expect(output).toMatch(/you> <at>Assistant<\/at> what are the three functions of social security\nbot> Social security has three functions/);
  });

  // "请问 <at>Social Security Assistant</at> 怎么帮家人认证" got the greeting: only a leading mention was the bot's.
  it('mentions the bot in Teams by its name anywhere in a message', async () => {
    const output = await chatOutput(['请问 <at>Social Security Assistant</at> 怎么帮家人认证'], { channelId: 'msteams' });
    expect(output).not.toContain('@Social Security Assistant');
    expect(output).toMatch(/you> 请问 <at>Social Security Assistant<\/at> 怎么帮家人认证\nbot> 在支付宝上帮家人/);
  });

  // The notes say to mention it as <at>Bot</at>: "hey <at>Bot</at> what are the 3 functions of ss?" was not sent.
  it('mentions the bot in a Teams channel as <at>Bot</at> anywhere in a message', async () => {
    const output = await chatOutput(['hey <at>Bot</at> what are the three functions of social security?'], { channelId: 'msteams', conversationType: 'channel' });
    expect(output).toMatch(/you> hey <at>Bot<\/at> what are the three functions of social security\?\nbot> Social security has three functions/);
  });

  // Teams sends the bot only the channel messages that @mention it: the chat sent every line, and office chatter in a
  // channel got refusals no Teams user would ever see.
  it.each(['channel', 'groupChat'])('in a Teams %s, sends only the messages that mention the bot, and button clicks', async (conversationType) => {
    const output = await chatOutput(['lunch at 12?', '<at>Assistant</at> what are the three functions of social security', 'the second one', '/2'], {
      channelId: 'msteams',
      conversationType,
    });
    const notSent = '(not sent: in a Teams channel or group chat the bot gets only the messages that @mention it';
    expect(output).toContain(`you> lunch at 12?\n${notSent}`);
    expect(output).toMatch(/you> <at>Assistant<\/at> what are the three functions of social security\nbot> Social security has three functions/);
    expect(output).toContain(`you> the second one\n${notSent}`);
    expect(output).toContain('(clicked "Redistribution")\nbot> **Redistribution**');
  });

  it('sends every message in a Teams personal chat', async () => {
    const output = await chatOutput(['what are the three functions of social security'], { channelId: 'msteams', conversationType: 'personal' });
    expect(output).toMatch(/you> what are the three functions of social security\nbot> Social security has three functions/);
  });

  // A long story around a question got "I can't answer" with no word of why, the Chinese one in English.
  it.each([
    ['en', `${'My father is 85 and lives alone far away from me, and he has never used a smartphone. '.repeat(13)}How he lives is hard.`],
    ['zh', `${'我爸爸今年八十五岁了，一个人住在老家，身体不太好，也不会用智能手机。'.repeat(33)}真不容易。`],
  ] as const)('[%s] says a message longer than the bot reads, with no question at its end, is too long, in its language', async (language, story) => {
    expect(story.length).toBeGreaterThan(MAX_MATCHED_LENGTH);
    const output = await chatOutput([story]);
    expect(output).toContain(`bot> ${fillTemplate(texts[language].tooLong, { limit: MAX_MATCHED_LENGTH })}`);
  });

  // "… anyway what are the three functions of social security" after a pasted page was refused as too long.
  it.each([
    ['en', `${'My father is 85 and lives alone far away from me, and he has never used a smartphone. '.repeat(13)}Where do I add his details?`, stepText(6, 'en')],
    ['zh', `${'我爸爸今年八十五岁了，一个人住在老家，身体不太好，也不会用智能手机。'.repeat(33)}请问社会保障有哪些功能？`, answerOf('functions', 'zh')],
    // Before the thanks that close it: it got "You're welcome!".
    ['en', `${'My father is 85 and lives alone far away from me, and he has never used a smartphone. '.repeat(13)}Where do I add his details? Thanks a lot.`, stepText(6, 'en')],
    ['zh', `${'我爸爸今年八十五岁了，一个人住在老家，身体不太好，也不会用智能手机。'.repeat(33)}请问社会保障有哪些功能？谢谢！`, answerOf('functions', 'zh')],
  ] as const)('[%s] answers a message longer than the bot reads from its last sentence', async (_language, story, answer) => {
    expect(story.length).toBeGreaterThan(MAX_MATCHED_LENGTH);
    const output = await chatOutput([story]);
    expect(output).toContain(`bot> ${answer.split('\n')[0]}`);
  });

  it('says so when a button number does not exist, and sends card values with /value', async () => {
    const output = await chatOutput(['/9', '/value {"text":"What does Article 64 say?"}', '/value not json']);
    expect(output).toContain('(no button 9; the last reply has 3)');
    expect(output).toContain('you> /value {"text":"What does Article 64 say?"}\nbot> ');
    expect(output).toContain('(/value needs JSON');
  });

  it('keeps the conversation as a transcript: the user and the bot, in order, with their roles', async () => {
    const session = new ChatSession(app.bot);
    await session.join();
    await session.say('thanks');
    expect(session.transcript.map((activity) => [activity.type, activity.name ?? '', activity.from.role])).toEqual([
      ['conversationUpdate', '', 'user'],
      ['message', '', 'bot'],
      ['message', '', 'user'],
      ['trace', 'Intent match', 'bot'],
      ['message', '', 'bot'],
      ['trace', 'BotState', 'bot'],
    ]);
  });
});
