import { languages } from '../../knowledge/language';
import { PERSON_REQUESTS } from './cases/personRequests';
import { chatWithAssistant, resumeTitle, starterTitles, stepText, texts } from './support/assistant';

// "Are you a real person" and "转人工" got "I can't answer …", "你是真人吗" the help, which does not say what answers.
describe.each(languages)('asking for a person, in %s', (language) => {
  const { automatedAssistant, helpIntro } = texts[language];
  const toldWhatAnswers = `${automatedAssistant}\n\n${helpIntro}`;

  it.each(PERSON_REQUESTS[language])('%j is told an automated assistant answers, and what it can do', async (phrase) => {
    expect(await chatWithAssistant().reply(phrase)).toEqual({ text: toldWhatAnswers, buttons: starterTitles(language) });
  });

  it('in a walkthrough, offers to resume it, and the walkthrough goes on from there', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect(await chat.reply(PERSON_REQUESTS[language][0])).toEqual({
      text: toldWhatAnswers,
      buttons: [...starterTitles(language), resumeTitle(3, language)],
    });
    expect((await chat.reply(resumeTitle(3, language))).text).toContain(stepText(3, language));
  });
});
