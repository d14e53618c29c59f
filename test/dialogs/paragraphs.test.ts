import { Language, languages } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, starterTitles, texts } from './support/assistant';

const article64: Readonly<Record<Language, string>> = { en: 'What does Article 64 say?', zh: '社会保险法第六十四条是怎么规定的？' };

// "Art. 64 para 3" got the whole article, and "what about the second paragraph" under it a "Did you mean" of step 2:
// the paragraph's number is a feature the steps and functions share.
describe('a paragraph of Article 64', () => {
  it.each([
    ['en', 'article 64 paragraph 2', ['article64-earmarked']],
    ['en', 'Art. 64 para 3', ['article64-pooling', 'article64-state-council']],
    ['zh', '第六十四条第二款', ['article64-earmarked']],
    ['zh', '社会保险法第64条第一款讲了什么', ['article64-funds', 'article64-accounting', 'article64-unified-accounting']],
    // A section of the article: "Article 64 section 2" was refused as a second article.
    ['en', 'Article 64 section 2', ['article64-earmarked']],
    ['en', 'what does section 2 of article 64 say', ['article64-earmarked']],
  ] as const)('[%s] %j, naming the article, gets the answers drawn from that paragraph: %j', async (language, text, ids) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual(ids.map((id) => answerOf(id, language)));
  });

  it.each(languages)('[%s] named alone under an answer from the article is a paragraph of it', async (language) => {
    const chat = chatWithAssistant();
    await chat.reply(article64[language]);
    expect((await chat.reply(language === 'en' ? 'what about the second paragraph?' : '第二款呢')).text).toBe(answerOf('article64-earmarked', language));
    const third = await chat.say(language === 'en' ? 'and the third paragraph' : '那第三款呢');
    expect(third.messages.map((message) => message.text)).toEqual(['article64-pooling', 'article64-state-council'].map((id) => answerOf(id, language)));
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

  // They got the Social Insurance Law's paragraph.
  it.each(['article 64 of the labor law paragraph 2', '劳动法第六十四条第二款'])('of another law\'s article, %j, is refused with it', async (text) => {
    const reply = await chatWithAssistant().reply(text);
    expect(reply.text).not.toBe(answerOf('article64-earmarked', 'en'));
    expect(reply.text).not.toBe(answerOf('article64-earmarked', 'zh'));
    expect(reply.buttons).toEqual(starterTitles(/\p{Script=Han}/u.test(text) ? 'zh' : 'en'));
  });
});
