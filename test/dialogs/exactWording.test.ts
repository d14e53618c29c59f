import { Language } from '../../knowledge/language';
import { answerOf, chatWithAssistant, texts } from './support/assistant';

const paragraph3: Readonly<Record<Language, string>> = { en: 'Art. 64 para 3', zh: '第六十四条第三款' };

// "quote it exactly" and "verbatim please" under the State Council's part got the Alipay summary, read by "it" and
// "please"; "原话是什么" was refused, and "请引用原文" was refused as "请引用".
describe('the exact wording asked of the answer on the screen', () => {
  it.each([
    ['en', 'who stipulates the specific time and steps', 'quote it exactly'],
    ['en', 'who stipulates the specific time and steps', 'verbatim please'],
    ['zh', '全国统筹是怎么规定的', '原话是什么'],
    ['zh', '全国统筹是怎么规定的', '请引用原文'],
  ] as const)('[%s] after %j, %j quotes the paragraph the answer is drawn from', async (language, question, quoteRequest) => {
    const quoted = (await chatWithAssistant().reply(paragraph3[language])).text;
    const chat = chatWithAssistant({ locale: language === 'zh' ? 'zh-CN' : 'en-US' });
    await chat.reply(question);
    expect((await chat.reply(quoteRequest)).text).toBe(quoted);
  });

  // The page is a machine translation, and the answers word it more clearly: "my sources' own words" over them was untrue.
  it.each([
    ['en', 'what is the third function', 'quote it'],
    ['zh', '第三个功能是什么', '原文呢'],
  ] as const)('[%s] after %j, %j gives the answer again, said to be the page in clearer words', async (language, question, quoteRequest) => {
    const chat = chatWithAssistant({ locale: language === 'zh' ? 'zh-CN' : 'en-US' });
    await chat.reply(question);
    const { messages } = await chat.say(quoteRequest);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].pageWording, answerOf('function-development', language)]);
  });

  it('still reads what a message names when it asks for its exact wording, said to be the page in clearer words', async () => {
    const chat = chatWithAssistant();
    await chat.reply('what is the third function');
    const { messages } = await chat.say('quote the three functions word for word');
    expect(messages.map(({ text }) => text)).toEqual([texts.en.pageWording, answerOf('functions', 'en')]);
  });

  // Named, it was given as if quoted: "第三个功能的原文是什么" presented the Chinese wording as the original, though the page
  // is English; "give me the exact text of step 6" the step as the page's own words.
  it.each([
    ['en', 'quote the third function word for word'],
    ['zh', '第三个功能的原文是什么'],
  ] as const)('[%s] %j is said to be the page in clearer words', async (language, question) => {
    const { messages } = await chatWithAssistant({ locale: language === 'zh' ? 'zh-CN' : 'en-US' }).say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].pageWording, answerOf('function-development', language)]);
  });

  // Article 64 is quoted: its Chinese is the official text, its English a translation labelled so.
  it('quotes a paragraph of Article 64 asked word for word with no such word', async () => {
    const { messages } = await chatWithAssistant({ locale: 'zh-CN' }).say('一字不差地念一下第三款');
    expect(messages.map(({ text }) => text)).not.toContain(texts.zh.pageWording);
  });
});
