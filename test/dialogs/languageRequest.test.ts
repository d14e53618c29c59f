import { MainDialog } from '../../dialogs/mainDialog';
import { Language } from '../../knowledge/language';
import { NewSupportEvent } from '../../knowledge/unansweredEvents';
import { answerOf, chatWithAssistant, knowledge, matcherAskingToClarify, starterTitles, stepControls, stepText, texts, titleOf } from './support/assistant';
import { Chat } from './support/chat';

const FUNCTIONS: Readonly<Record<Language, string>> = { en: 'What are the functions of social security?', zh: '社会保障有哪些功能？' };

describe('asking for a language ("in Chinese please", "用英文回答")', () => {
  it('says so in that language, then gives the last answer again in it', async () => {
    const chat = chatWithAssistant();
    await chat.reply(FUNCTIONS.en);
    const { messages, traces } = await chat.say('in Chinese please');
    expect(messages.map((message) => message.text)).toEqual([texts.zh.languageChosen, answerOf('functions', 'zh')]);
    expect(messages[1].buttons.slice(0, 3)).toEqual(['function-stability', 'function-redistribution', 'function-development'].map((id) => titleOf(id, 'zh')));
    expect(traces.map((trace) => trace.answerId)).toEqual(['functions']);
  });

  it('keeps answering in that language whatever language the questions come in, until another is asked for', async () => {
    const chat = chatWithAssistant();
    await chat.say('中文');
    expect((await chat.reply('Which funds make up social insurance funds?')).text).toBe(answerOf('article64-funds', 'zh'));
    expect((await chat.reply('what is step 5')).text).toBe(stepText(5, 'zh'));
    const { messages } = await chat.say('用英文回答');
    expect(messages.map((message) => message.text)).toEqual([texts.en.languageChosen, stepText(5, 'en')]);
    expect(messages[1].buttons).toEqual(stepControls('en'));
    expect((await chat.reply(FUNCTIONS.zh)).text).toBe(answerOf('functions', 'en'));
  });

  // "Now in Chinese" under step 3 switched, then went on to step 4; under the functions it said no walkthrough ran.
  it('"now in Chinese" gives the same step, or the same answer, again in Chinese', async () => {
    const chat = chatWithAssistant();
    await chat.reply('step 3');
    expect((await chat.say('now in chinese')).messages.map((message) => message.text)).toEqual([texts.zh.languageChosen, stepText(3, 'zh')]);
    await chat.reply(FUNCTIONS.zh);
    expect((await chat.say('and now english please')).messages.map((message) => message.text)).toEqual([texts.en.languageChosen, answerOf('functions', 'en')]);
  });

  // "给我发英文版" under the steps got Article 64 in Chinese; "translate step 6 into English" a "Did you mean" in Chinese.
  it('"给我发英文版" under an answer gives it again in English', async () => {
    const chat = chatWithAssistant();
    await chat.reply('怎么在支付宝上帮我爸做养老金资格认证？', { locale: 'zh-CN' });
    expect((await chat.say('给我发英文版')).messages.map((message) => message.text)).toEqual([texts.en.languageChosen, answerOf('procedure', 'en')]);
  });

  // Its 继续 (go on) was read as "next" too, and it got "no walkthrough is running" after the language was chosen.
  it('"继续用中文吧" gives the last answer again in Chinese, and no word of a walkthrough', async () => {
    const chat = chatWithAssistant();
    await chat.reply(FUNCTIONS.en);
    expect((await chat.say('继续用中文吧')).messages.map((message) => message.text)).toEqual([texts.zh.languageChosen, answerOf('functions', 'zh')]);
  });

  it('"translate step 6 into English" in a Chinese conversation gives step 6 in English', async () => {
    const chat = chatWithAssistant();
    await chat.reply('中文');
    expect((await chat.reply('translate step 6 into English')).text).toBe(stepText(6, 'en'));
  });

  it('with nothing to say again, says so with what the bot can do, in that language', async () => {
    const message = await chatWithAssistant().reply('can you speak English?', { locale: 'zh-CN' });
    expect(message.text).toBe(`${texts.en.languageChosen}\n\n${texts.en.helpIntro}`);
    expect(message.buttons).toEqual(starterTitles('en'));
  });

  it('asks a "did you mean" again in that language, recorded once, for the question as it was asked', async () => {
    const recorded: NewSupportEvent[] = [];
    const matcher = matcherAskingToClarify({ 'social insurance funds rules': ['article64-funds', 'article64-earmarked'] });
    const chat = new Chat(new MainDialog({ knowledge, texts, matcher, questionLog: { record: async (event) => void recorded.push(event) } }));
    await chat.say('social insurance funds rules');
    const { messages } = await chat.say('请用中文');
    expect(messages[1]).toEqual({
      text: texts.zh.didYouMean,
      buttons: [titleOf('article64-funds', 'zh'), titleOf('article64-earmarked', 'zh'), texts.zh.buttons.noneOfThese],
    });
    expect((await chat.reply(titleOf('article64-earmarked', 'zh'))).text).toBe(answerOf('article64-earmarked', 'zh'));
    expect(recorded.map((event) => [event.type, event.language])).toEqual([
      ['clarify', 'en'],
      ['clarified', 'zh'],
    ]);
  });

  // A son typing in English wants the steps in Chinese to show his mother: "show me the steps in chinese" got them in
  // English.
  it('answers "show me the steps in chinese" in Chinese, saying so first, and goes on in it', async () => {
    const chat = chatWithAssistant();
    const { messages } = await chat.say('show me the steps in chinese');
    expect(messages.map((message) => message.text)).toEqual([texts.zh.languageChosen, answerOf('procedure', 'zh')]);
    expect((await chat.reply('what are the functions of social security')).text).toBe(answerOf('functions', 'zh'));
  });

  // How something is said in English is one answer in it: "社会保障三个功能用英文怎么说" switched the whole conversation to
  // English (and "第三步用英文怎么说" got step 3 in Chinese before that).
  it.each([
    ['第三步用英文怎么说', stepText(3, 'en')],
    ['社会保障三个功能用英文怎么说', answerOf('functions', 'en')],
  ])('answers %j in English, and the next Chinese question in Chinese', async (text, answer) => {
    const chat = chatWithAssistant({ locale: 'zh-CN' });
    expect((await chat.say(text)).messages.map((message) => message.text)).toEqual([answer]);
    expect((await chat.reply('社会保险法第六十四条是怎么规定的？')).text).toBe(answerOf('article64-full', 'zh'));
  });

  // "Give me the Chinese original text of Article 64" got the English translation, not the official text.
  it('answers a request for the Chinese text of Article 64 with it, and the next English question in English', async () => {
    const chat = chatWithAssistant();
    expect((await chat.say('Give me the Chinese original text of Article 64')).messages.map((message) => message.text)).toEqual([
      answerOf('article64-full', 'zh'),
    ]);
    expect((await chat.reply('what are the functions of social security')).text).toBe(answerOf('functions', 'en'));
  });

  // "what does it say in the Chinese original?" under Article 64 was refused, and "what does it say in Chinese?" got
  // the functions (read as asking "what does it").
  it('gives the last answer again in Chinese when asked what it says in the Chinese original, for that answer only', async () => {
    const chat = chatWithAssistant();
    await chat.reply('What does Article 64 say?');
    expect((await chat.say('what does it say in the Chinese original?')).messages.map((message) => message.text)).toEqual([
      answerOf('article64-full', 'zh'),
    ]);
    expect((await chat.reply('what is step 5')).text).toBe(stepText(5, 'en'));
    expect((await chat.say('what does it say in Chinese?')).messages.map((message) => message.text)).toEqual([stepText(5, 'zh')]);
    // What something is in Chinese is a translation: "what's step 4 in chinese" switched the whole conversation.
    expect((await chat.say("what's step 4 in chinese")).messages.map((message) => message.text)).toEqual([stepText(4, 'zh')]);
    expect((await chat.reply('what are the functions of social security')).text).toBe(answerOf('functions', 'en'));
  });

  // "translate that" and "翻译一下" were refused, and the refusal took the place of the answer.
  it('gives the answer on the screen in the other language, once, when asked to translate it', async () => {
    const chat = chatWithAssistant();
    await chat.reply('What does Article 64 say?');
    expect((await chat.say('translate that')).messages.map((message) => message.text)).toEqual([answerOf('article64-full', 'zh')]);
    expect((await chat.reply('what is step 5')).text).toBe(stepText(5, 'en'));
    expect((await chat.reply('翻译一下')).text).toBe(stepText(5, 'zh'));
  });

  // "in Chinese for the caller" was refused for "for the caller", and the refusal took the place of the answer; "translate
  // that into Chinese for my colleague" was refused as asking about someone not in the family.
  it('gives the answer on the screen in the other language, once, for whom staff name', async () => {
    const chat = chatWithAssistant();
    await chat.reply('what are the five social insurance funds');
    expect((await chat.say('in Chinese for the caller')).messages.map((message) => message.text)).toEqual([answerOf('article64-funds', 'zh')]);
    expect((await chat.reply('what is step 2')).text).toBe(stepText(2, 'en'));
    expect((await chat.say('translate that into Chinese for my colleague')).messages.map((message) => message.text)).toEqual([stepText(2, 'zh')]);
    expect((await chat.reply('给来电人翻译成英文')).text).toBe(stepText(2, 'en'));
  });

  it('moves a walkthrough on in the language asked for, without saying so again', async () => {
    const chat = chatWithAssistant();
    await chat.reply('step 2');
    const { messages } = await chat.say('next in chinese');
    expect(messages.map((message) => message.text)).toEqual([texts.zh.languageChosen, stepText(3, 'zh')]);
    expect((await chat.say('下一步，用中文')).messages.map((message) => message.text)).toEqual([stepText(4, 'zh')]);
  });

  it('is not taken for a question about a language', async () => {
    const message = await chatWithAssistant().reply('how do you say alipay in chinese');
    expect(message.text.startsWith(texts.en.languageChosen)).toBe(false);
  });
});

// "translate step 4 for my grandma" got step 4 in English again, and "translate for nainai" was refused.
describe('a translation asked with no language', () => {
  it('of something named, gives it in the other language, once', async () => {
    const chat = chatWithAssistant();
    await chat.reply('step 4');
    expect((await chat.reply('translate step 4 for my grandma')).text).toBe(stepText(4, 'zh'));
    expect((await chat.reply('what are the functions of social security')).text).toBe(answerOf('functions', 'en'));
  });

  it('for someone named in pinyin, gives the answer on the screen in the other language', async () => {
    const chat = chatWithAssistant();
    await chat.reply('what are the functions of social security');
    expect((await chat.reply('translate for nainai')).text).toBe(answerOf('functions', 'zh'));
  });
});

// "translate article 64 into french" got the Chinese text (a translation with no language it knows named), "answer in
// japanese please: what are the functions" English with no word why.
describe('a language the bot does not answer in', () => {
  it.each([
    ['en', 'translate article 64 into french', 'article64-full'],
    ['en', 'answer in japanese please: what are the functions', 'functions'],
    ['zh', '把第六十四条翻译成日语', 'article64-full'],
  ] as const)('[%s] %j says it answers only in English and Chinese, then answers in the conversation\'s language', async (language, text, id) => {
    const chat = chatWithAssistant(language === 'zh' ? { locale: 'zh-CN' } : {});
    const { messages } = await chat.say(text);
    expect(messages.map((message) => message.text)).toEqual([texts[language].onlyTwoLanguages, answerOf(id, language)]);
  });

  it('with nothing else asked, says so over what the bot can do', async () => {
    const { messages } = await chatWithAssistant().say('translate that to german');
    expect(messages.map((message) => message.text)).toEqual([texts.en.onlyTwoLanguages, texts.en.helpIntro]);
  });
});
