import { Channels, CloudAdapterBase, TurnContext } from 'botbuilder';
import { Language } from '../knowledge/language';
import { MatchResult, Misspelling, Refusal, ScoredIntent } from '../knowledge/matcher/types';
import type { WalkthroughCommand } from '../knowledge/navigation';
import { turnLanguage } from './turnLanguage';

/** Value type of the trace; the Emulator shows it in its inspector. */
export const INTENT_TRACE_VALUE_TYPE = 'https://social-security-assistant/intent-match';
export const INTENT_TRACE_NAME = 'Intent match';

/** Why a knowledge answer was chosen, or why none was, sent as a trace just before the reply. */
export interface IntentTrace {
  text: string;
  language: Language;
  intent: string | null;
  score: number;
  top3: ScoredIntent[];
  /** The entry answered; null when the reply is a "Did you mean" or "I can't answer". */
  answerId: string | null;
  /** Set when no entry was answered: the matcher offered guesses ('clarify') or found none good enough ('none'). */
  decision?: 'clarify' | 'none';
  /** Words read as misspellings of training words ("certifcation" as "certification"), when that is all it knew. */
  misspellings?: readonly Misspelling[];
  /** Why it was refused whatever the model scored: an article it does not have, another app, a topic not covered. */
  refusal?: Refusal;
  /** The entries a message asking two things or more was answered with, in order (one trace for each answer). */
  questionsAsked?: readonly string[];
  /**
   * Which of those questions this answer is to (1 = the first asked): `intent` and `score` are the matcher's on the
   * whole message, whose top intent may be another question's answer.
   */
  question?: { number: number; of: number };
  /**
   * The paragraphs of the article a message named ("art 64 para 1"): quoted alone, or one it does not have (0 for one
   * before the first, "previous paragraph" under it).
   */
  paragraphs?: readonly number[];
  /** The questions of the message said to be beyond the sources, before the answer to the others ("is it free?"). */
  questionsRefused?: readonly string[];
  /**
   * What took the message when no match chose the answer ("walkthrough: next" for "I did it, what now?"): the trace of
   * a walkthrough's step read as the matcher's sure answer (step-1 at 1.00 for "I can't find it"), and misled.
   */
  readBy?: FollowUpReader;
}

/** Which question of a message asking several `answerId` answers; undefined for a message asking one. */
function questionAnswered({ questionsAsked = [] }: MatchResult, answerId: string | null): IntentTrace['question'] {
  const index = answerId === null ? -1 : questionsAsked.indexOf(answerId);
  return questionsAsked.length < 2 || index < 0 ? undefined : { number: index + 1, of: questionsAsked.length };
}

export function traceOfMatch(match: MatchResult, answerId: string | null): IntentTrace {
  const top3 = match.candidates.slice(0, 3).map(({ intent, score }) => ({ intent, score }));
  const { text, language, intent, score, misspellings, refusal, questionsAsked, questionsRefused } = match;
  const question = questionAnswered(match, answerId);
  return {
    text,
    language,
    intent,
    score,
    top3,
    answerId,
    ...(misspellings && { misspellings }),
    ...(refusal && { refusal }),
    ...(questionsAsked && { questionsAsked }),
    ...(question && { question }),
    ...(questionsRefused && { questionsRefused }),
  };
}

/** The user picked the answer (a button, a number, "the second one", "next"): no guess involved, hence score 1. */
export function traceOfChoice(text: string, language: Language, answerId: string, readBy?: FollowUpReader): IntentTrace {
  return { text, language, intent: answerId, score: 1, top3: [{ intent: answerId, score: 1 }], answerId, ...(readBy && { readBy }) };
}

/**
 * CloudAdapter, which serves every channel in production, delivers traces to the Emulator only and drops the others,
 * once each has gone through the turn's whole send pipeline. Other adapters (TestAdapter: tests, chat, transcripts)
 * keep them all.
 */
function deliversTraces(context: TurnContext): boolean {
  return !(context.adapter instanceof CloudAdapterBase) || context.activity.channelId === Channels.Emulator;
}

const ANSWER_TRACE = Symbol('answerTrace');

/** Keeps why this turn's answer was chosen (for the turn log) and sends it as a trace where traces are delivered. */
export async function traceAnswer(context: TurnContext, trace: IntentTrace): Promise<void> {
  context.turnState.set(ANSWER_TRACE, trace);
  if (deliversTraces(context)) {
    await context.sendTraceActivity(INTENT_TRACE_NAME, trace, INTENT_TRACE_VALUE_TYPE, INTENT_TRACE_NAME);
  }
}

/**
 * Why the matcher answered nothing ("Did you mean", "I can't answer"), for whoever tests answers in the Emulator: the
 * best guesses and their scores, or the article it does not know. Not the turn's answer, so not kept as one.
 */
export async function traceNoAnswer(context: TurnContext, match: MatchResult): Promise<void> {
  if (deliversTraces(context)) {
    const trace: IntentTrace = { ...traceOfMatch(match, null), decision: match.decision === 'clarify' ? 'clarify' : 'none' };
    await context.sendTraceActivity(INTENT_TRACE_NAME, trace, INTENT_TRACE_VALUE_TYPE, INTENT_TRACE_NAME);
  }
}

/** Value type of the trace of a reply decided without the matcher; the Emulator shows it in its inspector too. */
export const FOLLOW_UP_TRACE_VALUE_TYPE = 'https://social-security-assistant/follow-up';
export const FOLLOW_UP_TRACE_NAME = 'Follow-up';

/**
 * What took a message that the matcher never read, or whose match the reply is not (a short name that stays the same
 * from version to version, for whoever tests in the Emulator): a reader of follow-ups to the answer on the screen, a
 * walkthrough command (with or without a walkthrough running), or a message that asks nothing to match.
 */
export type FollowUpReader =
  | 'feedback: helpful'
  | 'feedback: not helpful'
  | 'follow-up: doubts the answer'
  | 'follow-up: asks for more'
  | 'follow-up: asks why'
  | 'follow-up: asks who'
  | 'follow-up: asks simpler'
  | 'follow-up: asks what a button does'
  | 'follow-up: item of the list'
  | 'follow-up: past the end of the list'
  /** One sentence of Article 64 ("第一款第二句", "最后一句"). */
  | 'follow-up: sentence of the article'
  | 'did you mean: none of these'
  /** The offer again, in the language asked for ("in Chinese please"). */
  | 'did you mean: asked again'
  | 'language: nothing to say again'
  | 'no question: no words'
  | 'no question: not understood'
  | 'no question: asks for a person'
  | 'no question: asks about privacy'
  | 'no question: says the answer is wrong'
  | 'no question: acknowledgement'
  | 'no question: asks what else'
  | `walkthrough: ${WalkthroughCommand['kind']}`
  /** Done, said under all the steps at once ("弄好了" under the seven steps). */
  | 'walkthrough: all done'
  /** "Wait", "hold on" at a step: it stays there. */
  | 'walkthrough: waits'
  | 'walkthrough: steps left'
  /** A walkthrough command with no walkthrough running or paused ("next" after an answer). */
  | `no walkthrough: ${WalkthroughCommand['kind']}`;

/** Why a reply was given without a knowledge answer chosen by the matcher or the user, sent as a trace just before it. */
export interface FollowUpTrace {
  text: string;
  language: Language;
  readBy: FollowUpReader;
  /** The entry the reply is about (the answer on the screen, the list it counts); null when it is about none. */
  answerId: string | null;
}

/**
 * Says, where traces are delivered, which reader took the message: it reads no more than the dialogs already did, so
 * the turn costs what it did without it.
 */
export async function traceFollowUp(context: TurnContext, readBy: FollowUpReader, answerId: string | null): Promise<void> {
  if (deliversTraces(context)) {
    const trace: FollowUpTrace = { text: context.activity.text ?? '', language: turnLanguage(context), readBy, answerId };
    await context.sendTraceActivity(FOLLOW_UP_TRACE_NAME, trace, FOLLOW_UP_TRACE_VALUE_TYPE, FOLLOW_UP_TRACE_NAME);
  }
}

/** Why this turn's last answer was chosen; undefined when the turn gave no knowledge answer. */
export function answerTraceOf(context: TurnContext): IntentTrace | undefined {
  return context.turnState.get(ANSWER_TRACE) as IntentTrace | undefined;
}

const TURN_MATCH = Symbol('turnMatch');

/**
 * Keeps the matcher's verdict on this turn's message (answer, clarify or none) for whoever reports on the turn (the
 * turn log), in the turn's state: the dialogs pass it nowhere themselves.
 */
export function rememberMatch(context: TurnContext, match: MatchResult): void {
  context.turnState.set(TURN_MATCH, match);
}

/** The match MainDialog made in this turn; undefined when it did not consult the matcher. */
export function matchOf(context: TurnContext): MatchResult | undefined {
  return context.turnState.get(TURN_MATCH) as MatchResult | undefined;
}
