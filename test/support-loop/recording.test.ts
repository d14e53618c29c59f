import { MainDialog } from '../../dialogs/mainDialog';
import { QuestionLog } from '../../dialogs/questionLog';
import { Language, languages } from '../../knowledge/language';
import { NewSupportEvent } from '../../knowledge/unansweredEvents';
import { answerOf, feedbackTitles, followUpTitles, knowledge, matcherAskingToClarify, resumeTitle, starterTitles, texts, titleOf } from '../dialogs/support/assistant';
import { Chat } from '../dialogs/support/chat';

const VAGUE: Readonly<Record<Language, string>> = { en: 'social insurance funds rules', zh: '社保基金的规定' };
const GUESSES = ['article64-funds', 'article64-earmarked', 'article64-pooling', 'article64-accounting'];
const OUT_OF_SCOPE: Readonly<Record<Language, string>> = { en: "what's the weather like today", zh: '今天天气怎么样' };
const FUNCTIONS: Readonly<Record<Language, string>> = { en: 'What are the functions of social security?', zh: '社会保障有哪些功能？' };

/** The real dialogs, knowledge and matcher (asked to clarify the vague question), recording into a list. */
function recordedChat() {
  const recorded: NewSupportEvent[] = [];
  const questionLog: QuestionLog = { record: async (event) => void recorded.push(event) };
  const matcher = matcherAskingToClarify({ [VAGUE.en]: GUESSES, [VAGUE.zh]: GUESSES });
  return { chat: new Chat(new MainDialog({ knowledge, texts, matcher, questionLog })), recorded };
}

describe.each(languages)('what the dialogs record, in %s', (language: Language) => {
  it('records a question it could not answer', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(OUT_OF_SCOPE[language]);
    expect(recorded).toEqual([{ type: 'fallback', language, question: OUT_OF_SCOPE[language] }]);
  });

  it('records a "did you mean" offer and the guess the user picked, tied together', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(VAGUE[language]);
    await chat.say(titleOf('article64-pooling', language));
    const [offer, reply] = recorded;
    expect(offer).toEqual({ type: 'clarify', language, question: VAGUE[language], offered: GUESSES.slice(0, 3), clarificationId: expect.any(String) });
    expect(reply).toEqual({ type: 'clarified', language, clarificationId: (offer as { clarificationId: string }).clarificationId, outcome: 'picked', picked: 'article64-pooling' });
    expect(recorded).toHaveLength(2);
  });

  it('records "none of these", and a different question asked instead (which is then matched as usual)', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(VAGUE[language]);
    await chat.say(texts[language].buttons.noneOfThese);
    await chat.say(VAGUE[language]);
    await chat.say(OUT_OF_SCOPE[language]);
    expect(recorded.map((event) => (event.type === 'clarified' ? event.outcome : event.type))).toEqual(['clarify', 'none', 'clarify', 'other', 'fallback']);
  });

  it('records nothing for questions it answers', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    await chat.say(titleOf('function-stability', language));
    await chat.say(language === 'en' ? 'step 5' : '第5步');
    await chat.say(texts[language].buttons.next);
    expect(recorded).toEqual([]);
  });
});

describe.each(languages)('Helpful / Not helpful in %s', (language: Language) => {
  it('is offered under an answer from the sources, not under small talk', async () => {
    const { chat } = recordedChat();
    expect((await chat.reply(FUNCTIONS[language])).buttons.slice(-2)).toEqual(feedbackTitles(language));
    expect((await chat.reply(language === 'en' ? 'thank you' : '谢谢')).buttons).not.toContain(feedbackTitles(language)[0]);
  });

  it('records the click for the answer it was under and thanks, offering the answer\'s follow-ups again', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    const [helpful, notHelpful] = feedbackTitles(language);
    const turn = await chat.say(notHelpful);
    expect(turn.messages).toEqual([{ text: texts[language].feedbackSorry, buttons: followUpTitles('functions', language) }]);
    expect(turn.traces).toEqual([]);
    expect((await chat.say(helpful)).messages).toEqual([{ text: texts[language].feedbackThanks, buttons: followUpTitles('functions', language) }]);
    expect(recorded).toEqual([
      { type: 'feedback', language, answerId: 'functions', helpful: false },
      { type: 'feedback', language, answerId: 'functions', helpful: true },
    ]);
  });

  it('keeps the answer listening: "the second one" still opens its second item after a click', async () => {
    const { chat } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    await chat.say(feedbackTitles(language)[0]);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('function-redistribution', language));
  });

  it('offers the way back to a paused walkthrough with the thanks', async () => {
    const { chat } = recordedChat();
    await chat.say(language === 'en' ? 'step 3' : '第3步');
    await chat.say(FUNCTIONS[language]);
    const thanks = await chat.reply(feedbackTitles(language)[0]);
    expect(thanks).toEqual({ text: texts[language].feedbackThanks, buttons: [...followUpTitles('functions', language), resumeTitle(3, language)] });
  });

  // A Teams card keeps its buttons: Helpful can be clicked after a question the bot could not answer.
  it('offers the starter questions with the thanks when nothing is listening any more', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    expect((await chat.reply(language === 'en' ? 'how do I bake bread' : '面包怎么烤')).buttons).toEqual(starterTitles(language));
    const thanks = await chat.reply(feedbackTitles(language)[0]);
    expect(thanks).toEqual({ text: texts[language].feedbackThanks, buttons: starterTitles(language) });
    expect(recorded.filter((event) => event.type === 'feedback')).toEqual([{ type: 'feedback', language, answerId: 'functions', helpful: true }]);
  });
});

// "that was really helpful" got "You're welcome!", which put the answer's follow-ups away and recorded nothing, and
// "有用" was refused with itself quoted back.
describe.each(languages)('praise typed for the answer in %s', (language: Language) => {
  const praise = {
    en: ['that helped', 'thanks, that was really helpful', 'very useful', 'it helped a lot'],
    zh: ['有用', '很有帮助 谢谢', '这个挺有用的', '帮了大忙'],
  }[language];

  it.each(praise)('%j is recorded as Helpful and thanked for, and the answer keeps listening', async (text) => {
    const { chat, recorded } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    expect(await chat.reply(text)).toEqual({ text: texts[language].feedbackThanks, buttons: followUpTitles('functions', language) });
    expect(recorded).toEqual([{ type: 'feedback', language, answerId: 'functions', helpful: true }]);
    expect((await chat.reply(language === 'en' ? 'the second one' : '第二个')).text).toBe(answerOf('function-redistribution', language));
  });

  it('is thanked for, and nothing recorded, with no answer to rate', async () => {
    const { chat, recorded } = recordedChat();
    expect(await chat.reply(praise[0])).toEqual({ text: texts[language].feedbackThanks, buttons: starterTitles(language) });
    expect(recorded).toEqual([]);
  });

  it('is a question when it asks one: "that helped, and what does article 64 say?"', async () => {
    const { chat } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    const question = language === 'en' ? 'that helped, and what does article 64 say?' : '有用，那第六十四条是怎么规定的？';
    expect((await chat.reply(question)).text).not.toBe(texts[language].feedbackThanks);
  });
});

describe.each(languages)('Helpful / Not helpful on the walkthrough in %s', (language: Language) => {
  const { buttons } = texts[language];

  it('is offered with the seven steps and after the last one, and counts for the procedure, not the answer before', async () => {
    const { chat, recorded } = recordedChat();
    await chat.say(FUNCTIONS[language]);
    expect((await chat.reply(texts[language].starters.procedure)).buttons.slice(-2)).toEqual(feedbackTitles(language));
    for (let step = 1; step <= knowledge.steps.length; step += 1) {
      expect((await chat.reply(buttons.next)).buttons).not.toContain(feedbackTitles(language)[0]);
    }
    const last = await chat.reply(buttons.next);
    expect(last).toEqual({ text: texts[language].lastStep, buttons: [buttons.allSteps, buttons.stop, ...feedbackTitles(language)] });
    const thanks = await chat.say(feedbackTitles(language)[0]);
    expect(thanks.messages).toEqual([{ text: texts[language].feedbackThanks, buttons: [buttons.allSteps, buttons.stop] }]);
    expect(recorded).toEqual([{ type: 'feedback', language, answerId: 'procedure', helpful: true }]);
    // The walkthrough still listens after the click.
    expect((await chat.reply(buttons.allSteps)).text).toBe(answerOf('procedure', language));
  });
});

describe('a feedback word before any answer', () => {
  it('is an ordinary message, not feedback', async () => {
    const { chat, recorded } = recordedChat();
    const turn = await chat.say('Helpful');
    expect(turn.messages[0].text).not.toBe(texts.en.feedbackThanks);
    expect(recorded.some((event) => event.type === 'feedback')).toBe(false);
  });

  // After a refusal "Not helpful" got "You're welcome!", the thanks it matched.
  it.each(languages)('[%s] "Not helpful" says the reply was not what was needed and shows what the bot can do', async (language) => {
    const { chat, recorded } = recordedChat();
    await chat.reply(OUT_OF_SCOPE[language]);
    const reply = await chat.reply(feedbackTitles(language)[1]);
    expect(reply.text.startsWith(texts[language].wrongAnswer)).toBe(true);
    expect(reply.buttons).toEqual(starterTitles(language));
    expect(recorded.some((event) => event.type === 'feedback')).toBe(false);
  });
});
