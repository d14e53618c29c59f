import { Language, languages } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { NewSupportEvent } from '../../knowledge/unansweredEvents';
import { IS_THAT_ALL_PHRASES, WHAT_ELSE_PHRASES } from './cases/whatElse';
import { answerOf, chatWithAssistant, entry, feedbackTitles, followUpTitles, resumeTitle, starterTitles, stepText, texts, titleOf } from './support/assistant';

const ask: Readonly<Record<Language, Readonly<Record<'functions' | 'development' | 'article64', string>>>> = {
  en: {
    functions: 'What are the functions of social security?',
    development: 'How does social security promote economic development?',
    article64: 'What does Article 64 say?',
  },
  zh: {
    functions: '社会保障有哪些功能？',
    development: '社保怎么促进经济发展',
    article64: '社会保险法第六十四条是怎么规定的？',
  },
};

const ORDINAL_FOLLOW_UPS: ReadonlyArray<readonly [Language, string, number]> = [
  ['en', 'tell me more about the second one', 2],
  ['en', 'the 2nd', 2],
  ['en', 'the third one', 3],
  ['en', '1', 1],
  ['zh', '第二个', 2],
  ['zh', '第二个是什么意思', 2],
  ['zh', '第三个', 3],
  ['zh', '那第一个呢', 1],
  // The last of the three: "the last one" and "最后一个" got step 7 (0.86), whose questions ask for the last step.
  ['en', 'the last one', 3],
  ['zh', '最后一个', 3],
  // A word after it: "the last one then" got step 7 again.
  ['en', 'the last one then', 3],
  ['en', 'ok the second one then', 2],
  ['zh', '那最后一个吧', 3],
  // "第一个具体什么意思" got a "Did you mean" of first items of other lists.
  ['zh', '第一个具体什么意思', 1],
];

describe('follow-ups on a list', () => {
  it.each(languages)('[%s] the functions answer offers the three functions', async (language) => {
    const message = await chatWithAssistant().reply(ask[language].functions);
    expect(message.text).toBe(answerOf('functions', language));
    expect(message.buttons).toEqual([...entry('functions').items.map((id) => titleOf(id, language)), ...feedbackTitles(language)]);
  });

  it.each(ORDINAL_FOLLOW_UPS)('[%s] %j after the functions opens function %d', async (language, followUp, position) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    const message = await chat.reply(followUp);
    expect(message.text).toBe(answerOf(entry('functions').items[position - 1], language));
  });

  // "and the third?" after the second function got the overview of the functions, the third of its buttons.
  it.each([
    ['en', 'and the third?'],
    ['zh', '那第三个呢'],
  ] as const)('[%s] %j after the second function opens the third, from the same list', async (language, followUp) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    await chat.reply(language === 'en' ? 'the second one' : '第二个');
    expect((await chat.reply(followUp)).text).toBe(answerOf(entry('functions').items[2], language));
  });

  it.each(ORDINAL_FOLLOW_UPS)('[%s] %j after the development function opens way %d', async (language, followUp, position) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(ask[language].development)).text).toBe(answerOf('function-development', language));
    const message = await chat.reply(followUp);
    expect(message.text).toBe(answerOf(entry('function-development').items[position - 1], language));
  });

  // "what about the fourth function?" and "第四个功能呢" got step 4, the only fourth thing the matcher knows.
  it.each([
    ['en', 'what about the fourth function?'],
    ['en', '4'],
    ['zh', '第四个功能呢'],
    ['zh', '第五个'],
  ] as const)('[%s] %j under the three functions or one of them says there are only three, over them', async (language, text) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    const onlyThree = { text: fillTemplate(texts[language].noSuchItem, { count: 3 }), buttons: followUpTitles('functions', language) };
    expect(await chat.reply(text)).toEqual(onlyThree);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('function-redistribution', language));
    expect(await chat.reply(text)).toEqual(onlyThree);
  });

  // As a first message, "社会保障的第四个功能" and "社保的第四个作用是什么" were refused, "What's the fourth role of social
  // security" got step 4.
  it.each([
    ['zh', '社会保障的第四个功能'],
    ['en', 'what is the fourth function of social security'],
    ['zh', '社保的第四个作用是什么'],
    ['en', "What's the fourth role of social security"],
  ] as const)('[%s] %j, with no list on the screen, says there are only three, then lists them', async (language, text) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].noSuchItem, { count: 3 }), answerOf('functions', language)]);
  });

  // "社会保障的第三个功能是什么" and "社会保障的第三个功能具体是什么？" got the three functions.
  it.each([
    ['zh', '社会保障的第三个功能是什么', 'function-development'],
    ['zh', '社会保障的第三个功能具体是什么？', 'function-development'],
    ['zh', '社保的第一个功能是什么', 'function-stability'],
    ['en', 'what is the second function of social security', 'function-redistribution'],
    // The place of the answer itself in its own list, not one of its ways: it got the third way (bench:http caught it).
    ['zh', '第三个功能促进发展', 'function-development'],
  ] as const)('[%s] %j, with no list on the screen, is that item of the list', async (language, text, id) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(answerOf(id, language));
  });

  // "下一个" under redistribution said no walkthrough ran, "下一个功能" got a "Did you mean" of the function on the screen,
  // "and the next one" was refused.
  it.each([
    ['en', 'next', 'and the next one'],
    ['zh', '下一个功能', '下一个'],
  ] as const)('[%s] %j and %j under an item of a list give the items after it, then say how many there are', async (language, next, nextAgain) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect((await chat.reply(language === 'en' ? 'the first one' : '第一个')).text).toBe(answerOf('function-stability', language));
    expect((await chat.reply(next)).text).toBe(answerOf('function-redistribution', language));
    expect((await chat.reply(nextAgain)).text).toBe(answerOf('function-development', language));
    expect(await chat.reply(next)).toEqual({ text: fillTemplate(texts[language].noSuchItem, { count: 3 }), buttons: followUpTitles('functions', language) });
  });

  // "上一个" under redistribution and "previous one" said no walkthrough ran.
  it.each([
    ['en', 'previous one', 'back'],
    ['zh', '上一个', '上一个功能'],
  ] as const)('[%s] %j and %j under an item of a list give the item before it, then the list', async (language, previous, previousAgain) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('function-redistribution', language));
    expect((await chat.reply(previous)).text).toBe(answerOf('function-stability', language));
    expect((await chat.reply(previousAgain)).text).toBe(answerOf('functions', language));
  });

  it('follows up on the latest list', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask.en.functions);
    expect((await chat.reply('the third one')).text).toBe(answerOf('function-development', 'en'));
    expect((await chat.reply('the first one')).text).toBe(answerOf('development-demand-management', 'en'));
  });

  it('traces an ordinal follow-up as chosen by the user', async () => {
    const chat = chatWithAssistant();
    await chat.say(ask.en.functions);
    const { traces } = await chat.say('the 2nd');
    expect(traces).toEqual([
      {
        text: 'the 2nd',
        language: 'en',
        intent: 'function-redistribution',
        score: 1,
        top3: [{ intent: 'function-redistribution', score: 1 }],
        answerId: 'function-redistribution',
      },
    ]);
  });
});

describe('"the second one" after an answer with no list', () => {
  it.each(ORDINAL_FOLLOW_UPS)('[%s] %j after Article 64 opens the answer under button %d', async (language, followUp, position) => {
    const chat = chatWithAssistant();
    const { buttons } = await chat.reply(ask[language].article64);
    const related = entry('article64-full').related[position - 1];
    expect(buttons[position - 1]).toBe(titleOf(related, language));
    expect((await chat.reply(followUp)).text).toBe(answerOf(related, language));
  });

  // An ordinal that names a list numbers no button: after Article 64 "what is the third function" and "第三个功能是什么"
  // got its third button, the pooling (1.00).
  it.each([
    ['en', 'what is the third function', 'function-development'],
    ['zh', '第三个功能是什么', 'function-development'],
    ['en', 'what is the second function', 'function-redistribution'],
  ] as const)('[%s] %j after Article 64 is the function it names', async (language, text, id) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].article64);
    expect((await chat.reply(text)).text).toBe(answerOf(id, language));
  });

  // Under a way of promoting development (an item of the third function's list), "那第二个功能呢" got the second way.
  it.each([
    ['zh', '那第二个功能呢', 'function-redistribution'],
    ['en', 'and the second function?', 'function-redistribution'],
    ['zh', '第二个方面呢', 'development-fund-use'],
  ] as const)('[%s] %j under the first way of promoting development is what it names', async (language, text, id) => {
    const chat = chatWithAssistant();
    await chat.reply(titleOf('development-demand-management', language));
    expect((await chat.reply(text)).text).toBe(answerOf(id, language));
  });

  const fundSaid = (language: Language, position: number, item: string) => ({
    text: fillTemplate(texts[language].itemOfList, { position, item }),
    buttons: followUpTitles('article64-funds', language),
  });

  // After the five funds "第三个" got the third function, from a list no longer on the screen, and then a "Did you mean"
  // of the first items of other lists (the first function, step 1); then "that's all my sources say", without the fund.
  it.each(languages)('[%s] points at no button after a list that is not of entries (the five funds): that item, and no more', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].article64);
    expect((await chat.reply(titleOf('article64-funds', language))).text).toBe(answerOf('article64-funds', language));
    const reply = await chat.reply(language === 'en' ? 'the third one' : '第三个');
    expect(reply).toEqual(fundSaid(language, 3, language === 'en' ? 'the industrial injury insurance fund' : '工伤保险基金'));
    expect(await chat.reply(language === 'en' ? 'and the last one?' : '最后一个呢')).toEqual(
      fundSaid(language, 5, language === 'en' ? 'the maternity insurance fund' : '生育保险基金'),
    );
    const pastTheEnd = { text: fillTemplate(texts[language].noSuchItem, { count: 5 }), buttons: followUpTitles('article64-funds', language) };
    expect(await chat.reply(language === 'en' ? 'the sixth one' : '第六个')).toEqual(pastTheEnd);
    expect((await chat.reply(titleOf('article64-accounting', language))).text).toBe(answerOf('article64-accounting', language));
  });

  // "What is the second fund" got the second way social security promotes development (0.71).
  it.each([
    ['en', 'what is the second fund', 2, 'the basic medical insurance fund'],
    ['en', 'which is the fifth fund?', 5, 'the maternity insurance fund'],
    ['zh', '第三个基金是什么', 3, '工伤保险基金'],
    ['zh', '第二项基金', 2, '基本医疗保险基金'],
  ] as const)('[%s] %j after the five funds points into them by their name: fund %d, %j', async (language, text, position, fund) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(titleOf('article64-funds', language))).text).toBe(answerOf('article64-funds', language));
    expect(await chat.reply(text)).toEqual(fundSaid(language, position, fund));
  });

  // With no list on the screen, "what is the third fund" got the third function (0.37), "which is the fifth fund" step 5.
  it.each([
    ['en', 'what is the third fund'],
    ['en', 'which is the fifth fund'],
    ['zh', '第二项基金是什么'],
  ] as const)('[%s] %j as the first message gets the five funds', async (language, text) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(answerOf('article64-funds', language));
  });

  it.each(languages)('[%s] an ordinal naming another list after the five funds is that list', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(titleOf('article64-funds', language));
    expect((await chat.reply(language === 'en' ? 'what is the second function' : '第二个功能是什么')).text).toBe(answerOf('function-redistribution', language));
  });

  // The welcome offers the starter questions: "the second one" before anything else asks the second of them.
  it.each([
    ['en', 'the second one'],
    ['zh', '第二个'],
  ] as const)('[%s] %j as the first message asks the second starter question', async (language, text) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(answerOf('functions', language));
  });

  // It got a "Did you mean" of the first items of other lists (the first function, step 1, demand management).
  it.each([
    ['en', 'the first one', 'procedure'],
    ['zh', '第二个', 'functions'],
    ['en', '3', 'article64-full'],
    ['en', 'the last one', 'article64-full'],
  ] as const)('[%s] %j under what the bot can do asks that starter question', async (language, text, id) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'what is the weather today' : '今天天气怎么样');
    expect((await chat.reply(text)).text).toBe(answerOf(id, language));
  });

  it.each(languages)('[%s] an ordinal after a stopped walkthrough, which shows the starter questions, asks that question', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    await chat.reply(texts[language].buttons.next);
    expect((await chat.reply(texts[language].buttons.stop)).text).toBe(texts[language].walkthroughStopped);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('functions', language));
  });

  it('an ordinal after "None of these", which shows the starter questions, asks that question', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('rules for the money')).text).toBe(texts.en.didYouMean);
    await chat.reply(texts.en.buttons.noneOfThese);
    expect((await chat.reply('3')).text).toBe(answerOf('article64-full', 'en'));
  });

  it('reads an ordinal after an answer that is not what the bot can do as before', async () => {
    const chat = chatWithAssistant();
    await chat.reply('what is the weather today');
    await chat.reply(ask.en.article64);
    expect((await chat.reply('the first one')).text).toBe(answerOf(entry('article64-full').related[0], 'en'));
  });

  it.each([
    ['en', 'the second function', 'function-redistribution'],
    ['zh', '第二个功能是什么', 'function-redistribution'],
    ['zh', '第六十四条', 'article64-full'],
  ] as const)('[%s] %j names its list, and is answered', async (language, text, id) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(answerOf(id, language));
  });
});

// A subject named alone asks of it what the answer on the screen is about: "and the pension fund?" under the pooling
// got a "Did you mean" of the five funds, "what about the medical insurance fund?" the five funds, "那医疗保险呢" a
// refusal.
describe('a subject named alone under an answer', () => {
  const pooling: Record<Language, string> = { en: 'what level of pooling do the funds have', zh: '社保基金实行什么级别的统筹' };

  it.each([
    ['en', 'and the pension fund?'],
    ['en', 'what about the medical insurance fund?'],
    ['en', 'How about unemployment insurance?'],
    ['zh', '那医疗保险呢'],
    ['zh', '那养老保险呢？'],
    ['zh', '工伤保险基金怎么样'],
    // "too" after it: they got the five funds.
    ['en', 'medical insurance fund too?'],
    ['zh', '生育保险基金也是吗'],
  ] as const)('[%s] %j under the pooling is the pooling, which says it of every fund', async (language, followUp) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(pooling[language])).text).toBe(answerOf('article64-pooling', language));
    expect((await chat.reply(followUp)).text).toBe(answerOf('article64-pooling', language));
  });

  it.each([
    ['en', 'how are the funds accounted for', 'and the unemployment fund?', 'article64-accounting'],
    ['en', 'which funds does article 64 list', 'and the pension fund?', 'article64-funds'],
    ['zh', '社会保险基金包括哪些', '那失业保险呢', 'article64-funds'],
  ] as const)('[%s] %j then %j is the same answer', async (language, question, followUp, id) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(question)).text).toBe(answerOf(id, language));
    expect((await chat.reply(followUp)).text).toBe(answerOf(id, language));
  });

  it.each([
    ['en', 'what about tomorrow?'],
    ['en', 'and the weather?'],
    ['zh', '那天气呢'],
    // Small talk is no answer to them: "那明天呢" got the goodbye ("see you tomorrow"), "what about later?" too.
    ['zh', '那明天呢'],
    ['en', 'what about later?'],
  ] as const)('[%s] %j, which the sources never name, is no follow-up: it is refused', async (language, followUp) => {
    const chat = chatWithAssistant();
    await chat.reply(pooling[language]);
    const { text } = await chat.reply(followUp);
    expect(text).toContain(fillTemplate(texts[language].fallback, { question: followUp }).split('\n')[0]);
  });

  // Another law under the article asks what that law says: "and in the labor law?" got the legal basis, which answers
  // with the Social Insurance Law.
  it.each([
    ['en', 'and in the labor law?'],
    ['en', 'what about the civil code?'],
    ['zh', '那劳动法里呢'],
    ['zh', '民法典呢'],
  ] as const)('[%s] %j under Article 64 names another law: it is refused', async (language, followUp) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(ask[language].article64)).text).toBe(answerOf('article64-full', language));
    const lead = fillTemplate(texts[language].fallback, { question: followUp });
    expect(await chat.reply(followUp)).toEqual({ text: `${lead}\n\n${texts[language].helpIntro}`, buttons: starterTitles(language) });
  });

  // Under the pooling, "and the earmarking?" got the pooling again when any subject of the sources was taken for one
  // of the answer on the screen.
  // Sure small talk stays small talk: "and thanks" was refused when any small talk to a subject was.
  it.each([
    ['en', 'and thanks', 'thanks'],
    ['en', 'thank you too', 'thanks'],
    ['zh', '谢谢你呢', 'thanks'],
  ] as const)('[%s] %j is small talk, answered as such', async (language, followUp, id) => {
    const chat = chatWithAssistant();
    await chat.reply(pooling[language]);
    expect((await chat.reply(followUp)).text).toBe(answerOf(id, language));
  });

  it.each([
    ['en', 'what about the three functions of social security?', 'functions'],
    ['zh', '那社会保障的三个功能呢', 'functions'],
    ['en', 'and the earmarking?', 'article64-earmarked'],
    ['zh', '那专款专用呢', 'article64-earmarked'],
    ['en', 'what about the five funds?', 'article64-funds'],
  ] as const)('[%s] %j names another answer, which it gets', async (language, followUp, id) => {
    const chat = chatWithAssistant();
    await chat.reply(pooling[language]);
    expect((await chat.reply(followUp)).text).toBe(answerOf(id, language));
  });
});

describe('related entries', () => {
  it.each(languages)('[%s] Article 64 offers its related answers, and a click opens one', async (language) => {
    const chat = chatWithAssistant();
    const message = await chat.reply(ask[language].article64);
    expect(message.text).toBe(answerOf('article64-full', language));
    expect(message.buttons).toEqual([...entry('article64-full').related.map((id) => titleOf(id, language)), ...feedbackTitles(language)]);
    const related = entry('article64-full').related[1];
    expect((await chat.reply(titleOf(related, language))).text).toBe(answerOf(related, language));
  });
});

describe.each(languages)('"then what?" after the summary, in %s', (language) => {
  const summary = { en: 'give me a summary', zh: '简单说一下怎么帮家人认证' }[language];

  // It got "There's no step-by-step guide in progress right now".
  it.each({ en: ['then what?', 'next'], zh: ['然后呢', '下一步'] }[language])('%j gets all the steps, and "next" step 1', async (next) => {
    const chat = chatWithAssistant();
    expect((await chat.reply(summary)).text).toBe(answerOf('summary', language));
    expect((await chat.reply(next)).text).toBe(answerOf('procedure', language));
    expect((await chat.reply(texts[language].buttons.next)).text).toBe(stepText(1, language));
  });

  it('"ok" only takes it in', async () => {
    const chat = chatWithAssistant();
    await chat.reply(summary);
    expect((await chat.reply(language === 'en' ? 'ok' : '好的')).text).toBe(texts[language].helpIntro);
  });

  // Under an answer that only offers the steps, "next" got them: it says no walkthrough runs.
  it('"next" under the legal basis, which offers the steps, gets no steps', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'what is the legal basis?' : '法律依据是什么');
    expect((await chat.reply(language === 'en' ? 'next' : '下一步')).text).toBe(`${texts[language].noWalkthrough}\n\n${texts[language].helpIntro}`);
  });
});

describe('"say that again" or "I don\'t understand" after an answer', () => {
  it.each([
    ['en', 'say that again', false],
    ['zh', '再说一遍', false],
    // The same text again with nothing said read as the bot not listening.
    ['en', "I don't understand", true],
    ['zh', '看不懂', true],
  ] as const)('[%s] %j gives the same answer, with the same buttons, traced as the user\'s choice (not understood: %s, said so first)', async (language, again, notUnderstood) => {
    const chat = chatWithAssistant();
    const first = await chat.reply(ask[language].article64);
    const turn = await chat.say(again);
    expect(turn.messages).toEqual([...(notUnderstood ? [{ text: texts[language].noDefinition, buttons: [] }] : []), first]);
    expect(turn.traces.map((trace) => [trace.answerId, trace.score])).toEqual([['article64-full', 1]]);
    // Still listening: the follow-ups work after the repeat too.
    expect((await chat.reply(first.buttons[0])).text).toBe(answerOf(entry('article64-full').related[0], language));
  });
});

describe.each(languages)('not understanding a refusal, in %s', (language) => {
  it('gets what the bot can do, not a refusal of "I don\'t understand" itself', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'play some music' : '放首歌');
    expect(await chat.reply(language === 'en' ? 'what do you mean?' : '什么意思？')).toEqual({ text: texts[language].helpIntro, buttons: starterTitles(language) });
  });

  it('"none of these" under an answer\'s buttons gets what the bot can do, not a refusal of it', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].article64);
    expect(await chat.reply(texts[language].buttons.noneOfThese)).toEqual({ text: texts[language].helpIntro, buttons: starterTitles(language) });
  });
});

describe.each(languages)('saying the answer was wrong, in %s', (language) => {
  const wrong = {
    en: ["that's wrong", 'not what I asked', 'you are useless stupid bot', 'you didnt answer my question', 'it didnt answer when', 'no', 'not that one'],
    zh: ['你说的不对', '不是我问的', '笨死了', '你们这什么破机器人', '不是这一步'],
  }[language];

  // "that's wrong" got the goodbye (0.41), "你说的不对" "I can't answer …", "笨死了" the goodbye too (0.71).
  it.each(wrong)('%j is sorry, asks for other words and shows what the bot can do, recording the answer as not helpful', async (text) => {
    const recorded: NewSupportEvent[] = [];
    const chat = chatWithAssistant({ questionLog: { record: async (event) => void recorded.push(event) } });
    await chat.reply(ask[language].functions);
    const reply = await chat.reply(text);
    expect(reply).toEqual({ text: `${texts[language].wrongAnswer}\n\n${texts[language].helpIntro}`, buttons: starterTitles(language) });
    expect(recorded).toEqual([{ type: 'feedback', language, answerId: 'functions', helpful: false }]);
  });

  it('offers to resume a walkthrough it interrupts', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect((await chat.reply(wrong[0])).buttons).toEqual([...starterTitles(language), resumeTitle(3, language)]);
  });
});

// "Hello, I have a question" got the goodbye (0.67).
it('answers "Hello, I have a question", which asks nothing yet, with what the bot can do', async () => {
  expect(await chatWithAssistant().reply('Hello, I have a question')).toEqual({ text: texts.en.helpIntro, buttons: starterTitles('en') });
});

// "What's your role" got a "Did you mean" of the legal basis, "what is your purpose" the functions of social security.
describe('asking what the bot is for', () => {
  it.each([
    ['en', "what's your role"],
    ['en', 'what is your purpose?'],
    ['zh', '你的作用是什么'],
    ['zh', '那你的用途呢'],
  ] as const)('[%s] %j gets what the bot can do', async (language, question) => {
    expect(await chatWithAssistant().reply(question)).toEqual({ text: texts[language].helpIntro, buttons: starterTitles(language) });
  });
});

describe.each(languages)('asking what else there is, in %s', (language) => {
  const whatTheBotCanDo = { text: texts[language].helpIntro, buttons: starterTitles(language) };

  it.each(WHAT_ELSE_PHRASES[language])('%j after an answer gets what the bot can do, not an answer or a goodbye', async (phrase) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect(await chat.reply(phrase)).toEqual(whatTheBotCanDo);
  });

  it('gets the same as the first message of a conversation', async () => {
    expect(await chatWithAssistant().reply(WHAT_ELSE_PHRASES[language][0])).toEqual(whatTheBotCanDo);
  });

  // "are you sure that is all?" and "就这些？" under the functions got the goodbye, "is that all?" what the bot can do.
  it.each(IS_THAT_ALL_PHRASES[language])('%j after an answer says that is all the sources say, over its follow-ups', async (phrase) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect(await chat.reply(phrase)).toEqual({ text: texts[language].noMoreDetail, buttons: followUpTitles('functions', language) });
    expect(await chatWithAssistant().reply(phrase)).toEqual(whatTheBotCanDo);
  });

  it('offers to resume a walkthrough it interrupts', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect(await chat.reply(WHAT_ELSE_PHRASES[language][0])).toEqual({
      text: texts[language].helpIntro,
      buttons: [...starterTitles(language), resumeTitle(3, language)],
    });
  });
});

// "what's the exact wording of the second one" under the functions and "give me the exact text of step 6" got Article 64
// in full, whose questions ask for its exact wording. They get the answer, said to be the page in clearer words.
describe.each(languages)('asking for the exact wording of something, in %s', (language) => {
  it('under the functions, of the second one, gets the second function', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    const asked = language === 'en' ? "what's the exact wording of the second one" : '第二个的原文是什么';
    const { messages } = await chat.say(asked);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].pageWording, answerOf('function-redistribution', language)]);
  });

  it('of a step, gets the step', async () => {
    const asked = language === 'en' ? 'give me the exact text of step 6' : '第六步原话怎么说';
    const { messages } = await chatWithAssistant().say(asked);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].pageWording, stepText(6, language)]);
  });
});

// "quote step 6 exactly as written in the source" got the legal basis, for "source"; "give me the three functions as
// bullet points" a "Did you mean".
it.each([
  ['quote step 6 exactly as written in the source', [texts.en.pageWording, stepText(6, 'en')]],
  ['give me the three functions as bullet points', [answerOf('functions', 'en')]],
])('%j gets what it asks for in the form it already has', async (text, expected) => {
  expect((await chatWithAssistant().say(text)).messages.map(({ text: reply }) => reply)).toEqual(expected);
});

// "short version please, 2 lines max for a caller" and "给来电人一个简短版本" under Article 64 got the Alipay steps in short,
// then "I can only give it in my sources' own words", when the legal basis says what the article covers.
it.each([
  ['en', 'short version please, 2 lines max for a caller'],
  ['en', 'can you give me a short version for a caller, one sentence'],
  ['en', 'tldr'],
  ['zh', '给来电人一个简短版本'],
] as const)('[%s] %j under Article 64 gets what the article covers, the legal basis, not the steps in short', async (language, text) => {
  const chat = chatWithAssistant();
  await chat.reply(ask[language].article64);
  expect((await chat.say(text)).messages.map((message) => message.text)).toEqual([texts[language].articleInShort, answerOf('legal-basis', language)]);
});

// "用中文再说一遍" under the State Council's part got the summary of the steps in Chinese.
it('"用中文再说一遍" says the answer on the screen again in Chinese', async () => {
  const chat = chatWithAssistant();
  await chat.reply('what does article 64 say about the state council');
  const turn = await chat.say('用中文再说一遍');
  // Once ("再说一遍"), not from now on: the next English question is answered in English.
  expect(turn.messages.map((message) => message.text)).toEqual([answerOf('article64-state-council', 'zh')]);
  expect((await chat.reply('what are the functions of social security')).text).toBe(answerOf('functions', 'en'));
});

// "i have 2 questions lol" got the goodbye.
it('"i have 2 questions lol" gets what the bot can do', async () => {
  expect(await chatWithAssistant().reply('i have 2 questions lol')).toEqual({ text: texts.en.helpIntro, buttons: starterTitles('en') });
});

// "一共几个" under the five funds and under the three functions got the seven steps.
describe.each(languages)('how many, under a list, in %s', (language) => {
  it.each([
    ['functions', 3, ask[language].functions],
    ['article64-funds', 5, language === 'en' ? 'which funds are there' : '社保基金包括哪些'],
  ] as const)('under %s gets the count, then the list', async (id, count, question) => {
    const chat = chatWithAssistant();
    await chat.reply(question);
    const turn = await chat.say(language === 'en' ? 'how many are there?' : '一共几个');
    expect(turn.messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].itemCount, { count }), answerOf(id, language)]);
  });

  // Under the second function "一共几个" got the seven steps, and "how many is that" under the functions was refused.
  it('under an item of a list, counts the list it is in', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    await chat.reply(language === 'en' ? 'the second one' : '那第二个呢');
    const turn = await chat.say(language === 'en' ? 'how many is that' : '一共几个');
    expect(turn.messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].itemCount, { count: 3 }), answerOf('functions', language)]);
  });
});

// An old "In short" button, clicked under the functions, got "I can't put it in other words": it is the summary's title.
it.each(languages)('[%s] the summary\'s title under another answer gets the summary', async (language) => {
  const chat = chatWithAssistant();
  await chat.reply(texts[language].starters.functions);
  expect((await chat.reply(titleOf('summary', language))).text).toBe(answerOf('summary', language));
});
