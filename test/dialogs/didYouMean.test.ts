import { Language, languages } from '../../knowledge/language';
import { answerOf, chatWithAssistant, matcherAskingToClarify, resumeTitle, starterTitles, stepText, texts, titleOf } from './support/assistant';

const VAGUE: Readonly<Record<Language, string>> = { en: 'social insurance funds rules', zh: '社保基金的规定' };
const GUESSES = ['article64-funds', 'article64-earmarked', 'article64-pooling', 'article64-accounting'];
const ONE_GUESS: Readonly<Record<Language, string>> = { en: 'can they spend the fund', zh: '基金能乱花吗' };

function chatWithVagueQuestion() {
  return chatWithAssistant({
    matcher: matcherAskingToClarify({
      [VAGUE.en]: GUESSES,
      [VAGUE.zh]: GUESSES,
      'alipay step': ['step-5', 'procedure'],
      [ONE_GUESS.en]: ['article64-earmarked'],
      [ONE_GUESS.zh]: ['article64-earmarked'],
    }),
  });
}

const PICKS: Readonly<Record<Language, ReadonlyArray<readonly [string, string]>>> = {
  en: [
    ['3', 'article64-pooling'],
    ['the first one', 'article64-funds'],
    ['number 2', 'article64-earmarked'],
    ['the last one', 'article64-pooling'],
  ],
  zh: [
    ['3', 'article64-pooling'],
    ['第二个', 'article64-earmarked'],
    ['第一個', 'article64-funds'],
    ['最后一个', 'article64-pooling'],
  ],
};

describe.each(languages)('"did you mean" in %s', (language: Language) => {
  async function offer() {
    const chat = chatWithVagueQuestion();
    const turn = await chat.say(VAGUE[language]);
    return { chat, turn };
  }

  it('offers the three best guesses and "None of these", and traces the guesses, no answer yet', async () => {
    const { turn } = await offer();
    expect(turn.messages).toEqual([
      {
        text: texts[language].didYouMean,
        buttons: [...GUESSES.slice(0, 3).map((id) => titleOf(id, language)), texts[language].buttons.noneOfThese],
      },
    ]);
    expect(turn.traces).toHaveLength(1);
    expect(turn.traces[0]).toMatchObject({ answerId: null, decision: 'clarify' });
    expect(turn.traces[0].top3.map((guess) => guess.intent)).toEqual(GUESSES.slice(0, 3));
  });

  it('answers the guess whose title is clicked', async () => {
    const { chat } = await offer();
    const turn = await chat.say(titleOf('article64-earmarked', language));
    expect(turn.messages[0].text).toBe(answerOf('article64-earmarked', language));
    expect(turn.traces.map((trace) => [trace.answerId, trace.score])).toEqual([['article64-earmarked', 1]]);
  });

  it.each(PICKS[language])('answers the guess picked by number: %j', async (pick, id) => {
    const { chat } = await offer();
    expect((await chat.reply(pick)).text).toBe(answerOf(id, language));
  });

  // "what is the second function" under offers whose second was the first function got that one.
  it('answers a list of the knowledge named with the number, not the offer of that number', async () => {
    const { chat } = await offer();
    const second = language === 'en' ? 'what is the second function' : '第二个功能是什么';
    expect((await chat.reply(second)).text).toBe(answerOf('function-redistribution', language));
  });

  it('says what it can help with after "none of these"', async () => {
    const { chat } = await offer();
    const message = await chat.reply(texts[language].buttons.noneOfThese);
    expect(message).toEqual({ text: `${texts[language].noneOfThese}\n\n${texts[language].helpIntro}`, buttons: starterTitles(language) });
  });
});

describe.each(languages)('"did you mean" with one guess, in %s', (language: Language) => {
  const yes = language === 'en' ? ['yes', 'Yes please', 'ok yes', 'yep'] : ['是的', '对', '好的', '嗯'];
  const no = language === 'en' ? ['no', 'No thanks'] : ['不是', '不对'];

  it.each(yes)('answers the guess on %j', async (reply) => {
    const chat = chatWithVagueQuestion();
    await chat.say(ONE_GUESS[language]);
    expect((await chat.reply(reply)).text).toBe(answerOf('article64-earmarked', language));
  });

  it.each(no)('says what it can help with on %j', async (reply) => {
    const chat = chatWithVagueQuestion();
    await chat.say(ONE_GUESS[language]);
    expect(await chat.reply(reply)).toEqual({ text: `${texts[language].noneOfThese}\n\n${texts[language].helpIntro}`, buttons: starterTitles(language) });
  });

  it('takes no yes as a choice when there were several guesses', async () => {
    const chat = chatWithVagueQuestion();
    await chat.say(VAGUE[language]);
    expect((await chat.reply(yes[0])).text).not.toBe(answerOf('article64-funds', language));
  });
});

describe('"did you mean", other replies', () => {
  it('treats anything else as a new question', async () => {
    const chat = chatWithVagueQuestion();
    await chat.say(VAGUE.en);
    const turn = await chat.say('Show me the full text of Article 64');
    expect(turn.messages.map((message) => message.text)).toEqual([answerOf('article64-full', 'en')]);
    expect(turn.traces.map((trace) => trace.answerId)).toEqual(['article64-full']);
  });

  it('starts the walkthrough when the chosen guess is a step', async () => {
    const chat = chatWithVagueQuestion();
    await chat.say('alipay step');
    expect((await chat.reply('1')).text).toBe(stepText(5, 'en'));
  });

  it('offers to resume a paused walkthrough', async () => {
    const chat = chatWithVagueQuestion();
    await chat.say('step 2');
    const { buttons } = await chat.reply(VAGUE.en);
    expect(buttons[buttons.length - 1]).toBe(resumeTitle(2, 'en'));
  });
});
