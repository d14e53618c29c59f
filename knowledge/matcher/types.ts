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
  /** Set when the message names an article or a step the knowledge does not have ("article 63", "step 9"). */
  unknownReferences?: readonly NumberedReference[];
  /** Set when the message asks how to do it in another app than Alipay ("WeChat"), which the sources do not cover. */
  otherApps?: readonly string[];
  /** Set when the message asks about Alipay itself ("safety", "installing"), not the certification in it. */
  alipayMatters?: readonly string[];
}
