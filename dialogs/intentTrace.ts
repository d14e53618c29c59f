import { TurnContext } from 'botbuilder';
import { Language } from '../knowledge/language';
import { MatchResult, ScoredIntent } from '../knowledge/matcher/types';

/** Value type of the trace; the Emulator shows it in its inspector (other channels never receive traces). */
export const INTENT_TRACE_VALUE_TYPE = 'https://social-security-assistant/intent-match';
export const INTENT_TRACE_NAME = 'Intent match';

/** Why a knowledge answer was chosen, sent as a trace just before the answer. */
export interface IntentTrace {
  text: string;
  language: Language;
  intent: string | null;
  score: number;
  top3: ScoredIntent[];
  answerId: string;
}

export function traceOfMatch(match: MatchResult, answerId: string): IntentTrace {
  const top3 = match.candidates.slice(0, 3).map(({ intent, score }) => ({ intent, score }));
  return { text: match.text, language: match.language, intent: match.intent, score: match.score, top3, answerId };
}

/** The user picked the answer (a button, a number, "the second one", "next"): no guess involved, hence score 1. */
export function traceOfChoice(text: string, language: Language, answerId: string): IntentTrace {
  return { text, language, intent: answerId, score: 1, top3: [{ intent: answerId, score: 1 }], answerId };
}

export async function sendIntentTrace(context: TurnContext, trace: IntentTrace): Promise<void> {
  await context.sendTraceActivity(INTENT_TRACE_NAME, trace, INTENT_TRACE_VALUE_TYPE, INTENT_TRACE_NAME);
}
