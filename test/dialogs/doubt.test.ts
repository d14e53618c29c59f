import { Language, languages } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, followUpTitles, matcherAskingToClarify, resumeTitle, starterTitles, stepControls, stepText, texts, titleOf } from './support/assistant';

const ask: Readonly<Record<Language, Readonly<Record<'functions' | 'earmarked' | 'article64', string>>>> = {
  en: { functions: 'What are the functions of social security?', earmarked: 'What does Article 64 say about misappropriating the funds?', article64: 'What does Article 64 say?' },
  zh: { functions: '社会保障有哪些功能？', earmarked: '挪用社保基金有什么规定', article64: '社会保险法第六十四条是怎么规定的？' },
};
const doubt: Readonly<Record<Language, string>> = { en: 'Are you sure?', zh: '你确定吗？' };

const fromSource = (language: Language, source: string) => fillTemplate(texts[language].sourceOfAnswer, { source });

// "Are you sure?" got the greeting (0.60), "真的吗" "I can't answer …".
describe.each(languages)('doubting an answer, in %s', (language) => {
  const { sources } = texts[language];

  it('after an answer from the page, names the page and offers the answer’s follow-ups again', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect(await chat.reply(doubt[language])).toEqual({ text: fromSource(language, sources.page), buttons: followUpTitles('functions', language) });
  });

  it('after an answer from a paragraph of Article 64, names that paragraph', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply(ask[language].earmarked)).text).toBe(answerOf('article64-earmarked', language));
    expect((await chat.reply(doubt[language])).text).toBe(fromSource(language, sources.article64Paragraphs[1]));
  });

  // "who says so" got a "Did you mean" of the legal basis.
  it('asked who says so, names the paragraph too', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].earmarked);
    expect((await chat.reply(language === 'en' ? 'who says so?' : '谁说的')).text).toBe(fromSource(language, sources.article64Paragraphs[1]));
  });

  // "Which paragraph of Article 64 says the funds are earmarked?" got the earmarking and no word of its paragraph.
  it('asked which paragraph says something, names it before the answer, and names it again when asked of the answer', async () => {
    const chat = chatWithAssistant();
    const question = language === 'en' ? 'Which paragraph of Article 64 says the funds are earmarked?' : '社保基金专款专用是第几款规定的';
    const { messages } = await chat.say(question);
    expect(messages.map(({ text }) => text)).toEqual([
      fillTemplate(texts[language].answerSource, { source: sources.article64Paragraphs[1] }),
      answerOf('article64-earmarked', language),
    ]);
    expect((await chat.reply(language === 'en' ? 'which paragraph is that?' : '那是第几款')).text).toBe(fromSource(language, sources.article64Paragraphs[1]));
  });

  // "Where does this list come from?" under the three functions got the legal basis (Article 64, which they are not
  // from), "Is that the first paragraph?" under the earmarking the entries of the first paragraph.
  it('asked where the answer comes from or whether it is a paragraph, names its source', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect((await chat.reply(language === 'en' ? 'Where does this list come from? Which law or document?' : '这是出自哪里')).text).toBe(fromSource(language, sources.page));
    expect((await chat.reply(language === 'en' ? 'where does that answer come from' : '你的回答依据是什么')).text).toBe(fromSource(language, sources.page));
    await chat.reply(ask[language].earmarked);
    expect((await chat.reply(language === 'en' ? 'Is that the first paragraph?' : '是第一款吗')).text).toBe(fromSource(language, sources.article64Paragraphs[1]));
  });

  it('after the whole of Article 64, names the article', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply(ask[language].article64)).text).toBe(answerOf('article64-full', language));
    expect((await chat.reply(doubt[language])).text).toBe(fromSource(language, sources.article64));
  });

  // "right?" moved the walkthrough on a step (read as "right", an acknowledgement); "对吧" was refused.
  it('asked "right?" alone during a walkthrough, names the page and stays on the step', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect(await chat.reply(language === 'en' ? 'right?' : '对吧')).toEqual({ text: fromSource(language, sources.page), buttons: stepControls(language) });
    expect((await chat.reply(language === 'en' ? 'repeat' : '再说一遍')).text).toBe(stepText(3, language));
  });

  it('during a walkthrough, names the page and keeps the walkthrough going', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect(await chat.reply(doubt[language])).toEqual({ text: fromSource(language, sources.page), buttons: stepControls(language) });
    expect((await chat.reply(language === 'en' ? 'next' : '下一步')).text).toContain(language === 'en' ? 'Step 4 of 7' : '第4步');
  });

  it('the answer’s list is still open after it: "the second one" opens its second item', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    await chat.reply(doubt[language]);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('function-redistribution', language));
  });

  it('with no answer on the screen, names every source and offers the starters', async () => {
    expect(await chatWithAssistant().reply(doubt[language])).toEqual({ text: texts[language].sourcesInGeneral, buttons: starterTitles(language) });
  });

  it('under a "Did you mean", names every source and leaves the offer open', async () => {
    const chat = chatWithAssistant({ matcher: matcherAskingToClarify({ 'pension thing': ['procedure', 'functions'] }) });
    await chat.reply('pension thing');
    const offer = [titleOf('procedure', language), titleOf('functions', language), texts[language].buttons.noneOfThese];
    expect(await chat.reply(doubt[language])).toEqual({ text: texts[language].sourcesInGeneral, buttons: offer });
    expect((await chat.reply(titleOf('functions', language))).text).toBe(answerOf('functions', language));
  });
});

// A statement asked to be confirmed got its answer as if that were a yes: "Article 64 says the State Council manages all
// funds, yes?" opened with the State Council in bold.
describe('a statement asked to be confirmed', () => {
  it.each([
    // With 吧 after a statement: it got the answer as if agreed. Which function is which, by its number, is no list claimed.
    ['zh', '社保第一个功能是再分配吧', 'function-redistribution'],
    // Who sets the accounting system, of which the article says nothing and claimVerdict cannot tell.
    ['en', 'the unified accounting system is set by the ministry of finance, right?', 'article64-unified-accounting'],
  ] as const)('[%s] %j gets "check it against my sources" before the answer', async (language, text, id) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].checkAgainstSources, answerOf(id, language)]);
  });

  // A list's length claimed gets a plain yes or no: "social security has four functions right?" got only "check it",
  // "是不是六步" was refused, "社保就三个功能是不" got "check it" though it was right.
  it.each([
    ['en', 'social security has four functions right?', 'functions', 'No: my sources give 3 functions, not 4. This is what they say:'],
    ['en', 'does article 64 list six funds?', 'article64-funds', 'No: my sources give 5 funds, not 6. This is what they say:'],
    ['zh', '社保就三个功能是不', 'functions', '对，是3个功能。原话是这样说的：'],
    ['zh', '是不是六步', 'procedure', '不对：资料来源里是7步，不是6步。原话是这样说的：'],
    // Also a walkthrough command ("all steps"): it got the steps without the "no".
    ['en', 'so there are 6 steps in total?', 'procedure', 'No: my sources give 7 steps, not 6. This is what they say:'],
    ['zh', '第六十四条有三款吗', 'article64-full', '对，是3款。原话是这样说的：'],
    // What it is a count of after it, the count alone, or "true or false": they got no word on the number.
    ['en', 'are there 4 functions of social security?', 'functions', 'No: my sources give 3 functions, not 4. This is what they say:'],
    ['en', 'only 5 steps right?', 'procedure', 'No: my sources give 7 steps, not 5. This is what they say:'],
    ['en', 'there are 6 funds in article 64 right', 'article64-funds', 'No: my sources give 5 funds, not 6. This is what they say:'],
    ['en', 'true or false: there are four functions of social security', 'functions', 'No: my sources give 3 functions, not 4. This is what they say:'],
    ['zh', '是不是5步就行', 'procedure', '不对：资料来源里是7步，不是5步。原话是这样说的：'],
    ['zh', '步骤是不是六个', 'procedure', '不对：资料来源里是7步，不是6步。原话是这样说的：'],
    ['zh', '社保基金是不是六个', 'article64-funds', '不对：资料来源里是5项基金，不是6项基金。原话是这样说的：'],
    ['zh', '基金一共五个对吧', 'article64-funds', '对，是5项基金。原话是这样说的：'],
  ] as const)('[%s] %j gets a plain yes or no on the number, then %s', async (language, text, id, lead) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([lead, answerOf(id, language)]);
  });

  // Not the number of a list named by its items, nor one said with where it is.
  it.each([
    'the three functions are welfare, security and redistribution right?',
    'the five funds are listed in paragraph 2?',
  ])('%j gets no word on the number', async (text) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text).join('\n')).not.toMatch(/^(?:Yes: \d|No: my sources give)/m);
  });

  // Refused for the fee, the step went uncorrected.
  it.each([
    ['en', 'step 3 is to pay a fee, right?'],
    ['zh', '第三步要付费，对吧？'],
  ] as const)('[%s] %j, claiming of a step what the sources do not say, gets the step as they give it', async (language, text) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].checkAgainstSources, stepText(3, language)]);
  });

  // What a step is, stated with a question mark: the step named, or the one it speaks of, came with no word to check.
  it.each([
    ['zh', '第二步是点社保？', 2],
    // Placed by another step, it says nothing of which step it is.
    ['en', 'so after step 2 I tap social security, right?', 3],
  ] as const)('[%s] %j, stating what a step is, gets a step under "check it against my sources"', async (language, text, step) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].checkAgainstSources, stepText(step, language)]);
  });

  // What one step does, said to be another's: under "check it" the step it speaks of read as a yes.
  it.each([
    ['en', 'step 2 is where I tap social security?', 2, 3],
    ['en', 'and step 5 is family service?', 5, 6],
    ['zh', '第三步是添加家人信息吧', 3, 6],
  ] as const)('[%s] %j gets a plain no before the step it speaks of', async (language, text, claimed, actual) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].stepClaimWrong, { claimed, actual }), stepText(actual, language)]);
  });

  // What the step does read without the number, the matcher unsure of it: "step 5 is opening Alipay, right?" was told
  // "that is step 2" (opening Alipay is step 1), "adding family is step 3, isn't it?" "step 7". No number is named.
  it.each(['step 5 is opening Alipay, right?', "adding family is step 3, isn't it?", 'step 5 is clicking Civic Center, right?'])(
    '%j names no step as the right one',
    async (text) => {
      const turn = await chatWithAssistant().say(text);
      expect(turn.messages[0].text).toBe(texts.en.checkAgainstSources);
    },
  );

  it.each([
    ['en', 'step 2 is what?', 2],
    ['zh', '第三步是什么？', 3],
    // A question with a tag states nothing: it got "check it against my sources".
    ['en', "what's step 2, right?", 2],
  ] as const)('[%s] %j, asking what a step is, gets the step alone', async (language, text, step) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([stepText(step, language)]);
  });

  // The tag was read as the subject: "right" is a word of step 5 ("the lower right corner"), which "the sky is green,
  // right?" got, under "check it against my sources".
  it.each(['the sky is green, right?', 'citizens can certify at any bank, right?'])('%j, stating what the sources do not speak of, is refused', async (text) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0].text.split('\n')[0]).toBe(fillTemplate(texts.en.fallback, { question: text }).split('\n')[0]);
  });

  it('a question gets the answer alone', async () => {
    const turn = await chatWithAssistant().say('who sets the time and steps of pooling?');
    expect(turn.messages.map((message) => message.text)).toEqual([answerOf('article64-state-council', 'en')]);
  });
});

// Under the three functions "what is your source?" and "出处呢" got the legal basis, Article 64, which the functions do
// not come from.
describe.each(languages)('asking for the source under an answer, in %s', (language) => {
  // "is that from the page or from the law?" and "出处在哪" got Article 64 too.
  // "Is that in Article 64?" and "这是第六十四条里的吗" got the article, as if the functions were in it.
  // "这个是谁说的" (who said so?) under step 6 was refused, and so were "please double-check that" and "你再核对一下".
  // "which source says that?" and "这个是哪里说的" got the legal basis; so did a fifth tester's "whats the source of all
  // this", "which website is this from", "where is this from, article 64?" and "这些信息是哪来的".
  it.each({
    // "quote the source for that" and "这一步的出处是什么" got the legal basis.
    en: ['whats the source of all this', 'which website is this from', 'where is this from, article 64?', 'what is your source?', 'source?', 'is that from the page or from the law?', 'Is that in Article 64?', 'is this part of the social insurance law?', 'says who?', 'who said that?', 'where did you get that from?', 'please double-check that', 'which source says that?', 'quote the source for that'],
    zh: ['这些信息是哪来的', '出处呢', '这是哪里来的', '出处在哪', '这是第六十四条里的吗', '这个是法律规定的吗', '这个是谁说的', '谁说的？', '你从哪里看到的', '你再核对一下', '这是哪个来源说的？', '这个是哪里说的', '这段话的出处是什么', '你这些是哪来的', '信息来源是啥'],
  }[language])('%j names where the answer comes from', async (text) => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].functions);
    expect(await chat.reply(text)).toEqual({ text: fromSource(language, texts[language].sources.page), buttons: followUpTitles('functions', language) });
  });

  it('under an answer from the article, says which paragraph it is from', async () => {
    const chat = chatWithAssistant();
    await chat.reply(ask[language].earmarked);
    expect((await chat.reply(language === 'en' ? 'is that in article 64?' : '这是第64条里的吗')).text).toBe(fromSource(language, texts[language].sources.article64Paragraphs[1]));
  });

  // A question refused at a step left the step on offer, and "source?" got the legal basis.
  it('after a refusal at a step, names where the step comes from', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    await chat.reply(language === 'en' ? 'what is the weather tomorrow' : '明天天气怎么样');
    expect(await chat.reply(language === 'en' ? 'source?' : '这一步的出处是什么')).toEqual({
      text: fromSource(language, texts[language].sources.page),
      buttons: [resumeTitle(3, language)],
    });
  });

  it('with no answer on the screen, asks the legal basis', async () => {
    expect((await chatWithAssistant().reply(language === 'en' ? "what's your source" : '出处是哪里')).text).toBe(answerOf('legal-basis', language));
  });
});
