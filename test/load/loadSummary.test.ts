import type { Activity } from 'botbuilder';
import { answersItsQuestion } from '../../scripts/load/conversationPlan';
import type { LoadRun } from '../../scripts/load/loadDriver';
import { summariseRun } from '../../scripts/load/loadSummary';

const conversation = { id: 'c1', userId: 'u1', locale: 'en-US', turns: [] };
const turn = { text: 'why are the funds earmarked?', expectedInReply: 'earmarked for special purposes' };
const reply = (text: string) => ({
  urlConversationId: 'c1',
  replyToId: 'a1',
  activity: { type: 'message', text, conversation: { id: 'c1' } } as Activity,
});
const runWith = (texts: string[]): LoadRun => ({
  outcomes: [{ conversation, turn, activityId: 'a1', startedMs: 0, endedMs: 5, status: 200, replies: texts.map(reply) }],
  notRun: 0,
  strayReplies: [],
  durationMs: 5,
});

// "My sources do not explain it further" before the answer was counted as a reply answering another message.
describe('summariseRun', () => {
  it('takes a turn whose answer comes after a lead as answered, with no cross-talk', () => {
    const summary = summariseRun(runWith(['My sources do not explain it further. This is what they say:', 'They are earmarked for special purposes.']), answersItsQuestion);
    expect(summary).toMatchObject({ answeredTurns: 1, crossTalkCount: 0 });
  });

  it('counts every message of a turn none of whose messages answers it', () => {
    const summary = summariseRun(runWith(['Step 3 of 7', 'Tap My.']), answersItsQuestion);
    expect(summary.crossTalk).toMatchObject({ wrongAnswer: 2, wrongConversation: 0 });
  });
});
