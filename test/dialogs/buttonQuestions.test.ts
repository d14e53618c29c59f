import { buttonMeaning } from '../../knowledge/buttonQuestion';
import { languages } from '../../knowledge/language';
import { chatWithAssistant, followUpTitles, starterTitles, stepControls, stepText, texts } from './support/assistant';

// "What does the Repeat button do" got step 5, whose questions ask what to tap.
describe.each(languages)('asking what a button does, in %s', (language) => {
  const { buttons, starters, otherButtons } = texts[language];
  const askRepeat = language === 'en' ? 'what does the Repeat button do?' : '重复是干啥的';
  const askShown = language === 'en' ? 'what do these buttons do?' : '这些按钮是干啥的';

  it('under a step: says what it does, and the walkthrough goes on from the same step', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect(await chat.reply(askRepeat)).toEqual({ text: buttonMeaning(texts[language], 'repeat', undefined), buttons: stepControls(language, 3) });
    expect(await chat.reply(buttons.next)).toEqual({ text: stepText(4, language), buttons: stepControls(language, 4) });
  });

  it('under a step: the buttons on the screen, one line each', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    const lines = (['next', 'back', 'repeat', 'allSteps', 'stop'] as const).map((key) => `- ${buttonMeaning(texts[language], key, undefined)}`);
    expect(await chat.reply(askShown)).toEqual({ text: lines.join('\n'), buttons: stepControls(language, 3) });
  });

  it('with nothing on the screen: says what it does, under the starter questions', async () => {
    expect(await chatWithAssistant().reply(askRepeat)).toEqual({ text: buttonMeaning(texts[language], 'repeat', undefined), buttons: starterTitles(language) });
  });

  it('under an answer: the follow-up questions ask what they show, and the feedback buttons are told', async () => {
    const chat = chatWithAssistant();
    await chat.reply(starters.functions);
    const feedback = (['helpful', 'notHelpful'] as const).map((key) => `- ${buttonMeaning(texts[language], key, undefined)}`);
    const reply = await chat.reply(askShown);
    expect(reply.text).toBe([...feedback, `- ${otherButtons}`].join('\n'));
    expect(reply.buttons).toEqual(followUpTitles('functions', language));
  });
});
