import { Language } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { OUT_OF_SCOPE, TOPIC_QUESTIONS } from './cases/topicQuestions';
import { answerOf, chatWithAssistant, entry, feedbackTitles, followUpTitles, knowledge, resumeTitle, starterTitles, stepControls, stepText, texts } from './support/assistant';
import { SeenMessage } from './support/chat';

/** What a user must see when the entry answers: the answer, and the buttons that go with it. */
function expectedMessage(id: string, language: Language): SeenMessage {
  const { kind, step } = entry(id);
  if (kind === 'step') return { text: stepText(step as number, language), buttons: stepControls(language, step as number) };
  const { startWalkthrough, stop } = texts[language].buttons;
  if (kind === 'procedure') return { text: answerOf(id, language), buttons: [startWalkthrough, stop, ...feedbackTitles(language)] };
  if (id === 'help') return { text: answerOf(id, language), buttons: starterTitles(language) };
  const followUps = followUpTitles(id, language);
  return { text: answerOf(id, language), buttons: kind === 'answer' ? [...followUps, ...feedbackTitles(language)] : followUps };
}

describe('every topic, in both languages', () => {
  it.each(TOPIC_QUESTIONS)('[%s] %j is answered by %s', async (language, question, id) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages).toEqual([expectedMessage(id, language)]);
    expect(turn.traces.map((trace) => trace.answerId)).toEqual([id]);
  });

  it('asks about every entry in both languages', () => {
    const asked = TOPIC_QUESTIONS.map(([language, , id]) => `${language}:${id}`).sort();
    const all = knowledge.entries.flatMap(({ id }) => [`en:${id}`, `zh:${id}`]).sort();
    expect(asked).toEqual(all);
  });
});

// "can you list the funds" got the help (0.54), "能不能列一下社保基金" the earmarking of the funds (0.65): "can you" and
// 能不能 are words of theirs.
describe('a request to list, asked politely', () => {
  it.each([
    ['en', 'can you list the funds', 'article64-funds'],
    ['zh', '能不能列一下社保基金', 'article64-funds'],
    ['en', 'can you name the three functions', 'functions'],
  ] as const)('[%s] %j is answered by %s', async (language, question, id) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages).toEqual([expectedMessage(id, language)]);
  });
});

/** Each message gets one answer, of what it asks, whatever else its words are. */
function answersEachWithWhatItAsks(cases: ReadonlyArray<readonly [Language, string, string]>): void {
  it.each(cases)('[%s] %j is answered for what it asks: %s', async (language, question, id) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages.map((message) => message.text)).toEqual([answerOf(id, language)]);
  });
}

// "don't show me article 64, I want the functions" got the article, "not step by step, all steps at once" step 1, "no, I
// meant the three functions" the second function (its "meant" read as what a term means).
describe('a message that declines or corrects before it asks', () => {
  answersEachWithWhatItAsks([
    ['en', "don't show me article 64, I want the functions", 'functions'],
    ['en', 'not step by step, all steps at once', 'procedure'],
    ['en', 'no, I meant the three functions', 'functions'],
    ['zh', '不要第六十四条，我要社保的功能', 'functions'],
    ['zh', '不是，我问的是社保的功能', 'functions'],
    // It got a "Did you mean" of the steps.
    ['zh', '不要第六十四条，我想看步骤', 'procedure'],
    // Declined after what it asks.
    ['en', 'I want the functions, not article 64', 'functions'],
    ['zh', '我要社保的功能，不是第六十四条', 'functions'],
  ]);

  // It got step 6, which adds the family.
  it.each([
    ['en', 'no, I meant how to find the certification, not add the family'],
    ['zh', '不是，我是问怎么找到认证入口，不是添加家人'],
  ] as const)('[%s] %j gets the step it asks for, not the one it declines', async (language, question) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages.map((message) => message.text)).toEqual([stepText(4, language)]);
  });
});

// "in short, what are the functions", "quick summary of the funds please" and "概括一下基金有哪些" got the summary of the
// steps, whose words ask for brevity; "summarize article 64 in one sentence" a "Did you mean".
describe('a question asked briefly', () => {
  answersEachWithWhatItAsks([
    ['en', 'in short, what are the functions', 'functions'],
    ['en', 'quick summary of the funds please', 'article64-funds'],
    ['en', 'tl;dr of the functions', 'functions'],
    ['zh', '概括一下基金有哪些', 'article64-funds'],
    // Simply too: "explain the third function simply" and "第三个功能说简单点" got the summary of the steps.
    ['en', 'explain the third function simply', 'function-development'],
    ['zh', '第三个功能说简单点', 'function-development'],
    ['en', 'give me a short summary of the three functions I can read to a caller', 'functions'],
    ['zh', '一句话总结社保的三个功能', 'functions'],
    ['zh', '给来电人一个简短的回答：社保基金有哪些', 'article64-funds'],
    // What the summary sums up is still the summary.
    ['en', 'summarize the steps', 'summary'],
    ['zh', '概括一下步骤', 'summary'],
  ]);

  it('of the article, is given it in its own words, and told so', async () => {
    const turn = await chatWithAssistant().say('summarize article 64 in one sentence');
    expect(turn.messages.map((message) => message.text)).toEqual([texts.en.ownWordsOnly, answerOf('article64-full', 'en')]);
  });
});

describe('questions the sources do not answer', () => {
  it.each(OUT_OF_SCOPE)('[%s] %j gets a polite "I can\'t answer that" and what the bot can do', async (language, question) => {
    const turn = await chatWithAssistant().say(question);
    const lead = fillTemplate(texts[language].fallback, { question });
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0].text).toBe(`${lead}\n\n${texts[language].helpIntro}`);
    expect(turn.messages[0].buttons).toEqual(starterTitles(language));
    expect(turn.traces).toMatchObject([{ text: question, language, intent: null, answerId: null, decision: 'none' }]);
  });

  it('quotes the question back with HTML and links made inert', async () => {
    const message = await chatWithAssistant().reply('<img src=x onerror=alert(1)> see [my site](https://evil.example) for pensions');
    const quoted = '&lt;img src=x onerror=alert(1)&gt; see \\[my site\\](https\\:\\/\\/evil\\.example) for pensions';
    expect(message).toEqual({
      text: `${fillTemplate(texts.en.fallback, { question: quoted })}\n\n${texts.en.helpIntro}`,
      buttons: starterTitles('en'),
    });
  });

  // "hmm" got "I can't answer “hmm”".
  it.each(['', '???', '😭😭', '…', 'hmm', 'Hmmm...', 'um'])('answers %j, which has no words, with what the bot can do', async (text) => {
    const message = await chatWithAssistant().reply(text);
    expect(message).toEqual({ text: texts.en.helpIntro, buttons: starterTitles('en') });
  });

  // "https://www.zhihu.com/question/12345" got the goodbye (its "question"), "zhihu.com/question/12345" the help with no
  // word of the link, and "i read this https://… is it right?" "check it against my sources" over the help.
  it.each(['https://www.zhihu.com/question/12345', 'zhihu.com/question/12345'])('answers %j, a link alone, saying it opens none, with what the bot can do', async (text) => {
    const message = await chatWithAssistant().reply(text);
    expect(message).toEqual({ text: `${texts.en.linkNotOpened}\n\n${texts.en.helpIntro}`, buttons: starterTitles('en') });
  });

  it('answers a claim about a link saying it opens none, before the help', async () => {
    const { messages } = await chatWithAssistant().say('i read this https://www.zhihu.com/question/12345 is it right?');
    expect(messages.map((message) => message.text)).toEqual([texts.en.linkNotOpened, answerOf('help', 'en')]);
  });
});

// The article said to be another law's was refused as that law's article, which left the belief standing.
describe("Article 64 said to be another law's", () => {
  it.each([
    ['en', "Article 64 is in the Labor Law, isn't it?"],
    ['zh', '第六十四条是劳动法的吧'],
  ] as const)('[%s] %j gets the legal basis, to check it against', async (language, question) => {
    const { messages } = await chatWithAssistant().say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].checkAgainstSources, answerOf('legal-basis', language)]);
  });

  it('is still refused as that law\'s article when only asked about it', async () => {
    const { messages } = await chatWithAssistant().say('what does labor law article 64 say');
    expect(messages.map(({ text }) => text)).not.toContain(answerOf('legal-basis', 'en'));
  });
});

// Doing it on the family member's own phone was refused with no word of why, a first message of someone there to help.
describe("on the family member's own phone", () => {
  it.each([
    ['en', "hi, I'm sitting with my grandpa, he needs to do his social security certification on his alipay. can you help"],
    ['en', "can I use my dad's phone to certify him?"],
    ['zh', '我奶奶要做社保认证，用她自己的手机，我在旁边帮她'],
  ] as const)('[%s] %j gets the steps, under the word that they are done from your own Alipay', async (language, question) => {
    const { messages } = await chatWithAssistant().say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].fromYourOwnAlipay, answerOf('procedure', language)]);
  });
});

// What the certification is, which the sources never say, was refused outright, though the bot is there to help with it.
describe('what the certification is', () => {
  it.each([
    ['en', 'what is the social security treatment qualification certification'],
    ['zh', '社保待遇资格认证是什么'],
  ] as const)('[%s] %j gets the steps that name it, under the word that the sources explain it no further', async (language, question) => {
    const { messages } = await chatWithAssistant().say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].noDefinition, answerOf('procedure', language)]);
  });

  // Asked at step 4, it replaced the walkthrough: "go back" showed the steps again, and "next" step 1.
  it.each([
    ['en', 'what does social security benefit qualification certification mean exactly'],
    ['zh', '社保待遇资格认证是什么'],
  ] as const)('[%s] %j asked at a step keeps the walkthrough there', async (language, question) => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    expect((await chat.reply(language === 'en' ? 'step 4' : '第4步')).text).toBe(stepText(4, language));
    const { messages } = await chat.say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].noDefinition, answerOf('procedure', language)]);
    expect(messages.at(-1)?.buttons).toContain(resumeTitle(4, language));
    expect((await chat.reply(language === 'en' ? 'next' : '下一步')).text).toBe(stepText(5, language));
  });
});

// "when was it amended" under the legal basis was refused, and "when did the 2018 amendment take effect" got the effective
// use of the funds, for "effect". The legal basis names the 2018 amendment, and no source says when it came into force.
describe('when the law was amended', () => {
  it.each([
    ['en', 'when was it amended'],
    ['zh', '这部法什么时候修正的'],
  ] as const)('[%s] %j gets the legal basis, which names the amendment', async (language, question) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'what law is this' : '法律依据是什么');
    expect((await chat.say(question)).messages.map(({ text }) => text)).toEqual([answerOf('legal-basis', language)]);
  });

  // Which version it is: "is article 64 from the 2010 version or 2018?" was refused as about another version.
  it.each([
    ['en', 'is article 64 from the 2010 version or 2018?'],
    ['en', 'which version is the law?'],
    ['zh', '第六十四条是2010年版还是2018年版'],
    ['zh', '这条是不是2018年修正的'],
    // It got the article in full.
    ['zh', '第六十四条是哪年修订的'],
  ] as const)('[%s] %j gets the legal basis, which names the one version the sources have', async (language, question) => {
    expect((await chatWithAssistant().say(question)).messages.map(({ text }) => text)).toEqual([answerOf('legal-basis', language)]);
  });

  it.each([
    ['en', 'when did the 2018 amendment take effect'],
    ['zh', '2018年修正什么时候生效'],
  ] as const)('[%s] %j is told no source gives the date, then given the legal basis', async (language, question) => {
    const { messages } = await chatWithAssistant().say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].noDate, answerOf('legal-basis', language)]);
  });
});

// "which funds specifically are under provincial pooling? name them" got the pooling, which names them no further.
describe('which the "other social insurance funds" of the pooling are', () => {
  it.each([
    ['en', 'which funds specifically are under provincial pooling? name them'],
    ['zh', '哪些基金是省级统筹'],
  ] as const)('[%s] %j names them, the rest of the five, before the pooling', async (language, question) => {
    const { messages } = await chatWithAssistant().say(question);
    const others = (['medical', 'injury', 'unemployment', 'maternity'] as const).map((fund) => texts[language].fundNames[fund]);
    expect(messages).toHaveLength(2);
    for (const fund of others) expect(messages[0].text).toContain(fund);
    expect(messages[1].text).toBe(answerOf('article64-pooling', language));
  });
});

// "the functions are stability, redistribution and development, correct?" got the second function alone, the item the
// matcher found nearest.
describe('a list named by its items', () => {
  it.each([
    ['en', 'the functions are stability, redistribution and development, correct?', 'agrees'],
    ['zh', '社保的三个功能是稳定、再分配和发展，对吗', 'agrees'],
    ['en', 'the three functions are welfare, security and redistribution right?', 'contradicts'],
    ['zh', '社保的三个功能是保障、福利和救济，对吗', 'contradicts'],
  ] as const)('[%s] %j gets the list, after a yes or no', async (language, text, verdict) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.map((message) => message.text)).toEqual([texts[language].claimVerdicts[verdict], answerOf('functions', language)]);
  });

  // Two of the three: right, but not the list.
  it('"so social security is for stability and redistribution?" gets the list, to check it against', async () => {
    const { messages } = await chatWithAssistant().say('so social security is for stability and redistribution?');
    expect(messages.map((message) => message.text)).toEqual([texts.en.checkAgainstSources, answerOf('functions', 'en')]);
  });

  it.each([
    ['en', 'what is the second of the three functions', 'function-redistribution'],
    ['en', 'is redistribution a function of social security', 'function-redistribution'],
    ['zh', '第二个功能是什么', 'function-redistribution'],
  ] as const)('[%s] %j, asking for one item, gets it', async (language, text, id) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(answerOf(id, language));
  });
});

// A part of a function asked for by both numbers: "第三个功能的第二点" and "third function, second part?" got the second
// function, "what are the three points under function 3" the third way the third function works.
describe('a part of a function, asked for by both numbers', () => {
  it.each([
    ['zh', '第三个功能的第二点', 'development-fund-use'],
    ['zh', '社保的第三个功能里面的第二点是啥', 'development-fund-use'],
    ['en', 'third function, second part?', 'development-fund-use'],
    ['en', 'what is the first way of function 3', 'development-demand-management'],
    ['en', 'what are the three points under function 3', 'function-development'],
    ['zh', '第三个功能的三点是什么', 'function-development'],
  ] as const)('[%s] %j is answered by %s', async (language, question, id) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages).toEqual([expectedMessage(id, language)]);
  });

  // The first function has no parts: its answer says the sources name it and say no more.
  it.each([
    ['en', 'the second point of the first function'],
    ['zh', '第一个功能的第二点'],
  ] as const)('[%s] %j, a part the function does not have, gets that function', async (language, question) => {
    const turn = await chatWithAssistant().say(question);
    expect(turn.messages).toEqual([expectedMessage('function-stability', language)]);
  });
});
