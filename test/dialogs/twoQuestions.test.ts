import { Language, languages } from '../../knowledge/language';
import { NewSupportEvent } from '../../knowledge/unansweredEvents';
import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, texts } from './support/assistant';

const fundsAndMisuse: Readonly<Record<Language, string>> = {
  en: 'What are the five funds and can they be misappropriated?',
  zh: '社保基金包括哪些？能不能挪用？',
};
const doubt: Readonly<Record<Language, string>> = { en: 'are you sure?', zh: '真的吗' };

// "What are the three functions and what does article 64 say" got the functions alone.
describe.each(languages)('a message asking two things, in %s', (language) => {
  it('gets both answers, in the order asked, each traced', async () => {
    const { messages, traces } = await chatWithAssistant().say(fundsAndMisuse[language]);
    expect(messages.map((message) => message.text)).toEqual([answerOf('article64-funds', language), answerOf('article64-earmarked', language)]);
    expect(traces.map((trace) => trace.answerId)).toEqual(['article64-funds', 'article64-earmarked']);
  });

  // Both traces said only the whole message's intent, one of the two answers: the other's trace contradicted it.
  it('traces each answer as the question of the message it answers', async () => {
    const { traces } = await chatWithAssistant().say(fundsAndMisuse[language]);
    expect(traces.map(({ answerId, question }) => [answerId, question])).toEqual([
      ['article64-funds', { number: 1, of: 2 }],
      ['article64-earmarked', { number: 2, of: 2 }],
    ]);
  });

  it('goes on from the last answer: feedback and "are you sure?" are about it', async () => {
    const recorded: NewSupportEvent[] = [];
    const chat = chatWithAssistant({ questionLog: { record: async (event) => void recorded.push(event) } });
    await chat.say(fundsAndMisuse[language]);
    expect((await chat.reply(doubt[language])).text).toBe(
      fillTemplate(texts[language].sourceOfAnswer, { source: texts[language].sources.article64Paragraphs[1] }),
    );
    await chat.reply(texts[language].buttons.helpful);
    expect(recorded).toEqual([{ type: 'feedback', language, answerId: 'article64-earmarked', helpful: true }]);
  });
});

// "How do I do the certification for my mom? Is it free?" got "I can't answer" for both.
describe.each(languages)('a message answered only in part, in %s', (language) => {
  const message = { en: 'How do I do the certification for my dad? Is it free?', zh: '社保认证怎么做？需要带身份证吗？' }[language];
  const refused = { en: 'Is it free?', zh: '需要带身份证吗？' }[language];

  it('says which question it cannot answer, then answers the other, recording the refused one', async () => {
    const recorded: NewSupportEvent[] = [];
    const chat = chatWithAssistant({ questionLog: { record: async (event) => void recorded.push(event) } });
    const { messages } = await chat.say(message);
    expect(messages.map((reply) => reply.text)).toEqual([
      fillTemplate(texts[language].partlyAnswered, { questions: `“${refused}”` }),
      answerOf('procedure', language),
    ]);
    expect(messages[0].buttons).toEqual([]);
    expect(recorded).toEqual([{ type: 'fallback', language, question: refused }]);
  });
});

// "what is article 64 and article 65" and "第六十四条和第六十五条分别讲什么" were refused whole.
describe.each(languages)('a message naming an article the knowledge has and one it has not, in %s', (language) => {
  const message = { en: 'what is article 64 and article 65', zh: '第六十四条和第六十五条分别讲什么' }[language];
  const refused = { en: 'article 65', zh: '第65条' }[language];

  it('says it cannot answer the other article, then answers Article 64', async () => {
    const { messages } = await chatWithAssistant().say(message);
    expect(messages.map((reply) => reply.text)).toEqual([fillTemplate(texts[language].partlyAnswered, { questions: `“${refused}”` }), answerOf('article64-full', language)]);
  });
});
