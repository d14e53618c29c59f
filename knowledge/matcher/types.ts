import { Language } from '../language';
import { NumberedReference } from './numberedReferences';

/** Label of out-of-scope utterances in labelled data sets (the public benchmarks use the same). */
export const NONE_INTENT = 'None';

/** One labelled utterance, the format of test/data and ../shared/bench: `{"utterances":[{text,intent}]}`. */
export interface LabeledUtterance {
  text: string;
  intent: string;
}

/** An intent with a calibrated confidence in [0, 1]; a threshold can be set on it. */
export interface ScoredIntent {
  intent: string;
  score: number;
}

/** A word of a message that no training utterance had, read as the training word it misspells. */
export interface Misspelling {
  word: string;
  readAs: string;
}

/** What the bot does with a message: answer the top intent, ask "did you mean", or say it cannot answer. */
export type MatchDecision = 'answer' | 'clarify' | 'none';

/**
 * Why a message was refused whatever the model scored, its words being those of the entries: it names an article or
 * a step the knowledge does not have ("article 63", "step 9"), a law it does not know ("labor law"), asks how to do it
 * in another app than Alipay ("WeChat"), asks about Alipay itself ("safety", "installing"), asks what the sources say
 * nothing about ("a failed certification", "fees and amounts"), or is longer than the bot reads.
 */
export type Refusal =
  | { reason: 'unknownReferences'; references: readonly NumberedReference[] }
  | { reason: 'otherLaws' | 'otherApps' | 'alipayMatters' | 'uncoveredTopics'; names: readonly string[] }
  /** Longer than the bot reads (a pasted page, or a long story around a question): not ranked at all. */
  | { reason: 'tooLong'; limit: number };

export interface MatchResult {
  /** The text as the user wrote it (after channel details such as mentions were removed). */
  text: string;
  /** The language the text was matched in. */
  language: Language;
  /** Chosen intent, or null when out of scope. */
  intent: string | null;
  /** Calibrated confidence of the top candidate. */
  score: number;
  /** Best candidates, best first (at most 5). */
  candidates: ScoredIntent[];
  decision: MatchDecision;
  /** Set when the message was understood only as misspellings of training words ("certifcation"). */
  misspellings?: readonly Misspelling[];
  /** Set when the message was refused whatever the model scored, saying why. */
  refusal?: Refusal;
  /**
   * Set when an answered message asks two things or more that the knowledge answers ("what are the functions and what
   * does article 64 say"): each entry, in the order asked; `intent` is one of them.
   */
  questionsAsked?: readonly string[];
  /**
   * Set when a message was answered only in part: the questions in it refused as the whole would have been ("Is it
   * free?" after "How do I do the certification for my mom?"), as written.
   */
  questionsRefused?: readonly string[];
}
