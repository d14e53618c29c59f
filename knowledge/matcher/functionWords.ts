import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as ENGLISH_STOP_WORDS } from 'natural/lib/natural/util/stopwords';

// natural's English stop-word list ("how", "do", "my", "the", ...), stemmed as tokenise.ts stems words, so that the
// test is on the stem, the unit of a word feature: "making" and "make" are then the same feature with the same weight.
const FUNCTION_WORD_STEMS: ReadonlySet<string> = new Set(ENGLISH_STOP_WORDS.map((word) => PorterStemmer.stem(word)));

/** Whether a stemmed English word is a function word: it says how a question is asked, rarely what it is about. */
export function isFunctionWord(stem: string): boolean {
  return FUNCTION_WORD_STEMS.has(stem);
}
