import { Language, languages } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, feedbackTitles, knowledge, resumeTitle, starterTitles, stepText, texts, titleOf } from './support/assistant';

const article64: Readonly<Record<Language, string>> = { en: 'What does Article 64 say?', zh: '社会保险法第六十四条是怎么规定的？' };

/** The reply quoting one paragraph of the article in full, as the bot words it. */
function paragraphQuoted(paragraph: number, language: Language): string {
  const quote = knowledge.articleInFull?.paragraphs[language][paragraph - 1];
  if (quote === undefined) throw new Error(`no paragraph ${paragraph} in the knowledge`);
  const source = texts[language].sources.article64Paragraphs[paragraph - 1];
  return fillTemplate(texts[language].paragraphQuote, { source, quote: `> ${quote}` });
}

// "Art. 64 para 3" got the whole article, and "what about the second paragraph" under it a "Did you mean" of step 2:
// the paragraph's number is a feature the steps and functions share. Then each answer drawn from the paragraph came in
// a message of its own, three for the first.
describe('a paragraph of Article 64', () => {
  it.each([
    ['en', 'article 64 paragraph 2', 2, ['article64-earmarked']],
    ['en', 'Art. 64 para 3', 3, ['article64-pooling', 'article64-state-council']],
    ['zh', '第六十四条第二款', 2, ['article64-earmarked']],
    ['zh', '社会保险法第64条第一款讲了什么', 1, ['article64-funds', 'article64-accounting', 'article64-unified-accounting']],
    // A section of the article: "Article 64 section 2" was refused as a second article.
    ['en', 'Article 64 section 2', 2, ['article64-earmarked']],
    ['en', 'what does section 2 of article 64 say', 2, ['article64-earmarked']],
    // It got the whole article: the word after "para" is "of".
    ['en', 'what does the 2nd para of art 64 say', 2, ['article64-earmarked']],
  ] as const)('[%s] %j, naming the article, gets paragraph %d quoted alone, over the answers drawn from it: %j', async (language, text, paragraph, ids) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0].text).toBe(paragraphQuoted(paragraph, language));
    expect(turn.messages[0].buttons).toEqual([...ids.map((id) => titleOf(id, language)), ...feedbackTitles(language)]);
  });

  // "一句话总结一下这一款" under paragraph 3 got the summary of the steps, and so did "用大白话说一下" asked with it.
  it('asked in fewer or simpler words, says the sources word it one way only, and asks nothing else', async () => {
    const chat = chatWithAssistant();
    expect((await chat.reply('第六十四条第三款')).text).toBe(paragraphQuoted(3, 'zh'));
    expect((await chat.reply('一句话总结一下这一款')).text).toBe(texts.zh.noSimplerWording);
    const turn = await chatWithAssistant().say('第三款说的全国统筹是什么意思，用大白话说一下');
    expect(turn.messages.map(({ text }) => text)).toEqual([paragraphQuoted(3, 'zh')]);
  });

  // The other question was dropped: "art 64 para 2? also how do I certify my mom" got the paragraph alone.
  it.each([
    ['en', 'art 64 para 2? also how do I certify my mom', 2],
    ['zh', '第64条第2款是啥，还有支付宝怎么认证', 2],
  ] as const)('[%s] %j gets paragraph %d quoted, then the answer to its other question', async (language, text, paragraph) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([paragraphQuoted(paragraph, language), answerOf('procedure', language)]);
  });

  // Unsure of the other question in the whole message, the matcher named none: the paragraph came alone.
  it.each([
    ['en', 'paragraph 3 and what are the functions of social security?', 3, answerOf('functions', 'en')],
    ['zh', '第三款和社保三个功能分别是什么', 3, answerOf('functions', 'zh')],
    ['zh', '第一款说了什么，另外第五步是什么', 1, stepText(5, 'zh')],
  ] as const)('[%s] %j gets paragraph %d quoted, then what else it asks', async (language, text, paragraph, other) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([paragraphQuoted(paragraph, language), other]);
  });

  // The paragraph came first.
  it.each([
    ['en', 'what are the functions of social security? and what does article 64 paragraph 2 say?', 2, answerOf('functions', 'en')],
    ['zh', '第五步是什么，还有第一款说了什么', 1, stepText(5, 'zh')],
  ] as const)('[%s] %j gets what it asks first, then paragraph %d quoted', async (language, text, paragraph, first) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([first, paragraphQuoted(paragraph, language)]);
  });

  // Only the second was given.
  it('named two at once, gets both quoted in one message, over the answers drawn from them', async () => {
    const turn = await chatWithAssistant().say('请问第64条第二款和第三款分别讲了什么');
    expect(turn.messages.map((message) => message.text)).toEqual([`${paragraphQuoted(2, 'zh')}\n\n${paragraphQuoted(3, 'zh')}`]);
    const ids = ['article64-earmarked', 'article64-pooling', 'article64-state-council'];
    expect(turn.messages[0].buttons).toEqual([...ids.map((id) => titleOf(id, 'zh')), ...feedbackTitles('zh')]);
  });

  it.each(languages)('[%s] the answers under a paragraph are chosen by their place, and "again" quotes it again', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'Art. 64 para 1' : '第六十四条第一款');
    expect((await chat.reply(language === 'en' ? 'again' : '再说一遍')).text).toBe(paragraphQuoted(1, language));
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('article64-accounting', language));
  });

  it('is quoted again in the language asked for', async () => {
    const chat = chatWithAssistant();
    await chat.reply('Art. 64 para 3');
    const { messages } = await chat.say('in Chinese please');
    expect(messages.at(-1)?.text).toBe(paragraphQuoted(3, 'zh'));
  });

  it.each(languages)('[%s] named alone under an answer from the article is a paragraph of it', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(article64[language]);
    expect((await chat.reply(language === 'en' ? 'what about the second paragraph?' : '第二款呢')).text).toBe(paragraphQuoted(2, language));
    expect((await chat.reply(language === 'en' ? 'and the third paragraph' : '那第三款呢')).text).toBe(paragraphQuoted(3, language));
    // "中间那款" was refused.
    expect((await chat.reply(language === 'en' ? 'the middle paragraph?' : '中间那款')).text).toBe(paragraphQuoted(2, language));
  });

  // "and the next paragraph?" under the earmarking (paragraph 2) was refused, "next paragraph" under paragraph 1 got step 5.
  it.each(languages)('[%s] the next or the previous paragraph is counted from the one on the screen', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'What does Article 64 say about misappropriating the funds?' : '挪用社保基金有什么规定');
    expect((await chat.reply(language === 'en' ? 'and the next paragraph?' : '下一款呢')).text).toBe(paragraphQuoted(3, language));
    expect((await chat.reply(language === 'en' ? 'previous paragraph' : '上一款')).text).toBe(paragraphQuoted(2, language));
    expect((await chat.reply(language === 'en' ? 'the previous paragraph please' : '前一段')).text).toBe(paragraphQuoted(1, language));
  });

  // "the paragraph before" under paragraph 3 got step 1, "the paragraph after" under paragraph 2 step 7, "what about the
  // paragraph above" and "上面那一款" were refused.
  it.each([
    ['en', 'Art. 64 para 3', 'the paragraph before', 2],
    ['en', 'article 64 paragraph 2', 'the paragraph after', 3],
    ['en', 'Art. 64 para 3', 'what about the paragraph above', 2],
    ['zh', '第六十四条第三款', '上面那一款', 2],
    // "那再往前一款" under paragraph 2 was refused.
    ['zh', '第六十四条第二款', '那再往前一款', 1],
    ['zh', '第六十四条第二款', '往后一款', 3],
  ] as const)('[%s] under %j, %j is paragraph %d', async (language, first, then, paragraph) => {
    const chat = chatWithAssistant();
    await chat.reply(first);
    expect((await chat.reply(then)).text).toBe(paragraphQuoted(paragraph, language));
  });

  // Said with a particle, or twice: they were refused.
  it('reads "下一款啦" and "上一款上一款" as the next and the previous paragraph', async () => {
    const chat = chatWithAssistant();
    await chat.reply('第六十四条第一款');
    expect((await chat.reply('下一款啦')).text).toBe(paragraphQuoted(2, 'zh'));
    expect((await chat.reply('上一款上一款')).text).toBe(paragraphQuoted(1, 'zh'));
  });

  // Under the article in full it got step 5; the previous one was refused.
  it('after the article in full, is the first, and the previous one the last', async () => {
    const chat = chatWithAssistant();
    await chat.reply(article64.en);
    expect((await chat.reply('next paragraph')).text).toBe(paragraphQuoted(1, 'en'));
    expect((await chat.reply('next paragraph')).text).toBe(paragraphQuoted(2, 'en'));
    await chat.reply(article64.en);
    expect((await chat.reply('previous paragraph')).text).toBe(paragraphQuoted(3, 'en'));
    await chat.reply('第六十四条第三款');
    await chat.say('下一款');
    expect((await chat.reply('上一款')).text).toBe(paragraphQuoted(3, 'zh'));
  });

  // "the paragraph before that" under paragraph 3 got step 1.
  it('"the paragraph before that" and "the paragraph after that" are counted from the one on the screen', async () => {
    const chat = chatWithAssistant();
    await chat.reply('article 64 paragraph 3');
    expect((await chat.reply('the paragraph before that')).text).toBe(paragraphQuoted(2, 'en'));
    expect((await chat.reply('the paragraph after that')).text).toBe(paragraphQuoted(3, 'en'));
  });

  // And "next", "go on" and "back" there said no walkthrough ran.
  it.each(languages)('[%s] after the article in full, "next" is the first paragraph and "back" the last', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(article64[language]);
    expect((await chat.reply(language === 'en' ? 'next' : '下一个')).text).toBe(paragraphQuoted(1, language));
    await chat.reply(article64[language]);
    expect((await chat.reply(language === 'en' ? 'go on' : '继续')).text).toBe(paragraphQuoted(1, language));
    await chat.reply(article64[language]);
    expect((await chat.reply(language === 'en' ? 'back' : '上一个')).text).toBe(paragraphQuoted(3, language));
  });

  // "go on" and "下一个" under a paragraph quoted alone said no walkthrough ran.
  it.each(languages)('[%s] after a paragraph quoted alone, is what "next" or "back" moves to', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'Art. 64 para 1' : '第六十四条第一款');
    expect((await chat.reply(language === 'en' ? 'go on' : '下一个')).text).toBe(paragraphQuoted(2, language));
    expect((await chat.reply(language === 'en' ? 'next' : '下一步')).text).toBe(paragraphQuoted(3, language));
    expect((await chat.reply(language === 'en' ? 'back' : '上一步')).text).toBe(paragraphQuoted(2, language));
  });

  // Past the first, "previous paragraph" and "上一款" were refused, and "next" or "back" past either end said no
  // walkthrough ran: each says where the paragraph stands, then gives the article in full.
  it.each([
    ['en', 'Art. 64 para 3', 'next paragraph', 'lastParagraph'],
    ['en', 'Art. 64 para 3', 'next', 'lastParagraph'],
    ['en', 'article 64 paragraph 1', 'previous paragraph', 'firstParagraph'],
    ['en', 'article 64 paragraph 1', 'back', 'firstParagraph'],
    ['zh', '第六十四条第三款', '下一款', 'lastParagraph'],
    ['zh', '第六十四条第一款', '上一款', 'firstParagraph'],
    ['zh', '第六十四条第一款', '上一步', 'firstParagraph'],
  ] as const)('[%s] under %j, %j passes the end of the article, and is told so', async (language, paragraph, move, lead) => {
    const chat = chatWithAssistant();
    await chat.reply(paragraph);
    expect((await chat.say(move)).messages.map((message) => message.text)).toEqual([
      fillTemplate(texts[language][lead], { total: 3 }),
      answerOf('article64-full', language),
    ]);
    // Listening after it as after the article asked for: "in Chinese please" after "back" had nothing to give again.
    const other = language === 'en' ? 'zh' : 'en';
    expect((await chat.say(other === 'zh' ? 'in Chinese please' : '请用英文回答')).messages.at(-1)?.text).toBe(answerOf('article64-full', other));
  });

  // "第六十四条第一款和第三款" got step 3 too, started as a walkthrough.
  it('two named in Chinese are quoted, and nothing else', async () => {
    const { messages } = await chatWithAssistant({ locale: 'zh-CN' }).say('第六十四条第一款和第三款');
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toContain(paragraphQuoted(1, 'zh'));
    expect(messages[0].text).toContain(paragraphQuoted(3, 'zh'));
  });

  // "section 2" under the article was refused as another article.
  it('named as a section alone under the article is a paragraph of it, and refused anywhere else', async () => {
    const chat = chatWithAssistant();
    await chat.reply(article64.en);
    expect((await chat.reply('section 2')).text).toBe(paragraphQuoted(2, 'en'));
    expect((await chat.reply('what does section 1 say')).text).toBe(paragraphQuoted(1, 'en'));
    expect((await chatWithAssistant().reply('section 2')).buttons).toEqual(starterTitles('en'));
  });

  // "第二款" got step 2, "第二款说的是什么" in a walkthrough step 2 too: only an article has a 款.
  it('named as a 款 with no article anywhere is a paragraph of it, a walkthrough paused under it', async () => {
    expect((await chatWithAssistant().reply('第二款')).text).toBe(paragraphQuoted(2, 'zh'));
    const chat = chatWithAssistant();
    await chat.reply('一步一步来');
    const { text, buttons } = await chat.reply('第三款说的是什么');
    expect(text).toBe(paragraphQuoted(3, 'zh'));
    expect(buttons).toContain(resumeTitle(1, 'zh'));
  });

  // "what does paragraph 2 say" got "I can't answer", and "paragraph 2 please" under the legal basis a "Did you mean" of
  // the summary: the article is the only thing with paragraphs the bot quotes.
  it.each(['what does paragraph 2 say', 'paragraph 2 please'])('%j, with nothing on the screen or under the legal basis, is a paragraph of it', async (text) => {
    expect((await chatWithAssistant().reply(text)).text).toBe(paragraphQuoted(2, 'en'));
    const chat = chatWithAssistant();
    await chat.reply('what is the legal basis');
    expect((await chat.reply(text)).text).toBe(paragraphQuoted(2, 'en'));
  });

  // "article 64" under paragraph 1 got "that's all my sources say", as the 64th item of the paragraph's list.
  it('is followed by the article in full when the article is asked for under it', async () => {
    const chat = chatWithAssistant();
    await chat.reply('Art. 64 para 1');
    expect((await chat.reply('article 64')).text).toBe(answerOf('article64-full', 'en'));
  });

  // "and the pension fund?" under paragraph 3 got a "Did you mean" of the five funds, "what about the medical fund" the
  // whole article: asked of a subject, the paragraph is its pooling, as the pooling's own answer is.
  it.each([
    ['en', 'art 64 para 3', 'and the pension fund?'],
    ['en', 'what does paragraph 3 of art. 64 say', 'what about the medical fund'],
    ['zh', '第六十四条第三款', '那医疗保险基金呢'],
  ] as const)('[%s] under %j, %j asks how that fund is pooled', async (language, paragraph, subject) => {
    const chat = chatWithAssistant();
    await chat.reply(paragraph);
    expect((await chat.reply(subject)).text).toBe(answerOf('article64-pooling', language));
  });

  it('named alone under anything else is not taken for one', async () => {
    const chat = chatWithAssistant();
    await chat.reply('What are the functions of social security?');
    expect((await chat.reply('the second paragraph')).text).not.toBe(answerOf('article64-earmarked', 'en'));
  });

  // "第四款呢" got step 4, and "art 64 para 5" the article without a word on the paragraph.
  it('that the article does not have is said not to be there, before the article as a whole, named or under it', async () => {
    const named = await chatWithAssistant().say('article 64 paragraph 4');
    expect(named.messages.map((message) => message.text)).toEqual([
      fillTemplate(texts.en.noSuchParagraph, { paragraph: 4, total: 3 }),
      answerOf('article64-full', 'en'),
    ]);
    const chat = chatWithAssistant();
    await chat.reply(article64.zh);
    expect((await chat.say('第四款呢')).messages.map((message) => message.text)).toEqual([
      fillTemplate(texts.zh.noSuchParagraph, { paragraph: 4, total: 3 }),
      answerOf('article64-full', 'zh'),
    ]);
  });

  // "第六十四条一共几款" got the article with no count, and "一共几款" under it the steps.
  it.each([
    ['en', 'how many paragraphs does article 64 have?'],
    ['zh', '第六十四条一共几款'],
    ['zh', '六十四条有几段'],
  ] as const)('[%s] %j, how many there are, gets the count before the article as a whole', async (language, text) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].paragraphCount, { total: 3 }), answerOf('article64-full', language)]);
  });

  it('asked how many under the article, gets the count too', async () => {
    const chat = chatWithAssistant();
    await chat.reply(article64.zh);
    expect((await chat.say('一共几款')).messages.map((message) => message.text)).toEqual([fillTemplate(texts.zh.paragraphCount, { total: 3 }), answerOf('article64-full', 'zh')]);
  });

  // Under the article, another law's paragraph got the Social Insurance Law's, quoted as the article's.
  it.each([
    ['en', 'and paragraph 2 of the labor law?'],
    ['zh', '劳动法第二款呢'],
  ] as const)('[%s] of another law, %j under the article, is refused', async (language, text) => {
    const chat = chatWithAssistant();
    await chat.reply(article64[language]);
    const lead = fillTemplate(texts[language].fallback, { question: text });
    expect(await chat.reply(text)).toEqual({ text: `${lead}\n\n${texts[language].helpIntro}`, buttons: starterTitles(language) });
  });

  // They got the Social Insurance Law's paragraph.
  it.each(['article 64 of the labor law paragraph 2', '劳动法第六十四条第二款'])('of another law\'s article, %j, is refused with it', async (text) => {
    const reply = await chatWithAssistant().reply(text);
    expect(reply.text).not.toBe(answerOf('article64-earmarked', 'en'));
    expect(reply.text).not.toBe(answerOf('article64-earmarked', 'zh'));
    expect(reply.buttons).toEqual(starterTitles(/\p{Script=Han}/u.test(text) ? 'zh' : 'en'));
  });
});

// "is the maternity fund pooled nationally?" and "工伤保险基金是全国统筹吗" got the pooling of all the funds: which of them
// the fund is was left to the user.
it.each([
  ['en', 'is the maternity fund pooled nationally?', 'The maternity insurance fund is one of the “other social insurance funds” in what Article 64 says of pooling:'],
  ['zh', '工伤保险基金是全国统筹吗', '工伤保险基金属于第六十四条讲统筹时说的“其他社会保险基金”：'],
] as const)('[%s] %j, the pooling of one fund, says no and which of the pooled funds it is, then the pooling', async (language, text, lead) => {
  const turn = await chatWithAssistant().say(text);
  expect(turn.messages.map(({ text: said }) => said)).toEqual([texts[language].claimVerdicts.contradicts, lead, answerOf('article64-pooling', language)]);
});

// Under the article, "最后一句" got step 7 and "第一句说了啥" step 1; "第一款第二句" and "quote the second sentence of para 1"
// got the whole paragraph.
describe('a sentence of Article 64', () => {
  const quoted = (language: Language, paragraph: number, sentence: string, quote: string): string =>
    fillTemplate(texts[language].sentenceQuote, { source: texts[language].sources.article64Paragraphs[paragraph - 1], sentence, quote: `> ${quote}` });

  it.each([
    ['zh', '最后一句啥意思', 3, '一', '基本养老保险基金逐步实行全国统筹，其他社会保险基金逐步实行省级统筹，具体时间、步骤由国务院规定。'],
    ['zh', '第一款第二句', 1, '二', '除基本医疗保险基金与生育保险基金合并建账及核算外，其他各项社会保险基金按照社会保险险种分别建账，分账核算。'],
    ['zh', '第三句是啥', 1, '三', '社会保险基金执行国家统一的会计制度。'],
    ['en', 'the last sentence', 3, '2', 'The specific time and steps shall be stipulated by the State Council.'],
    ['en', 'what does the first sentence of paragraph 2 say', 2, '1', 'Social insurance funds are earmarked for special purposes, and no organization or individual may occupy or misappropriate them.'],
    // Numbered after the word: the whole paragraph.
    ['en', 'sentence 3 of paragraph 1', 1, '3', 'Social insurance funds implement a unified accounting system throughout the country.'],
  ] as const)('[%s] under the article in full, %j quotes paragraph %d, sentence %s', async (language, asked, paragraph, sentence, quote) => {
    const chat = chatWithAssistant();
    await chat.reply(article64[language]);
    expect((await chat.reply(asked)).text).toBe(quoted(language, paragraph, sentence, quote));
  });

  it('under a paragraph, counts in that paragraph, and the answer keeps listening for the next', async () => {
    const english = chatWithAssistant();
    await english.reply('article 64 paragraph 1');
    expect((await english.reply('give me sentence 3')).text).toBe(quoted('en', 1, '3', 'Social insurance funds implement a unified accounting system throughout the country.'));
    const chat = chatWithAssistant();
    await chat.reply('第六十四条第一款');
    expect((await chat.reply('第三句')).text).toBe(quoted('zh', 1, '三', '社会保险基金执行国家统一的会计制度。'));
    expect((await chat.reply('第一句说了啥')).text).toBe(quoted('zh', 1, '一', '社会保险基金包括基本养老保险基金、基本医疗保险基金、工伤保险基金、失业保险基金和生育保险基金。'));
  });

  it('is no sentence of the article under a step', async () => {
    const chat = chatWithAssistant();
    await chat.reply('step 3');
    expect((await chat.reply('the second sentence')).text).not.toContain('sentence 2 of');
  });
});

// "the earmarking rule is in paragraph 3 of article 64, correct?" got paragraph 3, as if it were so; "那专款专用在第一款对吗"
// paragraph 1. What is said to be there is read without the paragraph named, and the paragraph it is in is quoted.
describe('a paragraph said or asked to hold something', () => {
  const paragraphName = (paragraph: number, language: Language) => texts[language].sources.article64Paragraphs[paragraph - 1];

  it.each([
    ['en', 'the earmarking rule is in paragraph 3 of article 64, correct?', 3, 2],
    ['en', 'the five funds are listed in paragraph 2?', 2, 1],
    ['en', 'does paragraph 3 say the funds are earmarked?', 3, 2],
    ['zh', '那专款专用在第一款对吗', 1, 2],
    // With words of another answer in it ("steps"): the seven steps came after it.
    ['en', 'paragraph 2 says the state council decides the time and steps, right?', 2, 3],
  ] as const)('[%s] %j (paragraph %d) is told no: it is in paragraph %d, which is quoted', async (language, text, claimed, actual) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.map(({ text: shown }) => shown)).toEqual([
      fillTemplate(texts[language].paragraphClaimWrong, { claimed: texts[language].paragraphNames[claimed - 1], source: paragraphName(actual, language) }),
      paragraphQuoted(actual, language),
    ]);
  });

  it.each([
    ['en', 'is the earmarking in paragraph 2?', 2],
    ['en', 'the State Council timetable is in paragraph 3, yes?', 3],
    ['zh', '第二款是讲专款专用的吗', 2],
  ] as const)('[%s] %j is told yes, and paragraph %d is quoted', async (language, text, paragraph) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.map(({ text: shown }) => shown)).toEqual([
      fillTemplate(texts[language].paragraphClaimRight, { source: paragraphName(paragraph, language) }),
      paragraphQuoted(paragraph, language),
    ]);
  });

  it.each([
    ['en', 'what does paragraph 2 say?', 2],
    ['zh', '第一款讲了什么', 1],
  ] as const)('[%s] %j, which asks, gets paragraph %d with no yes or no', async (language, text, paragraph) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages[0].text).toBe(paragraphQuoted(paragraph, language));
  });
});

// "next paragraph" as a first message got step 5.
it.each([
  ['en', 'next paragraph'],
  ['zh', '下一款'],
] as const)('[%s] %j with no paragraph on the screen quotes the first', async (language, text) => {
  expect((await chatWithAssistant().reply(text)).text).toBe(paragraphQuoted(1, language));
});
