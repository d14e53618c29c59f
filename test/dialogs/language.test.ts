import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, starterTitles, stepControls, stepText, texts } from './support/assistant';

describe('the reply language follows the user', () => {
  it('switches en → zh → en with the questions', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('What are the functions of social security?')).text).toBe(answerOf('functions', 'en'));
    expect((await chat.reply('社保有什么作用？')).text).toBe(answerOf('functions', 'zh'));
    expect((await chat.reply('Which funds make up social insurance funds?')).text).toBe(answerOf('article64-funds', 'en'));
  });

  // Typed without a Chinese keyboard, they got English replies: step 1, or "I can't answer".
  it('answers Chinese typed in pinyin in Chinese, whatever the locale', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('zhifubao zenme bang jiaren renzheng')).text).toBe(answerOf('procedure', 'zh'));
    expect((await chat.reply('shebao gongneng')).text).toBe(answerOf('functions', 'zh'));
    expect((await chat.reply('What does Article 64 say?')).text).toBe(answerOf('article64-full', 'en'));
  });

  // Both were answered in English in a Chinese chat: more English words than runs of Chinese, and no Chinese question word.
  it.each([
    ['social security 第一个功能', 'function-stability'],
    ['family service在哪', 'step-6'],
  ])('answers %j, Chinese borrowing English terms, in Chinese', async (text, entryId) => {
    const chat = chatWithAssistant({ locale: 'zh-CN' });
    expect((await chat.reply(text)).text).toContain(answerOf(entryId, 'zh'));
  });

  it('keeps Chinese for short messages that do not show a language', async () => {
    const chat = chatWithAssistant();
    await chat.reply('社会保障有哪些功能？');
    expect((await chat.reply('2')).text).toBe(answerOf('function-redistribution', 'zh'));
  });

  it('keeps Chinese for "next" in a Chinese walkthrough', async () => {
    const chat = chatWithAssistant();
    await chat.reply('第二步是什么');
    expect(await chat.reply('next')).toEqual({ text: stepText(3, 'zh'), buttons: stepControls('zh') });
  });

  // "hi" in a Chinese conversation got "I can't answer": only the English questions have the word.
  it.each([
    ['hi', 'greeting'],
    ['thx', 'thanks'],
  ])('answers %j, a word of any language, in Chinese in a Chinese conversation', async (word, entryId) => {
    const chat = chatWithAssistant({ locale: 'zh-CN' });
    expect((await chat.reply(word)).text).toBe(answerOf(entryId, 'zh'));
  });

  // Latin letters that spell no word the bot knows are no sign of English: "asdfghjkl" and pinyin "wo bu zhidao" got the
  // English refusal in a Chinese conversation. ("nihao", a greeting in pinyin, is now read as one.)
  it.each(['asdfghjkl', 'wo bu zhidao'])('refuses %j, letters it knows no word of, in Chinese in a Chinese conversation, and stays in Chinese', async (text) => {
    const chat = chatWithAssistant({ locale: 'zh-CN' });
    expect((await chat.reply(text)).text).toBe(`${fillTemplate(texts.zh.fallback, { question: text })}\n\n${texts.zh.helpIntro}`);
    expect((await chat.reply('👍')).text).toBe(texts.zh.helpIntro);
  });

  it('greets "nihao", a greeting in pinyin, in Chinese', async () => {
    expect((await chatWithAssistant().reply('nihao')).text).toBe(answerOf('greeting', 'zh'));
  });

  it('refuses such letters in English in an English conversation', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('asdfghjkl')).text).toBe(`${fillTemplate(texts.en.fallback, { question: 'asdfghjkl' })}\n\n${texts.en.helpIntro}`);
  });

  it('keeps English for a number in an English conversation', async () => {
    const chat = chatWithAssistant();
    await chat.reply('What are the functions of social security?');
    expect((await chat.reply('3')).text).toBe(answerOf('function-development', 'en'));
  });

  it('switches the walkthrough to Chinese when the user does', async () => {
    const chat = chatWithAssistant();
    await chat.reply('What is step 2?');
    expect(await chat.reply('下一步')).toEqual({ text: stepText(3, 'zh'), buttons: stepControls('zh') });
    expect(await chat.reply('repeat')).toEqual({ text: stepText(3, 'en'), buttons: stepControls('en') });
  });

  it('answers Traditional Chinese in Simplified Chinese', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('社會保障有哪些功能？')).text).toBe(answerOf('functions', 'zh'));
    expect((await chat.reply('第二個是什麼意思')).text).toBe(answerOf('function-redistribution', 'zh'));
  });
});

describe('the first language', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    [undefined, 'en'],
  ] as const)('comes from the locale %s when the message does not tell', async (locale, language) => {
    const message = await chatWithAssistant({ locale }).reply('👍');
    expect(message.buttons).toEqual(starterTitles(language));
    expect(message.text.endsWith(texts[language].helpIntro)).toBe(true);
  });

  it('comes from the message when it tells, whatever the locale', async () => {
    const message = await chatWithAssistant({ locale: 'zh-CN' }).reply('What are the functions of social security?');
    expect(message.text).toBe(answerOf('functions', 'en'));
  });
});
