import { Activity, ActivityTypes } from 'botbuilder';
import { INTENT_TRACE_NAME, INTENT_TRACE_VALUE_TYPE } from '../../dialogs/intentTrace';
import { answerOf, chatWithAssistant, feedbackTitles, starterTitles, titleOf } from './support/assistant';

const QUESTION = 'What are the functions of social security?';
const HERO_CARD = 'application/vnd.microsoft.card.hero';
// The three functions to open next, then Helpful / Not helpful.
const functionTitles = [...['function-stability', 'function-redistribution', 'function-development'].map((id) => titleOf(id, 'en')), ...feedbackTitles('en')];

function onlyMessage(activities: Array<{ type?: string }>) {
  const messages = activities.filter((activity) => activity.type === ActivityTypes.Message);
  expect(messages).toHaveLength(1);
  return messages[0] as (typeof activities)[number] & Record<string, any>;
}

describe('buttons per channel', () => {
  it.each([
    ['msteams', 'channel'],
    ['msteams', 'groupChat'],
  ])('go on a hero card in %s %s, with the answer as the message text', async (channelId, conversationType) => {
    const { activities } = await chatWithAssistant({ channelId, conversationType }).say(QUESTION);
    const message = onlyMessage(activities);
    expect(message.text).toBe(answerOf('functions', 'en'));
    expect(message.suggestedActions).toBeUndefined();
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0].contentType).toBe(HERO_CARD);
    expect(message.attachments[0].content.buttons.map((button: { type: string; title: string; value: string }) => [button.type, button.title, button.value])).toEqual(
      functionTitles.map((title) => ['imBack', title, title]),
    );
  });

  it.each([
    ['msteams', 'personal'],
    ['webchat', undefined],
    ['emulator', undefined],
    ['directline', undefined],
  ])('are suggested actions in %s %s', async (channelId, conversationType) => {
    const { activities } = await chatWithAssistant({ channelId, conversationType }).say(QUESTION);
    const message = onlyMessage(activities);
    expect(message.text).toBe(answerOf('functions', 'en'));
    expect(message.textFormat).toBe('markdown');
    expect(message.attachments ?? []).toEqual([]);
    expect(message.suggestedActions.actions.map((action: { type: string; title: string }) => [action.type, action.title])).toEqual(
      functionTitles.map((title) => ['imBack', title]),
    );
  });

  it('uses a hero card for the starter questions in a Teams channel too', async () => {
    const { activities } = await chatWithAssistant({ channelId: 'msteams', conversationType: 'channel' }).say('');
    const message = onlyMessage(activities);
    expect(message.attachments[0].content.buttons.map((button: { title: string }) => button.title)).toEqual(starterTitles('en'));
  });
});

// runDialog adds a "BotState" trace of its own at the end of each turn; only messages and intent traces count here.
const ownActivities = (activities: Array<Partial<Activity>>) =>
  activities.filter((activity) => activity.type === ActivityTypes.Message || activity.valueType === INTENT_TRACE_VALUE_TYPE);

describe('intent trace', () => {
  it('comes just before a knowledge answer, with the match that chose it', async () => {
    const activities = ownActivities((await chatWithAssistant().say(QUESTION)).activities);
    expect(activities.map((activity) => activity.type)).toEqual([ActivityTypes.Trace, ActivityTypes.Message]);
    const [trace] = activities;
    expect(trace).toMatchObject({ name: INTENT_TRACE_NAME, label: INTENT_TRACE_NAME, valueType: INTENT_TRACE_VALUE_TYPE });
    expect(trace.value).toMatchObject({ text: QUESTION, language: 'en', intent: 'functions', answerId: 'functions' });
    const { score, top3 } = trace.value as { score: number; top3: Array<{ intent: string; score: number }> };
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(top3.length).toBeGreaterThanOrEqual(1);
    expect(top3.length).toBeLessThanOrEqual(3);
    expect(top3[0]).toEqual({ intent: 'functions', score });
    expect(Object.keys(trace.value).sort()).toEqual(['answerId', 'intent', 'language', 'score', 'text', 'top3']);
  });

  it('says which words were read as misspellings when they were all the message had', async () => {
    const [trace] = ownActivities((await chatWithAssistant().say('Redistribtion?')).activities);
    expect(trace.value).toMatchObject({ intent: 'function-redistribution', misspellings: [{ word: 'redistribtion', readAs: 'redistribution' }] });
  });

  // Whoever tests answers in the Emulator sees why there was none: the guesses and their scores, and what was unknown.
  it('comes before "I can\'t answer" too, saying why', async () => {
    const activities = ownActivities((await chatWithAssistant().say('what does article 63 say')).activities);
    expect(activities.map((activity) => activity.type)).toEqual([ActivityTypes.Trace, ActivityTypes.Message]);
    expect(activities[0].value).toMatchObject({
      text: 'what does article 63 say',
      intent: null,
      answerId: null,
      decision: 'none',
      refusal: { reason: 'unknownReferences', references: [{ kind: 'article', number: 63 }] },
    });
  });

  // The Emulator showed the trace between "Please check it against what my sources say:" and the answer it leads to.
  it.each([
    ['a statement asked to be confirmed', 'Article 64 says the State Council manages all funds, yes?', 'article64-state-council'],
    ['a question asking where the answer is', 'Which paragraph of Article 64 says the funds are earmarked?', 'article64-earmarked'],
    ['a step claimed to be what the sources do not say', 'step 3 is to pay a fee, right?', 'step-3'],
    ['a message answered only in part', 'How do I do the certification for my dad? Is it free?', 'procedure'],
    ['a paragraph the article does not have', 'article 64 paragraph 4', 'article64-full'],
    ['an item past the end of a list', 'what is the fourth function of social security', 'functions'],
  ])('comes before what is said before the answer: %s', async (_, question, answerId) => {
    const activities = ownActivities((await chatWithAssistant().say(question)).activities);
    expect(activities.map((activity) => activity.type)).toEqual([ActivityTypes.Trace, ActivityTypes.Message, ActivityTypes.Message]);
    expect(activities[0].value).toMatchObject({ answerId });
  });
});
