import { welcomeReply } from '../../dialogs/welcome';
import { Language, languages } from '../../knowledge/language';
import { answerOf, chatWithAssistant, starterTitles, texts } from './support/assistant';

describe.each(languages)('welcome in %s', (language: Language) => {
  it('is a short intro with the starter questions, each sending itself', () => {
    const reply = welcomeReply(language, texts);
    expect(reply.text).toBe(texts[language].welcome);
    expect(reply.buttons.map((button) => button.title)).toEqual(starterTitles(language));
    expect(reply.buttons.every((button) => button.value === button.title)).toBe(true);
  });

  it.each([
    ['procedure', 'procedure'],
    ['functions', 'functions'],
    ['article64', 'article64-full'],
  ] as const)('the %s starter is answered by %s', async (starter, id) => {
    const message = await chatWithAssistant().reply(texts[language].starters[starter]);
    expect(message.text).toBe(answerOf(id, language));
  });
});
