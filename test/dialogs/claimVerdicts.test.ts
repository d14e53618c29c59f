import { answerOf, chatWithAssistant, texts } from './support/assistant';

// A claim about the funds, made or asked, got its answer under "please check it against my sources", which read as a yes
// whether it was right or wrong: "Article 64 says the State Council manages the funds, right?", "基本养老保险基金和基本医疗保险
// 基金合并建账，对吗". Now a yes, a no, or "my sources do not say that" comes first, then the answer to hold it against.
describe('a claim about the funds gets a yes or a no before the answer', () => {
  it.each([
    ['en', 'Article 64 says the State Council manages all funds, yes?', 'notSaid', 'article64-state-council'],
    ['zh', '社保基金可以挪用，对吧？', 'contradicts', 'article64-earmarked'],
    ['en', 'Can anyone misappropriate social insurance funds?', 'contradicts', 'article64-earmarked'],
    ['en', 'So the pension fund is pooled at the provincial level?', 'contradicts', 'article64-pooling'],
    ['zh', '养老保险基金实行省级统筹，是吗？', 'contradicts', 'article64-pooling'],
    ['en', 'the pension fund will gradually be pooled nationally right', 'agrees', 'article64-pooling'],
    ['zh', '养老保险基金要全国统筹吗', 'agrees', 'article64-pooling'],
    ['en', 'Are the medical and maternity insurance funds accounted for together?', 'agrees', 'article64-accounting'],
    ['zh', '基本养老保险基金和基本医疗保险基金合并建账，对吗', 'contradicts', 'article64-accounting'],
    ['zh', '具体时间由国务院规定，对吗', 'agrees', 'article64-state-council'],
  ] as const)('[%s] %j: %s', async (language, text, verdict, id) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.map((message) => message.text)).toEqual([texts[language].claimVerdicts[verdict], answerOf(id, language)]);
  });

  // Said as done ("is pooled"), which the article does not say, or with more than its words: no yes, and no no.
  it.each([
    ['en', 'the pension fund is pooled nationally, right?', 'article64-pooling'],
    ['en', 'only the pension fund is accounted separately?', 'article64-accounting'],
  ] as const)('[%s] %j gets no yes or no', async (language, text, id) => {
    const { messages } = await chatWithAssistant().say(text);
    expect(messages.at(-1)?.text).toBe(answerOf(id, language));
    for (const verdict of Object.values(texts[language].claimVerdicts)) expect(messages.map((message) => message.text)).not.toContain(verdict);
  });

  // One fund's pooling asked, the answer does not name it: the verdict, then which funds the answer's "other funds" are.
  it('"is the maternity fund pooled nationally?" gets a no, then that it is one of the other funds', async () => {
    const { messages } = await chatWithAssistant().say('is the maternity fund pooled nationally?');
    expect(messages.map((message) => message.text)).toEqual([
      texts.en.claimVerdicts.contradicts,
      expect.stringContaining(texts.en.fundNames.maternity),
      answerOf('article64-pooling', 'en'),
    ]);
  });
});
