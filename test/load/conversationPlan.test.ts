import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { languages } from '../../knowledge/language';
import { asksStepByStep } from '../../knowledge/navigation';
import { planConversations, selfContainedQuestions } from '../../scripts/load/conversationPlan';
import { loadProjectKnowledge } from '../../scripts/projectData';

const knowledge = loadProjectKnowledge();
const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
const entries = selfContainedQuestions(knowledge, matcher);
const outOfScopeTexts = (conversationsBefore: number, label: string) =>
  planConversations(entries, { conversations: 40, turnsPerConversation: 5, conversationsBefore }, label).flatMap((c) =>
    // An out-of-scope request carries the marker its reply must quote; a knowledge question does not hold its answer.
    c.turns.filter((turn) => turn.text.includes(turn.expectedInReply)).map((turn) => turn.text),
  );

describe('the load plan', () => {
  it('never repeats an out-of-scope request within a session, so the bot has to match every one of them', () => {
    const warmUp = outOfScopeTexts(0, 'warm-up');
    const round1 = outOfScopeTexts(40, 'round-1');
    const round2 = outOfScopeTexts(80, 'round-2');
    const all = [...warmUp, ...round1, ...round2];

    expect(all).toHaveLength(3 * 40 * 2);
    expect(new Set(all).size).toBe(all.length);
  });

  // bench:http counted "手把手教我给老人做社保认证" as cross-talk: the bot rightly answered it with step 1.
  it('asks no question whose reply is not its entry\'s answer, such as one asking for the steps one at a time', () => {
    expect(knowledge.procedure.zh.questions.some(asksStepByStep)).toBe(true);
    expect(entries.flatMap((entry) => languages.flatMap((language) => entry[language].questions)).filter(asksStepByStep)).toEqual([]);
  });

  it('gives every bot the same requests: sessions that start alike play alike', () => {
    expect(outOfScopeTexts(0, 'bot-warm-up')).toEqual(outOfScopeTexts(0, 'echo-warm-up'));
  });

  it('sends out-of-scope requests the bot refuses, so each reply quotes its marker, over a whole bench:http session', () => {
    // A session of the defaults: 1,000 conversations of warm-up and 6 rounds of 200.
    const session = planConversations(entries, { conversations: 2200, turnsPerConversation: 5 }, 'session');
    const notRefused = session.flatMap(({ locale, turns }) =>
      turns
        .filter((turn) => turn.text.includes(turn.expectedInReply))
        .filter((turn) => matcher.match(turn.text, locale.startsWith('zh') ? 'zh' : 'en').decision !== 'none')
        .map((turn) => turn.text),
    );
    expect(notRefused).toEqual([]);
  });
});
