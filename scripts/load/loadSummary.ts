import { LatencySummary, summariseLatencies } from '../../knowledge/evaluation/latency';
import type { ReplyCheck } from './conversationPlan';
import type { LoadRun } from './loadDriver';

/** Replies that belong to another conversation or message, by how it showed. */
export interface CrossTalk {
  /** Posted to, or naming, a conversation other than the one of the message it answers. */
  wrongConversation: number;
  /** In reply to no message of the run. */
  strayReplies: number;
  /** In the right conversation, of a turn none of whose messages answers it (another message's answer). */
  wrongAnswer: number;
  /** The first few replies not answering their message, for a person to look at. */
  wrongAnswerExamples: Array<{ sent: string; received: string }>;
}

const MAX_EXAMPLES = 5;

export interface LoadSummary {
  plannedTurns: number;
  /** Turns that got a 2xx and their reply. */
  answeredTurns: number;
  /** Failed turns by reason (HTTP status, network error code, no reply, not run). */
  errors: Readonly<Record<string, number>>;
  errorCount: number;
  crossTalk: CrossTalk;
  crossTalkCount: number;
  turnsPerSecond: number;
  /** Of the answered turns, from the POST to the later of the HTTP answer and the reply; none if none was answered. */
  latency?: LatencySummary;
  durationMs: number;
}

export const NOT_RUN = 'not run (run timed out)';

/** Judges a run: every reply must land in its own conversation and answer its own message. */
export function summariseRun(run: LoadRun, answers: ReplyCheck): LoadSummary {
  const errors: Record<string, number> = {};
  const addError = (reason: string, count = 1) => (errors[reason] = (errors[reason] ?? 0) + count);
  const crossTalk: CrossTalk = { wrongConversation: 0, strayReplies: run.strayReplies.length, wrongAnswer: 0, wrongAnswerExamples: [] };
  const latenciesMs: number[] = [];

  for (const { conversation, turn, replies, failure, startedMs, endedMs } of run.outcomes) {
    if (failure) addError(failure);
    else latenciesMs.push(endedMs - startedMs);
    const inItsConversation = ({ urlConversationId, activity }: (typeof replies)[number]) =>
      urlConversationId === conversation.id && activity.conversation?.id === conversation.id;
    crossTalk.wrongConversation += replies.filter((reply) => !inItsConversation(reply)).length;
    // A turn is answered when one of its messages answers it: a lead before the answer ("My sources do not explain it
    // further…") answers nothing itself.
    const messages = replies.filter((reply) => inItsConversation(reply) && reply.activity.type === 'message').map(({ activity }) => activity);
    if (messages.some((activity) => answers(turn, activity))) continue;
    for (const activity of messages) {
      crossTalk.wrongAnswer += 1;
      if (crossTalk.wrongAnswerExamples.length < MAX_EXAMPLES) crossTalk.wrongAnswerExamples.push({ sent: turn.text, received: activity.text ?? '' });
    }
  }
  if (run.notRun > 0) addError(NOT_RUN, run.notRun);

  return {
    plannedTurns: run.outcomes.length + run.notRun,
    answeredTurns: latenciesMs.length,
    errors,
    errorCount: Object.values(errors).reduce((sum, count) => sum + count, 0),
    crossTalk,
    crossTalkCount: crossTalk.wrongConversation + crossTalk.strayReplies + crossTalk.wrongAnswer,
    turnsPerSecond: latenciesMs.length / (run.durationMs / 1000),
    latency: latenciesMs.length ? summariseLatencies(latenciesMs) : undefined,
    durationMs: run.durationMs,
  };
}
