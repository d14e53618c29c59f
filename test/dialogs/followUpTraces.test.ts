import { ActivityTypes } from 'botbuilder';
import { FOLLOW_UP_TRACE_NAME, FOLLOW_UP_TRACE_VALUE_TYPE, FollowUpReader } from '../../dialogs/intentTrace';
import { Language } from '../../knowledge/language';
import { chatWithAssistant, matcherAskingToClarify, texts } from './support/assistant';

interface Case {
  /** What the user said before. */
  before: readonly string[];
  said: string;
  language?: Language;
  readBy: FollowUpReader;
  answerId: string | null;
}

// Replies given without the matcher choosing an entry came with no trace at all: whoever tested in the Emulator saw a
// "That's all my sources say about it" and no word of what took the message.
const CASES: ReadonlyArray<Case> = [
  { before: ['What does Article 64 say?'], said: 'tell me more', readBy: 'follow-up: asks for more', answerId: 'article64-full' },
  { before: ['What does Article 64 say?'], said: 'why?', readBy: 'follow-up: asks why', answerId: 'article64-full' },
  { before: ['What does Article 64 say?'], said: 'are you sure?', readBy: 'follow-up: doubts the answer', answerId: 'article64-full' },
  { before: ['Which funds make up social insurance funds?'], said: 'in simple words please', readBy: 'follow-up: asks simpler', answerId: 'article64-funds' },
  { before: ['What does Article 64 say?'], said: texts.en.buttons.helpful, readBy: 'feedback: helpful', answerId: 'article64-full' },
  { before: ['What does Article 64 say?'], said: texts.en.buttons.notHelpful, readBy: 'feedback: not helpful', answerId: 'article64-full' },
  { before: ['What does Article 64 say?'], said: "that's wrong", readBy: 'no question: says the answer is wrong', answerId: null },
  { before: ['What are the functions of social security?'], said: 'what is the fourth one', readBy: 'follow-up: past the end of the list', answerId: 'functions' },
  // An item of a list that is no entry.
  { before: ['Which funds make up social insurance funds?'], said: 'the second one', readBy: 'follow-up: item of the list', answerId: 'article64-funds' },
  { before: [], said: 'who sets it?', readBy: 'follow-up: asks who', answerId: null },
  { before: [], said: 'in Chinese please', language: 'zh', readBy: 'language: nothing to say again', answerId: null },
  { before: [], said: '???', readBy: 'no question: no words', answerId: null },
  { before: [], said: 'are you a bot?', readBy: 'no question: asks for a person', answerId: null },
  { before: [], said: 'anything else?', readBy: 'no question: asks what else', answerId: null },
  { before: [], said: 'next', readBy: 'no walkthrough: next', answerId: null },
  { before: [], said: 'stop', readBy: 'no walkthrough: stop', answerId: null },
  { before: ['step 1'], said: 'stop', readBy: 'walkthrough: stop', answerId: null },
  { before: ['step 7'], said: 'next', readBy: 'walkthrough: next', answerId: null },
];

describe('a reply decided without the matcher choosing an entry', () => {
  it.each(CASES)('$said after $before: traced, just before it, as taken by "$readBy"', async ({ before, said, language = 'en', readBy, answerId }) => {
    const chat = chatWithAssistant();
    for (const message of before) await chat.say(message);
    const { activities, traces, followUps } = await chat.say(said);
    const shown = activities.filter((activity) => activity.type === ActivityTypes.Message || activity.valueType === FOLLOW_UP_TRACE_VALUE_TYPE);
    expect(shown.map((activity) => activity.type)).toEqual([ActivityTypes.Trace, ActivityTypes.Message]);
    expect(shown[0]).toMatchObject({ name: FOLLOW_UP_TRACE_NAME, label: FOLLOW_UP_TRACE_NAME });
    expect(followUps).toEqual([{ text: said, language, readBy, answerId }]);
    expect(traces).toEqual([]);
  });

  describe('under a "Did you mean"', () => {
    async function offered() {
      const chat = chatWithAssistant({ matcher: matcherAskingToClarify({ 'funds rules': ['article64-funds', 'article64-earmarked'] }) });
      await chat.say('funds rules');
      return chat;
    }

    it('"none of these"', async () => {
      const { followUps } = await (await offered()).say(texts.en.buttons.noneOfThese);
      expect(followUps).toEqual([{ text: texts.en.buttons.noneOfThese, language: 'en', readBy: 'did you mean: none of these', answerId: null }]);
    });

    it('"in Chinese please", which offers the guesses again', async () => {
      const { followUps } = await (await offered()).say('in Chinese please');
      expect(followUps).toEqual([{ text: 'in Chinese please', language: 'zh', readBy: 'did you mean: asked again', answerId: null }]);
    });
  });

  it('a choice still gets the intent trace alone', async () => {
    const chat = chatWithAssistant();
    await chat.say('step 1');
    const { traces, followUps } = await chat.say('next');
    expect(traces.map((trace) => trace.answerId)).toEqual(['step-2']);
    expect(followUps).toEqual([]);
  });
});
