import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { planConversations, selfContainedQuestions } from '../../scripts/load/conversationPlan';
import { loadProjectKnowledge } from '../../scripts/projectData';

const knowledge = loadProjectKnowledge();
const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));
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

  it('gives every bot the same requests: sessions that start alike play alike', () => {
    expect(outOfScopeTexts(0, 'bot-warm-up')).toEqual(outOfScopeTexts(0, 'echo-warm-up'));
  });
});
